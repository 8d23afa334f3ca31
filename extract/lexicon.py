"""The extractor's compiled lexicons (from ``chartreview/vocab/extractor_lexicon.yaml``).

Every phrase list becomes one compiled, case-insensitive regex with word-ish boundaries.
Drug names come from the shared vocabulary (``chartreview.vocab``); specialty words too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from chartreview import vocab
from chartreview.errors import VocabularyError
from extract.dates import SCORE_WORDS_RE

_B0, _B1 = r"(?<![\w/-])", r"(?![\w/])"


def alt(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``patterns`` as whole words (longest first)."""
    pats = sorted((spaced(p) for p in patterns if p), key=len, reverse=True)
    return re.compile(_B0 + "(?:" + "|".join(f"(?:{p})" for p in pats) + ")" + _B1, re.I)


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, as a character trie: ``clob(?:etasol|ex)`` instead of
    ``clobetasol|clobex``. It matches what the plain alternation sorted longest-first matches
    (a greedy optional tail tries the longer word first, and backs off when a following
    boundary check fails), but Python's engine no longer tries every word at every position:
    drug-name search is the extractor's hottest loop."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def spaced(pattern: str) -> str:
    """A literal space in a phrase matches any run of whitespace (lines wrap mid-phrase)."""
    return re.sub(r"(?<!\\) (?![^\[]*\])", r"\\s+", pattern)


def _onset_ages(data: dict) -> list[tuple[re.Pattern[str], int, int]]:
    cue = data.get("onset_age_cue")
    out = []
    for st in data.get("onset_age_stages") or [] if cue else []:
        rx = re.compile(_B0 + spaced(cue) + r"(?:\s+|(?<=~))(?:" + spaced(st["phrase"])
                        + r")(?![\d/%:]|\.\d)",
                        re.I)
        if "age" in st:
            out.append((rx, 0, int(st["age"])))
        else:
            out.append((rx, int(st.get("scale", 1)), int(st.get("add", 0))))
    return out


def onset_age(lex: Lexicon, text: str, start: int = 0, end: int | None = None):
    """Onset phrases as an age in ``text[start:end]``: (oldest age, match start, match end)."""
    end = len(text) if end is None else end
    hits: dict[int, tuple[int, int, int]] = {}
    for rx, scale, add in lex.onset_ages:
        for m in rx.finditer(text, start, end):
            n = int(m.group("n")) if "n" in rx.groupindex and m.group("n") else 1
            age = n * scale + add
            if m.start() not in hits or m.end() > hits[m.start()][2]:
                hits[m.start()] = (age, m.start(), m.end())
    return sorted(hits.values(), key=lambda h: h[1])


@dataclass
class Lexicon:
    """Compiled regexes of the extractor."""

    condition: re.Pattern[str]
    condition_ref: re.Pattern[str]
    severity: list[tuple[re.Pattern[str], str]]
    severity_any: re.Pattern[str]
    severity_label: re.Pattern[str]
    severity_after: re.Pattern[str]
    iga: re.Pattern[str]
    hecsi: re.Pattern[str]
    inadequate: re.Pattern[str]
    adequate: re.Pattern[str]
    daily: re.Pattern[str]
    prn: re.Pattern[str]
    vehicles: list[tuple[re.Pattern[str], str]]
    otc: re.Pattern[str]
    class_mentions: list[tuple[re.Pattern[str], str, str]]
    status: list[tuple[re.Pattern[str], str]]
    dos_label: re.Pattern[str]
    dob_label: re.Pattern[str]
    dob_other: re.Pattern[str]
    flare: re.Pattern[str]
    recur_verb: re.Pattern[str]
    window12: re.Pattern[str]
    first_episode: re.Pattern[str]
    initial_episode: re.Pattern[str]
    long_durations: list[tuple[re.Pattern[str], int]]
    onset_ages: list[tuple[re.Pattern[str], int, int]]
    """Onsets as an age or grade: (cue + stage regex, scale, add); the oldest age the phrase
    can mean is ``n * scale + add`` (``n`` the phrase's number, or 1 when it has none)."""
    relative_season: re.Pattern[str]
    # "maybe since the winter", "vague about when it began": an onset the patient only guesses
    onset_guess_hedge: re.Pattern[str]
    onset_guess_unsure: re.Pattern[str]
    form_markers: re.Pattern[str]
    episode_header: re.Pattern[str]
    not_use_duration: re.Pattern[str]
    consult_doc: re.Pattern[str]
    referral_doc: re.Pattern[str]
    # a referral named as another document of the packet ("(referral form attached)", "see
    # the enclosed referral letter"): the words right before / after the marker
    attached_before: re.Pattern[str]
    attached_after: re.Pattern[str]
    sev_block: re.Pattern[str]
    # what introduces a criterion's text quoted word for word, ending where the quote opens
    policy_quote_intro: re.Pattern[str]
    goal: re.Pattern[str]
    credentials: re.Pattern[str]
    consult: re.Pattern[str]
    referral_pending: re.Pattern[str]
    drugs: re.Pattern[str]
    specialty_words: re.Pattern[str]
    specialty_index: dict[str, str]
    count_words: dict[str, int]
    number_words: dict[str, int]
    # "3rd episode in a year": the Nth episode of a window is its (N - 1)th recurrence
    ordinal_words: dict[str, int] = field(default_factory=dict)
    ordinal_return: re.Pattern[str] = re.compile(r"(?!x)x")
    # therapy courses: "stopped at day 10" (group n), lengths not reached, another drug's PRN
    stopped_at_day: list[re.Pattern[str]] = field(default_factory=list)
    not_reached: re.Pattern[str] = re.compile(r"(?!x)x")
    other_drug_prn: re.Pattern[str] = re.compile(r"(?!x)x")
    # "2 wks so far": a course length that is only the use up to now of a running course
    duration_so_far: re.Pattern[str] = re.compile(r"(?!x)x")
    # "after ~3 weeks ...; total duration of that course unknown": a length that is a lower bound
    course_length_unknown: re.Pattern[str] = re.compile(r"(?!x)x")
    # "failed X and 8 weeks of Y": a length whose words lead into the next drug named
    duration_names_next: re.Pattern[str] = re.compile(r"(?!x)x")
    # "TCS x 5 weeks in total": an unnamed steroid's length summed over several courses
    course_total: re.Pattern[str] = re.compile(r"(?!x)x")
    # right after a length: a report's time window ("12 MONTH LOOKBACK"), not days of use
    window_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # right after a length: time without the drug ("offshore for a week without it"), not use
    without_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # "last application 03/01/2026": the date after it is the course's stop date
    last_use: re.Pattern[str] = re.compile(r"(?!x)x")
    # "almost clear": the second half of the success target "clear or almost clear"
    near_clear: re.Pattern[str] = re.compile(r"(?!x)x")
    # "about a month": an estimated course length
    approximate: re.Pattern[str] = re.compile(r"(?!x)x")
    # "we have not prescribed a steroid in this clinic": a denial limited to this clinic
    local_negation: re.Pattern[str] = re.compile(r"(?!x)x")
    # "unsure whether any of them were steroids": earlier treatment of unknown class
    tcs_uncertain: re.Pattern[str] = re.compile(r"(?!x)x")
    # "has been using X", "is still applying X": use going on at the time of the note
    ongoing_use: re.Pattern[str] = re.compile(r"(?!x)x")
    # a course used as its plan ordered, and finished (extract/offline.py _length_from_plans)
    as_directed: re.Pattern[str] = re.compile(r"(?!x)x")
    course_finished: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Start X ...", "begin X": a plan that starts the drug at that visit
    plan_start: re.Pattern[str] = re.compile(r"(?!x)x")
    # "... today": a drug the plan starts at that visit is in use from then on
    started_at_visit: re.Pattern[str] = re.compile(r"(?!x)x")
    intolerance: re.Pattern[str] = re.compile(r"(?!x)x")
    collective: re.Pattern[str] = re.compile(r"(?!x)x")
    relative_possessive_after: re.Pattern[str] = re.compile(r"(?!x)x")
    relative_possessive_before: re.Pattern[str] = re.compile(r"(?!x)x")
    patient_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # the patient named as a clause's subject ("member", "pt"): see extractor_lexicon.yaml
    patient_subject: re.Pattern[str] = re.compile(r"(?!x)x")
    # a record the household shares ("the family pharmacy profile"): see extractor_lexicon.yaml
    shared_record: re.Pattern[str] = re.compile(r"(?!x)x")
    # a relative's letter, the writer's own use before a drug, a drug named as an example of a
    # kind ("pills like X"): see extractor_lexicon.yaml relative_writer, writer_own_use,
    # class_example
    relative_writer: re.Pattern[str] = re.compile(r"(?!x)x")
    writer_own_use: re.Pattern[str] = re.compile(r"(?!x)x")
    class_example: re.Pattern[str] = re.compile(r"(?!x)x")
    # words that make a drug a time reference for the next ("Before MTX, X ..."): see
    # extractor_lexicon.yaml sequence_lead
    sequence_lead: re.Pattern[str] = re.compile(r"(?!x)x")
    response_conditional: re.Pattern[str] = re.compile(r"(?!x)x")
    course_ordered: re.Pattern[str] = re.compile(r"(?!x)x")
    # a plan word right before a course length ("plan 4 wks"): see extractor_lexicon.yaml
    course_plan_before: re.Pattern[str] = re.compile(r"(?!x)x")
    frequency_unknown: re.Pattern[str] = re.compile(r"(?!x)x")
    # the clinician says no daily course of any steroid was ever used (extractor_lexicon.yaml)
    daily_course_denied: re.Pattern[str] = re.compile(r"(?!x)x")
    # right after a response word: the word names a form's question, not a result ("the
    # inadequate-efficacy question", "the adequate response criterion")
    response_question: re.Pattern[str] = re.compile(r"(?!x)x")
    # one-letter slips of long drug names ("clobetsol"): misspelling -> the name it slips from
    drug_typos: dict[str, str] = field(default_factory=dict)
    condition_fragment: re.Pattern[str] = re.compile(r"(?!x)x")
    # an e-consult/consult request nobody has answered yet (not a consultation)
    consult_unanswered: re.Pattern[str] = re.compile(r"(?!x)x")
    # "board-certified in", "Diplomate, American Board of": the specialty follows
    board_cert: re.Pattern[str] = re.compile(r"(?!x)x")
    # a letter author naming their own specialty ("I am a board-certified dermatologist")
    self_specialty: re.Pattern[str] = re.compile(r"(?!x)x")
    # a pharmacy fill history's column header, and how old a last fill may be and still
    # count as current use
    fill_header: re.Pattern[str] = re.compile(r"(?!x)x")
    # the word after a product naming it as the base a compounded mixture is made in
    # ("betamethasone + clotrimazole in Cetaphil base"): a vehicle, not a treatment
    compound_base_after: re.Pattern[str] = re.compile(r"(?!x)x")
    fill_stale_days: int = 0
    fill_series_grace_days: int = 0
    # a fill history row that records no dispensing ("Rx inactivated", "reversed")
    fill_not_dispensed: re.Pattern[str] = re.compile(r"(?!x)x")
    course_result_anaphor: re.Pattern[str] = re.compile(r"(?!x)x")
    # a drug named as a patch-test allergen: its test vehicle after it ("1% pet"), the
    # reading before it ("doubtful reaction to")
    patch_allergen_after: re.Pattern[str] = re.compile(r"(?!x)x")
    patch_allergen_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # a stop said after a drug: "stopped it in June 2025", "(stopped 06/2025)"
    stop_ref: re.Pattern[str] = re.compile(r"(?!x)x")
    restart: re.Pattern[str] = re.compile(r"(?!x)x")
    # a denied restart right before a restart word ("no plan to restart"): no restart at all
    restart_denied: re.Pattern[str] = re.compile(r"(?!x)x")
    # a short use said just before a bare stop ("used it for one week and stopped"): the gap's end
    use_then_stop: re.Pattern[str] = re.compile(r"(?!x)x")
    # a passive stop's subject pronoun just before the stop word ("..., and it was stopped")
    stop_passive: re.Pattern[str] = re.compile(r"(?!x)x")
    # what follows a wrapped status cell's stop word and date ("discontinued 08/2022 for ...")
    status_cell_reason: re.Pattern[str] = re.compile(r"(?!x)x")
    # words between a stop word and its date ("stopped, last dose 11/14/2025"); fullmatch
    stop_date_lead: re.Pattern[str] = re.compile(r"(?!x)x")
    exam_sign: re.Pattern[str] = re.compile(r"(?!x)x")
    # a body site other than the hands ("body eczema", "facial dermatitis"): a severity word
    # rating that site's eczema does not rate the hand eczema
    other_site: re.Pattern[str] = re.compile(r"(?!x)x")
    # a condition other than the hand eczema ("psoriasis", "tinea"): see _diagnosis_with_rating
    other_condition: re.Pattern[str] = re.compile(r"(?!x)x")
    # after the eczema a severity word rates: it is off the hands ("mild eczema elsewhere")
    elsewhere_after: re.Pattern[str] = re.compile(r"(?!x)x")
    hand_site: re.Pattern[str] = re.compile(r"(?!x)x")  # "hands", "palms", "CHE"
    body_score: re.Pattern[str] = re.compile(r"(?!x)x")  # "EASI", "SCORAD": whole-body scores
    rated_noun: re.Pattern[str] = re.compile(r"(?!x)x")  # "[severe] disease": the disease rated
    not_used: re.Pattern[str] = re.compile(r"(?!x)x")  # "never filled", "Returned to stock"
    # a course used like the one named just before it ("Y the same way"): that course's sig
    same_use: re.Pattern[str] = re.compile(r"(?!x)x")
    # words that open an onset ("since", "began", "dx", "broke out"), with the fillers and
    # separators that may stand between them and the date (extract/offline.py)
    onset: re.Pattern[str] = re.compile(r"(?!x)x")
    # onset words that name the disease's start by themselves ("the onset", "dx'd"); form
    # questions about how long the condition has lasted; signs of the condition
    onset_continued: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Started in the summer of 2024": a subject-less onset verb, then its time
    onset_subjectless: re.Pattern[str] = re.compile(r"(?!x)x")
    # a pronoun opening a sentence for the condition the sentence before names
    condition_pronoun: re.Pattern[str] = re.compile(r"(?!x)x")
    # a care relationship right before an onset word ("established pt since 2019"): it dates
    # the relationship, not the condition
    care_relation: re.Pattern[str] = re.compile(r"(?!x)x")
    # a word of unchanged state right before "since" ("hands unchanged since March"): the
    # time since the state held, not the condition's onset
    status_since: re.Pattern[str] = re.compile(r"(?!x)x")
    # a course detail left unknown in parentheses ("(strength ?)"): no question
    unknown_detail: re.Pattern[str] = re.compile(r"(?!x)x")
    duration_question: re.Pattern[str] = re.compile(r"(?!x)x")
    # a form label that opens its line and asks how long the condition has been present
    # ("How long present | about 3 years"): the answer after it is the condition's duration
    duration_label: re.Pattern[str] = re.compile(r"(?!x)x")
    # "3. Duration: approx. 2 years": a form's bare length label (see extractor_lexicon.yaml)
    bare_duration_label: re.Pattern[str] = re.compile(r"(?!x)x")
    symptom: re.Pattern[str] = re.compile(r"(?!x)x")
    exceeds: re.Pattern[str] = re.compile(r"(?!x)x")  # "more than", ">" before a duration
    # TCS courses: words that open a list of the named drugs a class word stands for ("topical
    # steroids, including ..."); a payer's requirement, not a trial ("plan criteria require a
    # TCS trial"); a use or prescribing verb between a date said first and the drug ("On
    # 3/4/26 I rx'd mometasone", "From 1/5 to 2/16/2026 she applied ...")
    class_list: re.Pattern[str] = re.compile(r"(?!x)x")
    # a form line's drug class before its parenthesised examples, and words that make the
    # line a statement of use (form_example_classes / form_example_use_words)
    form_example_class: re.Pattern[str] = re.compile(r"(?!x)x")
    form_example_use: re.Pattern[str] = re.compile(r"(?!x)x")
    requirement: re.Pattern[str] = re.compile(r"(?!x)x")
    use_before_drug: re.Pattern[str] = re.compile(r"(?!x)x")
    # the policy's threshold wording before a course length ("daily >= 28 days"); words saying
    # a course was used ("TCS used daily for >= 28 days")
    threshold_before: re.Pattern[str] = re.compile(r"(?!x)x")
    past_use: re.Pattern[str] = re.compile(r"(?!x)x")
    # words of a drug's use in a sentence ("uses it", "apply", "the cream")
    use_words: re.Pattern[str] = re.compile(r"(?!x)x")
    # "through today" right after a course's start date: it ran to the visit's date
    until_today: re.Pattern[str] = re.compile(r"(?!x)x")
    # "still applying it daily (as of today)" after a course's start: daily use to this visit
    still_daily: re.Pattern[str] = re.compile(r"(?!x)x")
    # "At that visit" opening a prescribing sentence: the visit the sentence before dates
    visit_anaphor: re.Pattern[str] = re.compile(r"(?!x)x")
    daily_since: re.Pattern[str] = re.compile(r"(?!x)x")
    consult_other: re.Pattern[str] = re.compile(r"(?!x)x")
    consult_former: re.Pattern[str] = re.compile(r"(?!x)x")
    prescribed_after: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_earlier: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_earlier_near: re.Pattern[str] = re.compile(r"(?!x)x")
    # "(IGA-CHE 3, see attached notes)": a letter's rating quoted from the enclosed records
    severity_cited_records: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_now: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_either: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_patient_voice: re.Pattern[str] = re.compile(r"(?!x)x")
    severity_patient_voice_after: re.Pattern[str] = re.compile(r"(?!x)x")
    hands_clear: re.Pattern[str] = re.compile(r"(?!x)x")
    # the patient returning to the clinic ("returns for f/u of hand eczema"): no recurrence
    return_visit: re.Pattern[str] = re.compile(r"(?!x)x")
    hands_clear_except: re.Pattern[str] = re.compile(r"(?!x)x")
    hands_clear_goal: re.Pattern[str] = re.compile(r"(?!x)x")
    hands_clear_partial: re.Pattern[str] = re.compile(r"(?!x)x")
    # "clear through the winter; flared again in spring": the eczema came back after it
    hands_clear_then_flare: re.Pattern[str] = re.compile(r"(?!x)x")
    hands_clear_no_flare: re.Pattern[str] = re.compile(r"(?!x)x")
    # "clear at his 11/2024 visit": the words before the date of the earlier clear exam
    hands_clear_dated: re.Pattern[str] = re.compile(r"(?!x)x")
    clinician_departed: re.Pattern[str] = re.compile(r"(?!x)x")
    # the heading of an addendum, late entry or correction, at a line's start; and the bare
    # past tense ("was 3") that in such an entry speaks of the corrected visit, not an earlier one
    correction_heading: re.Pattern[str] = re.compile(r"(?!x)x")
    correction_tense: re.Pattern[str] = re.compile(r"(?!x)x")
    # an as-needed word right before a drug ("intermittent clobetasol"): that mention's sig
    prn_before_drug: re.Pattern[str] = re.compile(r"(?!x)x")
    # a prescribing verb right before a drug; a later reference reporting the use ("used it
    # for about"), right before the length of that use
    prescribed_before: re.Pattern[str] = re.compile(r"(?!x)x")
    use_reference: re.Pattern[str] = re.compile(r"(?!x)x")
    # a sentence adding a non-steroid topical to the steroid's course ("Also Y ointment at night")
    addon_lead: re.Pattern[str] = re.compile(r"(?!x)x")
    # "I would call it", "we grade this as" right before a severity word: the rating
    severity_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # a drug never begun, said after it ("insurance denied, never started", "never filled
    # it"), and the dose/sig words that may stand between a drug and such a verb
    not_started_ref: re.Pattern[str] = re.compile(r"(?!x)x")
    not_started_cancel: re.Pattern[str] = re.compile(r"(?!x)x")
    sig_gap: re.Pattern[str] = re.compile(r"(?!x)x")
    # a visit note's heading line right before its date ("VISIT NOTE — 1/19/2026")
    visit_note_head: re.Pattern[str] = re.compile(r"(?!x)x")
    # an entry's bare title alone on its line before its date ("Follow up - 09/29/2025")
    visit_title_head: re.Pattern[str] = re.compile(r"(?!x)x")
    # a numbered entry heading naming the visit's kind before its date ("Encounter 2 -
    # Follow-up - 15-Dec-2025 - <clinician>"): the date dates that entry
    visit_numbered_head: re.Pattern[str] = re.compile(r"(?!x)x")
    # an appointment booked with a referred-to specialist, right before its date
    referral_booked_ahead: re.Pattern[str] = re.compile(r"(?!x)x")
    # the same title right after a line's opening date, then a capitalised name or the end of
    # the line ("11/09/2026  FOLLOW-UP  CLINIC ...")
    visit_title_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # "improved to", "down to" between the condition and a severity word: today's rating
    severity_change: re.Pattern[str] = re.compile(r"(?!x)x")
    # the words joining specialties given as options ("derm, allergist or immunologist"):
    # such a list names who may prescribe, not who was consulted (IP0759 1.E)
    specialty_options: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Dermatology agents", "Dermatologicals": a drug class named after a specialty
    specialty_drug_class: re.Pattern[str] = re.compile(r"(?!x)x")
    # a letter's copy line ("cc: Ana Ruiz, MD, Dermatology"): who was sent a copy
    copied_to: re.Pattern[str] = re.compile(r"(?!x)x")
    # a dispensing/reporting window ("dispensed 03/2022-02/2025: 5 fills"), not a course
    range_window_before: re.Pattern[str] = re.compile(r"(?!x)x")
    # "flared again and again", "repeated relapse": a series of episodes, not continuous presence
    recurrence_pattern: re.Pattern[str] = re.compile(r"(?!x)x")
    recurrence_continuous: re.Pattern[str] = re.compile(r"(?!x)x")
    # "ON HOLD" (active: may resume) unless the line says never started ("FUTURE", "do not start")
    hold_word: re.Pattern[str] = re.compile(r"(?!x)x")
    hold_not_started: re.Pattern[str] = re.compile(r"(?!x)x")
    range_window_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # "reply from", "responded" after a consult request: it was answered
    consult_answered: re.Pattern[str] = re.compile(r"(?!x)x")
    # "no reply yet", "response pending": an answer word denied, the request still unanswered
    consult_answer_denied_before: re.Pattern[str] = re.compile(r"(?!x)x")
    consult_answer_denied_after: re.Pattern[str] = re.compile(r"(?!x)x")
    # "followed by Dr X (derm) until she retired": a specialist whose care has ended
    consult_ended: re.Pattern[str] = re.compile(r"(?!x)x")
    specialist_not_yet_seen: re.Pattern[str] = re.compile(r"(?!x)x")
    # a form item's label answered "not documented" / "pending" (matched right after the
    # label's words, through its colon): the label is no fact of the course
    item_answer_withheld: re.Pattern[str] = re.compile(r"(?!x)x")
    patient_account_heading: re.Pattern[str] = re.compile(r"(?!x)x")
    # a thread message's header line; the mark naming its sender as the patient
    message_header: re.Pattern[str] = re.compile(r"(?!x)x")
    patient_sender: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Prescriber signature: ____ (not signed)": a form no prescriber has signed
    unsigned_prescriber_signature: re.Pattern[str] = re.compile(r"(?!x)x")
    # a letter's sign-off by a pharmacist ("Sincerely, / Dana Roe, PharmD"): not the prescriber
    pharmacist_signoff: re.Pattern[str] = re.compile(r"(?!x)x")
    # "attestation of inadequate efficacy": a requirement named, no verdict (before the word)
    response_requirement_lead: re.Pattern[str] = re.compile(r"(?!x)x")
    # "triamcinolone cream - strength not known": the clinician does not know the strength
    strength_unknown_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # "stopped when the tube ran out - not sure exactly when": the course's length is unknown
    length_unknown_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Response to X course unclear": the clinician does not know how the course worked
    response_unknown_cue: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Specialist note: none received" on a referral record: the specialist has not answered
    specialist_reply_missing: re.Pattern[str] = re.compile(r"(?!x)x")
    # a specialist visit known only from the patient, and the missing note of it
    specialist_visit_per_patient: re.Pattern[str] = re.compile(r"(?!x)x")
    specialist_note_not_received: re.Pattern[str] = re.compile(r"(?!x)x")
    unseen_claim: re.Pattern[str] = re.compile(r"(?!x)x")
    # "This request is made in consultation with Dr X": the request, not the consult, is new
    consult_made_in: re.Pattern[str] = re.compile(r"(?!x)x")
    # a line label naming the consultant ("Consultant: X, MD"), unless it names the prescriber too
    consultant_label: re.Pattern[str] = re.compile(r"(?!x)x")
    # the policy's own wording before a consult cue ("prescribed by or in consultation with")
    consult_criterion_before: re.Pattern[str] = re.compile(r"(?!x)x")
    banner_visit: re.Pattern[str] = re.compile(r"(?!x)x")
    # "e-consult with", "consulting specialist:": a doctor named right after was consulted
    consult_named: re.Pattern[str] = re.compile(r"(?!x)x")
    # "not graded today", "IGA-CHE not scored": the current severity was not rated
    severity_ungraded: re.Pattern[str] = re.compile(r"(?!x)x")
    # "Problem list (copied forward from intake)": a list written at an earlier visit
    copied_forward: re.Pattern[str] = re.compile(r"(?!x)x")


_TYPO_MIN_LEN = 9  # shorter names are too close to other words for a one-letter slip
# a form item's number before its label: "B.", "3)", "Q2", "Q2:", "Q." (optional)
_FORM_ITEM = (r"(?:(?:Q[^\S\n]*\d{1,2}|\d{1,2}|[A-Za-z])[.):][^\S\n]*"
              r"|Q\d{1,2}[^\S\n]+)?")


def _drug_typos(names: dict[str, str]) -> dict[str, str]:
    """A dropped letter, two swapped neighbours or a doubled letter inside a long one-word
    drug name ("clobetsol", "mometsaone", "cclobetasol"): the misspelling -> the name. The
    first letter is kept, and a slip that is itself a name, or that two names share, is
    left out."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for n in names:
        if len(n) < _TYPO_MIN_LEN or not n.isalpha():
            continue
        variants = {n[:i] + n[i + 1:] for i in range(1, len(n))}
        variants |= {n[:i] + n[i + 1] + n[i] + n[i + 2:] for i in range(1, len(n) - 1)}
        # a letter doubled (a keystroke or an OCR echo: "cclobetasol", "mometassone")
        variants |= {n[:i] + n[i - 1] + n[i:] for i in range(1, len(n) + 1)}
        for v in variants - {n}:
            if v in names:
                continue
            if v in out and out[v] != n:
                clash.add(v)
            out.setdefault(v, n)
    return {k: v for k, v in out.items() if k not in clash}


def _build(data: dict) -> Lexicon:
    def opt(key: str) -> re.Pattern[str]:
        """``alt`` of an optional phrase list; a pattern that never matches when it is absent."""
        return alt(data.get(key) or ["(?!x)x"])

    def on_line(key: str) -> str:
        """An optional phrase list as one alternation whose spaces match within a line only
        (headings: "Follow up - 09/29/2025" must not reach across a line break)."""
        return "|".join(x.replace(" ", r"[ \t]+") for x in data.get(key) or ["(?!x)x"])

    sev = [(alt([e["phrase"]]), e["value"]) for e in data["severity"]]
    # "IGA-CHE: 3", "IGA-CHE of 3", "IGA-CHE as 3", "IGA-CHE was rated as 3", "IGA-CHE remains 3"
    # "IGA-CHE at the 3/17 visit was 3", "IGA-CHE at today's exam: 4": the visit it rates
    at_visit = (r"(?:\s+(?:at|on|for|from)\s+(?:the|this|that|today'?s|her|his|their)\s+"
                r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+|\w+\s+)?(?:visit|exam|encounter|appointment)"
                r"(?=\s*(?:[:=]|was|is|\d))\s*)?")
    # "HECSI today is 29", "IGA-CHE currently was 3": the time word before the verb
    scores_num = at_visit + (
                  r"(?:\s+(?:today|currently|now)(?=\s+(?:was|is)\b))?"
                  r"\s*(?:score\s*)?(?:[:=]|of|-|(?:(?:was|is)\s+)?(?:(?:rated|graded|scored)\s+)?"
                  r"(?:as|at)|was|is|remain(?:s|ed)|stay(?:s|ed))?\s*(?:score\s*)?(?:[:=]|of)?\s*"
                  r"(?:(?:today|currently|now)\s*[:=]?\s*)?")
    iga = re.compile(
        r"(?<![\w-])(?:" + "|".join(data["iga_labels"]) + r")" + scores_num
        + r"(?P<n>[0-4](?!\d|\.\d|\s*-\s*\d)|(?:zero|one|two|three|four)(?![\w-]))"
        r"(?:\s*/\s*4)?", re.I
    )
    hecsi = re.compile(
        r"(?<![\w-])(?:" + "|".join(data["hecsi_labels"]) + r")" + scores_num
        + r"(?P<n>\d{1,3}(?:\.\d+)?(?![\d])|(?:" + SCORE_WORDS_RE + r")(?![\w-]))", re.I
    )
    names = vocab.all_drug_names()
    typos = _drug_typos(names)
    drug_words = [*names, *typos]
    spec = vocab.load("specialties")["specialties"]
    sidx: dict[str, str] = {}
    for code, s in spec.items():
        for syn in [s["label"], *s["synonyms"]]:
            sidx.setdefault(vocab.norm(syn), code)
    status = [
        (alt(v), k) for k, v in data["med_status"].items()
    ]
    return Lexicon(
        condition=alt(data["conditions"]),
        condition_ref=alt(data["condition_refs"]),
        severity=sev,
        severity_any=alt([e["phrase"] for e in data["severity"]]),
        severity_label=alt(data["severity_labels"]),
        severity_after=re.compile(r"\s*,?\s*" + alt(data["severity_rating_after"]).pattern, re.I),
        severity_before=re.compile(opt("severity_rating_before").pattern
                                   + r"[\s,:]*$", re.I),
        iga=iga,
        hecsi=hecsi,
        inadequate=alt(data["response_inadequate"]),
        adequate=alt(data["response_adequate"]),
        daily=alt(data["frequency_daily"]),
        prn=alt(data["prn"]),
        vehicles=[(alt([p]), name) for name, p in data["vehicles"].items()],
        otc=alt(data["otc"]),
        class_mentions=[(alt([c["phrase"]]), c["cls"], c["drug"])
                        for c in data["class_mentions"]],
        status=status,
        # a label stays on its line ("Office visit" / "Date of service: ..." is no "visit date")
        dos_label=re.compile(alt(data["dos_labels"]).pattern.replace(r"\s+", r"[ \t]+"), re.I),
        dob_label=alt(data["dob_labels"]),
        dob_other=opt("dob_other_person"),
        flare=alt(data["flare_terms"]),
        recur_verb=alt(data["recur_verbs"]),
        window12=alt(data["twelve_month_windows"]),
        first_episode=opt("first_episode"),
        initial_episode=opt("initial_episode"),
        long_durations=[(alt([x["phrase"]]), int(x["days"]))
                        for x in data.get("long_duration_phrases") or []],
        onset_ages=_onset_ages(data),
        relative_season=re.compile(r"\b" + spaced(data.get("relative_season_onset") or "(?!x)x")
                                   + r"\b(?![\s,]*(?:of\s+)?(?:19|20)\d\d)", re.I),
        onset_guess_hedge=re.compile(r"(?:" + opt("onset_guess_hedge").pattern
                                     + r")[\s,(\"']*$", re.I),
        onset_guess_unsure=opt("onset_guess_unsure"),
        form_markers=opt("form_markers"),
        not_use_duration=re.compile(
            opt("not_use_duration").pattern
            + r"(?:\s+\w+){0,3}?\s*(?:for|x|since|over)?\s*(?:the\s+)?(?:past\s+|last\s+)?$", re.I),
        episode_header=re.compile("|".join(data.get("episode_table_header") or ["(?!x)x"]),
                                  re.I),
        consult_doc=alt(data["consult_doc_markers"]),
        referral_doc=re.compile(r"^.{0,80}?(?P<marker>" + alt(data["referral_doc_markers"]).pattern
                                + ")", re.I | re.M),
        # ("History reviewed from referral letter": a preposition may stand between them)
        attached_before=re.compile(opt("document_attached_cues").pattern
                                   + r"(?:[ \t]+(?:from|in|on|per|with))?[ \t]+(?:the[ \t]+)?$",
                                   re.I),
        # ("referral letter 11/18/2025 attached", "referral form dated Mar 3, 2026 enclosed":
        # the document's date may stand between it and the cue)
        attached_after=re.compile(r"(?:[ \t]+(?:dated[ \t]+|of[ \t]+|from[ \t]+)?(?:\d{1,4}[/.-]"
                                  r"\d{1,2}(?:[/.-]\d{2,4})?|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+"
                                  r"\d{4}),?)?"
                                  r"[ \t]*(?:(?:is|was|are|were)[ \t]+)?" + alt(
            data.get("document_attached_cues") or ["(?!x)x"]).pattern, re.I),
        sev_block=alt(data["severity_not_patient"]),
        policy_quote_intro=re.compile("(?:" + alt(data.get("policy_quote_intro") or ["(?!x)x"]).pattern
                                      + r")\s*$", re.I),
        goal=alt(data["score_goal_words"]),
        credentials=re.compile(
            # OCR may read the comma before the credentials as ",." ("Ana Ruiz,.MD")
            r"(?:(?:,\.?)?\s*(?:" + "|".join(sorted(data["credentials"], key=len, reverse=True))
            + r")(?![\w-]))+"
        ),
        consult=alt(data["consult_phrases"]),
        referral_pending=alt(data["referral_pending"]),
        severity_earlier=opt("severity_earlier_cues"),
        severity_earlier_near=opt("severity_earlier_near"),
        severity_cited_records=opt("severity_cited_records"),
        severity_now=opt("severity_now_words"),
        severity_either=opt("severity_either_or"),
        severity_patient_voice=opt("severity_patient_voice"),
        severity_patient_voice_after=opt("severity_patient_voice_after"),
        hands_clear=opt("hands_clear_phrases"),
        return_visit=opt("return_visit_phrases"),
        hands_clear_except=opt("hands_clear_except"),
        hands_clear_goal=opt("hands_clear_goal"),
        hands_clear_then_flare=opt("hands_clear_then_flare"),
        hands_clear_no_flare=opt("hands_clear_no_flare"),
        hands_clear_dated=re.compile(opt("hands_clear_dated_visit").pattern + r"[ \t]+$", re.I),
        hands_clear_partial=re.compile(opt("hands_clear_partial").pattern
                                       + r"[ \t]*$", re.I),
        clinician_departed=opt("clinician_departed"),
        correction_heading=re.compile(r"^[ \t#*>|-]*(?:" + alt(
            data.get("correction_headings") or ["(?!x)x"]).pattern + r")", re.I | re.M),
        prn_before_drug=re.compile(
            r"(?P<w>" + opt("prn_before_drug").pattern
            + r")[ \t]+(?:(?:use|uses|courses?|applications?|bursts?|of|with|on)[ \t]+){0,3}$",
            re.I),
        correction_tense=re.compile(opt("correction_tense").pattern
                                    + r"\Z", re.I),
        prescribed_after=opt("course_prescribed_after_drug"),
        consult_former=re.compile(r"(?:" + opt("consult_former").pattern
                                  + r")\s*$", re.I),
        consult_other=opt("consult_other_condition"),
        consult_unanswered=opt("consult_unanswered_markers"),
        fill_header=re.compile("|".join(data.get("fill_table_header") or ["(?!x)x"]), re.I),
        compound_base_after=re.compile(r"[ \t]+(?:" + "|".join(
            data.get("compound_base_words") or ["(?!x)x"]) + r")\b", re.I),
        fill_stale_days=int(data.get("fill_stale_days") or 0),
        fill_series_grace_days=int(data.get("fill_series_grace_days") or 0),
        fill_not_dispensed=opt("fill_not_dispensed"),
        course_result_anaphor=opt("course_result_anaphor"),
        patch_allergen_after=re.compile(  # matched right at a drug name's end: no word boundary
            "|".join(data.get("patch_test_allergen_after") or ["(?!x)x"]), re.I),
        patch_allergen_before=re.compile(r"(?:" + opt("patch_test_allergen_before").pattern
                                         + r")[ \t]+$", re.I),
        self_specialty=opt("self_specialty"),
        board_cert=re.compile(opt("board_certification").pattern
                              + r"(?:\s*,\s*|\s+in\s+|\s+of\s+|\s*[:\-]\s*)", re.I),
        drugs=re.compile(r"(?<![\w-])(?:" + trie_pattern(drug_words) + r")(?![\w-])", re.I),
        specialty_words=alt([re.escape(s) for s in sidx]),
        specialty_index=sidx,
        count_words={str(k).lower(): int(v) for k, v in data["count_words"].items()},
        ordinal_words={str(k).lower(): int(v) for k, v in (data.get("ordinal_words") or {}).items()},
        ordinal_return=re.compile(r"(?:" + opt("ordinal_return_nouns").pattern + r")\b", re.I),
        number_words={str(k).lower(): int(v) for k, v in data["number_words"].items()
                      if v is not None},
        stopped_at_day=[alt([p]) for p in data.get("course_stopped_at_day") or []],
        not_reached=re.compile(opt("duration_not_reached").pattern
                               + r"\s*$", re.I),
        window_after=re.compile(r"[\s-]*(?:" + alt(data.get("duration_window_after")
                                                  or ["(?!x)x"]).pattern + ")", re.I),
        without_after=re.compile(r"[\s,]*(?:" + "|".join(spaced(x) for x in data.get(
            "duration_without_after") or ["(?!x)x"]) + r")(?![\w-])", re.I),
        intolerance=opt("course_intolerance"),
        collective=opt("response_collective"),
        relative_possessive_after=re.compile(
            opt("relative_possessive_after").pattern.replace(
                "<pron>", "(?P<pron>his|her|their)"), re.I),
        relative_possessive_before=re.compile(
            opt("relative_possessive_before").pattern.replace(
                "<pron>", "(?P<pron>his|her|their)") + r"\W*$", re.I),
        patient_cue=opt("patient_cues"),
        patient_subject=opt("patient_subjects"),
        shared_record=opt("shared_record"),
        relative_writer=re.compile(opt("relative_writer").pattern, re.I | re.M),
        writer_own_use=re.compile(r"(?:" + opt("writer_own_use").pattern + r")\s+$", re.I),
        class_example=re.compile(r"(?:" + opt("class_example").pattern + r")\s+$", re.I),
        sequence_lead=re.compile(r"(?:^|\W)(?:" + opt("sequence_lead").pattern + r")\s+$", re.I),
        response_conditional=opt("response_conditional"),
        course_ordered=opt("course_ordered"),
        course_plan_before=opt("course_plan_before"),
        frequency_unknown=opt("frequency_unknown"),
        daily_course_denied=opt("daily_course_denied"),
        response_question=re.compile(r"[ \t-]*(?:(?:response|efficacy|control|improvement)"
                                     r"[ \t-]+)?(?:" + "|".join(
                                         data.get("response_question_nouns") or ["(?!x)x"])
                                     + r")(?![\w-])", re.I),
        drug_typos=typos,
        condition_fragment=re.compile(r"[^\S\n]*(?:" + alt(
            data.get("condition_fragment_openers") or ["(?!x)x"]).pattern + r")", re.I),
        stop_ref=re.compile(
            r"(?<![\w-])(?P<verb>" + "|".join(data.get("med_stop_reference") or ["(?!x)x"])
            + r")(?:\s+(?P<pro>" + "|".join(data.get("med_stop_pronoun") or ["(?!x)x"])
            + r"))?(?![\w-])", re.I),
        restart=opt("med_restart"),
        restart_denied=re.compile(r"(?<![\w-])(?:" + "|".join(spaced(x) for x in data.get(
            "med_restart_denied") or ["(?!x)x"]) + r")\s+$", re.I),
        stop_passive=re.compile(r"(?<![\w-])(?:" + "|".join(data.get("med_stop_pronoun") or [
            "(?!x)x"]) + r")[ \t]+(?:" + "|".join(data.get("med_stop_passive_aux") or ["(?!x)x"])
            + r")[ \t]*$", re.I),
        use_then_stop=re.compile(r"(?<![\w-])(?:" + "|".join(spaced(x) for x in data.get(
            "med_use_then_stop") or ["(?!x)x"]) + r")[ \t]*(?:,|;|-|–|—)?\s*(?:and|then|and then|but)?\s*$",
            re.I),
        status_cell_reason=re.compile(r"[ \t]*(?:" + "|".join(
            data.get("med_status_cell_reason") or ["(?!x)x"]) + r")", re.I),
        stop_date_lead=re.compile(r"[\s,;(\u2013\u2014-]*(?:" + "|".join(
            data.get("med_stop_date_lead") or ["(?!x)x"]) + r")[ \t]*:?[ \t]*", re.I),
        not_started_ref=re.compile(
            r"(?<![\w-])(?P<verb>" + "|".join(spaced(x) for x in data.get(
                "med_not_started_reference") or ["(?!x)x"])
            + r")(?:\s+(?P<pro>" + "|".join(data.get("med_stop_pronoun") or ["(?!x)x"])
            + r"|(?:the|his|her|their)\s+(?:prescription|rx|script|refills?)))?(?![\w-])", re.I),
        not_started_cancel=opt("med_not_started_cancel"),
        sig_gap=re.compile(r"(?:[\s(),:;/→>=~–—-]|(?<![\w.])(?:" + "|".join(
            spaced(x) for x in data.get("med_sig_gap") or ["(?!x)x"]) + r")(?!\w))*", re.I),
        onset=re.compile(
            r"(?<![\w-])(?:" + "|".join(spaced(x) for x in data.get("onset_cues") or ["(?!x)x"])
            + r")(?!\w)(?:\s+(?:date|in|on|around|about|approximately|approx\.?|roughly|of|was|the|here|:|-"
            + "".join("|" + spaced(x) for x in data.get("onset_cue_fillers") or []) + r"))*"
            r"\s*[:\-~]?\s*~?", re.I),
        not_used=opt("course_not_used"),
        same_use=opt("course_same_use_as_before"),
        onset_continued=opt("onset_continued_cues"),
        onset_subjectless=opt("onset_subjectless_cues"),
        condition_pronoun=opt("condition_pronoun_subject"),
        care_relation=re.compile(opt("care_relationship").pattern
                                 + r"(?:[\s,]+[\w'/()-]+){0,4}?[\s,]*$", re.I),
        unknown_detail=re.compile(r"\([ \t]*(?:" + opt("unknown_detail_labels").pattern
                                  + r")[ \t]*\?+[ \t]*\)", re.I),
        status_since=re.compile(r"(?<![\w-])(?:" + opt("status_since_before").pattern
                                + r")[\s,]*$", re.I),
        duration_question=opt("condition_duration_questions"),
        # a form item's number may stand before either label ("B. How long present:",
        # "3) Duration:", "Q2 Duration:", "Q. Duration?"); a bare label ends in ":", "-", "?"
        # or a dot leader ("Duration .........")
        duration_label=re.compile(r"[^\S\n]*" + _FORM_ITEM + alt(
            data.get("condition_duration_labels") or ["(?!x)x"]).pattern, re.I),
        bare_duration_label=re.compile(r"[^\S\n]*" + _FORM_ITEM + alt(
            data.get("bare_duration_labels") or ["(?!x)x"]).pattern
            + r"[^\S\n]*(?:[:–?-]|\.{2,}|…)", re.I),
        symptom=opt("symptom_words"),
        exceeds=re.compile("|".join(data.get("duration_exceeds_before") or ["(?!x)x"]), re.I),
        class_list=opt("class_list_openers"),
        form_example_class=opt("form_example_classes"),
        form_example_use=opt("form_example_use_words"),
        requirement=opt("course_requirement"),
        use_before_drug=opt("course_use_before_drug"),
        threshold_before=re.compile("|".join(data.get("duration_threshold_before") or ["(?!x)x"]),
                                    re.I),
        past_use=opt("course_past_use"),
        use_words=opt("course_use_words"),
        until_today=re.compile(r"[ \t]*(?:" + "|".join(
            spaced(x) for x in data.get("course_until_today") or ["(?!x)x"]) + r")(?!\w)", re.I),
        daily_since=re.compile(r"\b(?:" + "|".join(
            spaced(x) for x in data.get("course_daily_since") or ["(?!x)x"])
            + r")\s+(?P<kw>since|through|thru|until|till)\b", re.I),
        prescribed_before=opt("course_prescribed_before_drug"),
        use_reference=opt("course_use_reference"),
        addon_lead=opt("course_addon_lead"),
        exam_sign=re.compile(r"(?:" + "|".join(
            spaced(x) for x in data.get("severity_exam_signs") or ["(?!x)x"]) + r")\b", re.I),
        other_site=opt("severity_other_sites"),
        other_condition=opt("severity_other_conditions"),
        elsewhere_after=re.compile(r"[ \t]*,?[ \t]*(?:" + "|".join(
            spaced(x) for x in data.get("severity_elsewhere_after") or ["(?!x)x"]) + r")(?!\w)",
            re.I),
        body_score=opt("severity_body_scores"),
        # the noun must end its phrase: "moderate disease activity" (a CDAI band) rates nothing
        rated_noun=re.compile(r"[ \t]+" + opt("severity_rated_nouns").pattern
                              + r"(?=[ \t]*(?:[^\w \t]|$)|[ \t]+(?:with|without|today|now|on|"
                              r"of|in|at|and|despite|that|which|involving|affecting)\b)", re.I | re.M),
        hand_site=opt("hand_site_words"),
        severity_change=re.compile(r"\s*(?:[,:;–—-]\s*)?(?:" + "|".join(
            spaced(x) for x in data.get("severity_change_words") or ["(?!x)x"]) + r")\s*", re.I),
        visit_note_head=re.compile(
            r"^[ \t]*(?:[#*•-]+[ \t]*)?(?:" + on_line("visit_note_headings")
            + r")[ \t]*[-–—:,|(]*[ \t]*(?=\d)", re.I | re.M),
        visit_title_head=re.compile(
            r"^[ \t]*(?:[#*•-]+[ \t]*)?(?:" + on_line("visit_title_headings")
            + r")[ \t]*[-–—|(]?[ \t]*(?=\d)", re.I | re.M),
        referral_booked_ahead=re.compile(
            alt(data.get("referral_booked_ahead") or ["(?!x)x"]).pattern + r"[ \t:#-]*(?=\d)", re.I),
        visit_numbered_head=re.compile(
            r"^[ \t]*(?:[#*•-]+[ \t]*)?(?:visit|encounter|entry)[ \t]*(?:#|no\.?)?[ \t]*\d{1,2}"
            r"[ \t]*[-–—:|][ \t]*(?:" + on_line("visit_title_headings")
            + r")[ \t]*[-–—:,|(][ \t]*(?=\d)", re.I | re.M),
        visit_title_after=re.compile(
            r"[ \t]*[-–—|]?[ \t]*(?:" + on_line("visit_title_headings")
            + r")\b(?=[ \t]*$|[ \t]+\(?(?-i:[A-Z])|[ \t]*,[ \t]*\d{1,3}[ \t]*(?:y/?o|yrs?|years?|"
            r"-year|[MF]\b))", re.I | re.M),  # not "F/U 2 wk", "f/u in 4 wk"
        # ("09/01/2023 New pt, 15 y/o M": the title, then the patient's age, opens the entry)
        # ("... Follow-up (J. Abara, MD)": the author's name may stand in parentheses)
        other_drug_prn=re.compile(opt("other_drug_prn_before").pattern
                                  + r"[\s,-]*$", re.I),
        specialty_options=re.compile(r"[\s,;]*(?:" + "|".join(
            spaced(x) for x in data.get("specialty_option_joiners") or ["(?!x)x"])
            + r")\s+(?:(?:an?|the|by|with|w/|to)\s+)*$", re.I),
        consult_answered=opt("consult_answered"),
        consult_answer_denied_before=re.compile(r"(?<!\w)(?:" + "|".join(  # "--no reply"
            spaced(x) for x in data.get("consult_answer_denied_before") or ["(?!x)x"])
            + r")(?![\w/])[\s:,-]*$", re.I),
        consult_answer_denied_after=re.compile(
            r"[\s:,-]*" + opt("consult_answer_denied_after").pattern, re.I),
        consult_ended=opt("consult_ended"),
        specialist_not_yet_seen=opt("specialist_not_yet_seen"),
        # the heading alone on its line (an optional note in brackets, then a colon)
        message_header=re.compile(
            r"^[ \t#*>=-]*(?:" + on_line("message_header") + ")", re.I | re.M),
        patient_sender=opt("patient_sender"),
        patient_account_heading=re.compile(
            r"^[ \t#*>-]*(?:" + on_line("patient_account_heading")
            + r")(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:[ \t]*$", re.I | re.M),
        item_answer_withheld=re.compile(r"(?:[^\n:.;,?]{0,50}?:[ \t]*|[ \t]+)(?:"
                                        + opt("item_answer_withheld").pattern + r")", re.I),
        specialist_reply_missing=opt("specialist_reply_missing"),
        unsigned_prescriber_signature=opt("unsigned_prescriber_signature"),
        pharmacist_signoff=re.compile(opt("pharmacist_signoff").pattern, re.I | re.M),
        response_requirement_lead=re.compile(r"(?:^|\W)(?:" + opt(
            "response_requirement_lead").pattern + r")\s+$", re.I),
        strength_unknown_cue=opt("strength_unknown_cue"),
        length_unknown_cue=opt("length_unknown_cue"),
        response_unknown_cue=opt("response_unknown_cue"),
        specialist_visit_per_patient=opt("specialist_visit_per_patient"),
        specialist_note_not_received=opt("specialist_note_not_received"),
        unseen_claim=opt("unseen_claim_cues"),
        consult_made_in=opt("consult_made_in_subject"),
        consultant_label=re.compile(r"^[\W_]*(?:" + opt("consultant_line_labels").pattern
                                    + r")[ \t]*(?:[:\-|]|\.{2,})[ \t]*(?:Dr\.?[ \t]+)?$", re.I),
        consult_criterion_before=re.compile(r"(?:" + opt("consult_criterion_before").pattern
                                            + r")[ \t]+$", re.I),
        banner_visit=re.compile(r"(?:[ \t]+(?:" + opt("banner_visit_words").pattern + r"))*[ \t]*", re.I),
        consult_named=opt("consult_named_cues"),
        severity_ungraded=opt("severity_ungraded"),
        copied_forward=opt("copied_forward_cues"),
        specialty_drug_class=re.compile(r"[ \t]+(?:" + "|".join(
            data.get("specialty_drug_class_after") or ["(?!x)x"]) + r")\b", re.I),
        copied_to=re.compile(r"^[ \t]*(?:" + on_line("copied_to_labels") + r")[ \t]*:[ \t]*",
                             re.I | re.M),
        hold_word=opt("med_hold_words"),
        hold_not_started=opt("med_hold_not_started"),
        recurrence_pattern=opt("recurrence_pattern"),
        recurrence_continuous=opt("recurrence_pattern_continuous"),
        range_window_before=re.compile(r"\b(?:" + "|".join(
            data.get("range_window_before") or ["(?!x)x"]) + r")\b[^\n.;]{0,30}$", re.I),
        range_window_after=re.compile("|".join(
            data.get("range_window_after") or ["(?!x)x"]), re.I),
        duration_so_far=re.compile(r"[ \t]*[,)]?[ \t]*(?:" + "|".join(
            spaced(x) for x in data.get("duration_so_far_after") or ["(?!x)x"]) + r")\b", re.I),
        course_length_unknown=re.compile(r"\b(?:" + "|".join(
            spaced(x) for x in data.get("course_length_unknown_after") or ["(?!x)x"]) + r")\b",
            re.I),
        duration_names_next=re.compile(r"\s*(?:" + "|".join(
            spaced(x) for x in data.get("duration_names_next") or ["(?!x)x"]) + r")\s*", re.I),
        ongoing_use=opt("course_ongoing_use"),
        still_daily=opt("course_still_daily"),
        visit_anaphor=opt("course_visit_anaphor"),
        as_directed=opt("course_as_directed"),
        course_finished=opt("course_finished"),
        course_total=opt("course_total_markers"),
        tcs_uncertain=opt("tcs_uncertain"),
        local_negation=opt("never_used_local_scope"),
        approximate=re.compile(r"(?<![A-Za-z])(?:" + "|".join(
            spaced(x) for x in data.get("duration_approximate") or ["(?!x)x"]) + r")(?![A-Za-z])",
                               re.I),
        last_use=re.compile(opt("course_last_use_cues").pattern
                            + r"\W*$", re.I),
        near_clear=opt("response_near_clear"),
        plan_start=opt("course_plan_start"),
        started_at_visit=opt("med_started_at_visit"),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon (cached)."""
    try:
        return _build(vocab.load("extractor_lexicon"))
    except (KeyError, TypeError, re.error) as exc:
        raise VocabularyError(f"extractor_lexicon.yaml: {exc}") from exc
