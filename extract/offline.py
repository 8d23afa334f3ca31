"""The offline extractor: rules and lexicons, no network, no LLM.

``extract(documents) -> Evidence`` reads each page once: sections (sections.yaml), sentences,
ConText triggers (context_rules.yaml), then field readers that turn spans into ``Finding``
objects. Every quote is ``page.text[char_start:char_end]`` and contains what the value was read
from. Lexicons are data (extractor_lexicon.yaml and the shared drug/specialty vocabularies).

Conventions (documented choices):
- "moderate-to-severe" is moderate; "partial response" is an inadequate response.
- PRN / intermittent use gets ``therapy.prn = True`` and no ``therapy.duration_days``.
- A mention inside a form question ("Will the patient use ... methotrexate ...?") is
  hypothetical. A family member's medication is emitted with context ``family`` (unusable).
- The author of a consult letter is a consultant; the author of a referral letter is
  neither prescriber nor consultant; otherwise the note's author is the prescriber.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chartreview import vocab
from chartreview.models import Alignment, Document, Evidence, ExtractorKind, Finding, Page
from extract import doc_kinds
from extract.context import CONTEXT_CATEGORIES, Trigger, default_engine
from extract.dates import (
    MONTHS,
    RANGE_SEP_ANY,
    SEASONS,
    find_date_ranges,
    find_dates,
    find_durations,
    find_yearless,
    md_range_days,
    md_range_in,
    parse_date,
    score_value,
    yearless_date,
)
from extract.lexicon import Lexicon, lexicon, onset_age, spaced
from extract.sections import Sentence, default_detector, split_sentences

try:  # the shared bbox helper; a local union of word boxes otherwise
    from extract.align import bbox_for as _bbox_for
except ImportError:  # pragma: no cover
    _bbox_for = None

_CHECKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑|■|\(\s*[xX]\s*\))\s*$")
_UNCHECKED = re.compile(r"(?:\[\s*\]|☐|□|\(\s*\))\s*$")
# an empty check box that OCR read as a capital O or a zero, standing alone before an option
# word ("O mild & moderate O severe"; _Extractor._choice_mark)
_OCR_EMPTY_BOX = re.compile(r"(?<![\w/&])[O0][ \t]+(?=[A-Za-z])")
# a dot leader joining a list row's cells ("methotrexate 15 mg ....... stopped 2025")
_DOT_LEADER = re.compile(r"\.{4,}|(?:\.[^\S\n]){4,}")
_YES = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑)\s*yes\b", re.I)
_NO = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑)\s*no\b", re.I)
_AGE = re.compile(
    r"(?<![\w.])(?P<n>\d{1,3})\s*(?:-\s*|\s)?(?:y/o|y\.o\.?|yo|yrs?\.?[- ]old|years?[- ]old"
    r"|-year-old|year old)(?![\w])|\bage[d]?\s*[:=]?\s*(?P<n2>\d{1,3})\b(?!\s*(?:%|mg|years? ago))",
    re.I,
)
_AGE_BAD_BEFORE = re.compile(r"(?:since|at|by|before|after|from|until|onset)\s+"
                             r"(?:(?:about|around|approximately|approx\.?|roughly)\s+)?$", re.I)
_NPI = re.compile(r"\bNPI\b\s*(?:#|no\.?|number)?\s*[:#]?\s*(?P<n>\d{10})\b", re.I)
_TAXONOMY = re.compile(r"\b(?P<c>\d{3}[0-9A-Z]{6}X)\b")
# a name's letters include Latin-1 accented ones ("Renée Solís-Ortega")
_UP, _LET = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ"
# lowercase particles inside a surname ("Pieter van der Merwe", "Ana de la Cruz")
_NAME_PARTICLE = r"(?:(?:van|von|der|den|de|del|della|da|di|du|la|le|ter|ten|bin|ibn)[ \t]+){0,2}"
_NAME = (rf"(?:Dr\.?[ \t]+)?(?P<name>[{_UP}][{_LET}'’.-]+(?:[ \t]+{_NAME_PARTICLE}[{_UP}]"
         rf"[{_LET}'’.-]*\.?){{1,3}})")
_SIGNER_LABEL = (
    r"(?:electronically\s+signed\s+by|e-?signed\s+by|signed\s+by|signature|/s/|provider|"
    r"prescriber(?:\s+name)?|physician|attending|rendering\s+provider|ordering\s+provider|"
    r"requesting\s+provider|prescribing\s+(?:physician|provider)|clinician)"
    r"[ \t]*(?:[:\-]|\.{2,}|…+)?[ \t]*(?:/s/[ \t]*)?"  # "Prescriber:", "PRESCRIBER....."
)
_SIGNER = re.compile(_SIGNER_LABEL + _NAME, re.I)
# a form's "LAST, FIRST  MD" ("PRESCRIBER..... LINDQVIST, MARCUS  DO  (DERMATOLOGY)"): the name
# inverted, told from a sentence by the capitals and the credentials right after it
_SIGNER_INVERTED = re.compile(
    _SIGNER_LABEL + rf"(?-i:(?P<name>[{_UP}][{_LET}'’-]+,[ \t]*[{_UP}][{_LET}'’-]+(?:[ \t]+[A-Z]\.?)?)"
    r"(?=,?[ \t]+(?:MD|M\.D\.|DO|D\.O\.|NP|PA-C|FNP|APRN|MBBS)\b))", re.I)
# a clinician named before words saying they left ("Dr. Okafor has retired", "Ana Lind, MD
# left the practice", "Dr. Okafor (dermatology) retired" - a short aside in brackets may sit
# between): the surname is group a or b
_DEPARTED_NAME = re.compile(r"\b(?:(?:[Dd]r\.?|[Dd]octor)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?(?P<a>[A-Z][\w'’-]+)"
                            r"|[A-Z][\w'’-]+[ \t]+(?P<b>[A-Z][\w'’-]+),?[ \t]+(?:MD|DO|M\.D\.|D\.O\.))"
                            r",?[ \t]+(?:\([^()\n]{1,40}\),?[ \t]+)?")
# a doctor named on a referral record's "referred to" line: "Dr. Ana Ruiz", "Ana Ruiz, MD"
_REFERRED_DOCTOR = re.compile(r"\b(?:Dr\.?|Doctor)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?([A-Z][\w'’-]{2,})"
                              r"|([A-Z][\w'’-]{2,}),?[ \t]+(?:MD|DO|M\.D\.|D\.O\.)\b")
_NAME_CRED = re.compile(_NAME + r"(?=(?:,\.?)?\s*(?:MD|M\.D\.|DO|D\.O\.|NP|PA-C|FNP|APRN|MBBS)\b)")
_STRENGTH = re.compile(r"[ \t,(]*\n?[ \t(]*(?P<s>\d*\.?\d+\s*%)")  # may wrap to the next line
# a specialty answer followed by the doctor it belongs to: "Dermatology (Dr. Ana Ruiz)",
# "Dermatology - Ana Ruiz, MD"
_SPECIALTY_OF_NAMED = re.compile(r"[ \t]*(?:\(|[-–—,][ \t])[ \t]*(?:(?:Dr\.?|Doctor)[ \t]+"
                                 r"(?:[A-Z][\w'’-]+[ \t]+)?(?P<a>[A-Z][\w'’-]+)|[A-Z][\w'’-]+[ \t]+"
                                 r"(?P<b>[A-Z][\w'’-]+),?[ \t]+(?:MD|DO|M\.D\.|D\.O\.)\b)")
_SPECIALTY_LABEL = re.compile(r"\bspecialty\b\s*(?:[:\-]|\.{2,}|…+)?\s*", re.I)  # "Specialty ..... X"
_PAST_YEAR = re.compile(r"\b(?:in|during|back in)\s+(?:(?:early|mid|late)[\s-]+)?"
                        r"(?P<y>(?:19|20)\d\d)\b(?![/-]\d)")
_REQUESTER = re.compile(r"\brequest(?:ing|ed\s+by)\b|\bordering\b", re.I)
# after "Name, MD": "(Family Medicine; ...)", ", Dermatology", " - Allergy"
_AFTER_CREDS = re.compile(r"[ \t]*(?:[(,;|·•]|[-–—][ \t])[ \t]*")
_DATE_LINE = re.compile(r"^[ \t]*(?:(?i:(?:new[ \t]+patient|return|office|clinic|follow[- ]?up|f/u|"
                        r"progress|telehealth|consult(?:ation)?)(?:[ \t]+(?:visit|note|"
                        r"encounter))?)[ \t]*[-:–]?[ \t]*)?(?P<d>[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                        r"[ \t]*$", re.M)
# a line holding only a date, maybe with a short aside in brackets ("20-Apr-2026 (today)")
_DATE_ONLY_LINE = re.compile(r"^[ \t]*(?P<d>[^\n()]{6,24}?)[ \t]*(?:\([A-Za-z ]{1,20}\))?[ \t]*$",
                             re.M)
_SPECIALTY_VISIT_LINE = re.compile(
    r"^[ \t]*(?P<sp>[A-Za-z]+)[ \t]+(?i:follow[- ]?up|f/u|consult(?:ation)?|visit|"
    r"office[ \t]+visit|clinic[ \t]+note|progress[ \t]+note|note)[ \t]*[-:–][ \t]*"
    r"(?P<d>[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*$", re.M)
_APPLIED = re.compile(r"\b(?:appl(?:y|ied|ying)|us(?:ed|ing)|trial|course|treated)\b", re.I)
_DATES_OF_USE = re.compile(r"dates?\s+of\s+(?:use|therapy|treatment)|\bused\b|\bapplied\b|"
                           r"\bdaily\b|\bBID\b|twice|course|trial|\bfrom\b|stopped|started|"
                           r"discontinued|through|until|d/c|"
                           # a form's "Dates:" field further along its line ("Frequency:
                           # nightly   Dates: 1/5/26 - 3/2/26"): the plural names a span of use
                           r"\bdates(?:[ \t]+(?:used|of[ \t]+use))?[ \t]*:[ \t]*\d|"
                           r"^[ \t]*(?:[A-Za-z]+[ \t]+)?(?:dates?|period|duration)"
                           r"(?:[ \t]+(?:used|of[ \t]+use))?"
                           r"[ \t]*[:|]?[ \t]*\d", re.I | re.M)
_WINDOW_BEFORE = re.compile(r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:past|last|prior|previous|"
                            r"preceding)\s*$", re.I)
_HOP = re.compile(r"\b(?:(?:in|during)\s+)?(?:the\s+)?(?:first|second|third|fourth|last|final)\s+"
                  r"(?:week|weekend|days|half)\s+of\s+"  # "began the first week of January"
                  r"|\b(?:in|on|around|during|(?:back\s+)?to)\s+"
                  r"(?:(?:roughly|about|approximately|approx\.|around|circa)\s+)?(?:the\s+)?"
                  r"(?:(?:early|mid|late)(?:\s+|-(?=[A-Za-z])))?"
                  r"|\b(?:early|mid|late)(?:\s+|-(?=[A-Za-z]))")  # "began in mid-August 2025"
# "started the week after Thanksgiving, late November 2025", "began right after the holidays,
# in January": a short time phrase told by an event, its date restated after the comma
_ONSET_APPOSITIVE = re.compile(
    r"[^\S\n]*(?:(?:the|a|right|just|shortly|soon|some)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:after|before|around|following|over)\s+(?:the\s+)?[A-Za-z][\w'’ -]{0,25}(?:,|\s*\()[^\S\n]*",
    re.I)
# ... the same when the onset cue took the relation word ("started around Thanksgiving (late
# November 2025)": "around" is read with "started"), the date restated in parentheses too
_ONSET_APPOSITIVE_REST = re.compile(
    r"[^\S\n]*(?:the\s+)?[A-Za-z][\w'’ -]{0,25}(?:,|\s*\()[^\S\n]*", re.I)
# "Onset of [her] hand dermatitis [was] approx 07/2024": the name between the onset and its date
# "since [she started nursing school] in fall 2019": a short clause naming an event, then
# the hop word before its date (no punctuation between)
# ("since the salon reopened after the summer 2024 renovation": after a period, its end)
_SINCE_EVENT = re.compile(r"[ \t]*(?:[\w'/-]+\s+){1,8}?(?:in|around|during|back\s+in|(?P<after>after))\s+"
                          r"(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-(?=[A-Za-z])))?")
# an onset tied to an event named in the sentence before ("The rash began within a couple
# of weeks of starting that job"): the lag, the relation and the event's noun
_EVENT_ONSET = re.compile(
    r"\b(?:began|begun|started|appeared|developed|came\s+on|broke\s+out|showed\s+up|"
    r"cropped\s+up)\b(?P<lag>[^.;]{0,40}?)\b(?P<rel>of|after|following)\s+(?:(?:she|he|they)\s+)?"
    r"(?:starting|started|beginning|began|taking|took|joining|joined|getting|got|the\s+start\s+of)"
    r"\s+(?:that|this|the|his|her|their)\s+"
    r"(?:new\s+)?(?P<noun>[A-Za-z][\w-]{2,})\b", re.I)
# the event itself in the sentence before ("He started a prep-cook job in late August 2025")
_EVENT_START = (r"\b(?:started|began|took|joined|got|accepted|took\s+up)\s+"
                r"(?:(?:a|an|the|his|her|their)\s+)?(?:new\s+)?")

# Document kinds (chartreview/vocab/document_kinds.yaml) of the request's own pages: a fax
# cover, PA form, cover letter or letter of medical necessity is written for the patient the
# request is for, so when a packet's pages disagree on the date of birth, theirs is the patient's
_REQUEST_KINDS = frozenset({"pa_form", "cover_letter", "lmn", "attestation"})

# words of a DOB line that are labels, not a person's name ("Patient: Ana Ruiz  DOB: ...")
_NOT_NAME = frozenset("""patient pt name dob birth date of re mrn member id age sex male female
to from fax page subscriber account acct insurance plan policy phone visit encounter dr md do
np pa mr mrs ms the and for yo years old y prior authorization request form chart note
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
august september october november december""".split())


def _person_words(line: str) -> set[str]:
    """The name words of a line giving a date of birth: capitalised words (a hyphenated
    surname is one word), lower-cased, less labels and month names."""
    return {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)*", line)
            if len(w) > 1 and w.lower() not in _NOT_NAME}


def _short_lag(lag: str, rel: str) -> bool:
    """Is the lag before an event's onset at most about a month ("within a couple of weeks
    of", "a few days after", "soon after", "3 weeks after")? "of" needs "within"."""
    lag = " ".join(lag.lower().split())
    if rel.lower() == "of" and "within" not in lag:
        return False
    lag = re.sub(r"\b(?:within|about|around|roughly|approximately|only|just)\b", "", lag).strip()
    if rel.lower() != "of" and re.fullmatch(r"(?:very\s+)?(?:shortly|soon|right|immediately)?",
                                            lag):
        return bool(lag)  # a bare "after starting ..." may be any time later
    if re.fullmatch(r"(?:a\s+)?(?:couple|few)(?:\s+of)?\s+(?:days|weeks)|days|a\s+(?:week|month)",
                    lag):
        return True
    durs = find_durations(lag)
    return len(durs) == 1 and durs[0].days <= 31 and (durs[0].max_days or 0) <= 31


_ONSET_OF = re.compile(r"[ \t]*(?:(?:her|his|their|the|this|pt'?s|patient'?s)[ \t]+)?")
_ONSET_FILL = re.compile(r"(?:[ \t]*(?:[:~,\-–]|(?:was|is|in|on|at|about|around|approx\.?|"
                         r"approximately|circa|ca\.|roughly|dates?[ \t]+to)(?!\w)))*[ \t]*")
_YEAR_ONLY = re.compile(r"(?:the\s+)?(?:(?P<q>early|mid|late|middle of|end of)[\s-]+)?(?<![\d/.])"
                        r"(?P<y>(?:19|20)\d\d)(?![\d/]|\.\d)")
# "(approx. 2022)", "(~06/2019)", "(around 2019)" after an onset phrase that names no date
_PAREN_DATE = re.compile(r"(?:[^.()\n]|\n(?![ \t]*\n)){1,45}?\(\s*(?:approx\.?|approximately|about|around|circa|ca\.?|"
                         r"~|roughly|est\.?|in)?\s*")
# Flag of an onset date that is only the latest the onset can be (a year alone): it proves a
# history longer than the time since that date, never a shorter one (rules/facts.py).
AT_LATEST = "at_latest"
# A stop date that is only the last day a still-running course was documented (the visit of
# a note saying "daily since 1/26"): the course may have gone on after it.
ONGOING = "ongoing"
# Flag of a duration said to be exceeded ("more than 3 months"): strictly longer (rules/facts.py)
EXCEEDS = "exceeds"
# Flag of an "onset" that is a visit whose exam found the hands clear: the present hand eczema
# began after that date (rules/facts.py _duration)
CLEARED = "cleared"
# Flag of a duration read from a vague long-history phrase ("long-standing", "for years";
# long_duration_phrases): only the least it can mean, with no date it can be placed from
# (rules/facts.py _duration drops it against a clear exam or a denied prior history)
VAGUE = "vague"
_YEAR_PART_END = {"early": 4, "mid": 8, "middle of": 8, "late": 12, "end of": 12}


def _year_end(y: re.Match[str]) -> dt.date:
    """The last day of the year (or of its early/mid/late part) a year-only match names."""
    q = (y.group("q") or "").lower()
    month = _YEAR_PART_END.get(q, 12)
    nxt = dt.date(int(y.group("y")) + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


_FUTURE_DUR = re.compile(
    r"(?:\bin|rtc|f/u|follow[- ]?up|return|recheck|reassess(?:ment)?|every|q|next|within|"
    r"after|approve[d]?\s+for|for\s+(?:another|an?\s+additional)|refills?|supply|disp)\s*$",
    re.I,
)
_DUR_CONDITION_BEFORE = re.compile(
    r"(?:\bx|for|over|>|≥|more\s+than|greater\s+than|at\s+least|since|past|last|"
    r"approximately|approx\.?|about|roughly|around|nearly|almost|well\s+over|present|history|hx|duration|"
    r"how\s+long\s*[:?]|"
    r"ongoing|going\s+on|for\s+the|~)"  # "hand eczema going on 3+ years": still lasting
    r"[\s:~(]*(?:[-–]\s*[\"“']?\s*)?(?:the\s+)?"
    r"(?:(?:better|greater|best)\s+part\s+of\s+)?"  # "for the better part of three years"
    r"(?:past\s+|last\s+)?$",
    re.I,
)
# an inhaled or nasal corticosteroid right after the drug name ("fluticasone HFA 110 mcg")
_NOT_TOPICAL_AFTER = re.compile(
    r"\)?[^\S\n]*(?:propionate[^\S\n]+|furoate[^\S\n]+)?(?:\(?[A-Za-z]+\)?[^\S\n]+)?"
    r"(?:hfa|inhaler|inhaled|inhalation|diskus|nasal|neb(?:ulizer|s)?|\d+(?:\.\d+)?[^\S\n]*mcg)\b",
    re.I)
# an inhaler's or nasal spray's words a little further on the drug's line, in the same
# list item ("fluticasone furoate/vilanterol 200/25 one inhalation daily"); "inh" is the
# inhaled route's abbreviation, and a long-acting bronchodilator partner ("/salmeterol") makes
# the combination an inhaler
_NOT_TOPICAL_NEAR = re.compile(
    r"(?:[^\n;,.]|\.(?=\d)){0,40}?\b(?:hfa|inhalers?|inhaled|inhalations?|inh|diskus|ellipta|nasal|"
    r"nebuli[sz]er|puffs?|salmeterol|vilanterol|formoterol)\b", re.I)
_TOPICAL_VEHICLE = re.compile(r"\b(?:cream|oint(?:ment)?|lotion|gel|foam|solution|topical|"
                              r"skin|hands?)\b", re.I)
# "in remission on mesalamine": a disease state held on a named (non-listed) drug
_STATE_ON_OTHER = re.compile(r"[^\S\n]+(?:on|with)[^\S\n]+([A-Za-z][\w-]+)")
_GENERIC_TX = re.compile(
    r"it|this|that|them|these|those|the|her|his|their|a|an|its|topicals?|steroids?|tcs|"
    r"treatment|therapy|cream|ointment|oint|medications?|meds?|regimen|daily|bid|twice|"
    r"maintenance|current|only|alone|which|both|each|all|use|application", re.I)
_DURATION_LABEL = re.compile(r"\s*(?:(?:(?:disease|condition|symptom|total)\s+)?duration\b|"
                             r"how\s+long\s*[:?])", re.I)  # "Dx: CHE. How long: 2 yrs"
_VISIT_PREFIX = re.compile(r"[\W_]*(?:(?:date(?:\s+of\s+(?:service|visit))?|dos|visit(?:\s+date)?|"
                           r"encounter|seen|ov|office\s+visit|follow[- ]?up|f/u)\b"
                           r"(?:[ \t]*(?:#|no\.?)?[ \t]*\d{1,2}\b)?[\W_]*)?", re.I)
_RANGE_SEP = re.compile(r"^\s*" + RANGE_SEP_ANY + r"\s*$", re.I)
# a date right after a first-episode phrase, maybe past the condition's name ("first episode
# of hand eczema Nov 2024", "first outbreak Summer 2025")
# a timeline entry led by its date ("Feb 2025: first ever outbreak", "- 03/2024 - first
# episode"): a past first episode, not this one
_DATED_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:~|approx\.?[ \t]*)?(?:(?:early|mid|late)[ \t-]+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(?:\d{1,2},?[ \t]+)?"
    r"\d{4}|\d{1,2}/(?:\d{1,2}/)?\d{2,4}|(?:spring|summer|fall|autumn|winter)[ \t]+\d{4})"
    r"[ \t]*[:–—-][ \t]*$", re.I)
# the words a line may end with when its clause goes on to a date on the next line ("rash
# began around\n8/10/2026 - ..."): that date is not a timeline entry leading its own line
_WRAPPED_BEFORE = re.compile(
    r"\b(?:around|about|approx\.?|approximately|circa|roughly|on|in|since|from|at|by|of|"
    r"during|began|begun|started|starting|beginning|dated|dates)[ \t]*$", re.I)
# a medication list's entry dosed by mouth, after a comma or semicolon ("..., amlodipine 5 mg,"):
# a sig read past it belongs to that entry or a later one (extract/offline.py _course_attrs)
# a medication-table row whose last columns are a date and a status word ("... apply BID
# 03/11/2024 active"): the row's own line (see the status check in _therapy)
_ROW_END_STATUS = re.compile(
    r".*\S[ \t]+(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}|(?:19|20)\d{2})[ \t]+[a-z][a-z /'-]*[ \t]*")
_LIST_ORAL_ENTRY = re.compile(
    r"[,;][ \t]*[A-Za-z][\w-]+(?:[ \t]+[A-Za-z][\w-]+)?[ \t]+\d+(?:\.\d+)?[ \t]?"
    r"(?:mg|mcg|µg|units?|tabs?|caps?)\b", re.I)
_DATED_AFTER = re.compile(  # "first episode began in Feb 2025": an onset verb may come between
    r"[\s,:(-]*(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:(?:was|in|on|around|during|about|approx\.?|~|"
    r"began|started|occurred|appeared|developed|arose|emerged|(?:was\s+)?first\s+noted)\s*)*"
    r"(?P<d>(?:early|mid|late|spring|summer|fall|autumn|winter)\b|\d|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:\d|'\d))", re.I)
# a visit heading of a multi-visit chart: "Visit 1 - 12/01/2025 - New patient", "Follow-up
# visit: 01/12/2026", "Encounter #3 (04/08/2026)": that visit's date of service; with only
# a space before the date, the date must end the line or be followed by a dash and the entry's
# banner ("Encounter 04/01/2026 - <clinician>"), not prose ("visit 6/15/26 to recheck")
_VISIT_HEAD = re.compile(r"^[ \t]*(?:[#*•-]+[ \t]*)?(?:(?:new[ \t]+patient|return|office|clinic|"
                         r"follow[- ]?up|f/u|telehealth|initial|first|second|third|fourth|last|"
                         r"prior|previous|current|today'?s)[ \t]+)?(?:visit|encounter)"
                         r"(?:(?:[ \t]*(?:#|no\.?)?[ \t]*\d{1,2})?[ \t]*[-–—:,|(][ \t]*|[ \t]+(?="
                         r"\d{1,2}/\d{1,2}/\d{2,4}[ \t]*(?:$|[-–—|][ \t]*\S)))(?=\d)",
                         re.I | re.M)
# the rest of a visit heading line that leads with its date ("2025-03-18 - Follow-up",
# "03/02/2026: New patient visit", "# 1/9/26 | Telehealth"): that visit's date of service
_VISIT_AFTER_DATE = re.compile(r"(?:[ \t]*[-–—:|][ \t]*|[ \t]+)(?:(?:new[ \t]+patient|established[ \t]+"
                               r"patient|return|office|clinic|follow[- ]?up|f/u|telehealth|"
                               r"initial|recheck)(?:[ \t]+(?:visit|encounter|note|consult(?:ation)?"
                               r"|evaluation))?|(?:(?!(?:next|future|upcoming|scheduled|planned)\b)"
                               r"[\w-]+[ \t]+){0,2}(?:visit|encounter|consult(?:ation)?|check|"
                               r"appointment|appt))[ \t]*:?[ \t]*",
                               re.I)  # "ACUTE VISIT", "6-WEEK CHECK"; "02/10/2025  New patient"
# what separates the grades of a listed severity scale ("mild, moderate, or severe")
_SEVERITY_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:or|and/or|nor)\s+)?|\s+(?:or|and/or|nor)\s+",
                                re.I)
# a year standing alone ("in 2024"), not part of a date ("3/2024", "2024-05-01")
_BARE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-]\d|\d)")
_START_BEFORE_DRUG = re.compile(r"\b(?:start(?:ed)?|began|begun|initiated|commenced)[ \t]+"
                                r"(?:(?:on|her|him|them|pt|patient|the|a)[ \t]+)?$", re.I)
_CELL_SEP = re.compile(r"^[ \t]*\|?[ \t]*$")  # cells joined by a space or a rule
# a table header naming a start and an end column ("Drug | Start | End | Sig")
_START_END_HEAD = re.compile(r"^(?=[^\n]*\b(?:start(?:ed)?|began|from)\b)"
                             r"(?=[^\n]*\b(?:end(?:ed)?|stop(?:ped)?|to|through|d/c)\b)", re.I | re.M)
# (and an estimate's hedge: "stopped it on or about 03/16/2026", "started around 2/3/26")
_CUE_FILL = (r"(?:\s+(?:it|them|using|use|on|in|at|treatment|therapy|the(?:\s+\w+)?|or|about|"
             r"around|approx(?:imately|\.)?))*\W*$")
# (whole words: the "on" ending "application 03/01/2026" is no start cue)
_START_CUE = re.compile(r"\b(?:start(?:ed)?|began|begun|since|from|initiated|on|dated?)" + _CUE_FILL,
                        re.I)
# (a labelled last day, "End date: 04/27/2026", "Stop date 2/1/26", is a stop cue too)
_STOP_CUE = re.compile(r"\b(?:(?:stop(?:ped)?|d/c'?d?|discontinued|ended|end)(?:[ \t]+date)?|"
                       r"through|until|thru|to|completed|finished|quit)" + _CUE_FILL, re.I)
# Words that may stand between a course length and the drug it qualifies ("6 wk daily
# medium-potency TCS", "5 wks BID super-high potency topical steroid").
# a month/day stop after a course's drug ("used daily until f/u 4/14", "stopped on 5/2")
_MD_STOP = re.compile(r"\b(?:until|till|through|thru|stopp?(?:ed)?|ended|d/c'?d|discontinued)"
                      r"(?:\s+(?:f/u|follow[- ]?up|visit|appt|appointment|on|at|the|her|his|it|"
                      r"today'?s?|next|last|their)){0,3}\s+(?P<m2>\d{1,2})/(?P<d2>\d{1,2})"
                      r"(?![\d/])", re.I)
_DUR_FILLER = re.compile(r"(?:[\s,(-]+|\b(?:tcs|(?:cortico)?steroids?|course|trial|daily|bid|b\.i\.d\.?|qd|twice|once|nightly|"
                         r"consecutive|continuous|uninterrupted|straight|full|of|a|an|the|"
                         r"medium|mid|moderate|high|super|ultra|very|potency|potent|(?:super|ultra)potent|strength|"
                         r"class|[1-7]|i{1,3}|iv|v|vi{0,2}|prescription|rx|topical)\b)*", re.I)
_USE_QUALIFIED = re.compile(r"(?:\s+(?:it|them|this|that))?\s+(?:daily|every|consistently|"
                            r"regularly|continuously|for|more|as|long|beyond|past|after|twice|"
                            r"once|bid|on|properly|correctly|right|enough|straight)\b", re.I)
_DAILY_CONTEXT = re.compile(r"daily|consecutive|bid|twice|qd|course|trial|applied|used|"
                            r"x\s*\d|nightly|every\s+(?:single\s+)?day", re.I)
# A course's from-to dates ending right before its length ("from Dec 20 to the end of
# January (~6 weeks)", "from mid-May until late June, about 6 wk"): one clause, no sentence end
_SPAN_TO_LENGTH = re.compile(r"\bfrom\b[^.;:!?\n]{1,60}?\b(?:to|until|till|through|thru)\b"
                             r"[^.;:!?\n]{1,40}?[\s,(~-]*$", re.I)
# Two drugs named together ("X and Y", "X 0.05% cream, Y ointment"): a length said of the
# pair is their time together, not one drug's course.
_DRUG_JOIN = re.compile(r"(?:\s*(?:\d+(?:\.\d+)?\s*%|cream|ointment|oint|lotion|solution|foam|gel)"
                        r"(?!\w))*\s*(?:,\s*(?:and\s+)?|and\b|&|\+|plus\b|/)\s*", re.I)


def _shared_length(text: str, mentions: list, i: int, dur: tuple,
                   lead: re.Pattern[str] | None = None) -> bool:
    """Is the drug ``mentions[i]`` one of a pair named together, with the length ``dur``
    (value, start, end) said outside the pair (so of both drugs)? A first drug after a
    ``lead`` word ("Before cyclosporine, clobetasol ... for 8 weeks") only dates the second:
    no pair."""
    mn = mentions[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or mentions[j].sent_index != mn.sent_index:
            continue
        a, b = sorted((mn, mentions[j]), key=lambda x: x.start)
        if a.canon == b.canon or not _DRUG_JOIN.fullmatch(text, a.end, b.start):
            continue
        if lead is not None and "," in text[a.end:b.start] and \
                lead.search(text, max(0, a.start - 20), a.start):
            continue
        if dur[2] <= a.start or dur[2] > b.end:
            return True
    return False


# An estimated course length ("about a month", "roughly 4 weeks", "30 days or so") may be
# this much shorter than stated: one at or just over 28 days may not have reached 28 days.
_ESTIMATE_SLACK = 0.15


# Facts of the disease (how long, how often it came back, how severe) that a payer's own
# notice (a denial, a request for information) never documents: the notice quotes the
# policy's thresholds ("present more than 3 months", "assessment that the hand eczema is
# moderate to severe") to ask for them; the office's reply or the chart states them.
_NOT_FROM_PAYER_NOTICE = frozenset({
    "condition.onset_date", "condition.onset_age", "condition.duration_days",
    "condition.recurrences_12mo", "condition.flare_date",
    "severity.stated", "severity.iga_che", "severity.hecsi",
})


def _kind_at(doc: Document, page: int, offset: int | None) -> str | None:
    """The document kind (document_kinds.yaml) of the part of ``doc``'s page ``page`` that
    character ``offset`` stands in; None when the page has no recognised part."""
    parts = doc_kinds.parts_of(doc).get(page)
    return doc_kinds.kind_at(parts, offset or 0) if parts else None


def _request_page(doc: Document, page: int) -> bool:
    """Does page ``page`` of ``doc`` hold a part of a request (``_REQUEST_KINDS``: a PA form,
    cover letter, letter of medical necessity or attestation)?"""
    return any(k in _REQUEST_KINDS for _, k in doc_kinds.parts_of(doc).get(page, ()))


def _payer_notice_at(pg: _Page, offset: int) -> bool:
    """Does ``offset`` stand in a payer's own notice (a denial, a request for records)? Its
    words are the plan's (the criteria it quotes), never a fact of the patient's care."""
    return _kind_at(pg.doc, pg.page.number, offset) == "payer_notice"


@dataclass
class _Page:
    """One page, analysed once."""

    doc: Document
    page: Page
    text: str
    sentences: list[Sentence]
    triggers: list[Trigger]


@dataclass
class _Mention:
    """A drug mention in a sentence."""

    start: int
    end: int
    surface: str
    canon: str | None
    cls: str | None
    generic: bool = False
    sent_index: int = 0
    fixed: str | None = None  # the drug name a misspelt surface stands for


@dataclass
class _State:
    findings: list[Finding] = field(default_factory=list)
    groups: dict[str, int] = field(default_factory=dict)
    seen: set[tuple] = field(default_factory=set)
    therapy_docs: dict[str, tuple[str, str]] = field(default_factory=dict)
    forms: set[str] = field(default_factory=set)
    # strengths named where a course is only planned ("Start triamcinolone 0.1% ointment"):
    # (file, drug, vehicle or None) -> [(strength, page, start, end)]
    planned: dict[tuple, list] = field(default_factory=dict)
    # drugs the chart says were never started or filled ("did not start the clobetasol",
    # "clobetasol ... | never filled"): canonical names
    never_started: set[str] = field(default_factory=set)
    # where the clinician says no daily course of any steroid was ever used ("has never done
    # a continuous daily course"): (page, start, end); see _daily_course_denied
    daily_denied: list[tuple] = field(default_factory=list)
    # dates a plan started a drug on ("Start X ... today"): canonical name ->
    # [(page, date, start, end of where the page states it)]
    plan_starts: dict[str, list[tuple]] = field(default_factory=dict)
    # courses reported as going on at the note's date with no dates or length of their own:
    # group -> (page, the note's date, start, end of where the page states it, canonical name)
    ongoing: dict[str, tuple] = field(default_factory=dict)
    # drugs (canonical) the chart names as a relative's, and medication groups of drugs said
    # only to appear on a record the household shares (group -> canonical name)
    relatives_drugs: set[str] = field(default_factory=set)
    shared_record_meds: dict[str, str] = field(default_factory=dict)
    # drugs a payer's notice names as the patient's (medication group -> canonical name), and
    # the drugs the other documents name as the patient's own (not a relative's, not denied)
    notice_meds: dict[str, str] = field(default_factory=dict)
    # drugs named only as an example of a kind of drug ("pills like X"), group -> canonical name
    example_meds: dict[str, str] = field(default_factory=dict)
    own_meds: set[str] = field(default_factory=set)
    # files saying the current severity was not graded ("not scored today")
    ungraded: set[str] = field(default_factory=set)
    # of a chart of dated visits: file -> the latest visit (its heading's date) saying the
    # severity was not graded; and id(severity finding) -> the visit heading it is written under
    ungraded_visits: dict[str, dt.date] = field(default_factory=dict)
    rating_visits: dict[int, dt.date] = field(default_factory=dict)
    # where an addendum / late entry / correction starts in a document, and its date if its
    # heading gives one: file -> (page, offset, date or None)
    corrections: dict[str, tuple[int, int, dt.date | None]] = field(default_factory=dict)
    # course lengths plans ordered ("X BID for 6 weeks, then stop"): canonical name ->
    # [(days, page, start, end of where the page states it, the plan's date)]; and courses
    # reported used as directed and finished, with no dates or length of their own:
    # group -> (canonical name, the report's date)
    planned_days: dict[str, list[tuple]] = field(default_factory=dict)
    as_directed: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    # stop dates that are only the visit a still-running course was last documented at
    # ("daily since 1/26/26" in a 2/20/26 note): (page id, value, quote start, quote end)
    ongoing_stops: set[tuple] = field(default_factory=set)


class _Extractor:
    """Holds the lexicon, the ConText engine and the findings of one request."""

    def __init__(self) -> None:
        self.lex: Lexicon = lexicon()
        self.engine = default_engine()
        self.sections = default_detector()
        self.st = _State()

    # ---------------------------------------------------------------- finding helpers
    def group(self, kind: str) -> str:
        n = self.st.groups.get(kind, 0) + 1
        self.st.groups[kind] = n
        return f"{kind}-{n}"

    def emit(self, pg: _Page, fld: str, value, start: int, end: int, *, group: str | None = None,
             context: list[str] | None = None, section: str | None = None) -> Finding | None:
        """Add one finding whose quote is ``pg.text[start:end]`` (trimmed)."""
        text = pg.text
        while start < end and text[start] in " \t\n,;:|-":
            start += 1
        while end > start and text[end - 1] in " \t\n,;:|-":
            end -= 1
        if end <= start:
            return None
        if fld in _NOT_FROM_PAYER_NOTICE and _payer_notice_at(pg, start):
            return None  # the plan's criteria wording ("more than 3 months", "moderate to severe")
        key = (pg.doc.file, pg.page.number, fld, str(value), start, end, group)
        if key in self.st.seen:
            return None
        self.st.seen.add(key)
        if section is None:
            section = self._section_at(pg, start)
        f = Finding(
            field=fld, value=value, quote=text[start:end], file=pg.doc.file,
            page=pg.page.number, char_start=start, char_end=end,
            bbox=_bbox(pg.page, start, end), alignment=Alignment.exact,
            extractor=ExtractorKind.offline, group=group,
            context=sorted(set(context or [])), section=section,
        )
        self.st.findings.append(f)
        return f

    def _section_at(self, pg: _Page, pos: int) -> str | None:
        for s in pg.sentences:
            if s.start <= pos < s.end or s.start > pos:
                return None if s.section.name == "none" else s.section.name
        return None

    def ctx(self, pg: _Page, sent: Sentence, start: int, end: int, *,
            paren_uncertain: bool = False) -> dict[str, int]:
        """ConText categories of a span: triggers, its section, and form questions (with
        ``paren_uncertain``, a "?" inside parentheses is a guess, not a question)."""
        cats = self.engine.categories(pg.triggers, start, end)
        sec = sent.section
        if sec.rule.context:
            nl = pg.text.find("\n", sec.start)
            inline = pg.text[sec.start:nl if nl >= 0 else len(pg.text)].strip()
            # an inline section ("Family history: ...") covers its own line only
            if not inline or "\n" not in pg.text[sec.start:start]:
                for c in sec.rule.context:
                    cats.setdefault(c, 99)
        if _is_question(pg.text, sent, end, paren_uncertain=paren_uncertain):
            cats.setdefault("hypothetical", 50)
        qa = _qa_examples(pg.text, start)
        if qa:  # "Q5. ... any of these? Opzelura, Rinvoq" / "A: ☒ None of these"
            cats.setdefault(qa, 50)
        box = _checkbox_answer(pg.text, end) or _checkbox_item(pg.text, start)
        if box:
            cats.setdefault(box, 0)
        ex = _label_examples(pg.text, start)
        if not ex and pg.doc.file in self.st.forms:
            # "N  Concurrent immunosuppressant (cyclosporine, MTX, azathioprine)"
            ex = _form_class_examples(pg.text, start, self.lex)
        if ex:  # "JAK inhibitors (Rinvoq, Olumiant etc):  N/A"
            cats.setdefault(ex, 0)
        return cats

    # ---------------------------------------------------------------- page driver
    def run(self, documents: list[Document]) -> list[Finding]:
        for doc in documents:
            role = _doc_role(doc, self.lex)
            if doc.pages and self.lex.form_markers.search(doc.pages[0].text[:1500]):
                self.st.forms.add(doc.file)
            for page in doc.pages:
                pg = self._analyse(doc, page)
                self._find_correction(pg)
                self.page(pg, role)
                self._note_daily_denied(pg)
        self._form_conflicts()
        self._strength_from_plans()
        self._bound_from_plans()
        self._length_from_plans()
        self._drop_never_started(documents)
        self._daily_course_denied()
        self._drop_bare_duplicates()
        self._shared_record_relatives()
        self._notice_relatives()
        self._example_relatives()
        self._form_relatives(documents)
        self._apply_corrections()
        self._never_filled_after(documents)
        self._drop_ungraded_ratings()
        self._drop_stale_row_ratings(documents)
        self._departed_clinicians(documents)
        self._unseen_specialists(documents)
        self._patient_account_lists(documents)
        self._patient_messages(documents)
        self._patient_relayed_responses(documents)
        self._unvouched_verdicts(documents)
        self._strength_unknown_to_clinician(documents)
        self._length_unknown_to_clinician(documents)
        self._response_unknown_to_clinician(documents)
        self._other_patients_documents(documents)
        return self.st.findings

    def _administrative_at(self, doc: Document, page: int, offset: int | None) -> bool:
        """Whether the text at ``offset`` of ``doc``'s page is on a form or other
        administrative record (a PA form, a letter of request, the patient's own paper)."""
        if doc.file in self.st.forms:
            return True
        return doc_kinds.kind_class(_kind_at(doc, page, offset)) == "administrative"

    def _unvouched_verdicts(self, documents: list[Document]) -> None:
        """Verdicts on how steroid courses worked (therapy.response) that no prescriber vouched
        for are dropped, so the response rests on the clinical notes (IP0759 1.D.iii asks for
        the prescriber's word); the courses themselves stay. They are those of
        - a form whose prescriber-signature line says it is unsigned ("Prescriber signature:
          ____ (not signed)"): staff's transcription;
        - a letter on the request signed off by a pharmacist (a specialty pharmacy's appeal:
          "Sincerely, / Dana Roe, PharmD");
        - a letter the patient writes in the first person (two or more of
          document_kinds.yaml's patient_statement cues: "my hands ...", "I used it every
          day") though it reads as an appeal letter."""
        unvouched: set[str] = set()
        for d in documents:
            for p in d.pages:
                signed_off = [m for m in (self.lex.unsigned_prescriber_signature.search(p.text),
                                          self.lex.pharmacist_signoff.search(p.text)) if m]
                if any(self._administrative_at(d, p.number, m.start()) for m in signed_off) or (
                        self._administrative_at(d, p.number, 0)
                        and doc_kinds.score_page(p.text).get("patient_statement", 0) >= 2):
                    unvouched.add(d.file)
                    break
        if unvouched:
            self.st.findings = [f for f in self.st.findings
                                if not (f.field == "therapy.response" and f.file in unvouched)]

    def _strength_unknown_to_clinician(self, documents: list[Document]) -> None:
        """A clinical note saying the strength of a steroid it names earlier in the same
        sentence is not known ("triamcinolone cream from her old PCP - strength not known"):
        a strength that a form or the patient's own paper gives for that drug is a guess the
        treating clinician could not confirm, so those strengths are dropped (a strength
        another clinical record gives, such as a pharmacy fill, stays)."""
        self._unknown_to_clinician(documents, self.lex.strength_unknown_cue,
                                   "therapy.strength", nearest=False, mark=True)

    def _length_unknown_to_clinician(self, documents: list[Document]) -> None:
        """A clinical note saying the patient cannot tell when a course named just before it
        ended or how long it ran ("clobetasol BID ... stopped when the tube ran out - not
        sure exactly when"): a length that a letter or form states for that drug ("completed
        a 4-week course") is not what the treating clinician documented, so it is dropped
        (IP0759 1.D.ii stays unknown unless a clinical record gives the length)."""
        self._unknown_to_clinician(documents, self.lex.length_unknown_cue,
                                   "therapy.duration_days", nearest=True)

    def _response_unknown_to_clinician(self, documents: list[Document]) -> None:
        """A clinical note saying the result of a steroid course is not known ("Response to
        X course unclear - will clarify at follow-up"): 1.D.iii asks for the prescriber's
        word, so every verdict on that drug (the patient's "it helped some" quoted in the
        same note, a letter's "failed") is dropped and the response stays unknown. The drug
        is one named inside the cue ("response to X ..."), else the nearest one named before
        it in the same sentence; a conditional ("if the response is unclear") is no finding."""
        st = self.st
        drugs = [f for f in st.findings if f.field == "therapy.drug" and f.group in st.therapy_docs
                 and f.char_start is not None and not {"family", "negated"} & set(f.context)]
        unknown: set[str] = set()
        for d in documents:
            for p in d.pages:
                for m in self.lex.response_unknown_cue.finditer(p.text):
                    if self._administrative_at(d, p.number, m.start()):
                        continue
                    para = max(p.text.rfind(b, 0, m.start()) for b in ("\n\n", "\n-", "\n•"))
                    cut = max(p.text.rfind(". ", 0, m.start()), para, m.start() - 300)
                    if self.lex.response_conditional.search(p.text, cut + 1, m.start()):
                        continue
                    here = [f for f in drugs if f.file == d.file and f.page == p.number]
                    named = [f for f in here if m.start() <= f.char_start < m.end()]
                    # a drug named inside the cue that no course of its own was kept for
                    # ("Response to X course unclear" on a plan line): match it by name
                    span = p.text[m.start():m.end()].lower()
                    named += [f for f in drugs if str(f.value).strip() and re.search(
                        r"(?<!\w)" + re.escape(str(f.value).lower()) + r"(?!\w)", span)]
                    if not named:
                        before = [f for f in here if cut < f.char_start < m.start()]
                        named = [max(before, key=lambda f: f.char_start or 0)] if before else []
                    unknown |= {st.therapy_docs[f.group][1] for f in named}
        if not unknown:
            return
        groups = {g for g, (_file, canon) in st.therapy_docs.items() if canon in unknown}
        st.findings = [f for f in st.findings
                       if not (f.field == "therapy.response" and f.group in groups)]

    def _unknown_to_clinician(self, documents: list[Document], cue: re.Pattern[str],
                              field_name: str, nearest: bool, mark: bool = False) -> None:
        """Drop ``field_name`` from the administrative courses of every drug a clinical note
        says it does not know that detail of. The drug is one named before the ``cue`` in
        the same sentence, or (``nearest``) the nearest one named before it on its line (the
        sentence after it may say "it": "X started 1/5. She stopped it - not sure when"),
        in that sentence or the one before it."""
        st = self.st
        docs = {d.file: d for d in documents}
        drugs = [f for f in st.findings if f.field == "therapy.drug" and f.group in st.therapy_docs
                 and f.char_start is not None]
        unknown: set[str] = set()
        for d in documents:
            for p in d.pages:
                for m in cue.finditer(p.text):
                    if self._administrative_at(d, p.number, m.start()):
                        continue
                    para = max(p.text.rfind(b, 0, m.start()) for b in ("\n\n", "\n-", "\n•"))
                    cut = max(p.text.rfind(". ", 0, m.start()), para)
                    if nearest:  # back to the start of the sentence before, if needed
                        cut = max(p.text.rfind(". ", 0, max(cut, 0)), para, m.start() - 300)
                    named = [f for f in drugs
                             if f.file == d.file and f.page == p.number
                             and cut < f.char_start < m.start()
                             and not {"family", "negated"} & set(f.context)]
                    if nearest and named:
                        named = [max(named, key=lambda f: f.char_start or 0)]
                    unknown |= {st.therapy_docs[f.group][1] for f in named}
                    if mark:  # the clinician's course itself: its detail is "unknown"
                        self._mark_unknown(d, p, m, named, field_name)
        if not unknown:
            return
        admin_groups = {g for g, (file, canon) in st.therapy_docs.items() if canon in unknown}
        st.findings = [
            f for f in st.findings
            if not (f.field == field_name and f.group in admin_groups
                    and f.file in docs and self._administrative_at(docs[f.file], f.page, f.char_start))]

    def _mark_unknown(self, d: Document, p: Page, m: re.Match[str], named: list[Finding],
                      field_name: str) -> None:
        """Give each clinical course in ``named`` that states no ``field_name`` of its own
        the value "unknown", quoting the clinician's cue: the detail is known to be unknown
        (a steroid "strength not legible" has no potency the lookup may assume from the
        drug and vehicle alone; chartreview.vocab.tcs_lookup)."""
        has = {f.group for f in self.st.findings if f.field == field_name}
        pg = _Page(d, p, p.text, [], [])
        for f in named:
            if f.group not in has:
                self.emit(pg, field_name, "unknown", m.start(), m.end(), group=f.group,
                          section=f.section)
                has.add(f.group)

    def _patient_messages(self, documents: list[Document]) -> None:
        """A message of a portal thread that the patient sent (its header line names the
        sender as the patient: "From: Ann Roe (patient)") runs to the next message header on
        the page. A severity word or a verdict on a treatment in it is the patient's own word,
        no prescriber's rating or documented response: those findings are dropped (the drug,
        its dates and lengths of use stay)."""
        drop = ("severity.stated", "therapy.response")
        spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for d in documents:
            for p in d.pages:
                heads = list(self.lex.message_header.finditer(p.text))
                for i, m in enumerate(heads):
                    line_end = p.text.find("\n", m.start())
                    line_end = len(p.text) if line_end < 0 else line_end
                    if not self.lex.patient_sender.search(p.text, m.start(), line_end):
                        continue
                    end = heads[i + 1].start() if i + 1 < len(heads) else len(p.text)
                    spans.setdefault((d.file, p.number), []).append((m.start(), end))
        self._drop_in_spans(drop, spans)

    def _drop_in_spans(self, fields: tuple[str, ...] | set[str],
                       spans: dict[tuple[str, int], list[tuple[int, int]]]) -> None:
        """Drop the findings of ``fields`` that start inside one of ``spans`` ((file, page)
        -> [(start, end)] character ranges)."""
        if not spans:
            return
        self.st.findings = [
            f for f in self.st.findings
            if not (f.field in fields and f.char_start is not None and any(
                a <= f.char_start < b for a, b in spans.get((f.file, f.page), ())))]

    def _patient_relayed_responses(self, documents: list[Document]) -> None:
        """On an administrative record (a pharmacy's request, a form), a course's result
        marked as the patient's word ("triamcinolone - no benefit (per pt)", "failed, per
        patient report") is hearsay no clinician recorded: the response is dropped. A
        clinician's own note keeps it (the prescriber writing down the patient's report is
        the prescriber's record)."""
        docs = {d.file: d for d in documents}
        tail = re.compile(r"[ \t]*(?:[(\[,;]|[-–—][ \t])?[ \t]*")

        def relayed(f: Finding) -> bool:
            d = docs.get(f.file)
            if d is None or not f.char_end:
                return False
            page = next((p for p in d.pages if p.number == f.page), None)
            if page is None:
                return False
            if doc_kinds.kind_class(_kind_at(d, f.page, f.char_start)) != "administrative":
                return False
            lead = tail.match(page.text, f.char_end).end()
            return bool(self.lex.severity_patient_voice_after.match(page.text, lead))

        self.st.findings = [f for f in self.st.findings
                            if not (f.field == "therapy.response" and relayed(f))]

    def _patient_account_lists(self, documents: list[Document]) -> None:
        """On an administrative record (a pharmacy's intake, a form), the list under a heading
        saying it is the patient's own account ("Hx per pt phone call:", "History per
        patient:") is hearsay no clinician recorded: the lengths of use and results of courses
        listed there are dropped (the drug tried stays). The list runs over the lines right
        under the heading that start with a bullet or a number."""
        drop = ("therapy.duration_days", "therapy.response", "therapy.start_date",
                "therapy.stop_date", "therapy.frequency")
        spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for d in documents:
            for p in d.pages:
                for m in self.lex.patient_account_heading.finditer(p.text):
                    if doc_kinds.kind_class(_kind_at(d, p.number, m.start())) != "administrative":
                        continue
                    end = m.end()
                    for ln in re.finditer(r"\n([^\n]*)", p.text[m.end():]):
                        if not re.match(r"[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]", ln.group(1)):
                            break
                        end = m.end() + ln.end()
                    if end > m.end():
                        spans.setdefault((d.file, p.number), []).append((m.end(), end))
        self._drop_in_spans(drop, spans)

    def _note_daily_denied(self, pg: _Page) -> None:
        """Remember the clinician's word that no daily course of any steroid was ever used
        ("he has never had a continuous daily course of any prescription steroid"), unless it
        is said of a relative or as a hypothesis."""
        for m in self.lex.daily_course_denied.finditer(pg.text):
            sent = _sentence_at(pg, m.start())
            cats = self.ctx(pg, sent, m.start(), m.end()) if sent is not None else {}
            if not {"family", "hypothetical"} & set(cats):
                self.st.daily_denied.append((pg, m.start(), m.end()))

    def _daily_course_denied(self) -> None:
        """The clinician's finding that no daily course of any steroid was ever used makes
        every TCS course that gives no dates of its own as-needed use: a length another
        document states for it ("failed X daily x 3 months" in a referral letter) is not
        daily use (PRN use never meets 1.D.ii). The course is marked PRN, quoting the finding."""
        st = self.st
        if not st.daily_denied:
            return
        pg, s, e = st.daily_denied[0]
        by_group: dict[str, list[Finding]] = {}
        for f in st.findings:
            if f.group and f.group.startswith("therapy-"):
                by_group.setdefault(f.group, []).append(f)
        for g, fs in by_group.items():
            canon = st.therapy_docs.get(g, ("", ""))[1]
            fields = {f.field for f in fs}
            if vocab.drug_class(canon) != "tcs" or fields & {
                    "therapy.start_date", "therapy.stop_date", "therapy.prn"}:
                continue
            ctx = next((f.context for f in fs if f.field == "therapy.drug"), [])
            self.emit(pg, "therapy.prn", True, s, e, group=g, context=list(ctx))

    def _never_filled_after(self, documents: list[Document]) -> None:
        """A later visit's statement that a drug was never filled or started ("Opzelura is
        still on the list but was never filled") outdates an undated "active" entry of that
        drug written under an earlier visit (a medication list copied forward from before):
        the entry is dropped. Both must be dated by a visit (the date of service written
        before them in their document); an entry dated at or after the statement, or one
        with start or stop dates of its own, stays."""
        st, lex = self.st, self.lex
        texts = {(d.file, p.number): p.text for d in documents for p in d.pages}
        visits = [f for f in st.findings
                  if f.field == "request.date_of_service" and isinstance(f.value, dt.date)]

        def when(f: Finding) -> dt.date | None:
            h = f.written_under(visits)
            return h.value if h else None  # type: ignore[return-value]

        never: dict[str, list[dt.date]] = {}
        for f in st.findings:
            if f.field != "medication.name" or "negated" not in f.context or f.char_end is None:
                continue
            text = texts.get((f.file, f.page), "")
            canon = vocab.canonical_drug(str(f.value)) or str(f.value).lower()
            end = min(_line_end(text, f.char_end), f.char_end + 160)
            m = lex.not_started_ref.search(text, f.char_end, end)
            d = when(f)
            if m and d and not self._other_drug_between(text, canon, f.char_end, m.start()) \
                    and not lex.not_started_cancel.search(text, m.end(), end):
                never.setdefault(canon, []).append(d)
        if not never:
            return
        groups: dict[str, list[Finding]] = {}
        for f in st.findings:
            if f.group and f.group.startswith("medication-"):
                groups.setdefault(f.group, []).append(f)
        drop = set()
        for g, fs in groups.items():
            name = next((f for f in fs if f.field == "medication.name"), None)
            status = next((f for f in fs if f.field == "medication.status"), None)
            if name is None or status is None or status.value != "active" or any(
                    f.field in ("medication.start_date", "medication.stop_date") for f in fs):
                continue
            canon = vocab.canonical_drug(str(name.value)) or str(name.value).lower()
            d = when(status)
            if d and any(n > d for n in never.get(canon, [])):
                drop.add(g)
        st.findings = [f for f in st.findings if f.group not in drop]

    def _unseen_specialists(self, documents: list[Document]) -> None:
        """A specialty the chart says the patient has not yet seen, on a line that books or
        awaits a visit with it ("Allergy referral sent; appt 9/14, not yet seen"): a consultant
        of that specialty read anywhere in the request ("followed by allergy" in a letter) is
        marked planned, since the consultation is still to come (IP0759 1.E)."""
        lex, unseen = self.lex, set()
        names: dict[str, set[str]] = {}
        seen_dates = [f.value for f in self.st.findings if f.field == "request.date_of_service"
                      and isinstance(f.value, dt.date)]

        def mark(line: str, with_names: bool) -> None:
            """The specialties a line names are not yet seen (and, when asked, the doctors
            it names as referred to have not seen the patient)."""
            for w in lex.specialty_words.finditer(line):
                code = lex.specialty_index.get(vocab.norm(w.group(0)))
                if code not in (None, "nurse_practitioner", "physician_assistant"):
                    unseen.add(code)
                    if with_names:
                        names.setdefault(code, set()).update(
                            n for t in _REFERRED_DOCTOR.findall(line) for n in t if n)

        for d in documents:
            for p in d.pages:
                # a referral line booking the first visit with a specialty on a date after
                # every visit and letter of the request ("Referral placed to derm - Dr. X;
                # first available appt 9/2/2026"): that specialist has not seen the patient
                for m in lex.referral_booked_ahead.finditer(p.text):
                    ls, le = _line_start(p.text, m.start()), _line_end(p.text, m.end())
                    line = p.text[ls:le]
                    ds = find_dates(p.text[m.end():le][:24])
                    if not (seen_dates and ds and ds[0].start <= 4 and ds[0].precision == "day"
                            and ds[0].date > max(seen_dates)
                            and re.search(r"\brefer(?:red|ral)\b", line, re.I)):
                        continue
                    mark(line, True)
                for m in lex.specialist_not_yet_seen.finditer(p.text):
                    ls, le = _line_start(p.text, m.start()), _line_end(p.text, m.end())
                    line = p.text[ls:le]
                    above = not lex.specialty_words.search(line)
                    if above:
                        # a referral record's status line ("Status: scheduled - patient not
                        # yet seen") under the line saying where the patient was referred
                        # (or, on a referral form, the "To:" line naming the receiving office)
                        line = _referred_line_above(p.text, ls) or (
                            _referral_addressee_above(p.text, ls))
                    elif not lex.referral_pending.search(line) and not re.search(
                            r"\b(?:appt|appointment|referral)\b", line, re.I):
                        continue
                    mark(line, above)  # above: the doctor referred to has not seen them yet
                # a referral record booking a visit still to come whose specialist note has
                # not come back ("Specialist note: none received"): the referred-to specialty
                # and the doctor named there have not seen the patient yet
                for m in lex.specialist_reply_missing.finditer(p.text):
                    ls = _line_start(p.text, m.start())
                    if lex.specialty_words.search(p.text[ls:_line_end(p.text, m.end())]):
                        continue
                    ref = _referred_line_above(p.text, ls, 8)
                    rs = p.text.rfind(ref, 0, ls) if ref else -1
                    if rs < 0 or not re.search(r"\b(?:appt|appointment|scheduled|booked)\b",
                                               p.text[rs:ls], re.I):
                        continue
                    mark(ref, True)
        texts = {(d.file, p.number): p.text for d in documents for p in d.pages}
        # a specialist visit known only from the patient ("Patient states she saw Dr X at
        # <clinic> Dermatology") whose note the same paragraph says has not come: the
        # specialties read between the two are unverified (1.E unknown, not met)
        for (file, page), text in texts.items():
            for m in lex.specialist_visit_per_patient.finditer(text):
                blank = re.search(r"\n[ \t]*\n", text[m.end():])
                end = m.end() + (blank.start() if blank else len(text) - m.end())
                miss = lex.specialist_note_not_received.search(text, m.end(), min(end, m.end() + 400))
                if miss is None:
                    continue
                for f in self.st.findings:
                    if f.field == "consultant.specialty" and (f.file, f.page) == (file, page) \
                            and f.char_start is not None and m.start() <= f.char_start < miss.end():
                        f.flags = sorted({*f.flags, "unverified"})

        def named(f: Finding) -> str:
            """The claim and the rest of its line ("in consultation with dermatologist
            Dr. X"): the doctor a claim names may follow the specialty it was read from."""
            text = texts.get((f.file, f.page), "")
            if f.char_start is None or f.char_end is None or not text:
                return f.quote or ""
            return (f.quote or "") + " " + text[f.char_end:min(_line_end(text, f.char_end),
                                                               f.char_end + 60)]

        for code in unseen:
            fs = [f for f in self.st.findings if f.field == "consultant.specialty"
                  and f.value == code and "planned" not in f.context]
            # only follow-up claims ("followed by derm"), or claims naming the very doctor whose
            # visit is still to come; an e-consult reply from anyone else still counts
            if fs and all(lex.unseen_claim.search(f.quote or "") or any(
                    re.search(rf"\b{re.escape(n)}\b", named(f)) for n in names.get(code, ()))
                    for f in fs):
                for f in fs:
                    f.context = sorted({*f.context, "planned"})

    def _other_patients_documents(self, documents: list[Document]) -> None:
        """Pages that disagree on the patient's date of birth: a page whose every stated DOB
        differs from the patient's is another patient's record (a page or letter faxed for
        the wrong person), and so are the pages after it in its document that state no DOB
        (its continuation), so none of their facts are the patient's (context "family", i.e.
        not usable). The patient's DOB is the one stated on the request's own pages (its fax
        cover, PA form, cover letter or letter of medical necessity: ``_REQUEST_KINDS``), then the one
        that fits the ages the chart states ("42F" in a visit of 2026), then the one most
        pages give, then the one the requesting clinic's own notes give over letters; when
        that still does not settle it, every page stating a DOB (and its continuation) is
        left out (the facts stay unknown rather than borrowed)."""
        # compared by birth year: a day and month read the other way round ("02/11/1990" in
        # a translated European letter) or a slip in the day is the same patient
        dobs: dict[tuple[str, int], set] = {}
        names: dict[tuple[tuple[str, int], int], set[str]] = {}  # (page, year): name words
        texts = {(d.file, p.number): p.text for d in documents for p in d.pages}
        for f in self.st.findings:
            if f.field == "patient.date_of_birth" and f.usable and isinstance(f.value, dt.date):
                dobs.setdefault((f.file, f.page), set()).add(f.value.year)
                text = texts.get((f.file, f.page), "")
                line = _line_at(text, f.char_start) if f.char_start is not None else ""
                names.setdefault(((f.file, f.page), f.value.year), set()).update(
                    _person_words(line))
        if len(set().union(*dobs.values()) if dobs else set()) < 2:
            return
        # the clinic's own record: neither a consult / referral letter nor any letter
        # greeting its reader ("Dear colleague,")
        roles = {d.file: _doc_role(d, self.lex) == "note" and not (d.pages and re.search(
            r"^[ \t]*Dear\b", d.pages[0].text, re.M | re.I)) for d in documents}
        asks = {(d.file, p.number) for d in documents for p in d.pages
                if _request_page(d, p.number)}
        seen = {(f.file, f.value) for f in self.st.findings
                if f.field == "request.date_of_service" and isinstance(f.value, dt.date)}
        ages = [(f.value, d) for f in self.st.findings if f.field == "patient.age" and f.usable
                for file, d in seen if file == f.file]
        score: dict = {}
        for key, vals in dobs.items():
            for v in vals:
                ask, _fit, n, notes = score.get(v, (0, 0, 0, 0))
                fit = sum(abs(d.year - v - a) <= 1 for a, d in ages)
                score[v] = (ask + (key in asks), fit, n + 1, notes + bool(roles.get(key[0])))
        best = max(score.values())
        top = [v for v, sc in score.items() if sc == best]
        patient = top[0] if len(top) == 1 else None
        other: set[tuple[str, int]] = set()
        # A differing birth year alone may be a slip or a misread digit of the same patient's
        # DOB: a page is another person's only when its DOB line also names someone else
        # (no word of the one name within the other's words); a DOB line naming nobody, or
        # the same person, sets nothing aside.
        ref: set[str] = set().union(*(w for (k, y), w in names.items()
                                      if patient is None or y == patient))

        def someone_else(key: tuple[str, int]) -> bool:
            mine = set().union(*(w for (k, y), w in names.items() if k == key
                                 and (patient is None or y != patient)))
            rest = ref - mine if patient is None else ref
            return bool(mine) and bool(rest) and not (mine <= rest or rest <= mine)

        for d in documents:
            theirs = False  # the page stating no DOB continues the page before it
            for p in d.pages:
                vals = dobs.get((d.file, p.number))
                if vals is not None:
                    theirs = patient not in vals and someone_else((d.file, p.number))
                if theirs:
                    other.add((d.file, p.number))
        if not other:
            return
        self.st.findings = [
            f.model_copy(update={"context": sorted({*f.context, "family"})})
            if (f.file, f.page) in other and not f.field.startswith("request.") else f
            for f in self.st.findings]
        self._consults_on_other_patients(other, texts)

    def _consults_on_other_patients(self, other: set[tuple[str, int]],
                                    texts: dict[tuple[str, int], str]) -> None:
        """A consultation the request claims with a doctor ("In consultation with:
        Dermatology - Dr. X (letter attached)") whose only letter or note in the chart is
        another patient's (``_other_patients_documents``): nothing shows that doctor saw this
        patient, so the specialty on that line is unverified (IP0759 1.E unknown, never met).
        A doctor who also signs a page of this patient's keeps the claim."""
        def surnames(pages: set[tuple[str, int]], inside: bool) -> set[str]:
            return {str(f.value).split()[-1].lower() for f in self.st.findings
                    if f.field in ("prescriber.name", "consultant.name") and f.value
                    and ((f.file, f.page) in pages) == inside and str(f.value).split()}
        theirs = surnames(other, True) - surnames(other, False)
        if not theirs:
            return
        for f in self.st.findings:
            if f.field != "consultant.specialty" or (f.file, f.page) in other \
                    or f.char_start is None:
                continue
            line = _line_at(texts.get((f.file, f.page), ""), f.char_start).lower()
            if any(re.search(rf"\b{re.escape(n)}\b", line) for n in theirs):
                f.flags = sorted({*f.flags, "unverified"})

    def _departed_clinicians(self, documents: list[Document]) -> None:
        """A clinician the chart says no longer cares for the patient ("Dr. Okafor has
        retired", lexicon clinician_departed): a specialty read from a line naming that
        clinician, or from the heading line right above it, is marked historical (it is
        neither the prescriber's nor a current consultation's)."""
        texts = {(d.file, p.number): p.text for d in documents for p in d.pages}
        gone: set[str] = set()
        for text in texts.values():
            for m in _DEPARTED_NAME.finditer(text):
                if self.lex.clinician_departed.match(text, m.end()):
                    gone.add((m.group("a") or m.group("b")).lower())
        if not gone:
            return
        for f in self.st.findings:
            if f.field not in ("prescriber.specialty", "consultant.specialty") or \
                    f.char_start is None or "historical" in f.context:
                continue
            text = texts.get((f.file, f.page), "")
            ls = _line_start(text, f.char_start)
            nxt = _line_end(text, f.char_start)
            lines = text[ls:_line_end(text, nxt + 1) if nxt < len(text) else nxt]
            if any(re.search(rf"\b{re.escape(n)}\b", lines, re.I) for n in gone):
                f.context = sorted({*f.context, "historical"})

    def _find_correction(self, pg: _Page) -> None:
        """Note where a document's first addendum / late entry / correction heading is, and the
        date its heading line (or the line after it) gives."""
        file = pg.doc.file
        if file in self.st.corrections:
            return
        m = self.lex.correction_heading.search(pg.text)
        if m is None:
            return
        nxt = _line_end(pg.text, _line_end(pg.text, m.start()) + 1)
        ds = find_dates(pg.text[m.start():nxt])
        self.st.corrections[file] = (pg.page.number, _line_start(pg.text, m.start()),
                                     ds[0].date if ds else None)

    def _in_correction(self, file: str, page: int, pos: int) -> bool:
        """Is ``pos`` in the document's addendum / correction: after its heading and before
        the next visit's date of service (a packet may go on with other, older notes)?"""
        c = self.st.corrections.get(file)
        if c is None or (page, pos) < c[:2]:
            return False
        return not any(f.field == "request.date_of_service" and f.file == file
                       and c[:2] < (f.page, f.char_start) <= (page, pos)
                       for f in self.st.findings)

    def _apply_corrections(self) -> None:
        """What an addendum, late entry or correction says supersedes what was said before it:
        a current severity rating in it makes the document's earlier ratings historical (a
        templated "IGA-CHE 2" corrected to 3), and a medication it reports in use replaces the
        document's earlier entries of that drug ("stopped MTX" corrected to "still taking
        methotrexate weekly"), and those of documents dated before the correction."""
        st = self.st
        if not st.corrections:
            return
        blocked = {"negated", "family", "hypothetical"}

        def late(f: Finding) -> bool:
            return self._in_correction(f.file, f.page, f.char_start)

        # only a current statement supersedes: a rating or drug the correction places in the
        # past ("at intake she was IGA-CHE 4", "methotrexate stopped in 2021") leaves the rest
        # to the usual rules (an addendum that only stops a drug never hides an active one)
        blocked = blocked | {"historical"}
        rated = {f.file for f in st.findings
                 if f.field.startswith("severity.") and late(f) and not blocked & set(f.context)}
        names = [f for f in st.findings if f.field == "medication.name" and f.group]
        inactive = {f.group for f in st.findings if f.field == "medication.status"
                    and f.value != "active" or f.field == "medication.stop_date"}
        dated: dict[str, dt.date] = {}
        for f in st.findings:
            if f.field == "request.date_of_service" and isinstance(f.value, dt.date):
                dated[f.file] = max(dated.get(f.file, f.value), f.value)
        fixed: dict[str, list[tuple[str, dt.date | None]]] = {}
        for f in names:
            if late(f) and not blocked & set(f.context) and f.group not in inactive:
                canon = vocab.canonical_drug(str(f.value)) or str(f.value).lower()
                fixed.setdefault(canon, []).append((f.file, st.corrections[f.file][2]))

        def superseded(f: Finding) -> bool:
            canon = vocab.canonical_drug(str(f.value)) or str(f.value).lower()
            for file, when in fixed.get(canon, []):
                if f.file == file and not late(f):
                    return True
                d = dated.get(f.file)
                if f.file != file and when is not None and d is not None and d < when:
                    return True
            return False

        drop = {f.group for f in names if superseded(f)}
        out = []
        for f in st.findings:
            if f.group in drop:
                continue
            if f.field.startswith("severity.") and f.file in rated and not late(f) and \
                    "historical" not in f.context:
                f = f.model_copy(update={"context": sorted({*f.context, "historical"})})
            out.append(f)
        st.findings = out

    def _shared_record_relatives(self) -> None:
        """A drug said only to appear on a record the household shares ("Rinvoq shows up on
        the family pharmacy profile") is a relative's when the chart names that same drug as
        a relative's elsewhere ("the Rinvoq is prescribed for her husband")."""
        st = self.st
        self._mark_family({g for g, canon in st.shared_record_meds.items()
                           if canon in st.relatives_drugs})

    def _notice_relatives(self) -> None:
        """A drug a payer's notice names as the patient's ("the submitted intake form lists
        methotrexate") that the chart names only as a relative's ("Mother: RA, methotrexate")
        and never as the patient's own: the plan misread the record, the drug is the
        relative's. (A drug the chart does not mention at all stays the notice's claim.)"""
        self._mark_family(self._only_relatives(self.st.notice_meds))

    def _example_relatives(self) -> None:
        """A drug named only as an example of a kind of drug ("the warnings for pills like X
        don't apply to a cream") that the chart names as a relative's ("my mom takes X") and
        never as the patient's own: the relative's drug, no use by the patient."""
        self._mark_family(self._only_relatives(self.st.example_meds))

    def _only_relatives(self, meds: dict[str, str]) -> set[str]:
        """The groups of ``meds`` (group -> canonical drug) whose drug the chart names as a
        relative's and never as the patient's own."""
        st = self.st
        return {g for g, canon in meds.items()
                if canon in st.relatives_drugs and canon not in st.own_meds}

    def _mark_family(self, groups: set[str]) -> None:
        """Mark every finding of ``groups`` as a relative's (context "family")."""
        if groups:
            self.st.findings = [
                f.model_copy(update={"context": sorted(set(f.context) | {"family"})})
                if f.group in groups else f for f in self.st.findings]

    def _writers_own_drug(self, pg: _Page, mn: _Mention, sent: Sentence) -> bool:
        """In a letter whose writer names the patient as their own relative ("I am writing
        about my daughter", "appeal on behalf of my mother"), a drug right after the writer's
        first-person use ("I take Rinvoq myself") is the writer's, i.e. a relative's."""
        lex = self.lex
        if mn.generic or not lex.writer_own_use.search(pg.text, sent.start, mn.start):
            return False
        return any(lex.relative_writer.search(p.text) for p in pg.doc.pages)

    def _form_relatives(self, documents: list[Document]) -> None:
        """A drug a PA form or other administrative text lists as tried that the clinical
        documents name only as a relative's ("Her brother used clobetasol for 2 months"),
        with no course of it of the patient's own there: the form copied the relative's drug,
        so its course on the form is the relative's too (left out, not the patient's trial)."""
        st = self.st
        if not st.relatives_drugs:
            return
        docs = {d.file: d for d in documents}

        def admin(f: Finding) -> bool:
            if f.file in docs:
                return self._administrative_at(docs[f.file], f.page, f.char_start)
            return f.file in st.forms

        blocked = {"family", "negated", "hypothetical", "planned"}
        drugs = [(f, *st.therapy_docs[f.group]) for f in st.findings
                 if f.field == "therapy.drug" and f.group in st.therapy_docs]
        if not any(canon in st.relatives_drugs for _, _, canon in drugs):
            return
        on_form = {f.group: admin(f) for f, _, _ in drugs}
        own = {canon for f, _, canon in drugs
               if not on_form[f.group] and not blocked & set(f.context)}
        moved = {f.group for f, _, canon in drugs
                 if on_form[f.group] and canon in st.relatives_drugs and canon not in own}
        if moved:
            st.findings = [f.model_copy(update={"context": sorted(set(f.context) | {"family"})})
                           if f.group in moved else f for f in st.findings]

    def _drop_ungraded_ratings(self) -> None:
        """When the chart says the current severity was not graded ("Not scored today; will
        grade at the next visit"), a rating placed at an earlier visit ("at intake IGA-CHE 4",
        an outside record's row) is no rating of the disease now: drop it, so that the severity
        stays unknown rather than taken from the past. Ratings of other documents stay (a
        family physician's "will defer grading to derm" leaves the dermatologist's rating).
        In a chart of dated visits, so are the ratings written under an earlier visit of the
        same chart than the one that says it was not graded (IGA-CHE 1 at a 2025 follow-up,
        "IGA-CHE: not recorded" at the 2026 flare visit)."""
        st = self.st

        def earlier_visit(f: Finding) -> bool:
            seen, unrated = st.rating_visits.get(id(f)), st.ungraded_visits.get(f.file)
            return seen is not None and unrated is not None and seen < unrated

        if st.ungraded:
            st.findings = [f for f in st.findings if not (
                f.field.startswith("severity.") and ("historical" in f.context
                                                     or earlier_visit(f)))]

    def _drop_stale_row_ratings(self, documents: list[Document]) -> None:
        """A rating in a dated row of a carried-forward list (a problem list's "Chronic hand
        eczema, severe (IGA-CHE 4)  02/14/2024  Active": the rating, then the row's date and
        at most a short status cell) is as old as that row. When its document records a
        visit more than STALE_ROW_RATING_DAYS after the row's date, the rating describes
        then, not the disease now: drop it, so that the severity stays unknown rather than
        taken from the past (rules/facts.py _not_stale does the same for a rating written
        under an old visit)."""
        st = self.st
        latest: dict[str, dt.date] = {}
        for f in st.findings:
            if f.field == "request.date_of_service" and isinstance(f.value, dt.date):
                latest[f.file] = max(latest.get(f.file, f.value), f.value)
        pages = {(d.file, p.number): p.text for d in documents for p in d.pages}

        def stale(f: Finding) -> bool:
            text = pages.get((f.file, f.page))
            if not f.field.startswith("severity.") or f.file not in latest or not text \
                    or not f.char_end:
                return False
            rest = text[f.char_end:_line_end(text, f.char_end)]
            ds = find_dates(rest)
            # only cell breaks and a bracketed score before the date ("since 10/2023" is an
            # onset, "IGA-CHE 3 on 11/24/2025" prose), at most a status cell after it
            if not ds or not re.fullmatch(r"\)?[\s|,\-–—]*(?:\([^()\n]{0,30}\)[\s|,\-–—]*)?",
                                          rest[:ds[0].start]) or \
                    len(rest[ds[0].end:].split()) > 3 or re.search(r"[.;:()]", rest[ds[0].end:]):
                return False
            row = max(d.date for d in ds)
            return (latest[f.file] - row).days > STALE_ROW_RATING_DAYS

        st.findings = [f for f in st.findings if not stale(f)]

    def _drop_bare_duplicates(self) -> None:
        """A therapy mention with no course details (no dates, duration, frequency, response)
        adds nothing when the same drug has a described course elsewhere: drop it, so that a
        bare restatement (a form's "A: triamcinolone 0.1% ointment") is not a second trial."""
        st = self.st
        by_group: dict[str, list[Finding]] = {}
        for f in st.findings:
            if f.group and f.group.startswith("therapy-"):
                by_group.setdefault(f.group, []).append(f)
        course = {"duration_days", "start_date", "stop_date", "prn", "frequency", "response"}
        described: set[str] = set()
        bare: dict[str, str] = {}
        for g, fs in by_group.items():
            canon = st.therapy_docs.get(g, ("", ""))[1]
            if {f.field.split(".", 1)[1] for f in fs} & course:
                described.add(canon)
            else:
                bare[g] = canon
        # a bare mention that alone names the strength stays: it completes the course
        strong = {st.therapy_docs.get(g, ("", ""))[1] for g, fs in by_group.items()
                  if g not in bare and any(f.field == "therapy.strength" for f in fs)}
        drop = {g for g, canon in bare.items() if canon in described and (
            canon in strong or not any(f.field == "therapy.strength" for f in by_group[g]))}
        st.findings = [f for f in st.findings if f.group not in drop]

    def _form_conflicts(self) -> None:
        """Drop a form's course duration that a clinical note contradicts for the same drug."""
        st = self.st
        dur = {f.group: f for f in st.findings if f.field == "therapy.duration_days"}
        note_days: dict[str, set] = {}
        for g, f in dur.items():
            file, canon = st.therapy_docs.get(g, ("", ""))
            if file not in st.forms:
                note_days.setdefault(canon, set()).add(f.value)
        drop = set()
        for g, f in dur.items():
            file, canon = st.therapy_docs.get(g, ("", ""))
            if file in st.forms and note_days.get(canon) and f.value not in note_days[canon]:
                drop.add(id(f))
        st.findings = [f for f in st.findings if id(f) not in drop]

    def _analyse(self, doc: Document, page: Page) -> _Page:
        text = page.text
        secs = self.sections.find(text)
        sents = split_sentences(text, secs, row_product=self.lex.drugs)
        trig = self.engine.page_triggers(text, sents)
        return _Page(doc, page, text, sents, trig)

    def page(self, pg: _Page, role: str) -> None:
        self.dates(pg)
        self.age(pg)
        self.people(pg, role)
        mentions = self.drug_mentions(pg)
        for sent in pg.sentences:
            self.condition(pg, sent, mentions)
            n = len(self.st.findings)
            self.severity(pg, sent)
            head = self._visit_heading(pg, sent.start) if len(self.st.findings) > n else None
            for f in self.st.findings[n:] if head else ():
                self.st.rating_visits[id(f)] = head[0]
            self.recurrences(pg, sent)
            self.hands_clear(pg, sent)
            if role != "referral":  # a referral / unanswered request names the specialty asked
                self.consultants(pg, sent)
        self.therapies(pg, mentions)
        self.episode_table(pg)
        self._never_used_statements(pg, mentions)

    def _never_used_statements(self, pg: _Page, mentions: list[_Mention]) -> None:
        """A clinician's word that a kind of TCS was never used ("never been prescribed a
        stronger steroid", "only low-potency topical steroids to date"): therapy.never_used
        with the kind (extractor_lexicon.yaml never_used_statements). Not one bounded in time
        or with exceptions after it in its sentence, a condition or question, a relative's,
        only this clinic's prescribing, nor "stronger than" a drug not of low potency."""
        text = pg.text
        pats, cancel, hedge = _never_used_statement_patterns()
        for value, pat in pats:
            for m in pat.finditer(text):
                sent = _sentence_at(pg, m.start())
                if sent is None:
                    continue
                end = max(sent.end, m.end())
                if cancel.search(text, m.end(), end) or hedge.search(text, sent.start, m.start()):
                    continue
                if self.lex.local_negation.search(text, sent.start, end):
                    continue
                cats = self.ctx(pg, sent, m.start(), m.end())
                if "hypothetical" in cats or "family" in cats:
                    continue
                if re.match(r"\s*than\b", text[m.end():end]) and any(
                        x.cls == "tcs" and m.end() <= x.start < end and (
                            x.generic or getattr(vocab.tcs_lookup(x.surface), "potency", None)
                            != "low") for x in mentions):
                    continue  # "nothing stronger than triamcinolone": a medium course was used
                self.emit(pg, "therapy.never_used", value, m.start(), m.end(), context=[])

    def hands_clear(self, pg: _Page, sent: Sentence) -> None:
        """An exam finding the hands clear at a dated visit of a multi-visit chart ("Hands
        clear", "no dermatitis on the palms"): condition.onset_date of that visit flagged
        CLEARED (the hand eczema of a later visit began after it). Not a goal ("until the
        hands clear"), a clear exam with exceptions ("clear except one fissure"), or one
        negated, planned, hypothetical or of a relative."""
        text, lex = pg.text, self.lex
        for m in lex.hands_clear.finditer(text, sent.start, sent.end):
            if lex.hands_clear_goal.search(text, max(sent.start, m.start() - 25), m.start()):
                continue
            if lex.hands_clear_partial.search(text[max(sent.start, m.start() - 25):m.start()]):
                continue  # "Dorsal hands clear": a part of the hands only
            if lex.hands_clear_except.match(text, re.compile(r"[ \t,;-]*").match(
                    text, m.end()).end()):
                continue
            rest = re.compile(r"[^.\n]{0,80}").match(text, m.end())
            back = lex.hands_clear_then_flare.search(rest.group(0)) if rest else None
            if back and not lex.hands_clear_no_flare.search(rest.group(0)[:back.start()][-25:]):
                continue  # "clear through winter; mild flare in spring": a past spell only
            head = self._visit_heading(pg, m.start())
            own = self._clear_visit_date(pg, sent) or self._clear_dated_list(pg, sent, m.start())
            if own is not None:  # "Hands were clear at his 11/2024 visit": that visit's date
                head = (own[0], min(own[1], m.start()), own[2])
            elif head is None or not any(  # a visit heading read as such (not a wrapped line)
                    f.field == "request.date_of_service" and f.file == pg.doc.file
                    and f.value == head[0] for f in self.st.findings):
                continue
            cats = self.ctx(pg, sent, m.start(), m.end())
            if "negated" in cats and not any(  # "no eczema on the hands" negates itself
                    t.rule.category == "negated" and sent.start <= t.start < m.start()
                    for t in pg.triggers):
                cats.pop("negated")
            if {"family", "hypothetical", "planned", "negated"} & set(cats):
                continue
            # the quote runs from the visit's date heading to the exam finding
            f = self.emit(pg, "condition.onset_date", head[0], head[1], max(head[2], m.end()))
            if f is not None:
                f.flags.append(CLEARED)

    def _clear_dated_list(self, pg: _Page, sent: Sentence,
                          at: int) -> tuple[dt.date, int, int] | None:
        """The dates a clear-hands finding is labelled with ("Skin checks 11/2022, 01/2025:
        hands clear", "3/4/25 - hands clear"): the latest of them, when only a colon or dash
        stands between the last date and the finding."""
        ds = [d for d in find_dates(pg.text[sent.start:at]) if d.date.year >= 2000]
        if not ds or not re.fullmatch(r"[ \t]*[:=–—-][ \t]*", pg.text[sent.start + ds[-1].end:at]):
            return None
        d = max(ds, key=lambda x: x.date)
        return d.date, sent.start + d.start, sent.start + d.end

    def _clear_visit_date(self, pg: _Page, sent: Sentence) -> tuple[dt.date, int, int] | None:
        """The earlier visit a clear-hands sentence names ("Hands were clear at his 11/2024
        visit"): its date and span, when it is before the visit the sentence is written at."""
        ref = self._visit_date(pg, sent.start)
        for d in find_dates(pg.text[sent.start:sent.end]):
            a, b = sent.start + d.start, sent.start + d.end
            if ref is not None and d.date.year >= 2000 and d.date < ref and \
                    self.lex.hands_clear_dated.search(pg.text, max(sent.start, a - 40), a):
                return d.date, a, b
        return None

    def episode_table(self, pg: _Page) -> None:
        """Rows of an episode/flare table: first row = onset, later rows = flare dates."""
        text = pg.text
        lines = text.split("\n")
        pos = 0
        starts = []
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        i = 0
        while i < len(lines):
            if not self.lex.episode_header.search(lines[i]) or find_dates(lines[i]) or \
                    len(lines[i].split()) > 12 or _YEAR_ONLY.search(lines[i]):
                i += 1  # column names only: a long line or one naming a year is prose
                continue  # ("a possible prior episode around 2019, cleared; no records")
            row = 0
            j = i + 1
            while j < len(lines) and row < 24:
                ds = find_dates(lines[j])
                if not ds and row and j + 1 < len(lines) and lines[j].strip() and \
                        len(lines[j]) < 40 and find_dates(lines[j + 1]):
                    j += 1  # a wrapped cell's last words ("oint") between two rows
                    continue
                if not ds:
                    break
                d, s0 = ds[0], starts[j]
                fld = "condition.onset_date" if row == 0 else "condition.flare_date"
                self.emit(pg, fld, d.date, s0, s0 + d.end)
                row += 1
                j += 1
            if row >= 2:
                # a row's "first presentation" dates the table's first episode; it says
                # nothing of the later rows' returns (no stated 0 recurrences)
                lo, hi = starts[i], starts[j - 1] + len(lines[j - 1])
                self.st.findings = [
                    f for f in self.st.findings if not (
                        f.field == "condition.recurrences_12mo" and f.value == 0
                        and f.file == pg.doc.file and f.page == pg.page.number
                        and lo <= (f.char_start or 0) < hi)]
            i = j

    # ---------------------------------------------------------------- dates
    def dates(self, pg: _Page) -> None:
        text, lex = pg.text, self.lex
        dob_spans: list[tuple[int, int]] = []
        for m in lex.dob_label.finditer(text):
            d = _date_after(text, m.end() + _leader_len(text, m.end()))
            junk = _OCR_LEADER.match(text, m.end()) if pg.page.ocr else None
            if d is None and junk:
                d = _date_after(text, junk.end())
            if d is not None:
                if not self._other_persons_dob(text, m.start()):
                    self.emit(pg, "patient.date_of_birth", d.date, m.start(), d.end)
                dob_spans.append((m.start(), d.end))
        for m in lex.dos_label.finditer(text):
            if any(s <= m.start() < e for s, e in dob_spans):
                continue
            label = m.group(0).lower()
            before = text[max(0, m.start() - 20):m.start()]
            if label in ("date", "visit", "signed", "signed on") and re.search(
                r"(?:start|stop|end|fill(?:ed)?|onset|birth|last|first|due|effective|"
                r"expiration|surgery|lab|flare|next|follow[- ]up|of|patch|test)\W*$", before, re.I
            ):
                continue
            d = _date_after(text, m.end() + _leader_len(text, m.end()),
                            slack=60 if label.startswith("signed") else 4)
            if d is not None and d.date.year >= 2000:
                self.emit(pg, "request.date_of_service", d.date, m.start(), d.end)
        for m in re.finditer(r"signed\b[^\n]{0,90}?(?=\d)", text, re.I):
            d = _date_after(text, m.end(), slack=0)
            if d is not None:
                self.emit(pg, "request.date_of_service", d.date, m.start(), d.end)
        for rx in (_VISIT_HEAD, lex.visit_note_head, lex.visit_numbered_head):
            for m in rx.finditer(text):
                d = _date_after(text, m.end(), slack=0)
                if d is not None and d.date.year >= 2000:
                    self.emit(pg, "request.date_of_service", d.date, m.start(), d.end)
        for m in lex.visit_title_head.finditer(text):
            d = _date_after(text, m.end(), slack=0)
            if d is not None and d.date.year >= 2000 and re.fullmatch(
                    r"[ \t)]*", text[d.end:_line_end(text, d.end)]):
                self.emit(pg, "request.date_of_service", d.date, m.start(), d.end)
        for m in re.finditer(r"^[ \t]*(?:[#*•>]+[ \t]*)?(?=\S)", text, re.M):  # ">> 10/2/26 ..."
            line_e = text.find("\n", m.end())
            line_e = len(text) if line_e < 0 else line_e
            ds = find_dates(text[m.end():line_e])
            if ds and ds[0].start == 0 and ds[0].date.year >= 2000 and (
                    _VISIT_AFTER_DATE.fullmatch(text, m.end() + ds[0].end, line_e)
                    # an encounter banner: the date, then the entry's title, then more
                    or lex.visit_title_after.match(text, m.end() + ds[0].end, line_e)):
                self.emit(pg, "request.date_of_service", ds[0].date, m.end(), line_e)
        # a multi-visit note's entry heading: a line holding only a full date (maybe with a
        # short aside, "12-Jan-2026", "20-Apr-2026 (today)") with the entry's prose under it;
        # not a label's value ("Start date:" above it) nor a column of dates (a table's cells)
        for m in _DATE_ONLY_LINE.finditer(text):
            ds = find_dates(m["d"])
            if not (ds and ds[0].start == 0 and ds[0].end == len(m["d"])
                    and ds[0].precision == "day" and ds[0].date.year >= 2000):
                continue
            prev = text[_line_start(text, max(0, m.start() - 1)):max(0, m.start() - 1)]
            nxt_e = _line_end(text, min(len(text), m.end() + 1))
            nxt = text[m.end() + 1:nxt_e]
            nxt_ds = find_dates(nxt.strip()[:12])
            if prev.rstrip().endswith(":") or len(nxt.split()) < 3 or (
                    nxt_ds and nxt_ds[0].start == 0):
                continue
            self.emit(pg, "request.date_of_service", ds[0].date, m.start("d"), m.end("d"))
        # a problem-oriented chart's entry heading: a date opening its line (bracketed or
        # not), then only the author's name and credentials ("(2025-11-04) R. Okafor, NP")
        for m in re.finditer(r"^[ \t]*[\[(]?(?=\d)", text, re.M):
            line_e = _line_end(text, m.end())
            ds = find_dates(text[m.end():line_e])
            if ds and ds[0].start == 0 and ds[0].date.year >= 2000 and re.fullmatch(
                    r"[\])]?[ \t]*[-–—:|]?[ \t]*(?:dr\.?[ \t]+)?[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)"
                    r"{0,3}?(?:" + self.lex.credentials.pattern + r")[ \t]*",
                    text[m.end() + ds[0].end:line_e]):
                self.emit(pg, "request.date_of_service", ds[0].date, m.end(), line_e)
        if pg.page.number == 1:
            # the page's head: its first 600 characters, to the end of a line (a cut line's
            # leading "1/26/20" of "1/26/2026 when the tube ran out" is no dated line)
            head_end = _line_end(text, min(600, len(text)))
            for m in _DATE_LINE.finditer(text, 0, head_end):
                ds = find_dates(m.group("d"))
                if ds:
                    self.emit(pg, "request.date_of_service", ds[0].date, m.start("d"),
                              m.end("d"))
            # a title line naming the specialty before the visit kind ("RHEUMATOLOGY
            # FOLLOW-UP - 3/18/2026", "Dermatology consult: 2/4/2026")
            for m in _SPECIALTY_VISIT_LINE.finditer(text, 0, head_end):
                ds = find_dates(m.group("d"))
                if ds and ds[0].date.year >= 2000 and lex.specialty_words.fullmatch(m["sp"]):
                    self.emit(pg, "request.date_of_service", ds[0].date, m.start("d"),
                              m.end("d"))

    def _other_persons_dob(self, text: str, pos: int) -> bool:
        """Does the date-of-birth label at ``pos`` belong to someone else (dob_other_person:
        "Subscriber date of birth", "Guarantor's DOB")? Not when the same label names the
        patient too ("Patient/Subscriber DOB", "Member or policyholder DOB")."""
        ls = _line_start(text, pos)
        label = text[ls:pos]
        label = label[max([0] + [x.end() for x in re.finditer(r"[:|;]|[ \t]{2,}", label)
                                 if x.end() < len(label)]):]
        other = re.search(r"(?:" + self.lex.dob_other.pattern + r")(?:'s|s')?[ \t]*$", label,
                          re.I)
        return bool(other) and not re.search(r"\b(?:patient|pt|member|self|child|dependent)\b",
                                             label[:other.start()], re.I)

    # ---------------------------------------------------------------- age
    def age(self, pg: _Page) -> None:
        for m in _AGE.finditer(pg.text):
            n = int(m.group("n") or m.group("n2"))
            if not 0 < n < 120 or _AGE_BAD_BEFORE.search(pg.text[max(0, m.start() - 30):m.start()]):
                continue
            sent = _sentence_at(pg, m.start())
            if sent is None:
                continue
            cats = self.ctx(pg, sent, m.start(), m.end())
            if {"family", "hypothetical"} & set(cats):
                continue
            self.emit(pg, "patient.age", n, m.start(), m.end(), context=_ctx_list(cats))

    # ---------------------------------------------------------------- people
    def people(self, pg: _Page, role: str) -> None:
        """Prescriber / consultant name, credentials, NPI and specialty."""
        text = pg.text
        who = "consultant" if role == "consult" else "prescriber"
        if role != "referral":
            self._signers(pg, _SIGNER, r"referr|pcp|primary care", who)
            self._signers(pg, _SIGNER_INVERTED, r"referr|pcp|primary care", who)
            if pg.page.number == len(pg.doc.pages) or pg.page.number == 1:
                self._signers(pg, _NAME_CRED, r"referr|pcp|primary care|dear|\bcc\b|to:", who)
            for m in _NPI.finditer(text):
                line = _line_at(text, m.start())
                if _in_span(_addressee(text), m.start()):
                    continue
                if who == "prescriber" and not re.search(r"referr|pcp", line, re.I):
                    self.emit(pg, "prescriber.npi", m.group("n"), m.start(), m.end())
            self._specialty(pg, who)
            self._copied_specialists(pg)
        # taxonomy codes anywhere
        for m in _TAXONOMY.finditer(text):
            code = vocab.taxonomy_specialty(m.group("c"))
            if code and role != "referral":
                fld = f"{who}.specialty"
                self.emit(pg, fld, code, _line_start(text, m.start()), m.end(),
                          group=self.group("consultant") if who == "consultant" else None)

    def _copied_specialists(self, pg: _Page) -> None:
        """A specialist on a letter's copy line ("cc: Ana Ruiz, MD, Dermatology"): perhaps
        involved in the care, but a copy is no consultation, so an unverified consultant
        (whether a specialist was consulted cannot be told: 1.E unknown, never met)."""
        text = pg.text
        for m in self.lex.copied_to.finditer(text):
            end = _line_end(text, m.end())
            nm = _NAME_CRED.match(text, m.end(), end)
            w = nm and self.lex.specialty_words.search(text, nm.end(), end)
            code = vocab.normalize_specialty(w.group(0)) if w else None
            if not nm or code in (None, "nurse_practitioner", "physician_assistant"):
                continue
            g = self.group("consultant")
            for f in (self.emit(pg, "consultant.name", nm.group("name").strip(), nm.start("name"),
                                nm.end("name"), group=g),
                      self.emit(pg, "consultant.specialty", code, w.start(), w.end(), group=g)):
                if f is not None:
                    f.flags = sorted({*f.flags, "unverified"})

    def _signers(self, pg: _Page, rx: re.Pattern[str], skip: str, who: str) -> None:
        """Names with credentials matched by ``rx``, except on lines matching ``skip``
        (referrals, letters' addressees). The clinician who asked a consultant is the
        prescriber, not the author."""
        text = pg.text
        to = _addressee(text)
        for m in rx.finditer(text):
            line = _line_at(text, m.start())
            # "PCP / Primary care: Dr X" names another clinician; "X, MD - Internal Medicine
            # (Primary Care)" is the author's own specialty
            lead = text[_line_start(text, m.start()):m.start("name")]
            if re.search(skip.replace("|primary care", ""), line, re.I) or re.search(
                    r"primary care", lead, re.I) or _in_span(to, m.start()):
                continue
            w_ = "prescriber" if _REQUESTER.search(line) else who
            if w_ == "prescriber" and self.lex.consultant_label.search(lead):
                w_ = "consultant"  # "Consultant: Ana Ruiz, MD": a consultant, not the prescriber
            self._name_and_creds(pg, m.start("name"), m.end("name"), w_)

    def _name_and_creds(self, pg: _Page, s: int, e: int, who: str) -> None:
        text = pg.text
        name = text[s:e].strip()
        if vocab.normalize_specialty(name) or len(name) < 4:
            return
        cm = self.lex.credentials.match(text, e)
        if not cm:
            return
        creds = text[cm.start():cm.end()].lstrip(",. ").strip()
        spec, spec_end = vocab.normalize_specialty(creds), cm.end()
        spec_start = s
        if not spec or spec in ("nurse_practitioner", "physician_assistant"):
            # the specialty right after the credentials: "Paul Ibsen, MD (Family Medicine)",
            # "Victor Shah, MD - Dermatology"
            am = _AFTER_CREDS.match(text, cm.end())
            w = self.lex.specialty_words.match(text, am.end()) if am else None
            if w is None:  # a signature block: the specialty alone on the next line, or
                # closing the signature line ("Ana Ruiz, MD  Dermatology  NPI 1234567890")
                nl = re.match(r"[ \t]*\n?[ \t]*", text[cm.end():cm.end() + 12])
                w2 = self.lex.specialty_words.match(text, cm.end() + nl.end()) if nl else None
                if w2 and "\n" in nl.group(0) and re.match(
                        r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*:", text[w2.end():w2.end() + 40]):
                    w2 = None  # the next line is another labelled entry ("Dermatology
                    # attending: A, MD" then "Rheumatology (co-managing): B, MD"): B's, not A's
                # ("... Dermatologist - NPI 1184472693": a dash or bar before the NPI)
                if w2 and re.match(r"[ \t]*(?:\n|$|\(|,|[ \t]{2}|(?:[-–—|·•][ \t]*)?NPI\b)",
                                   text[w2.end():w2.end() + 10]):
                    w = w2
            spec = vocab.normalize_specialty(w.group(0)) if w else None
            spec_end = w.end() if w else spec_end
            if w is None:  # an encounter banner's cells: "# 03/02/2026 | Allergy | Ana Ruiz, MD",
                # "# 03/02/2026  Allergy follow-up  -  Ana Ruiz, MD"
                ls = _line_start(text, s)
                cell = re.search(r"(?:^|\||[ \t]{2,}|\t)[ \t]*([^|\n]+?)(?:[ \t]*\||[ \t]+[-–—])[ \t]*$",
                                 text[ls:s])
                c0 = cell.start(1) if cell else 0
                if cell:  # the banner's date may open the cell ("# 2026-03-25 Allergy visit")
                    c0 += re.match(r"[#*•\s]*", cell.group(1)).end()
                    ds = find_dates(text[ls + c0:s])
                    if ds and ds[0].start == 0:
                        c0 += ds[0].end + len(text[ls + c0 + ds[0].end:s]) - len(
                            text[ls + c0 + ds[0].end:s].lstrip(" \t"))
                sw = cell and self.lex.specialty_words.match(text, ls + c0, ls + cell.end(1))
                if sw and self.lex.banner_visit.fullmatch(text, sw.end(), ls + cell.end(1)):
                    spec = vocab.normalize_specialty(sw.group(0))
                    spec_start = ls + c0
        if spec in ("nurse_practitioner", "physician_assistant"):
            spec = None
        row = text[_line_start(text, s):s]
        if who == "prescriber" and self.lex.drugs.match(row, re.match(r"[ \t|*•-]*", row).end()):
            return  # a medication list's row ("methotrexate 2.5 mg weekly Active X, MD
            # (Rheumatology)"): who prescribed that drug, not the request's prescriber
        if who == "consultant":
            g = self.group("consultant")
            self.emit(pg, "consultant.name", name, s, e, group=g)
            if spec:
                self.emit(pg, "consultant.specialty", spec, spec_start, spec_end, group=g)
            return
        self.emit(pg, "prescriber.name", name, s, e)
        self.emit(pg, "prescriber.credentials", creds, cm.start(), cm.end())
        if spec:
            self.emit(pg, "prescriber.specialty", spec, spec_start, spec_end)

    def _specialty(self, pg: _Page, who: str) -> None:
        """Specialty from 'Specialty:' labels, letterheads/titles and department lines."""
        text, lex = pg.text, self.lex
        fld = f"{who}.specialty"
        spans: list[tuple[int, int]] = []
        for m in _SPECIALTY_LABEL.finditer(text):
            line_end = text.find("\n", m.end())
            before = text[_line_start(text, m.start()):m.start()]
            if re.search(r"referr|pcp", before, re.I):
                continue
            le = line_end if line_end >= 0 else len(text)
            marked = [w for w in lex.specialty_words.finditer(text, m.end(), le)
                      if re.search(r"(?<![\w/])[xX✓✔](?![\w/])[ \t]*$", text[m.end():w.start()])]
            if len(marked) == 1 and _unmarked_choices(lex, text, m.end(), le):
                # a drawn box reads as a bare "X" ("Specialty  Dermatology  X Internal
                # Medicine  Other"): the word right after the mark is the answer
                spans.append((marked[0].start(), marked[0].end()))
                continue
            if _unmarked_choices(lex, text, m.end(), le):
                continue  # "Specialty: Dermatology  Allergy/Immunology  Primary care": choices
            for w in lex.specialty_words.finditer(text, m.end(), le):
                gap = text[m.end():w.start()]
                boxes = list(_BOX.finditer(gap))
                if not boxes:  # "Specialty: Dermatology"
                    if len(gap) <= 3 and not self._specialty_of_other(text, w.end(), who):
                        spans.append((m.start(), w.end()))
                    break
                # a form's choices ("Specialty: ☐ Dermatology ☒ Other: Family Medicine"):
                # only the checked one is the answer
                if _BOX_CHECKED.fullmatch(boxes[-1].group(0)) and re.fullmatch(
                        r"[ \t]*(?:other[ \t]*[:(\-]?[ \t_]*)?", gap[boxes[-1].end():], re.I):
                    spans.append((m.start(), w.end()))
                    break
        lines_checked = 0
        pos = 0
        while lines_checked < 4 and pos < len(text):
            end = _line_end(text, pos)
            if (pg.page.number == 1 or lines_checked == 0) and end - pos <= 90 and not (
                    lex.consult.search(text, pos, end)) and not _unmarked_choices(
                        lex, text, pos, end):
                for w in lex.specialty_words.finditer(text, pos, end):
                    if _specialty_title_ok(text[pos:end], w.group(0)) and not (
                            _UNCHECKED.search(text, pos, w.start())) and not (  # "☐ Dermatology"
                            lex.specialty_drug_class.match(text, w.end(), end)) and not (
                            self._specialty_of_other(text, w.end(), who)) and not (
                            who == "prescriber" and self._consultant_labelled(text, pos, end)):
                        spans.append((w.start(), w.end()))
            lines_checked += 1
            pos = end + 1
        # "Department of Dermatology", "Dept: DERMATOLOGY" (an EHR encounter header)
        for m in re.finditer(r"(?:department|dept\.?|division|section|clinic|center|centre)"
                             r"(?:[ \t]*:[ \t]*|\s+(?:of\s+)?)", text, re.I):
            w = lex.specialty_words.match(text, m.end())
            if w and not re.search(r"referr|\bpcp\b|primary care",
                                   _line_at(text, m.start()), re.I):
                spans.append((m.start(), w.end()))
        # "Board Certified, Family Medicine", "board-certified in dermatology"
        for m in lex.board_cert.finditer(text):
            w = lex.specialty_words.match(text, m.end())
            if w and not re.search(r"referr|\bpcp\b", _line_at(text, m.start()), re.I):
                spans.append((m.start(), w.end()))
        # "I am a board-certified dermatologist": the letter's author (the prescriber) says so
        if who == "prescriber":
            for m in lex.self_specialty.finditer(text):
                w = lex.specialty_words.match(text, m.end() + len(text[m.end():m.end() + 3])
                                              - len(text[m.end():m.end() + 3].lstrip(" \t")))
                if w:
                    spans.append((m.start(), w.end()))
        to = _addressee(text)
        for s, e in spans:
            if who == "consultant" and _REQUESTER.search(_line_at(text, s)):
                continue  # the requesting clinician's practice, not the consultant's
            if _in_span(to, s):
                continue  # the letter's addressee (the referring clinician), not its author
            code = vocab.normalize_specialty(text[s:e])
            if code and code not in ("nurse_practitioner", "physician_assistant"):
                g = self.group("consultant") if who == "consultant" else None
                self.emit(pg, fld, code, s, e, group=g)

    def _consultant_labelled(self, text: str, pos: int, end: int) -> bool:
        """Does the line at ``pos`` name a consultant by its label ("Consultant: Ana Ruiz, MD,
        Dermatology")? Its specialty is then the consultant's, not the prescriber's."""
        m = _NAME_CRED.search(text, pos, end)
        return bool(m) and bool(self.lex.consultant_label.search(text[pos:m.start("name")]))

    def _specialty_of_other(self, text: str, pos: int, who: str) -> bool:
        """A prescriber's specialty answer given as another named doctor's ("Prescriber
        specialty: Dermatology (Dr. X)" on a form whose prescriber is Dr. Y): that specialty
        is Dr. X's, not the prescriber's, and says nothing of a consultation (IP0759 1.E)."""
        m = _SPECIALTY_OF_NAMED.match(text, pos)
        if who != "prescriber" or m is None:
            return False
        mine = {n.split()[-1].lower() for f in self.st.findings
                if f.field == "prescriber.name" and (n := str(f.value).strip())}
        return bool(mine) and (m.group("a") or m.group("b")).lower() not in mine

    def consultants(self, pg: _Page, sent: Sentence) -> None:
        """'seen by Dr X (dermatology)', 'dermatology consult 05/2026: ...'."""
        text, lex = pg.text, self.lex
        seg = text[sent.start:sent.end]
        cm = lex.consult.search(seg)
        pend = lex.referral_pending.search(seg) if cm else None
        if not cm or pend and not any(
                not lex.consult_answer_denied_before.search(seg[max(pend.end(), a.start() - 30):
                                                                a.start()])
                and not lex.consult_answer_denied_after.match(seg, a.end())
                for a in lex.consult_answered.finditer(seg, pend.end())):
            return  # "derm eConsult placed", unless "...; reply from Dr X (derm) 2/11"
            # ("placed 11/30, no reply yet" is still unanswered)
        if lex.consult_other.search(seg) and not (lex.condition.search(seg)
                                                  or lex.condition_ref.search(seg)):
            return  # "peanut allergy, evaluated by an allergist in 2019": not for the hands
        if lex.consult_former.search(seg[max(0, cm.start() - 20):cm.start()]):
            return  # "Previously managed by Lakeshore Dermatology": a former clinic
        if lex.consult_ended.search(seg, cm.end()):
            return  # "followed by Dr X (derm) until she retired": that care has ended
        words = list(lex.specialty_words.finditer(text, sent.start, sent.end))
        if lex.consult_criterion_before.search(seg[:cm.start()]):
            # "Prescribed by or in consultation with derm / allergy / immunology": the policy's
            # choices, listed right after the cue, are no consultant; an answer after them stays
            chain = re.compile(r"(?:[\s,/&]|\b(?:or|and|an?|the)\b)*", re.I)
            pos = sent.start + cm.end()
            for w in words:
                if w.start() < pos:
                    continue
                if chain.fullmatch(text, pos, w.start()):
                    pos = w.end()
                else:
                    break
            words = [w for w in words if w.start() >= pos]
        if any(lex.specialty_options.fullmatch(text, a.end(), b.start())
               for a, b in zip(words, words[1:], strict=False)):
            return  # "by/in consult w/ derm, allergist or immunologist": options, not a consult
        if re.match(r"[ \t]*[:.]", seg[cm.end():]) and _unmarked_choices(
                lex, text, sent.start + cm.end(), sent.end):
            return  # "Consulting physician: Dermatology  Allergy  Other": choices, none marked
        for w in words:
            code = lex.specialty_index.get(vocab.norm(w.group(0)))
            if code in (None, "nurse_practitioner", "physician_assistant"):
                continue
            if _UNCHECKED.search(text, max(sent.start, w.start() - 8), w.start()):
                continue  # "☐ Dermatology": a choice left unmarked
            a, b = cm.start() + sent.start, cm.end() + sent.start
            if abs(w.start() - b) > 70 and abs(a - w.end()) > 70:
                continue
            if re.search(r"referr|\bpcp\b|primary care", _line_at(text, w.start()), re.I):
                continue  # the referring physician is not a consultant
            cats = self.ctx(pg, sent, w.start(), w.end())
            if w.end() <= a and any(  # "the dermatologist is far away; she has not been
                    t.rule.category == "negated" and (t.start <= a and b <= t.end  # evaluated
                                                      or w.end() <= t.start and  # by ...", "...
                                                      t.scope_start <= a and b <= t.scope_end)
                    for t in pg.triggers):  # we could not get a consult": the cue is denied
                continue
            hyp = [t for t in pg.triggers if t.rule.category == "hypothetical"
                   and t.scope_start <= w.start() <= t.scope_end + 1]
            if "hypothetical" in cats and hyp and all(
                    any(x.start() + sent.start <= t.start and t.end <= x.end() + sent.start
                        for x in lex.consult.finditer(seg)) for t in hyp):
                # "discussed with Dr X (derm)": the only hypothetical cue is the consult's own
                # word; a question or another cue ("Is the prescriber, or a consulted
                # physician, a dermatologist?") keeps it hypothetical
                cats.pop("hypothetical")
            if {"negated", "family", "hypothetical", "planned"} & set(cats):
                continue
            s, e = min(a, w.start()), max(b, w.end())
            code = vocab.normalize_specialty(text[s:e]) or code
            self.emit(pg, "consultant.specialty", code, s, e, group=self.group("consultant"))
        if not any(lex.specialty_index.get(vocab.norm(w.group(0))) not in (
                None, "nurse_practitioner", "physician_assistant") for w in words):
            self._named_consultant(pg, sent)

    def _named_consultant(self, pg: _Page, sent: Sentence) -> None:
        """A consultation with a named doctor whose specialty the sentence does not give
        ("reviewed by e-consult with Dr. X", "Consulting specialist: Dr. Y"): the consultant's
        name alone, so that whether a specialist was consulted stays unknown (IP0759 1.E)
        rather than reading as no consultation. Not the prescriber, nor a consultation that is
        denied, planned, hypothetical or a relative's."""
        text = pg.text
        mine = {n.split()[-1].lower() for f in self.st.findings
                if f.field == "prescriber.name" and (n := str(f.value).strip())}
        for cue in self.lex.consult_named.finditer(text, sent.start, sent.end):
            m = _CONSULT_NAMED.match(text, cue.end(), sent.end)
            if m is None:
                continue
            a, b = m.span("a") if m.group("a") else m.span("b")
            name = text[a:b].rstrip(".")
            if name.split()[-1].lower() in mine:
                continue  # the prescriber's own name: no other clinician
            cats = set(self.ctx(pg, sent, a, b))
            if self.lex.consult_made_in.search(text, sent.start, cue.start()):
                cats.discard("planned")  # "This request is made in consultation with Dr X"
            if "hypothetical" in cats and not any(
                    t.rule.category == "hypothetical" and sent.start <= t.start and t.end <= a
                    and not (cue.start() <= t.start and t.end <= cue.end()) for t in pg.triggers):
                cats.discard("hypothetical")  # "after discussing his case with Dr X": the cue's
                # own "discussing" is the consultation, not a drug only talked about
            if {"negated", "family", "hypothetical", "planned"} & cats:
                continue
            self.emit(pg, "consultant.name", name, cue.start(), b,
                      group=self.group("consultant"))
            return

    # ---------------------------------------------------------------- condition
    def condition(self, pg: _Page, sent: Sentence, mentions: list[_Mention]) -> None:
        text, lex = pg.text, self.lex
        seg_s, seg_e = sent.start, sent.end
        conds = list(lex.condition.finditer(text, seg_s, seg_e))
        refs = conds or list(lex.condition_ref.finditer(text, seg_s, seg_e))
        # "How long present | about 3 years": a form's label asking the condition's duration
        asked = self._asked_about_condition(pg, sent) or bool(
            lex.duration_label.match(text, seg_s, seg_e)) or self._bare_duration_item(pg, sent)
        for m in conds[:2]:
            cats = self.ctx(pg, sent, m.start(), m.end(), paren_uncertain=True)
            if "family" in cats or _is_question(text, sent, m.end()):
                continue
            self.emit(pg, "condition.diagnosis", m.group(0), m.start(), m.end(),
                      context=_ctx_list(cats))
        sent_drugs = [d for d in mentions if seg_s <= d.start < seg_e]
        if not refs and not asked:
            cont = self._continued_onset(pg, sent, mentions)
            if cont is not None:  # "... f/u of hand dermatitis. She dates the onset to 2024"
                refs = [cont]
            else:  # "Her hands flare every winter. This time it started ..."
                pron = self._pronoun_condition(pg, sent, mentions)
                refs = [pron] if pron is not None else refs
        subj = _skip_subject(text, seg_s, seg_e)
        lab = re.match(r"[^\S\n]*(?:date|year|month)\s+of\s+(?=onset\b)", text[subj:seg_e], re.I)
        first_kw = lex.onset.match(text, subj + (lab.end() if lab else 0))
        if not refs and not asked and not (
                first_kw and first_kw.group(0).lower().startswith(("first", "onset"))
                and not sent_drugs) and not self._duration_after_condition(pg, sent, mentions):
            return
        first_ref = refs[0].start() if refs else seg_s
        # onset dates
        for m in lex.onset.finditer(text, seg_s, seg_e):
            pos = m.end()
            d = _date_after(text, pos, slack=2)
            named = _ONSET_OF.match(text, pos) if d is None and re.search(
                r"\bof\s*$", m.group(0), re.I) else None
            cm = named and next((c for c in (
                lex.condition.search(text, named.end(), min(seg_e, named.end() + 40)),
                lex.condition_ref.search(text, named.end(), min(seg_e, named.end() + 40)))
                if c and re.fullmatch(r"(?:[A-Za-z-]+[ \t]+){0,2}", text[named.end():c.start()])),
                None)  # "[her palmar] eczema"
            if cm:  # "Onset of hand dermatitis approx 07/2024": the date after the name
                fill = _ONSET_FILL.match(text, cm.end())
                d2 = _date_after(text, fill.end(), slack=2)
                if d2 is not None or _YEAR_ONLY.match(text, fill.end()):
                    d, pos = d2, fill.end()
            # "started the week after Thanksgiving, late November 2025": a time told by an
            # event, then restated as a date after the comma
            app = (_ONSET_APPOSITIVE_REST if re.search(
                r"\b(?:after|before|around|following)(?:\s+the)?\s*$", m.group(0), re.I)
                else _ONSET_APPOSITIVE).match(text, pos, seg_e) if m.group(0).lower().startswith(
                ("since", "start")) else None
            if d is None and (not m.group(0).lower().startswith(("since", "start")) or re.match(
                    r"[ \t]*(?:early|mid|late)(?:\s+|-(?=[A-Za-z]))(?!(?:19|20)\d\d)",
                    text[pos:seg_e], re.I) or app):
                # "first evaluated in our clinic in 2019", "first noticed ... palms on 08/20/26"
                # ("since late August 2025": the part of the month, then its date)
                for hop in _HOP.finditer(text, app.end() if app else pos, min(seg_e, pos + 90)):
                    if lex.iga.search(text, pos, hop.start()) or lex.hecsi.search(
                            text, pos, hop.start()):
                        d = None  # "Dx CHE, IGA-CHE 3 on 1/14/26": the date of the rating
                        break
                    d = _date_after(text, hop.end(), slack=2)
                    y = _YEAR_ONLY.match(text, hop.end())
                    part = re.search(r"(early|mid|late)\W*$|(first|second|third|fourth)\s+"
                                     r"(week|weekend|days|half)\s+of\s*$", hop.group(0), re.I)
                    if d is not None and part and d.date.day == 1:
                        # "mid-August 2025", "the first week of May": the latest day that part
                        # of the month may mean (an onset never reads longer than the chart says)
                        last = calendar.monthrange(d.date.year, d.date.month)[1]
                        if part.group(1):
                            day = {"early": 10, "mid": 20}.get(part.group(1).lower(), last)
                        else:
                            n = ("first", "second", "third", "fourth").index(
                                part.group(2).lower()) + 1
                            day = min(last, 15 * n if part.group(3).lower() == "half" else 7 * n)
                        d = _DateHit(d.date.replace(day=day), d.end)
                    if d is not None or y:
                        pos = hop.end()
                        break
            if d is None and m.group(0).lower().startswith("since"):
                # "since she started nursing school in fall 2019": an event, then its date
                ev = _SINCE_EVENT.match(text, pos, min(seg_e, pos + 80))
                if ev:
                    d2 = _date_after(text, ev.end(), slack=2)
                    if d2 is not None and ev.group("after"):
                        prec = find_dates(text[ev.end():d2.end])
                        prec = prec[0].precision if prec else "day"
                        last = d2.date
                        if prec == "season":  # its last day (a season spans three months)
                            m3 = (d2.date.month + 1) % 12 + 1
                            y3 = d2.date.year + (d2.date.month + 2 > 12)
                            last = dt.date(y3, m3, 1) + dt.timedelta(days=calendar.monthrange(
                                y3, m3)[1] - 1)
                        elif prec == "month":
                            last = d2.date.replace(day=calendar.monthrange(
                                d2.date.year, d2.date.month)[1])
                        d2 = _DateHit(last, d2.end)
                    if d2 is not None:
                        d = d2
                    elif _YEAR_ONLY.match(text, ev.end()):
                        pos = ev.end()
            date = d.date if d else None
            end = d.end if d else None
            at_latest = False
            if d is None:
                y = _YEAR_ONLY.match(text, pos)
                if y is None:  # "since freshman year (approx. 2022)": a parenthetical date
                    par = _PAREN_DATE.match(text, pos)
                    if par:
                        d = _date_after(text, par.end(), slack=0)
                        y = None if d else _YEAR_ONLY.match(text, par.end())
                        if d:
                            date, end = d.date, d.end
                if y and (not m.group(0).lower().startswith("start") or not sent_drugs):
                    # a year alone ("since 2024", "late 2025") dates the onset no later than
                    # the end of that part of the year: it proves a long history, never a short
                    date, end = _year_end(y), y.end()
                    at_latest = True
            if date is None or end is None or end > seg_e:
                continue
            if any(m.start() <= x.start < end for x in sent_drugs):
                continue
            if re.match(r"\s*(?:the\s+|her\s+|his\s+|our\s+)?(?:last|prior|previous|recent|most\s+"
                        r"recent)\s+(?:visit|appointment|appt|encounter|f/?u|follow[- ]?up)",
                        text[m.start() + 5:m.end() + 40]
                        if m.group(0).lower().startswith("since") else "", re.I):
                continue  # "since last visit (08/03/2026)": a time since a visit, not the onset
            if m.group(0).lower().startswith("since") and lex.status_since.search(
                    text, max(seg_s, m.start() - 40), m.start()):
                continue  # "hands unchanged since March": how long a state held, not the onset
            if m.group(0).lower().startswith(("start", "began", "begun")) and any(
                    x.start < m.start() for x in sent_drugs):
                continue  # "Opzelura ..., started 10/2026": the drug started, not the disease
            if m.group(0).lower().startswith("since") and self._drug_since(
                    text, seg_s, m.start(), refs, sent_drugs):
                continue  # "on clobetasol BID to palms since 3/30": the drug's start
            if self._care_relation_before(text, seg_s, m.start()):
                continue  # "established pt of practice since 2019": the care, not the disease
            # (the patient returning to clinic, "returns for hand eczema", is no recurrence)
            clause = lex.return_visit.sub(lambda r: " " * len(r.group(0)),
                                          text[seg_s:m.start()])
            # "first episode of hand dermatitis - onset ...": the first presentation's start is
            # the condition's onset, not a recurrence window
            clause = lex.initial_episode.sub(lambda r: " " * len(r.group(0)), clause)[-40:]
            # only this clause: "flares since childhood, and since 2022 ... continuously"
            clause = re.split(r"[;,]\s*(?:and|but)\b|;", clause)[-1]
            if lex.recur_verb.search(clause) or lex.flare.search(clause):
                continue  # "recurred twice since March": a recurrence window, not the onset
            if self._recurrence_history(pg, sent, m.start(), end, refs):
                continue  # "since 2019 her hands have flared again and again"
            if self._other_site_only(text, seg_s, seg_e):
                continue  # "eczema on the neck since 2010": another site's history
            cats = self.ctx(pg, sent, m.start(), end, paren_uncertain=True)
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            if refs and not _near_ref(refs, m.start(), end, 120):
                continue
            f = self.emit(pg, "condition.onset_date", date, m.start(), end,
                          context=_ctx_list(cats))
            if f is not None and at_latest:
                f.flags.append(AT_LATEST)
        self._onset_after_event(pg, sent)
        self._timeline_onset(pg, sent, refs, sent_drugs)
        # "Hand eczema since childhood; present continuously since last spring": the clause
        # after the semicolon continues the condition's sentence
        self._vague_history(pg, sent, refs, sent_drugs, continued=not refs and bool(
            self._duration_after_condition(pg, sent, mentions)), asked=asked)
        # durations
        for d in find_durations(text[seg_s:seg_e]):
            s, e = d.start + seg_s, d.end + seg_s
            before = text[max(seg_s, s - 25):s]
            after = text[e:min(seg_e, e + 20)]
            of_signs = self._duration_of_signs(pg, e, seg_e, sent_drugs)
            if _FUTURE_DUR.search(before) or (re.match(r"\s*(?:of|on)\b", after)
                                              and not of_signs):
                continue
            if re.match(r"\s*(?:course|trial|supply|tube|refill)", after, re.I) or \
                    self.lex.window_after.match(text, e):
                continue
            if re.match(r"\s*(?:after|before|later|earlier|prior\s+to|following|into)\b",
                        after, re.I):
                continue  # "began four weeks after stopping": when, not how long
            prev_drug = max((x.end for x in sent_drugs if x.end <= s), default=-1)
            # "apply to hands": the site a drug is applied to, not the condition's name
            prev_ref = max((r.end() for r in refs if r.end() <= s and not (sent_drugs and re.search(
                r"\b(?:to|on|onto|over)\s+(?:the\s+|both\s+|her\s+|his\s+|their\s+)?$",
                text[max(seg_s, r.start() - 12):r.start()], re.I))), default=-1)
            next_ref = min((r.start() for r in refs if r.start() >= e), default=10**9)
            ago = re.match(r"\s*ago\b", after)
            if prev_drug > prev_ref and next_ref - e > 40:
                continue  # the duration belongs to a drug course
            lo_w, hi_w = max(seg_s, s - 40), min(seg_e, e + 25)
            if (lex.daily.search(text, lo_w, hi_w) or lex.prn.search(text, lo_w, hi_w)
                    or _APPLIED.search(text, lo_w, hi_w)) and prev_ref < max(
                        (x.end() for x in _APPLIED.finditer(text, lo_w, s)), default=-1):
                continue  # a clause about applying a treatment
            if (lex.daily.search(text, lo_w, hi_w) or lex.prn.search(text, lo_w, hi_w)) and \
                    prev_ref < 0:
                continue
            if prev_ref < 0 and _APPLIED.search(text, seg_s, s) and (
                    lex.daily.search(text, seg_s, s) or lex.prn.search(text, seg_s, s)):
                continue  # "She used it every day from 1/6 until ... (about 7 weeks)": the use's
            if _WINDOW_BEFORE.search(before):
                continue  # "in the past 12 months": a window, not how long it has lasted
            labelled = re.search(r"[:\-–]\s*$", before) and lex.condition_ref.search(before)
            # right after the condition's name: "Hand eczema 9 months, never cleared"
            # (its diagnosis code between: "chronic hand eczema (L30.8) - 3+ years")
            adjacent = prev_ref >= 0 and re.fullmatch(
                r"[\s,:\-–(]*(?:\(\s*[A-TV-Z]\d\d(?:\.\w{1,4})?\s*\)[\s,:\-–]*)?", text[prev_ref:s])
            # the answer opening its line under a form's duration label ("2 years, continuous")
            answer = asked and not text[seg_s:s].strip()
            if not (_DUR_CONDITION_BEFORE.search(before) or ago or text[s] in "xX×" or labelled
                    or adjacent or of_signs or answer or re.match(
                    r"[\s-]*(?:history|hx|duration)", after, re.I)):
                continue
            if prev_ref < 0 and next_ref - e > 60 and first_ref > s and not asked:
                continue
            if re.search(r"(?:\[\s*\]|☐|□)[^\n]*$", text[_line_start(text, s):s]):
                continue  # "☐ CHE present > 3 months": a form's unchecked option, not a fact
            if self._recurrence_history(pg, sent, s, e, refs):
                continue  # "the pattern of repeated relapse over six years"
            if self._other_site_only(text, seg_s, seg_e):
                continue  # "facial eczema for 10 years": another site's history
            cats = self.ctx(pg, sent, s, e, paren_uncertain=True)
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            qs = max(seg_s, s - 12) if not before.strip() else s
            # "present for more than 3 months", "> 3 mo": strictly longer than the number
            exceeds = re.search(r"(?:" + lex.exceeds.pattern + r")[\s~]*$", before)
            if exceeds:
                qs = min(qs, s - len(before) + exceeds.start())
            f = self.emit(pg, "condition.duration_days", d.days, _word_start(text, qs),
                          e + (ago.end() if ago else 0), context=_ctx_list(cats))
            if f is not None and exceeds:
                f.flags.append(EXCEEDS)

    def _onset_after_event(self, pg: _Page, sent: Sentence) -> None:
        """An onset tied to an event the sentence before dates: "He started a warehouse job in
        March 2024. The rash began within a few weeks of starting that job": the onset is the
        event's date (for "early/mid/late <month>" the latest day that part may mean). Only a
        short lag (days, a few weeks, "soon after") is taken; the onset may then read up to
        that lag early."""
        text = pg.text
        if any(f.field == "condition.onset_date" and f.file == pg.doc.file
               and f.page == pg.page.number and sent.start <= f.char_end
               and f.char_start < sent.end for f in self.st.findings):
            return
        m = _EVENT_ONSET.search(text, sent.start, sent.end)
        if m is None or not _short_lag(m.group("lag"), m.group("rel")):
            return
        i = _sentence_index(pg, sent.start)
        if i <= 0:
            return
        prev = pg.sentences[i - 1]
        ev = re.compile(_EVENT_START + r"(?:[\w'-]+\s+){0,3}?" + re.escape(m.group("noun"))
                        + r"s?\b", re.I).search(text, prev.start, prev.end)
        if ev is None or find_dates(text[sent.start:m.start()]):
            return
        for hop in _HOP.finditer(text, ev.end(), min(prev.end, ev.end() + 60)):
            d = _date_after(text, hop.end(), slack=2)
            if d is None:
                y = _YEAR_ONLY.match(text, hop.end())
                if y is None:
                    continue
                d = _DateHit(_year_end(y), y.end())
            part = re.search(r"(early|mid|late)\W*$", hop.group(0), re.I)
            if d.date.day == 1 and any(x.precision == "month"
                                       for x in find_dates(text[hop.end():d.end])):
                # a month alone: its latest day that part may mean (never read too long)
                last = calendar.monthrange(d.date.year, d.date.month)[1]
                day = {"early": 10, "mid": 20}.get(part.group(1).lower(), last) if part else last
                d = _DateHit(d.date.replace(day=day), d.end)
            cats = self.ctx(pg, sent, m.start(), m.end())
            if {"family", "hypothetical", "negated"} & set(cats):
                return
            self.emit(pg, "condition.onset_date", d.date, ev.start(), m.end(),
                      context=_ctx_list(cats))
            return

    def _recurrence_history(self, pg: _Page, sent: Sentence, s: int, e: int, refs) -> bool:
        """Does the onset or length at ``s:e`` date a repeated flaring pattern in its clause
        ("since she started there in 2019 her hands have flared again and again", "repeated
        relapse over six years") rather than the eczema's presence? Not when the condition's
        name stands right before it ("hand eczema since 2019, with recurrent flares")."""
        text = pg.text
        cs = max(sent.start, s - 60)
        cs += max((x.end() for x in re.finditer(r"[;.]|,\s*(?:and|but)\b", text[cs:s])), default=0)
        ce = min(sent.end, e + 60)
        cut = re.search(r"[;.]|,\s*(?:and|but)\b", text[e:ce])
        ce = e + cut.start() if cut else ce
        if not self.lex.recurrence_pattern.search(text, cs, ce) or (
                self.lex.recurrence_continuous.search(text, cs, ce)):
            return False
        # ("hand eczema for two years, on and off": the name, then "for"/"x" and its length;
        # "hand rash on and off since 2021": the name, its pattern, then the onset)
        return not any(re.fullmatch(r"[\s,:\-–(]*(?:present|ongoing|active)?[\s,]*"
                                    r"(?:(?:on and off|off and on|on/off)[\s,]*)?"
                                    r"(?:(?:for|x|×)(?:\s+(?:the\s+)?(?:past|last))?\s*)?",
                                    text[r.end():s], re.I) for r in refs if r.end() <= s)

    def _duration_of_signs(self, pg: _Page, e: int, seg_e: int, sent_drugs: list) -> bool:
        """"two years of thickened, cracked skin on both palms", "8 months of itching and
        splitting": a duration followed by "of" and the condition's signs (symptom_words) within
        the clause, with no drug or application word before them."""
        text, lex = pg.text, self.lex
        m = re.match(r"\s*of\s+", text[e:seg_e])
        if not m:
            return False
        lo = e + m.end()
        hi = min(seg_e, lo + 60)
        cut = re.search(r"[.;:]", text[lo:hi])
        hi = lo + cut.start() if cut else hi
        sign = lex.symptom.search(text, lo, hi)
        if sign is None or re.search(r"\S", text[lo:sign.start()]) and len(
                text[lo:sign.start()].split()) > 3:
            return False
        if any(e <= x.start < hi for x in sent_drugs):
            return False
        return not (_APPLIED.search(text, lo, sign.start()) or lex.daily.search(text, lo, hi)
                    or lex.prn.search(text, lo, hi))

    def _pronoun_condition(self, pg: _Page, sent: Sentence, mentions: list[_Mention]):
        """The pronoun opening ``sent`` ("This time it started ...") when the sentence before,
        in the same section, names the condition or its site and neither names a drug: the
        match, read as the sentence's reference to the condition; else None."""
        text, lex = pg.text, self.lex
        i = _sentence_index(pg, sent.start)
        if i <= 0:
            return None
        prev = pg.sentences[i - 1]
        if prev.section.name != sent.section.name or any(
                prev.start <= x.start < sent.end for x in mentions):
            return None
        if not (lex.condition.search(text, prev.start, prev.end)
                or lex.condition_ref.search(text, prev.start, prev.end)):
            return None
        m = lex.condition_pronoun.match(text, sent.start, sent.end)
        return m

    def _continued_onset(self, pg: _Page, sent: Sentence, mentions: list[_Mention]):
        """An onset word that names the disease's start by itself ("She dates the onset to
        the spring of 2024", "Dx'd 2024, constant since last spring") in a sentence right after
        one naming the condition, with no drug in either: the match, read as the sentence's
        reference to the condition; else None."""
        text, lex = pg.text, self.lex
        i = _sentence_index(pg, sent.start)
        if i <= 0:
            return None
        prev = pg.sentences[i - 1]
        if prev.section is not sent.section and prev.section.name != sent.section.name:
            return None
        if any(prev.start <= x.start < sent.end for x in mentions):
            return None
        if not lex.condition.search(text, prev.start, prev.end):
            return None
        m = lex.onset_subjectless.match(text, sent.start, sent.end)
        if m is not None:  # "... hand dermatitis. Started in the summer of 2024 after ..."
            return m
        for m in lex.onset_continued.finditer(text, sent.start, sent.end):
            if re.match(r"\s*(?:with|of|as|for)\b", text[m.end():sent.end], re.I):
                continue  # "diagnosed with asthma", "onset of menopause": something else
            return m
        return None

    def _duration_after_condition(self, pg: _Page, sent: Sentence,
                                  mentions: list[_Mention]) -> bool:
        """"Duration approx 10 months." right after a sentence naming the condition, or a
        clause continuing one after a semicolon ("...; present continuously since 3/2025")."""
        text, lex = pg.text, self.lex
        label = _DURATION_LABEL.match(text, sent.start, sent.end)
        i = _sentence_index(pg, sent.start)
        if i <= 0 or any(sent.start <= x.start < sent.end for x in mentions):
            return False
        prev = pg.sentences[i - 1]
        cont = (re.match(r"\s*[a-z]", text[sent.start:sent.end])
                and text[prev.start:prev.end].rstrip().endswith(";") or re.fullmatch(
                    r"[^\S\n]*;[^\S\n]*", text[prev.end:sent.start]))
        fragment = lex.condition_fragment.match(text, sent.start, sent.end)
        if not label and not cont and not fragment:
            return False
        if any(prev.start <= x.start < prev.end for x in mentions):
            return False
        return bool(lex.condition.search(text, prev.start, prev.end) or ((cont or fragment) and (
            lex.condition_ref.search(text, prev.start, prev.end)
            or lex.flare.search(text, prev.start, prev.end))) or (label and (
                # "IGA-CHE 3 (moderate). Duration ~9 mo": the hand eczema's score names it
                lex.iga.search(text, prev.start, prev.end)
                or lex.hecsi.search(text, prev.start, prev.end))))

    def _other_site_only(self, text: str, lo: int, hi: int) -> bool:
        """Does ``text[lo:hi]`` (a sentence) name a body site other than the hands
        (severity_other_sites: "neck", "face", "legs") and nothing of the hands
        (hand_site_words)? Then a history length or onset in it ("eczema from infancy in the
        elbow folds and on the neck") dates that site's eczema, not the hand eczema."""
        return bool(self.lex.other_site.search(text, lo, hi)) and not \
            self.lex.hand_site.search(text, lo, hi)

    @staticmethod
    def _drug_since(text: str, seg_s: int, pos: int, refs, sent_drugs) -> bool:
        """Does a drug named earlier in the clause own the "since" at ``pos``? ("has been on
        clobetasol ointment BID to the palms since 3/30/26": the drug's start.) Only when no
        mention of the condition stands between the drug and "since" other than the site the
        drug is applied to ("to palms"); "on dupilumab, hand eczema since 2024" keeps it."""
        drug = max((x.end for x in sent_drugs if seg_s <= x.end <= pos), default=-1)
        if drug < 0 or re.search(r"[;\n]|\.\s", text[drug:pos]):  # (not "0.05%")
            return False
        site = re.compile(r"\b(?:to|on|onto|over)\s+(?:the\s+|both\s+|her\s+|his\s+|their\s+)?$",
                          re.I)
        return not any(drug <= r.start() < pos and not site.search(
            text[max(seg_s, r.start() - 12):r.start()]) for r in refs)

    def _care_relation_before(self, text: str, seg_s: int, pos: int) -> bool:
        """Does a care relationship ("established pt of practice", "followed in our clinic",
        "known to this practice": care_relationship) end right before ``pos``, in its clause
        and with no mention of the condition between? Then the date or duration at ``pos``
        dates the relationship, not the condition ("my patient has had CHE since 2019" is the
        condition's)."""
        lo = max(seg_s, pos - 100)
        cut = max(text.rfind(c, lo, pos) for c in ".;\n")
        lo = max(lo, cut + 1)
        rel = self.lex.care_relation.search(text, lo, pos)
        if rel is None:
            return False
        fr = re.match(r"[^;\n]{0,25}?\bfor\s+(?:(?:her|his|their|the|this|a)\s+)?", text[pos:pos + 60],
                      re.I)
        if fr and self.lex.condition.match(text, pos + fr.end()):
            return False  # "followed here since 2023 for hand eczema": the eczema's care dates it
        if any(re.fullmatch(r"[ \t]*[:,–—-][ \t]*", text[c.end():rel.start()])
               for rx in (self.lex.condition, self.lex.condition_ref)
               for c in rx.finditer(text, lo, rel.start())):
            return False  # "Hand eczema: followed here since 2023": the condition is followed
        gap = text[rel.start():pos]
        return not (self.lex.condition.search(gap) or self.lex.condition_ref.search(gap))

    def _timeline_onset(self, pg: _Page, sent: Sentence, refs: list, sent_drugs: list) -> None:
        """A dated timeline entry telling the condition's first appearance ("- 2022: hand
        dermatitis first noted", "04/2021 - palmar eczema diagnosed"): the entry's date is the
        onset (a year alone: at the latest that year's end). Not when the cue has its own date,
        names a drug, or is negated, hypothetical or a relative's."""
        text, lex = pg.text, self.lex
        if not refs or sent_drugs:
            return
        head = re.compile(r"[ \t]*(?:[-*•][ \t]*)?").match(text, sent.start, sent.end).end()
        ds = find_dates(text[head:sent.end])
        y = _YEAR_ONLY.match(text, head, sent.end)
        d = ds[0] if ds and ds[0].start == 0 else None
        if d is None and y is None:
            return
        end = head + d.end if d is not None else y.end()
        sep = re.compile(r"[ \t]*[:\-–—][ \t]+").match(text, end, sent.end)
        if sep is None or not any(sep.end() <= r.start() <= sep.end() + 30 for r in refs):
            return
        cue = next((c for c in lex.onset.finditer(text, sep.end(), sent.end)
                    if not c.group(0).lower().startswith(("since", "present since"))), None)
        if cue is None or find_dates(text[cue.end():sent.end]) or _YEAR_ONLY.search(
                text, cue.end(), sent.end):
            return
        if self._other_site_only(text, sent.start, sent.end):
            return
        cats = self.ctx(pg, sent, head, cue.end(), paren_uncertain=True)
        if {"family", "hypothetical", "negated"} & set(cats):
            return
        date = d.date if d is not None else _year_end(y)
        f = self.emit(pg, "condition.onset_date", date, head, cue.end(), context=_ctx_list(cats))
        if f is not None and d is None:
            f.flags.append(AT_LATEST)

    def _vague_history(self, pg: _Page, sent: Sentence, refs: list, sent_drugs: list,
                       continued: bool = False, asked: bool = False) -> None:
        """"for several years", "since childhood" (long_duration_phrases) and "since last
        winter" (dated from this document's date of service) about the condition. In the
        answer to a form question about the condition's duration (``asked``), a vague length
        opening the answer is the condition's ("YES, SEVERAL YEARS")."""
        text, lex = pg.text, self.lex
        seg_s, seg_e = sent.start, sent.end
        if not (refs or continued or asked) or (lex.flare.search(text, seg_s, seg_e) and
                                                 not lex.recurrence_continuous.search(text, seg_s, seg_e)):
            # (a continued clause names no condition: only "since last spring" is read; flares
            # told in it make its length theirs, unless it never clears: "flares but never
            # fully clears" is the eczema's presence all along)
            return
        for age, a, b in onset_age(lex, text, seg_s, seg_e):  # "since 8th grade", "since age 30"
            if any(abs(x.start - a) < 40 for x in sent_drugs) or not _near_ref(refs, a, b, 80):
                continue
            if self._other_site_only(text, seg_s, seg_e):
                continue  # "scalp dermatitis since age 12": another site's onset
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if not {"family", "hypothetical", "negated"} & set(cats):
                self.emit(pg, "condition.onset_age", age, a, b, context=_ctx_list(cats))
        for rx, days in lex.long_durations:
            for m in rx.finditer(text, seg_s, seg_e):
                if any(abs(x.start - m.start()) < 40 for x in sent_drugs):
                    continue  # "used clobetasol for years": a drug's history
                if self._care_relation_before(text, seg_s, m.start()):
                    continue  # "a patient of mine for many years": the care, not the disease
                if not _near_ref(refs, m.start(), m.end(), 80) and not (asked and re.fullmatch(
                        r"[\s,:;.-]*(?:yes\b[\s,:;.-]*)?", text[seg_s:m.start()], re.I)):
                    continue
                if self._recurrence_history(pg, sent, m.start(), m.end(), refs):
                    continue  # "on and off for a few years - it comes and goes": flares
                if self._other_site_only(text, seg_s, seg_e):
                    continue  # "eczema from infancy in the knee folds and on the neck"
                cats = self.ctx(pg, sent, m.start(), m.end(), paren_uncertain=True)
                if {"family", "hypothetical", "negated"} & set(cats):
                    continue
                f = self.emit(pg, "condition.duration_days", days, m.start(), m.end(),
                              context=_ctx_list(cats))
                if f is not None:
                    f.flags.append(VAGUE)
        for d in find_dates(text[seg_s:seg_e]):  # "hand eczema 06/2024 - present"
            a, b = d.start + seg_s, d.end + seg_s
            tail = re.match(r"\s*(?:-|–|—|to|through|thru)\s*(?:present|now|current|date|today)\b",
                            text[b:seg_e], re.I)
            if not tail or any(abs(x.start - a) < 50 for x in sent_drugs):
                continue
            if not _near_ref(refs, a, b, 60):
                continue
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if not {"family", "hypothetical", "negated"} & set(cats):
                self.emit(pg, "condition.onset_date", d.date, a, b + tail.end(),
                          context=_ctx_list(cats))
        unsure = lex.onset_guess_unsure.search(text, seg_s, seg_e)
        for m in lex.relative_season.finditer(text, seg_s, seg_e):
            ref = self._visit_date(pg, m.start())
            if ref is None or any(abs(x.start - m.start()) < 40 for x in sent_drugs):
                continue
            if unsure or lex.onset_guess_hedge.search(text, max(seg_s, m.start() - 30), m.start()):
                continue  # "maybe since the winter", "vague about when it began": a guess
            if lex.status_since.search(text, max(seg_s, m.start() - 40), m.start()):
                continue  # "hands unchanged since March": how long a state held, not the onset
            if m.group("season"):
                month = SEASONS[m.group("season").lower()]
                last = bool(m.group("last")) and m.group("last").lower() != "the"
            else:  # "since Oct": the latest October before the note
                month = MONTHS[m.group("month").lower()]
                last = False
            year = ref.year
            # "last summer" is the most recent summer already over; "since spring" the latest
            while dt.date(year, month, 1) > ref or (
                    last and dt.date(year, month, 1) + dt.timedelta(days=90) > ref):
                year -= 1
            cats = self.ctx(pg, sent, m.start(), m.end(), paren_uncertain=True)
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            day = 1
            if m.group("part") and m.group("month"):  # "since late January": its latest day
                day = {"early": 10, "mid": 20}.get(m.group("part").lower(),
                                                    calendar.monthrange(year, month)[1])
            self.emit(pg, "condition.onset_date", dt.date(year, month, day), m.start(), m.end(),
                      context=_ctx_list(cats))

    @staticmethod
    def _visit_heading(pg: _Page, pos: int) -> tuple[dt.date, int, int] | None:
        """The date heading the visit ``pos`` is in (the nearest line above that starts with a
        date: "# 01-15-2026 OV", "Visit 3/2/26:"), with where the page states it."""
        text = pg.text
        end = pos
        while end > 0:
            start = text.rfind("\n", 0, end - 1) + 1
            line = text[start:end]
            ds = find_dates(line[:60])
            if ds and _VISIT_PREFIX.fullmatch(line[:ds[0].start]) and ds[0].date.year >= 2000 \
                    and ds[0].precision == "day":  # a visit has a day ("- 10/2024 (outside
                # derm): ..." is a line of a history list, not a visit heading)
                return ds[0].date, start + ds[0].start, start + ds[0].end
            end = start - 1 if start > 0 else 0
        return None

    def _visit_date(self, pg: _Page, pos: int) -> dt.date | None:
        """The date of the visit ``pos`` is in, else the document's date of service."""
        head = self._visit_heading(pg, pos)
        return head[0] if head else self._doc_date(pg)

    def _visit_date_span(self, pg: _Page, pos: int) -> tuple[dt.date, int, int] | None:
        """The date of the visit ``pos`` is in, with where this page states it (a heading line
        that starts with a date, else this page's date of service); None when not on it."""
        head = self._visit_heading(pg, pos)
        if head:
            return head
        dos = [f for f in self.st.findings if f.field == "request.date_of_service"
               and f.file == pg.doc.file and f.page == pg.page.number
               and f.char_start is not None and f.char_start < pos]
        if not dos:
            return None
        f = max(dos, key=lambda x: x.value)
        return f.value, f.char_start, f.char_end

    def _doc_date(self, pg: _Page) -> dt.date | None:
        """The latest date of service found so far in this document."""
        ds = [f.value for f in self.st.findings
              if f.field == "request.date_of_service" and f.file == pg.doc.file]
        return max(ds) if ds else None

    def _bare_duration_item(self, pg: _Page, sent: Sentence) -> bool:
        """A form's bare "Duration:" item naming no drug ("1. Diagnosis: chronic hand eczema
        ... 3. Duration: approx. 2 years"): it asks how long the condition has lasted when the
        nearest line above it that names a drug or the diagnosis names the diagnosis (under a
        drug it is that course's length)."""
        text, lex = pg.text, self.lex
        if not lex.bare_duration_label.match(text, sent.start, sent.end) or \
                lex.drugs.search(text, sent.start, sent.end):
            return False
        end = _line_start(text, sent.start)
        for _ in range(8):  # the lines above, nearest first
            if end <= 0:
                break
            start = _line_start(text, end - 1)
            if lex.drugs.search(text, start, end):
                return False
            if lex.condition.search(text, start, end):
                return True
            end = start
        return False

    def _asked_about_condition(self, pg: _Page, sent: Sentence) -> bool:
        """Is this sentence the answer to a form question about the condition?"""
        i = _sentence_index(pg, sent.start)
        for k in (i - 1, i - 2):
            if k < 0:
                break
            prev = pg.sentences[k]
            seg = pg.text[prev.start:prev.end]
            if prev.section is not sent.section and prev.section.name != sent.section.name:
                break
            if k == i - 1 and self._unanswered_duration_label(pg, prev):
                return True  # "Duration ........" / "Q. Duration?", answered on the next line
            # (a question may end in a dot leader: "PRESENT > 3 MONTHS? ........")
            if re.sub(r"[\s.…]+$", "", seg).endswith("?"):
                return bool(self.lex.condition_ref.search(seg) or self.lex.condition.search(seg)
                            or (self.lex.duration_question.search(seg)
                                and not self.lex.drugs.search(seg)))
        return False

    def _unanswered_duration_label(self, pg: _Page, sent: Sentence) -> bool:
        """Is ``sent`` a form's duration label with its answer left for the next line: "How
        long present:", or a bare "Duration ........" / "Q. Duration?" under the diagnosis item
        (``_bare_duration_item``)? Only its last line is read (the label may end a sentence
        that began on the diagnosis line)."""
        text, lex = pg.text, self.lex
        end = len(text[:sent.end].rstrip())
        line = Sentence(max(sent.start, _line_start(text, end - 1)), sent.end, sent.section)
        m = lex.duration_label.match(text, line.start, line.end)
        if m is None:
            m = lex.bare_duration_label.match(text, line.start, line.end)
            if m is None or not self._bare_duration_item(pg, line):
                return False
        return not re.search(r"[^\s.:?…–-]", text[m.end():line.end])

    def recurrences(self, pg: _Page, sent: Sentence) -> None:
        text, lex = pg.text, self.lex
        seg = text[sent.start:sent.end]
        if not (lex.flare.search(seg) or lex.recur_verb.search(seg)
                or lex.first_episode.search(seg) or lex.ordinal_return.search(seg)):
            return
        win = lex.window12.search(seg)
        counts: list[tuple[int, int, int]] = []
        nums = "|".join(sorted(map(re.escape, lex.number_words), key=len, reverse=True))
        for m in re.finditer(r"(?<![\w.])(?P<n>\d{1,2}|" + nums + r")\s+(?:\w+\s+){0,2}?(?="
                             + lex.flare.pattern + ")", seg, re.I):
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else lex.number_words.get(raw)
            fm = lex.flare.match(seg, m.end())
            if n and fm and raw not in ("a", "an"):
                counts.append((m.start(), fm.end(), n))
        cw = "|".join(sorted(map(re.escape, lex.count_words), key=len, reverse=True))
        for m in re.finditer(lex.recur_verb.pattern + r"\s+(?:\w+\s+){0,2}?(?P<c>" + cw
                             + r"|\d+\s*(?:times|x))(?!\w)", seg, re.I):
            raw = m.group("c").lower()
            n = lex.count_words.get(raw) or int(re.match(r"\d+", raw).group(0))
            counts.append((m.start(), m.end(), n))
        for m in re.finditer(lex.flare.pattern + r"\s*(?:x|×|:|=)\s*(?P<n>\d{1,2})\b", seg,
                             re.I):
            counts.append((m.start(), m.end(), int(m.group("n"))))
        if lex.ordinal_words:  # "3rd episode in a year": two returns after the first
            ords = "|".join(sorted(map(re.escape, lex.ordinal_words), key=len, reverse=True))
            for m in re.finditer(r"(?<![\w.])(?P<o>" + ords + r")\s+(?:\w+\s+){0,2}?(?="
                                 + lex.flare.pattern + "|" + lex.ordinal_return.pattern + ")",
                                 seg, re.I):
                # "third recurrence": the returns themselves (N), "3rd episode": N - 1
                rm = lex.ordinal_return.match(seg, m.end())
                fm = rm or lex.flare.match(seg, m.end())
                if fm:
                    counts.append((m.start(), fm.end(),
                                   lex.ordinal_words[m.group("o").lower()] - (0 if rm else 1)))
        fe = lex.first_episode.search(seg)
        dated = fe and _DATED_AFTER.match(seg, fe.end())
        led = fe and _DATED_BEFORE.search(text, 0, sent.start + fe.start())
        if led and sent.start < led.start() and _WRAPPED_BEFORE.search(
                text, max(sent.start, led.start() - 30), led.start()):
            led = None  # "began around\n8/10/2026 - first time ...": a clause wrapped at its date
        if led:
            fe = None  # "Feb 2025: first ever outbreak": a timeline's past first episode
        elif dated and not any(d.start == 0 for d in find_durations(seg[dated.start("d"):])):
            # "first outbreak Summer 2025", "first episode of hand eczema Nov 2024": dates a
            # past first episode, not this one ("new onset 3 wks ago" is this one)
            fe = None
        if fe and not counts and not lex.recur_verb.search(seg):
            a, b = fe.start() + sent.start, fe.end() + sent.start
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if not {"family", "hypothetical"} & set(cats):
                self.emit(pg, "condition.recurrences_12mo", 0, a, b)
        self._flare_dates(pg, sent)
        if not counts or not win:
            return
        for s, e, n in counts[:1]:
            a, b = s + sent.start, e + sent.start
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            ws, we = win.start() + sent.start, win.end() + sent.start
            qs, qe = min(a, ws), max(b, we)
            if qe - qs > 160:
                qs, qe = a, b
            cats.pop("historical", None)  # the count's window ("past 12 months") dates it
            self.emit(pg, "condition.recurrences_12mo", n, qs, qe, context=_ctx_list(cats))

    def _flare_dates(self, pg: _Page, sent: Sentence) -> None:
        """Dates of flares: a date shortly after a flare/recurrence word, and the dates that
        continue a list after it ("flares: 01/2026, 05/2026 and 09/2026")."""
        text, lex = pg.text, self.lex
        seg = text[sent.start:sent.end]
        cats = self.ctx(pg, sent, sent.start, sent.end, paren_uncertain=True)
        if {"family", "hypothetical"} & set(cats):
            return
        prev_end = None
        for d in find_dates(seg):
            a = d.start + sent.start
            before = seg[max(0, d.start - 40):d.start]
            chained = prev_end is not None and re.fullmatch(
                r"[\s,;/]*(?:(?:and|&)(?:\s+again)?(?:\s+(?:in|on))?)?[\s,;]*", seg[prev_end:d.start])
            if chained:
                self.emit(pg, "condition.flare_date", d.date, a, d.end + sent.start)
                prev_end = d.end
                continue
            prev_end = None
            if lex.flare.search(before) or lex.recur_verb.search(before):
                if lex.onset.search(before[-15:]) and not lex.recur_verb.search(before):
                    continue
                fs = max(sent.start, a - 40)
                ini = list(lex.initial_episode.finditer(before))
                if ini and not lex.recur_verb.search(before, ini[-1].end()) and re.fullmatch(
                        r"[\s:,\-–(]*(?:of\s+(?:[\w-]+\s+){0,4}?)?"
                        r"(?:(?:was|in|on|of|around|about|approx\.?|~)[\s:,]*)*",
                        before[ini[-1].end():]):
                    # "initial episode 6/2024, cleared; recurred ...": the first presentation,
                    # not a recurrence (and not how long the current episode has lasted)
                    continue
                self.emit(pg, "condition.flare_date", d.date, _word_start(text, fs),
                          d.end + sent.start)
                prev_end = d.end

    # ---------------------------------------------------------------- severity
    def severity(self, pg: _Page, sent: Sentence) -> None:
        text, lex = pg.text, self.lex
        seg_s, seg_e = sent.start, sent.end
        seg = text[seg_s:seg_e]
        for m in lex.severity_ungraded.finditer(seg):
            cats = self.ctx(pg, sent, m.start() + seg_s, m.end() + seg_s)
            if not {"family", "hypothetical", "historical"} & set(cats):
                self.st.ungraded.add(pg.doc.file)  # "IGA-CHE not scored today"
                head = self._visit_heading(pg, m.start() + seg_s)
                was = self.st.ungraded_visits.get(pg.doc.file)
                if head and (was is None or head[0] > was):
                    self.st.ungraded_visits[pg.doc.file] = head[0]
        iga_dated: list[tuple[int, list[str]]] = []  # (start, context) of each IGA-CHE rating
        for m in lex.iga.finditer(seg):
            if self.lex.goal.search(seg[max(0, m.start() - 30):m.start()]):
                continue
            a, b = m.start() + seg_s, m.end() + seg_s
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            tail = re.match(r"\s*(?:\(\s*\w+\s*\)|=\s*\w+)", text[b:seg_e])
            when = self._earlier_rating(pg, sent, a, m.start("n") + seg_s)
            if lex.severity_earlier.search(text, a, m.start("n") + seg_s):
                when = ["historical"]  # "IGA-CHE at her intake visit was 4"
            iga_dated.append((a, when))
            self.emit(pg, "severity.iga_che", int(score_value(m.group("n"))), a,
                      b + (tail.end() if tail else 0), context=when)
        for m in lex.hecsi.finditer(seg):
            if self.lex.goal.search(seg[max(0, m.start() - 30):m.start()]):
                continue
            v = score_value(m.group("n"))
            if v <= 360:
                when = self._earlier_rating(pg, sent, m.start() + seg_s, m.start("n") + seg_s)
                if lex.severity_earlier.search(text, m.start() + seg_s, m.start("n") + seg_s):
                    when = ["historical"]  # "HECSI at the baseline visit: 52"
                self.emit(pg, "severity.hecsi", v, m.start() + seg_s, m.end() + seg_s,
                          context=when)
        # a label/trial sentence ("indicated for moderate to severe CHE"): the blocking words
        # come before the severity word ("moderate, inadequate response to a 7 week trial of
        # mometasone" is still a rating)
        block = lex.sev_block.search(seg)
        question = _is_question(text, sent, seg_e, paren_uncertain=True)
        iga_hits = [(_Span(x.start() + seg_s, x.end() + seg_s)) for x in lex.iga.finditer(seg)]
        for m in lex.severity_any.finditer(seg):
            a, b = m.start() + seg_s, m.end() + seg_s
            if block and block.start() + seg_s < b:
                continue
            value = next(v for rx, v in lex.severity if rx.fullmatch(m.group(0)))
            if self._either_or(text, a, b, seg_s, seg_e):
                continue  # "moderate or severe": alternatives asked for, not a rating
            if self._quoted_policy(text, a):
                continue  # policy ... which reads: "... moderate to severe ...": its wording
            voice = ([*lex.severity_patient_voice.finditer(text, max(seg_s, a - 80), a)]
                     or [None])[-1]
            if voice and not text[voice.end():a].strip():
                continue  # "pt feels severe", "my eczema is severe": the patient's word
            lead = re.compile(r"[ \t]*(?:[(\[,]|[-–—][ \t])?[ \t]*").match(text, b, seg_e).end()
            voice = lex.severity_patient_voice_after.match(text, lead, seg_e)
            if voice and re.match(r"[ \t]*[)\]]?[ \t]*(?:[.;,]|$)", text[voice.end():seg_e + 1],
                                  re.M):
                continue  # "severe (pt reports)", "moderate per patient": the patient's word
            pre = text[max(seg_s, a - 6):a]
            if _UNCHECKED.search(pre):
                continue
            checked = bool(_CHECKED.search(pre))
            choice = self._choice_mark(text, a, b, lex.severity_any)
            if choice is False:
                continue  # "Severity  Mild  Moderate  Severe" with no mark: a blank question
            checked = checked or bool(choice)  # "Severity  Mild  X Moderate  Severe"
            ok = checked and (lex.severity_label.search(seg) or "IGA" in seg.upper())
            cond_after = lex.condition.search(text, b, min(seg_e, b + 45))
            if cond_after and not re.search(r"[.;]", text[b:cond_after.start()]):
                ok = True
                qe = cond_after.end()
            else:
                qe = b
                noun = lex.rated_noun.match(text, b, seg_e)  # "she had severe disease"
                rest = (noun.end(), min(seg_e, noun.end() + 40)) if noun else (0, 0)
                if noun and not (lex.other_site.search(text, *rest)
                                 and not lex.hand_site.search(text, *rest)):
                    ok, qe = True, noun.end()
            cond_before = None
            for c in lex.condition.finditer(text, max(seg_s, a - 30), a):
                cond_before = c
            if cond_before is None:
                for c in lex.condition_ref.finditer(text, max(seg_s, a - 30), a):
                    cond_before = c
                if cond_before is not None and lex.exam_sign.fullmatch(cond_before.group(0)):
                    cond_before = None  # "itch rated as severe": a symptom's, not the disease's
            gap = text[cond_before.end():a] if cond_before else ""
            kind = re.match(r"\s*\(([^()\n]{1,25})\)", gap)  # "hand dermatitis (irritant), mild"
            if kind and not lex.other_site.search(kind[1]) and not lex.severity_any.search(kind[1]):
                gap = gap[kind.end():]  # the condition's type in brackets, then its rating
            if cond_before and (re.fullmatch(  # "dermatitis [of the hands], moderate"
                    r"(?:\s+(?:of|on)\s+(?:the\s+|both\s+|her\s+|his\s+|their\s+)?"
                    r"(?:hands?|palms?|fingers?))?"
                    r"\s*(?:,|-|–|—|:|\(|(?:is|was|remains|considered|rated(?: as)?)"
                    r"(?:\s+(?:currently|now|still|clinically))?)\s*", gap)
                    or lex.severity_change.fullmatch(text, cond_before.end(), a)):
                ok = True  # "CHE, moderate", "CHE - improved to mild"
            elif cond_before and re.fullmatch(r"\s*as\s*", text[cond_before.end():a]) and \
                    re.search(r"\b(?:rat(?:e|es|ed|ing)|consider(?:s|ed)?|assess(?:es|ed)?|"
                              r"grade[sd]?|classif(?:y|ies|ied))\b", text[seg_s:cond_before.start()],
                              re.I):
                ok = True  # "I rate his disease as severe"
            else:
                described = self._described_condition(text, seg_s, a)
                if described is not None:  # "Chronic hand eczema, hyperkeratotic type - severe"
                    ok, cond_before = True, described
                elif (described := self._diagnosis_with_rating(pg, sent, a, b)) is not None:
                    ok, cond_before = True, described  # "Hand eczema with irritant component, moderate."
            if cond_after and lex.other_site.search(text, b, cond_after.start()) or \
                    cond_before and cond_before.end() <= a and any(
                        not text[x.end():cond_before.start()].strip()
                        for x in lex.other_site.finditer(
                            text, max(seg_s, cond_before.start() - 20), cond_before.start())):
                continue  # "her body eczema is now mild", "mild facial dermatitis": another site
            off = cond_after and not re.search(r"[.;]", text[b:cond_after.start()]) and \
                lex.elsewhere_after.match(text, cond_after.end(), seg_e)
            if off and not lex.hand_site.search(text, cond_after.start(),
                                                min(seg_e, off.end() + 25)):
                continue  # "mild atopic dermatitis elsewhere", "mild eczema on the trunk"
            site = re.match(r"[ \t]*\(([^()\n]{1,40})\)", text[b:seg_e])
            where = site[1].replace("/", " ") if site else ""  # "(face/neck)"
            if site and lex.other_site.search(where) and not lex.hand_site.search(where):
                continue  # "moderate (trunk)", "mild (face/neck)": another site's rating
            if lex.body_score.match(text, re.compile(r"[ \t]*(?:[-–—:,(=][ \t]*)?").match(
                    text, b).end()) or re.search(
                    lex.body_score.pattern + r"[ \t]*[:=]?[ \t]*\d+(?:\.\d+)?[ \t]*[-–—:,(]?[ \t]*$",
                    text[max(seg_s, a - 30):a], re.I):
                continue  # "moderate - EASI 14", "SCORAD 30 (moderate)": a whole-body score's band
            lab = None
            for lab_m in lex.severity_label.finditer(text, max(seg_s, a - 45), a):
                lab = lab_m
            if lab and re.fullmatch(r"\s*(?:\([^)]{0,30}\))?\s*(?:[:=\-]|is|was|rated(?: as)?)?"
                                    r"\s*(?:\[[xX]\]\s*)?", text[lab.end():a]):
                ok = True
            paren = re.match(r"\s*\)", text[b:])
            if re.search(r"\(\s*$", pre) and paren:
                ok = True  # "IGA-CHE 3 (moderate)"
            after = lex.severity_after.match(text, b, seg_e)
            if after:
                ok, qe = True, max(qe, after.end())  # "severe per my assessment"
            before = lex.severity_before.search(text, max(seg_s, a - 80), a)
            if before:  # "I would call it moderate": the prescriber's rating
                ok = True
                lab = lab if lab and lab.start() < before.start() else before
            if any(0 <= a - x.end <= 4 for x in iga_hits):
                ok = True  # "(IGA-CHE) 4, severe"
            if not ok and not cond_after:
                joined = self._semicolon_condition(pg, sent, a, b)
                if joined is not None:  # "Chronic hand eczema x 3 years; moderate."
                    ok, cond_before = True, joined
                elif self._bare_exam_rating(pg, sent, a, b):
                    ok = True  # "Exam: fissured plaques on both palms. Moderate."
            sign = re.match(r"[ \t]*(?:,[ \t]*)?", text[b:b + 4])
            if not cond_after and lex.exam_sign.match(text, b + sign.end()):
                continue  # "mild erythema/scale": an exam finding, not a rating
            if not ok:
                continue
            if question and not _answer_yes(text, seg_e):
                continue
            cats = self.ctx(pg, sent, a, b, paren_uncertain=True)
            if question:
                cats.pop("hypothetical", None)
            if before and "hypothetical" in cats and all(
                    before.start() <= t.start < before.end() for t in pg.triggers
                    if t.rule.category == "hypothetical" and t.scope_start <= a <= t.scope_end + 1):
                cats.pop("hypothetical")  # "I consider this severe": a rating, not an option
            if {"family", "hypothetical", "negated"} & set(cats):
                continue
            qs = cond_before.start() if cond_before and not checked else a
            if lab:
                qs = min(qs, lab.start())
            if question:
                qe = _answer_end(text, seg_e)
            ctx_list = _ctx_list(cats)
            if self._earlier_rating(pg, sent, a) and "historical" not in ctx_list:
                ctx_list.append("historical")
            if "historical" not in ctx_list and any(
                    "historical" in w and re.fullmatch(r"[\s,:\-–—]*\(?\s*", text[qe:x])
                    for x, w in iga_dated if x >= qe):
                # "severe hand eczema (IGA-CHE 4, June 2024)": the word and the score beside
                # it are one rating; when the score is dated to an earlier visit, so is the word
                ctx_list.append("historical")
            self.emit(pg, "severity.stated", value, qs, qe, context=ctx_list)

    def _quoted_policy(self, text: str, pos: int) -> bool:
        """Does ``pos`` stand inside quotation marks that open right after a criterion's or
        policy's introduction ("criterion C, which reads: \"...\"")? The quoted words are the
        policy's text, not a statement about the patient (lexicon ``policy_quote_intro``)."""
        opening = max(text.rfind(q, max(0, pos - 400), pos) for q in '"\u201c')
        if opening < 0 or any(q in text[opening + 1:pos] for q in '"\u201d'):
            return False
        return bool(self.lex.policy_quote_intro.search(text, max(0, opening - 150), opening))

    def _either_or(self, text: str, a: int, b: int, seg_s: int, seg_e: int) -> bool:
        """Is the severity word at ``a:b`` one of two joined as alternatives ("moderate or
        severe", "mild or moderate"; lexicon severity_either_or)?"""
        lex = self.lex
        j = lex.severity_either.search(text, b, min(seg_e, b + 12))
        if j and not text[b:j.start()].strip() and lex.severity_any.match(
                text, j.end() + len(text[j.end():seg_e]) - len(text[j.end():seg_e].lstrip())):
            return True
        for j in lex.severity_either.finditer(text, max(seg_s, a - 12), a):
            if not text[j.end():a].strip():
                w = ([*lex.severity_any.finditer(text, max(seg_s, j.start() - 20), j.start())]
                     or [None])[-1]
                if w is not None and not text[w.end():j.start()].strip():
                    return True
        # a list of three or more severity words ("(mild, moderate, severe, or an IGA-CHE
        # score)", "mild, moderate or severe"): the scale's grades listed, not a rating
        words = [*lex.severity_any.finditer(text, seg_s, seg_e)]
        at = next((i for i, w in enumerate(words) if w.start() == a), None)
        if at is not None:
            lo = hi = at
            while hi + 1 < len(words) and _SEVERITY_LIST_SEP.fullmatch(
                    text, words[hi].end(), words[hi + 1].start()):
                hi += 1
            while lo > 0 and _SEVERITY_LIST_SEP.fullmatch(text, words[lo - 1].end(),
                                                          words[lo].start()):
                lo -= 1
            if len({w.group(0).lower() for w in words[lo:hi + 1]}) >= 3:
                return True
        return False

    def _diagnosis_with_rating(self, pg: _Page, sent: Sentence, a: int, b: int):
        """The diagnosis a severity word closing an assessment sentence rates when the sentence
        opens with that diagnosis and one "with ..." phrase describing it stands between
        ("Recurrent vesicular hand eczema with irritant + allergic contact component (dyes?),
        moderate-to-severe."), else None. Not when the phrase names a sign or symptom ("with
        pruritus, severe"), another site, another condition, a drug, a time or the patient's
        voice: the word may then rate that, so the severity stays unread."""
        text, lex = pg.text, self.lex
        if sent.section.name != "assessment" or not re.fullmatch(r"[\s.;]*", text[b:sent.end]):
            return None
        c = lex.condition.search(text, sent.start, a)
        if c is None or not re.fullmatch(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-*\u2022#][ \t]*)?"
                                         r"(?:[A-Za-z][A-Za-z /&]{0,24}:[ \t]*)?",
                                         text[sent.start:c.start()]):
            return None
        m = re.fullmatch(r"[ \t\n]+(?:with|w/)[ \t\n]+(?P<d>[^.;:]{1,140}?)[ \t\n]*,[ \t\n]*",
                         text[c.end():a])
        if m is None or re.search(r"\n[ \t]*\n", m["d"]):
            return None
        d = m["d"]
        if any(rx.search(d) for rx in (
                lex.condition, lex.severity_any, lex.exam_sign, lex.symptom, lex.other_site,
                lex.other_condition, lex.consult_other, lex.drugs, lex.severity_patient_voice,
                lex.body_score)) or re.search(
                r"\b(?:previous(?:ly)?|prior|formerly|initially|was|were|at baseline|last|before|"
                r"now|today|currently|rated?|rates|feels?|says?|reports?|per)\b", d, re.I):
            return None
        return c

    def _bare_exam_rating(self, pg: _Page, sent: Sentence, a: int, b: int) -> bool:
        """Is the severity word at ``a:b`` all of a sentence of the exam or assessment that
        follows, in the same section, a sentence describing the hands ("Exam: scale and
        fissures over both palms. Moderate to severe.")? That is the examiner's grading of
        the hand eczema (not when the sentence before names another site and not the hands)."""
        text = pg.text
        if sent.section.name not in ("exam", "assessment") or text[sent.start:a].strip() \
                or not re.fullmatch(r"[\s.;]*", text[b:sent.end]):
            return False
        i = _sentence_index(pg, sent.start)
        if i <= 0 or pg.sentences[i - 1].section is not sent.section:
            return False
        prev = pg.sentences[i - 1]
        return bool(self.lex.hand_site.search(text, prev.start, prev.end))

    def _semicolon_condition(self, pg: _Page, sent: Sentence, a: int, b: int):
        """The diagnosis a bare severity word rates when it is all of a clause that a semicolon
        joins to the clause naming the diagnosis ("CHE x 3 years; moderate."), else None."""
        text = pg.text
        if text[sent.start:a].strip() or not re.fullmatch(r"[\s.;]*", text[b:sent.end]):
            return None
        i = _sentence_index(pg, sent.start)
        if i <= 0:
            return None
        prev = pg.sentences[i - 1]
        if not (re.fullmatch(r"[^\S\n]*;[^\S\n]*", text[prev.end:sent.start])
                or text[prev.start:prev.end].rstrip().endswith(";")):
            return None
        conds = list(self.lex.condition.finditer(text, prev.start, prev.end))
        return conds[-1] if conds else None

    def _earlier_rating(self, pg: _Page, sent: Sentence, pos: int,
                        value: int | None = None) -> list[str]:
        """``["historical"]`` when the rating at ``pos`` follows words that place it at an
        earlier visit in its sentence ("at her intake visit on 9/30 her hands were IGA-CHE
        4"), or when its value (at ``value``, else ``pos``) stands in a table column dated
        before the table's latest date column, else ``[]``. A later change word ("now down
        to 2") leaves today's rating alone."""
        if self._earlier_date_column(pg, pos if value is None else value) or \
                self._earlier_date_row(pg, pos) or self._copied_forward_rating(pg, pos) or \
                self._earlier_dated_entry(pg, pos):
            return ["historical"]
        text = pg.text
        near = None
        for m in self.lex.severity_earlier_near.finditer(text, max(sent.start, pos - 30), pos):
            near = m
        if near is not None and self.lex.correction_tense.fullmatch(near.group(0)) and \
                self._in_correction(pg.doc.file, pg.page.number, pos):
            near = None  # "Correction: IGA-CHE at that visit was 3": the corrected visit's
        if near is not None and not self.lex.severity_change.search(text[near.end():pos] + " "):
            return ["historical"]  # "previously severe", "was IGA-CHE 4 in 2024"
        visit = self._visit_date(pg, pos)
        if visit is not None:
            # a date right beside the rating that is more than a month before this visit
            # ("10/2024 (outside derm): severe, IGA-CHE 4", "IGA-CHE 4 in 10/2024 per
            # records"): a rating of then, not of now
            # (its own line, or the line before when the sentence wraps from it as prose, a
            # line ending in a word, not a table's header row of dates: "In June 2021 Dr.\nLee
            # recorded IGA-CHE 4")
            ls = _line_start(text, pos)
            if sent.start < ls and re.search(r"[A-Za-z][,.]?[ \t]*\n$",
                                             text[_line_start(text, ls - 1):ls]):
                ls = _line_start(text, ls - 1)
            lo = max(sent.start, pos - 50, ls)
            hi = min(sent.end, pos + 30, _line_end(text, pos))  # its own line only
            for d in find_dates(text[lo:hi]):
                gap = _TITLE_DOT.sub("", text[min(pos, lo + d.end):max(pos, lo + d.start)])
                if (visit - d.date).days > 31 and not re.search(r"[;.]", gap):
                    return ["historical"]  # (a title's dot, "note Dr. Lee", ends nothing)
            # a sentence that opens by setting its time ("In June 2021 Dr. Lee recorded
            # IGA-CHE 4 and called it severe"): every rating in it is of then, unless a
            # present-time word comes between ("..., and now it is moderate")
            head = _SENT_TIME_HEAD.match(text, sent.start)
            if head and head.end() <= pos:
                ds = find_dates(head.group(0))
                if ds and (visit - ds[0].date).days > 31 and not _PRESENT_CUE.search(
                        text, head.end(), pos):
                    return ["historical"]
        if self._earlier_cue_after(pg, sent, pos):
            return ["historical"]
        if self.lex.severity_cited_records.search(text, pos, min(sent.end, pos + 100)):
            # "moderate disease (IGA-CHE 3, see attached notes)": a rating the letter quotes
            # from the enclosed records; their own current rating outranks it (a quoted one
            # stays when none is current)
            return ["historical"]
        cue = None
        for m in self.lex.severity_earlier.finditer(pg.text, sent.start, pos):
            cue = m
        if cue is None or self.lex.severity_change.search(pg.text[cue.end():pos] + " "):
            return []
        return ["historical"]

    def _copied_forward_rating(self, pg: _Page, pos: int) -> bool:
        """Is the rating at ``pos`` in a list the chart says was copied from an earlier visit
        (lexicon copied_forward_cues): the label before a colon on its own line ("Problems
        (carried forward): CHE, severe"), or the heading line above the run of list items
        it stands in ("PROBLEM LIST (copied forward from intake):" over "- CHE, severe")?"""
        text, cue = pg.text, self.lex.copied_forward
        ls = _line_start(text, pos)
        colon = text.find(":", ls, pos)
        if colon >= 0 and cue.search(text, ls, colon):
            return True
        item = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]")
        for _ in range(30):  # climb the run of list items to the line that heads it
            if not item.match(text, ls) or ls == 0:
                return False
            ls = _line_start(text, ls - 1)
            line = text[ls:_line_end(text, ls)]
            if not line.strip():
                return False
            if not item.match(line):
                return bool(cue.search(line))
        return False

    def _earlier_cue_after(self, pg: _Page, sent: Sentence, pos: int) -> bool:
        """Does an earlier-time cue after the rating at ``pos``, with a date more than a month
        before the document's, before the parenthesis that closes it, date the rating ("severe
        hand eczema (IGA-CHE 4 at presentation, 2/2025)" in a 2026 letter)? Not when a word of
        today ("IGA-CHE 2 today (4 at intake, 1/2025)") or a change word stands between them;
        nor a cue alone ("moderate at baseline": the baseline may be this episode's)."""
        text = pg.text
        hi = min(sent.end, pos + 90, _line_end(text, pos))
        close = text.find(")", pos, hi)
        hi = close if close >= 0 else hi
        cue = self.lex.severity_earlier.search(text, pos, hi)
        visit = self._visit_date(pg, pos)
        # a bare year before the document's year dates it too ("IGA-CHE 4 at baseline in 2024")
        if cue is None or visit is None or not (any(
                (visit - d.date).days > 31 for d in find_dates(text[cue.end():hi])) or any(
                int(y) < visit.year for y in _BARE_YEAR.findall(text, cue.end(), hi))):
            return False
        gap = text[pos:cue.start()]
        return not (self.lex.severity_now.search(gap) or self.lex.severity_change.search(
            gap + " ") or self.lex.severity_earlier_near.search(gap))

    def _earlier_date_row(self, pg: _Page, pos: int) -> bool:
        """Is ``pos`` on a row that leads with a date earlier than another row's date in the
        same run of date-led rows ("09/10/2025 | 4 (severe)" above "06/09/2026 | 2 (mild)":
        the 4 is the first visit's rating)? A run is the adjacent lines that lead with a date
        (a short wrapped line between them allowed); rows dated after the document's own date
        (a planned recheck) do not count."""
        text = pg.text

        def lead(ls: int) -> dt.date | None | bool:
            """The date a line leads with; False for a line that cannot be in a run."""
            line = text[ls:_line_end(text, ls)]
            if not line.strip() or len(line.split()) > 25:
                return False
            m = re.match(r"[ \t|•*-]*", line)
            ds = find_dates(line[m.end():])
            if ds and ds[0].start == 0 and ds[0].date.year >= 2000:
                return ds[0].date
            return None if len(line.split()) <= 8 else False

        own_s = _line_start(text, pos)
        own = lead(own_s)
        if not isinstance(own, dt.date):
            return False
        others: list[dt.date] = []
        for step in (-1, 1):
            ls, gap = own_s, 0
            while True:
                if step < 0:
                    if ls <= 0:
                        break
                    ls = _line_start(text, ls - 1)
                else:
                    le = _line_end(text, ls)
                    if le >= len(text):
                        break
                    ls = le + 1
                d = lead(ls)
                if d is False or d is None and gap >= 1:
                    break
                if d is None:
                    gap += 1
                    continue
                gap = 0
                others.append(d)
        doc = self._doc_date(pg)
        return any(d > own and (doc is None or d <= doc) for d in others)

    def _earlier_dated_entry(self, pg: _Page, pos: int) -> bool:
        """Is ``pos`` under an entry heading of a multi-entry chart dated before another of
        its entry headings ("02 Feb 2026 - Recheck" over today's rating, "11 May 2025 - Flare"
        over an older one: the older entry's rating is that visit's)? A heading is a line
        that opens with a full date, then a dash and a short title (no more than six words,
        no digits, no sentence end); a title naming a planned visit ("- Next visit") is no
        entry of the chart."""
        text = pg.text
        heads: list[tuple[int, dt.date]] = []
        for m in re.finditer(r"^[ \t#*]*(?=\d|[A-Z][a-z]{2})", text, re.M):
            line = text[m.end():_line_end(text, m.end())].rstrip()
            ds = find_dates(line)
            if not (ds and ds[0].start == 0 and ds[0].precision == "day"
                    and ds[0].date.year >= 2000):
                continue
            title = re.fullmatch(r"[ \t]*[-–—|][ \t]*([A-Za-z][A-Za-z ,/&'-]*)", line[ds[0].end:])
            if title and len(title.group(1).split()) <= 6 and not re.search(
                    r"\b(?:next|future|upcoming|scheduled|planned|due)\b", title.group(1), re.I):
                heads.append((m.start(), ds[0].date))
        # (adjacent date-led lines are a timeline's or a table's rows, not entry headings)
        starts = {s for s, _ in heads}
        heads = [(s, d) for s, d in heads
                 if (s == 0 or _line_start(text, s - 1) not in starts)
                 and _line_end(text, s) + 1 not in starts]
        own = [d for s, d in heads if s < _line_start(text, pos)]
        if len(heads) < 2 or not own:
            return False
        mine = own[-1]
        # (the headings date the chart's own visits: one recorded later than the document's
        # detected date of service still counts, its date may be the one a title hid)
        return any(d > mine for _, d in heads)

    @staticmethod
    def _earlier_date_column(pg: _Page, pos: int) -> bool:
        """Is ``pos`` in a table column whose header date is earlier than another column's
        ("Score | 09 Mar 2026 | 19 Jan 2026" over "IGA-CHE | 2 (mild) | 3 (moderate)": the 3
        is the January visit's rating)? The header is a line a few short lines up holding two
        or more full dates and little else; the column is told by the words' x positions
        (its cell lies nearer that date than the next). A position left of the first date
        column (the row's label) is in none."""
        text, page = pg.text, pg.page
        ls = _line_start(text, pos)
        row = text[ls:_line_end(text, pos)]
        if len(row.split()) > 12:
            return False  # a paragraph, not a table row
        head = None
        h = ls
        for _ in range(8):
            if h <= 0:
                break
            h = _line_start(text, h - 1)
            line = text[h:_line_end(text, h)]
            ds = [d for d in find_dates(line) if d.precision == "day"]
            rest = line
            for d in reversed(ds):
                rest = rest[:d.start] + " " + rest[d.end:]
            if len(ds) >= 2 and len(rest.split()) <= 4 and not re.search(
                    r"\b(?:dob|d\.o\.b|birth|born)\b", rest, re.I) and \
                    (max(d.date for d in ds) - min(d.date for d in ds)).days <= 3 * 366:
                head = [(d.date, h + d.start, h + d.end) for d in ds]  # visits, not a DOB
                break
            if len(line.split()) > 12:
                return False  # prose between: not the same table
        if head is None or len({d for d, _, _ in head}) < 2:
            return False

        def span_x(a: int, b: int) -> tuple[float, float] | None:
            ws = [w for w in page.words if w.char_start < b and a < w.char_end]
            return (min(w.x0 for w in ws), max(w.x1 for w in ws)) if ws else None
        cols = []
        for d, a, b in head:
            x = span_x(a, b)
            if x is None:
                return False
            cols.append((x, d))
        cols.sort(key=lambda c: c[0][0])
        at = span_x(pos, _tok_end(text, pos + 1))
        if at is None:
            return False
        mid = (at[0] + at[1]) / 2
        gap = (cols[1][0][0] - cols[0][0][1]) / 2 if len(cols) > 1 else 0
        if mid < cols[0][0][0] - max(gap, 0):
            return False  # the row's label column
        k = 0
        while k + 1 < len(cols) and mid >= (cols[k][0][1] + cols[k + 1][0][0]) / 2:
            k += 1
        return cols[k][1] < max(d for _, d in cols)

    @staticmethod
    def _choice_mark(text: str, a: int, b: int, words: re.Pattern[str]) -> bool | None:
        """Is the word at ``a:b`` one of a form's printed options ("Mild  Moderate  Severe",
        "Mild / Moderate / Severe"; drawn boxes leave only the words, a drawn tick reads as a
        bare "X")? None: not an option; True: a mark picks it; False: no mark picks it.
        Options are two or more such words on one line with only spaces, slashes, bars or
        marks between them. A scanned form's boxes may come out of OCR as letters: on a line
        whose options stand after a lone "O"/"0" (an empty box so read), a lone "&" before an
        option is its checked box ("Severity: O mild & moderate O severe")."""
        ls, le = _line_start(text, a), _line_end(text, b)
        ocr = bool(_OCR_EMPTY_BOX.search(text, ls, le))
        mark = "xX✓✔☒☑■" + ("&" if ocr else "")
        glyph = mark + ("O0" if ocr else "")
        sep = rf"[ \t|/]*(?:(?<![\w/])[{glyph}](?![\w/]))?[ \t|/]*"
        prev_w = [w for w in words.finditer(text, ls, a) if re.fullmatch(sep, text[w.end():a])]
        next_w = words.match(text, b + len(re.match(sep, text[b:le]).group(0)))
        if not prev_w and not (next_w and next_w.start() > b):
            return None
        return bool(re.search(rf"(?:(?<![\w/])[{mark}]|\[\s*[xX✓✔]\s*\])[ \t]*$",
                              text[max(ls, a - 6):a]))

    def _described_condition(self, text: str, seg_s: int, a: int):
        """The diagnosis a severity word rates after a short list of its descriptors
        ("Chronic hand eczema, hyperkeratotic type - severe", "CHE, recurrent (4 flares/12
        mo), SEVERE, ..."): up to three comma/dash-separated descriptors, none naming a sign, a
        severity, a drug or a time ("previously severe"). The diagnosis match, else None."""
        lex = self.lex
        conds = list(lex.condition.finditer(text, max(seg_s, a - 90), a))
        if not conds:
            return None
        c = conds[0]
        gap = text[c.end():a]
        m = re.fullmatch(r"(?:\s*[,\-–]\s*(?P<d>[^,.;:\n\-–]{1,40}?))"
                         r"{1,3}\s*[,\-–]\s*", gap)
        if not m:
            return None
        if (lex.severity_any.search(gap) or lex.exam_sign.search(gap) or lex.drugs.search(gap)
                or re.search(r"\b(?:previous(?:ly)?|prior|formerly|initially|was|were|at "
                             r"baseline|last|before|now|today|currently)\b", gap, re.I)):
            return None
        return c

    # ---------------------------------------------------------------- drugs
    def drug_mentions(self, pg: _Page) -> list[_Mention]:
        text = pg.text
        out: list[_Mention] = []
        idx = 0
        for m in self.lex.drugs.finditer(text):
            surface = m.group(0)
            fixed = self.lex.drug_typos.get(surface.lower())
            name = fixed or surface
            probe = name + text[m.end():min(len(text), m.end() + 40)].split("\n")[0]
            canon = vocab.canonical_drug(name)
            cls = vocab.drug_class(probe) or vocab.drug_class(name)
            generic = bool(canon and canon.startswith("topical corticosteroid"))
            if self.lex.patch_allergen_after.match(text, m.end()) or \
                    self.lex.patch_allergen_before.search(text, max(0, m.start() - 80), m.start()):
                continue  # "budesonide 0.01% pet + ++", "doubtful reaction to X": a patch-test
                # allergen, tested on the skin, not a treatment the patient used
            if cls == "tcs" and (_NOT_TOPICAL_AFTER.match(text, m.end()) or (
                    (near := _NOT_TOPICAL_NEAR.match(text, m.end()))
                    and not _TOPICAL_VEHICLE.search(near.group(0)))):
                # "fluticasone HFA 110 mcg 2 puffs", "fluticasone furoate/vilanterol 200/25
                # one inhalation daily": an inhaled (or nasal) steroid, not a TCS
                continue
            if cls != "tcs" and out and out[-1].cls == "tcs" and _vehicle_word(text, out[-1].end,
                                                                             m.start()):
                continue  # "clobetasol 0.05% emollient cream": the steroid's vehicle, no drug
            if cls == "topical_nonsteroid" and self.lex.compound_base_after.match(text, m.end()):
                continue  # "... compounded in Aquaphor base": the mixture's base, no course
            while idx < len(pg.sentences) and pg.sentences[idx].end <= m.start():
                idx += 1
            out.append(_Mention(m.start(), m.end(), surface, canon, cls, generic, idx, fixed))
        for rx, cls, _drug in self.lex.class_mentions:
            for m in rx.finditer(text):
                if any(x.start <= m.start() < x.end or m.start() <= x.start < m.end()
                       for x in out):
                    continue
                while idx < len(pg.sentences) and pg.sentences[idx].end <= m.start():
                    idx += 1
                out.append(_Mention(m.start(), m.end(), m.group(0), None, cls, True, 0))
        out.sort(key=lambda x: x.start)
        for x in out:
            x.sent_index = _sentence_index(pg, x.start)
        # a generic class word right before a named drug ("TCS (clobetasol ...)") is the same
        keep: list[_Mention] = []
        for i, x in enumerate(out):
            nxt = out[i + 1] if i + 1 < len(out) else None
            if x.generic and nxt and not nxt.generic and nxt.sent_index == x.sent_index and (
                    nxt.start - x.end <= 4 or (nxt.cls == x.cls and self._names_listed(
                        text, x.end, nxt.start))):
                continue
            prev = keep[-1] if keep else None
            if x.generic and prev and not prev.generic and prev.cls == x.cls and \
                    _ROW_LABEL_AFTER.match(text, x.end) and \
                    not text[_line_start(text, x.start):x.start].strip() and \
                    text.count("\n", prev.end, x.start) <= 2:
                continue  # "TCS tried | X 0.05% oint" then "TCS dates | 2/9 - 3/16": the row
                # label names the class to refer back to the drug above, not another course
            if prev and not x.generic and prev.canon and prev.canon == x.canon and \
                    x.start - prev.end <= 30 and x.sent_index == prev.sent_index and \
                    "(" in text[prev.end:x.start] + x.surface:
                continue  # "desoximetasone 0.25% oint (Topicort)": one mention, brand in parens
            if prev and not x.generic and prev.canon and prev.canon == x.canon and \
                    x.start - prev.end <= 120 and re.search(r"\n[ \t]*\([ \t]*$",
                                                            text[prev.end:x.start]):
                continue  # a table cell wrapped: "upadacitinib ER 15 mg ... / (Rinvoq) 08/2024"
            keep.append(x)
        return keep

    def _names_listed(self, text: str, a: int, b: int) -> bool:
        """Does the gap after a class word open a list of the named drugs it stands for
        ("topical steroids (low-potency agents only: hydrocortisone ...", "TCS: desonide",
        "topical steroids, including desonide")? The gap then states nothing of its own (no
        date, duration or closing of the parenthesis)."""
        gap = text[a:b]
        m = re.match(r"\s*[(\[:]|,?\s*(?=" + self.lex.class_list.pattern + ")", gap, re.I)
        if not m or re.search(r"[()\[\].;\n]", gap[m.end():]) or len(gap) > 60:
            return False
        return not find_dates(gap) and not find_durations(gap)

    def therapies(self, pg: _Page, mentions: list[_Mention]) -> None:
        courses: list[tuple[_Mention, str, dict, list]] = []
        for i, mn in enumerate(mentions):
            if mn.sent_index < 0:
                continue
            sent = pg.sentences[mn.sent_index]
            prev_end = max((x.end for x in mentions[:i] if x.sent_index == mn.sent_index),
                           default=sent.start)
            nxt = next((x for x in mentions[i + 1:] if x.sent_index == mn.sent_index), None)
            scope_end = nxt.start if nxt else sent.end
            cats = self.ctx(pg, sent, mn.start, mn.end)
            if "family" not in cats and self._relatives_drug(pg, mentions, i):
                cats["family"] = 0  # "her husband is on X ... X is his oral med"
            if "family" not in cats and self._writers_own_drug(pg, mn, sent):
                cats["family"] = 0  # a relative's letter: "I take Rinvoq myself"
            if mn.cls in ("tcs", "topical_nonsteroid", "tci") or mn.generic:
                done = self._therapy(pg, mentions, i, sent, prev_end, scope_end, cats)
                if done:
                    courses.append((mn, *done))
            if not mn.generic:
                self._medication(pg, mn, sent, scope_end, cats)
        self._shared_responses(pg, courses)
        self._uncertain_steroids(pg)

    def _uncertain_steroids(self, pg: _Page) -> None:
        """"He does not know their names and is unsure whether any of them were steroids": the
        chart cannot tell whether earlier topical treatment included a steroid. A treatment of
        unknown class (its word "steroids", which the vocabulary does not class) is reported,
        its potency, length and response unknown, so that the steroid criteria stay unknown
        instead of reading as "no steroid tried". A relative's treatment is not the patient's."""
        for m in self.lex.tcs_uncertain.finditer(pg.text):
            sent = _sentence_at(pg, m.start())
            if sent is None or {"family", "hypothetical"} & set(
                    self.ctx(pg, sent, m.start(), m.end())):
                continue
            w = list(re.finditer(r"(?:cortico)?steroids?", m.group(0), re.I))[-1]
            self.emit(pg, "therapy.drug", w.group(0), m.start() + w.start(),
                      m.start() + w.end(), group=self.group("therapy"), context=[])

    def _relatives_drug(self, pg: _Page, mentions: list[_Mention], i: int) -> bool:
        """Is the drug at ``mentions[i]`` named as a relative's by the relative's possessive
        pronoun ("X is his oral med", "his X"), the same drug (by ingredient) having been
        attributed to that relative earlier in this or the previous sentence, with nothing in
        this sentence putting the patient on it?"""
        mn, text, lex = mentions[i], pg.text, self.lex
        if mn.generic or not mn.canon:
            return False
        sent = pg.sentences[mn.sent_index]
        ws = re.match(r"[ \t]*,?[ \t]*(?:which|that)?", text[mn.end:sent.end])
        pm = lex.relative_possessive_after.match(text, mn.end + (ws.end() if ws else 0))
        if pm is None or pm.end() > sent.end:
            pm = lex.relative_possessive_before.search(text, max(sent.start, mn.start - 12),
                                                       mn.start)
        if pm is None:
            return False
        pron = {"his": "m", "her": "f"}.get(pm.group("pron").lower())
        gender = None
        for mk in mentions[:i]:
            if mk.canon != mn.canon or mk.sent_index not in (mn.sent_index, mn.sent_index - 1):
                continue
            sk = pg.sentences[mk.sent_index]
            if "family" in self.ctx(pg, sk, mk.start, mk.end):
                trig = _nearest_trigger(pg.triggers, mk.start, "family")
                if trig is not None and trig.rule.gender == pron:
                    gender = pron or "any"
        if gender is None:
            return False
        for c in lex.patient_cue.finditer(text, sent.start, sent.end):
            word = c.group(0).split()[0].lower()
            said = {"she": "f", "her": "f", "he": "m", "his": "m"}.get(word, "other")
            if said == "other" and word in ("they", "their"):
                said = None
            if said != pron or said == "other":
                return False  # "the patient", or her own pronoun: the patient's use
        return True

    def _shared_responses(self, pg: _Page, courses: list[tuple[_Mention, str, dict, list]]):
        """A response said after a list of courses ("TCS tried: A ... / B ... / Result:
        inadequate response"; "A and B, both failed") is the response to each listed course
        that states none of its own, not only to the last one."""
        text = pg.text
        for j, (mn, _g, attrs, _ctx) in enumerate(courses):
            r = attrs.get("response")
            if not r:
                continue
            sent = pg.sentences[mn.sent_index]
            r_sent = _sentence_at(pg, r[1])
            shared = self.lex.collective.search(text, max(mn.end, r[1] - 25), r[1]) or \
                self.lex.collective.match(text, r[1])  # "neither of which helped"
            # a response on a labelled line after the list ("Result: ...", "comments: ...")
            labelled = r_sent is not None and r[1] >= sent.end and re.match(
                r"\W*(?:\d{1,2}[.)]\s*)?[A-Za-z][\w /-]{1,30}:", text[r_sent.start:r[1]])
            trailing = r[1] >= sent.end and (labelled or shared)
            if not trailing and not shared:
                continue
            last = mn
            for k in range(j - 1, -1, -1):
                mk, gk, ak, ck = courses[k]
                sk = pg.sentences[mk.sent_index]
                same = mk.sent_index == mn.sent_index
                blk_end = ak["duration"][2] if ak.get("duration") else sk.end
                if ak.get("response") or (mk.cls != "tcs" and not mk.generic) or \
                        self.lex.intolerance.search(text, mk.start, max(sk.end, blk_end)) or \
                        sk.section.name != sent.section.name or \
                        last.sent_index - mk.sent_index > 2 or (not trailing and not same):
                    break
                self.emit(pg, "therapy.response", r[0], r[1], r[2], group=gk, context=ck)
                ak["response"] = r
                last = mk

    def _therapy(self, pg: _Page, mentions: list[_Mention], i: int, sent: Sentence,
                 prev_end: int, scope_end: int, cats: dict[str, int]):
        mn = mentions[i]
        if "family" in cats:
            if not mn.generic and mn.canon and self._relative_drug_unused(pg, mentions, i, sent):
                self.st.never_started.add(mn.canon)  # "X is her son's. Pt never used it."
            return
        if not mn.generic and mn.canon and "hypothetical" not in cats and \
                self._never_started(pg, mn, sent):
            self.st.never_started.add(mn.canon)  # "never filled the X": no trial anywhere
            return
        if "negated" in cats:
            if mn.generic and mn.cls == "tcs" and "hypothetical" not in cats:
                trig = _nearest_trigger(pg.triggers, mn.start, "negated")
                s = min(trig.start, mn.start) if trig else mn.start
                e = max(trig.end, mn.end) if trig else mn.end
                # "we have not prescribed a topical steroid in this clinic": only this
                # clinic's prescribing is denied, not the patient's use elsewhere
                if not self.lex.local_negation.search(pg.text, sent.start, sent.end):
                    self.emit(pg, "therapy.never_used", "tcs", s, e, context=[])
            return
        if "hypothetical" in cats or ("planned" in cats and "historical" not in cats
                                      and cats.get("planned", 99) < 20 and not mn.generic):
            if "planned" in cats and "hypothetical" not in cats and mn.canon:
                self._note_planned(pg, mn, sent)
            return
        # the block: this sentence from the mention, plus following drug-free sentences
        blocks = [(mn.start, scope_end)]
        k = mn.sent_index + 1
        # (a later drug named in a parenthetical aside of its sentence does not end the block)
        next_drug_sent = min((x.sent_index for j, x in enumerate(mentions[i + 1:], i + 1)
                              if self._aside_close(pg, mentions, j) is None), default=10**9)
        last = mn.sent_index + 3
        while k < len(pg.sentences) and k < next_drug_sent and k <= last:
            s2 = pg.sentences[k]
            if s2.section.name != sent.section.name:
                break
            s2_text = pg.text[s2.start:s2.end]
            if re.fullmatch(r"\s*\d{1,2}[.)]\s*", s2_text):
                last += 1  # a form's item number alone on its line ("6."): no sentence of its own
            elif self.st.forms and pg.doc.file in self.st.forms and \
                    (s2_text.rstrip().endswith("?") or (s2_text.rstrip().endswith(":") and re.match(
                        r"[ \t]*\n", pg.text[s2.end:s2.end + 40]))):
                last += 1  # a form's question ("Result of the trial?", or a label whose value
                # is on the line below) and its answer are one item: the answer stays in the block
            elif re.fullmatch(r"\s*\d{1,2}[.)]\s*",
                              pg.text[_line_start(pg.text, s2.start):s2.start]) and \
                    not re.match(r"[A-Za-z][\w /()-]{0,30}[:?]", s2_text) and \
                    not (self.st.forms and pg.doc.file in self.st.forms
                         and s2_text.rstrip(" \t\n_").endswith("?")):
                # "2. Mild intermittent asthma": the next numbered problem (not "5. Result:",
                # nor a form's next question about the course, "6. Used daily >= 28 days?")
                break
            blocks.append((s2.start, s2.end))
            k += 1
        if k == last + 1 and k < min(next_drug_sent, len(pg.sentences)) and \
                pg.sentences[k].section.name == sent.section.name and \
                self.lex.course_result_anaphor.match(
                    pg.text[pg.sentences[k].start:pg.sentences[k].end].lstrip()) and \
                self._response(pg, pg.sentences[k].start, pg.sentences[k].end):
            # "X daily 10/1-11/30. Kept a log. Fills attached. Result: still fissured. This
            # was an inadequate response.": the verdict pointing back at the course is its own
            blocks.append((pg.sentences[k].start, pg.sentences[k].end))
            k += 1
        lead = self._pronoun_lead(pg, mentions, i, k) if k == next_drug_sent and k <= last \
            else None
        if lead:
            blocks.append(lead)
        line_e = pg.text.find("\n", mn.end)
        line_e = len(pg.text) if line_e < 0 else line_e
        if any(m.group(0)[0].isupper() or _ROW_END_STATUS.fullmatch(
                   pg.text, _line_start(pg.text, m.start()), line_e) and m.end() == line_e
               for rx, _ in self.lex.status
               for m in rx.finditer(pg.text, mn.end, min(line_e, sent.end))):
            # (or a lower-case status closing the row after its date column: "clobetasol
            # 0.05% ointment apply BID 03/11/2024 active")
            # a medication-table row ("TRIAMCINOLONE 0.1% OINT | APPLY BID | DISCONTINUED"):
            # the rows below are other drugs, so the course is read from its own row only
            blocks = [(mn.start, min(scope_end, line_e))]
        aside = self._aside_close(pg, mentions, i)
        if aside is not None:
            # "X cream daily 3/1 - 4/2 (earlier: Y 2.5% in 2025 - no help)": Y's course is the
            # aside; what follows it continues X's course
            blocks = [(mn.start, min(scope_end, aside))]
        pre = (prev_end, mn.start)
        attrs = self._course_attrs(pg, mn, blocks, pre)
        if "duration" in attrs and _shared_length(pg.text, mentions, i, attrs["duration"],
                                                  self.lex.sequence_lead):
            attrs.pop("duration")  # "8 weeks of X and Y": the two drugs' time together
        if "response" not in attrs and mn.cls == "tcs" and k == next_drug_sent:
            shared = self._addon_response(pg, mentions, i, k)
            if shared:  # "X daily. Also Y at night. Still cracked - inadequate response."
                attrs["response"] = shared
        self._drop_list_span(pg, mentions, i, attrs)
        self._drop_total_span(pg, mn, attrs, mentions)
        if mn.generic and not (attrs.get("duration") or attrs.get("prn") or (
                attrs.get("response") and attrs["response"][0] == "inadequate")
                or {"start", "stop"} <= set(attrs)):
            # (a first and a last day of use describe a course: "given a steroid cream on
            # 2/20 ... using it twice a day since 2/20", dated to the visit)
            return  # a class word with no course described is not a trial
        if mn.generic and _payer_notice_at(pg, mn.start):
            return  # a plan's notice or request for records quotes its criteria' class words
        if mn.generic and "duration" in attrs and not {"response", "start", "stop", "prn"} & \
                set(attrs) and self._policy_threshold(pg, mn, sent, attrs["duration"]):
            return  # "Step: needs med+ TCS daily >= 28 days": the policy's rule, not a course
        if self._ordered_course(pg, sent, attrs, cats):
            if mn.canon and not mn.generic:
                self._note_planned(pg, mn, sent)
                day = self._visit_date(pg, mn.start)
                if "duration" in attrs and "prn" not in attrs and day is not None:
                    self.st.planned_days.setdefault(mn.canon, []).append(
                        (attrs["duration"][0], pg, *attrs["duration"][1:], day))
            return  # "Plan: X BID daily x 4-6 wk", "X x 4 weeks, then reassess": an order
        if mn.generic and (self.lex.requirement.search(pg.text, sent.start, mn.start) or (
                "duration" in attrs and self.lex.requirement.search(
                    pg.text, max(sent.start, attrs["duration"][1] - 60), attrs["duration"][1]))):
            # "plan criteria require a TCS trial of 28 days", "the TCS tried, and dates
            # showing it was applied daily for >= 28 days": a rule or a request, not a trial
            return
        if mn.generic:
            # a form's criterion label with a dot leader answered other than yes ("Medium+
            # potency TCS x 28 days ...... ?"): the label is the question, not a trial
            line_e2 = pg.text.find("\n", mn.end)
            line = pg.text[mn.end:len(pg.text) if line_e2 < 0 else line_e2]
            ans = re.search(r"(?:\.{4,}|_{4,})[ \t]*(?P<a>[^\n]*)", line)
            if ans and re.match(r"(?:\?|no?\b|unk(?:nown)?\b|n/?a\b|none\b|not\b|pending\b)",
                                ans["a"], re.I):
                return
        if not {"start", "stop", "response"} & set(attrs) and \
                self.lex.not_used.search(pg.text, mn.end, blocks[0][1]):
            # "prescribed X ... she never filled it", a fill "Returned to stock", a med-list
            # row "X | BID x 4 wk | never filled": the prescribed length is no use
            if mn.canon and not mn.generic:
                self.st.never_started.add(mn.canon)
            return
        g = self.group("therapy")
        ctx_list = _ctx_list(cats)
        self.st.therapy_docs[g] = (pg.doc.file, mn.canon or mn.surface.lower())
        if mn.canon and not mn.generic and not {"start", "stop", "duration", "prn"} & set(attrs):
            cue = self.lex.ongoing_use.search(pg.text, sent.start, sent.end)
            day = self._visit_date_span(pg, mn.start) if cue else None
            if day:  # "has been using the X twice daily": in use at this note's date
                self.st.ongoing[g] = (pg, *day, mn.canon)
        if mn.canon and not mn.generic and not {"start", "duration", "prn"} & set(attrs):
            lex, be = self.lex, blocks[0][1]
            day = self._visit_date(pg, mn.start)
            # (or used daily as directed up to a day: "every day through 2/23 as directed",
            # which must reach the end of the plan's course, checked in _length_from_plans)
            thr = next((m for m in lex.daily_since.finditer(pg.text, sent.start, be)
                        if m["kw"].lower() != "since"), None) if day is not None else None
            upto = yearless_date(pg.text, thr.end(), day) if thr else None
            full = find_dates(pg.text[thr.end():thr.end() + 24]) if thr else []
            if full and full[0].precision == "day" and not pg.text[
                    thr.end():thr.end() + full[0].start].strip(" \t"):
                upto = (full[0].date,)  # "every day through 02/23/2026"
            if day is not None and lex.as_directed.search(pg.text, sent.start, be) and (
                    lex.course_finished.search(pg.text, sent.start, be) or upto) and \
                    lex.daily.search(pg.text, sent.start, be):
                self.st.as_directed[g] = (mn.canon, day, upto[0] if upto and not
                                          lex.course_finished.search(pg.text, sent.start, be)
                                          else None)  # "used X daily as directed and
                # finished the course": the length its plan ordered (_length_from_plans)
        self.emit(pg, "therapy.drug", mn.fixed or mn.surface, mn.start, mn.end, group=g, context=ctx_list)
        for fld, (val, s, e) in attrs.items():
            f = self.emit(pg, f"therapy.{_ATTR_FIELD[fld]}", val, s, e, group=g, context=ctx_list)
            if f is not None and fld == "stop" and (id(pg), val, s, e) in self.st.ongoing_stops:
                f.flags.append(ONGOING)
        return g, attrs, ctx_list

    def _relative_drug_unused(self, pg: _Page, mentions: list[_Mention], i: int,
                              sent: Sentence) -> bool:
        """Is a relative's drug followed, in its sentence or the next, by the patient named
        as never having used it ("the clobetasol is her sister's; the member has not used
        it")? The patient then had no trial of that drug anywhere in the chart (a form or a
        household claims list that shows it copied the relative's fills). No other drug may
        be named between, and the denial must name the patient, not a pronoun."""
        mn, text, lex = mentions[i], pg.text, self.lex
        nxt = pg.sentences[mn.sent_index + 1] if mn.sent_index + 1 < len(pg.sentences) else None
        hi = nxt.end if nxt is not None else sent.end
        after = next((x.start for x in mentions[i + 1:] if x.start < hi), hi)
        for m in lex.not_started_ref.finditer(text, mn.end, after):
            if m.start() >= sent.end and not m.group("pro"):
                continue  # the next sentence must refer back to the drug ("... used it")
            if not re.search(r"(?:^|[\s;:,.])(?:" + lex.patient_subject.pattern +
                             r")(?:[ \t]+(?:has|had|did|does|is|was))?[ \t]+$",
                             text[max(0, m.start() - 30):m.start()], re.I):
                continue
            end_sent = _sentence_at(pg, m.start())
            return not lex.not_started_cancel.search(text, m.end(),
                                                     end_sent.end if end_sent else hi)
        return False

    def _aside_close(self, pg: _Page, mentions: list[_Mention], i: int) -> int | None:
        """Where the parenthetical aside that ``mentions[i]`` is named in closes, when the aside
        interrupts the course of another named drug said before it in the sentence, outside
        the parentheses ("Topicort cream daily 3/16 - 4/13 (earlier: hydrocortisone 2.5% in
        2025 - no help)"), and closes within the sentence; else None."""
        mn = mentions[i]
        prev = mentions[i - 1] if i > 0 else None
        if prev is None or prev.generic or prev.sent_index != mn.sent_index or \
                mn.sent_index < 0 or (prev.canon and prev.canon == mn.canon):
            return None
        text, sent = pg.text, pg.sentences[mn.sent_index]
        gap = text[prev.end:mn.start]
        op = gap.rfind("(")
        if op < 0 or ")" in gap[op:]:
            return None
        if "(" in text[max(sent.start, _line_start(text, prev.start)):prev.start]:
            return None  # the drug before is itself inside parentheses
        close = text.find(")", mn.end, sent.end)
        if close < 0 or "(" in text[mn.end:close]:
            return None
        return close

    def _drop_list_span(self, pg: _Page, mentions: list[_Mention], i: int,
                        attrs: dict[str, tuple]) -> None:
        """Dates or a length said on a later line than a line listing two or more named
        steroids ("Agents: A 0.1% cream then B 0.05% oint / Dates: 3/2 - 4/12") span the
        list (back-to-back or overlapping courses), not the last agent's own course: they
        are dropped, leaving that course's length unknown."""
        mn, text = mentions[i], pg.text
        if mn.generic or mn.cls != "tcs":
            return
        ls = _line_start(text, mn.start)
        le = _line_end(text, mn.end)
        if not any(x.cls == "tcs" and not x.generic and x.canon != mn.canon
                   and ls <= x.start < mn.start
                   # (a steroid whose sentence ends with a full stop before this one's, on the
                   # same line by a text-layer wrap, is no list: "Used X prn. Given Y 0.1%\n
                   # cream - applied BID 3/9/26 - 4/20/26")
                   and not (x.sent_index < mn.sent_index
                            and re.search(r"\.[ \t]+[A-Z]", text[x.end:mn.start]))
                   for x in mentions[:i]):
            return
        for k in ("start", "stop", "duration"):
            if k in attrs and attrs[k][1] > le:
                attrs.pop(k)

    def _addon_response(self, pg: _Page, mentions: list[_Mention], i: int,
                        k: int) -> tuple[str, int, int] | None:
        """The response in the drug-free sentence right after sentence ``k`` when ``k`` adds a
        non-steroid topical to the steroid course at ``mentions[i]`` ("X cream daily since
        1/5. Also Y ointment at night. Hands still cracked - inadequate response."): said of
        the combined regimen, it is the steroid's too. None unless ``k`` opens with an add-on
        word (course_addon_lead), names no other steroid, and the next sentence names no drug
        and stays in the same section."""
        if k + 1 >= len(pg.sentences):
            return None
        s1, s2 = pg.sentences[k], pg.sentences[k + 1]
        sec = pg.sentences[mentions[i].sent_index].section.name
        if s1.section.name != sec or s2.section.name != sec:
            return None
        if not self.lex.addon_lead.match(pg.text, s1.start):
            return None
        in_k = [x for x in mentions[i + 1:] if x.sent_index == k]
        if not in_k or any(x.cls == "tcs" or x.generic for x in in_k) or any(
                x.sent_index == k + 1 for x in mentions[i + 1:]):
            return None
        return self._response(pg, s2.start, s2.end)

    def _pronoun_lead(self, pg: _Page, mentions: list[_Mention], i: int,
                      k: int) -> tuple[int, int] | None:
        """The lead of sentence ``k`` (which names the next drug) when it reports the use of
        the drug at ``mentions[i]`` by pronoun before naming the next one ("I started X. She
        used it daily x 2 weeks without change, so we stepped up to Y"): that clause, up to a
        clause break or the next drug, else None."""
        if k >= len(pg.sentences):
            return None
        s2, text = pg.sentences[k], pg.text
        if s2.section.name != pg.sentences[mentions[i].sent_index].section.name:
            return None
        nxt = next((x for x in mentions[i + 1:] if x.sent_index == k), None)
        if nxt is None:
            return None
        ref = self.lex.use_reference.match(text, _skip_subject(text, s2.start, nxt.start))
        if ref is None or ref.end() > nxt.start:
            return None
        brk = re.compile(r";|,\s*(?:so|then|and|but|which|when|after which|before|until)\b|"
                         r"\b(?:then|so)\b", re.I).search(text, ref.end(), nxt.start)
        return (s2.start, brk.start() if brk else nxt.start)

    def _drop_total_span(self, pg: _Page, mn: _Mention, attrs: dict[str, tuple],
                         mentions: list[_Mention] = ()) -> None:  # type: ignore[assignment]
        """A length or dates of an unnamed steroid said as a total ("over a month of topical
        steroids in total", "TCS 32 days combined (12/1 - 1/2)") sum the chart's courses, which
        may be of several steroids one after another: no one steroid's consecutive days. They
        are dropped (the named courses tell each one's length). So is a length in a sentence
        that names two or more different steroids beside the class word ("six weeks of
        potent steroids (betamethasone, then clobetasol)"): the span of several courses."""
        if not mn.generic or mn.cls != "tcs":
            return
        for k in ("duration", "start", "stop"):
            if k not in attrs:
                continue
            sent = _sentence_at(pg, attrs[k][1])
            if sent is None:
                continue
            named = {m.canon for m in mentions if not m.generic and m.cls == "tcs" and m.canon
                     and sent.start <= m.start < sent.end}
            if len(named) >= 2 or self.lex.course_total.search(pg.text, sent.start, sent.end):
                attrs.pop(k)

    def _policy_threshold(self, pg: _Page, mn: _Mention, sent: Sentence,
                          dur: tuple[int, int, int]) -> bool:
        """Is an unnamed class word's course length only the policy's own threshold wording
        ("needs med+ TCS daily >= 28 consecutive days", "TCS at least 4 weeks?")? A 28-day
        (4-week, 1-month) length after a threshold word, with no use verb between the class
        word and it and no affirmed answer (a checked box, "yes", a grid mark) on its line, is
        the rule or the question, not a course ("☒ TCS used daily for >= 28 days" is one)."""
        text, lex = pg.text, self.lex
        days, s, e = dur
        if days not in (28, 30) or not lex.threshold_before.search(text, max(sent.start, s - 12), e):
            return False
        if lex.past_use.search(text, max(sent.start, min(s, mn.start) - 40), e):
            return False
        ls = _line_start(text, min(s, mn.start))
        le = _line_end(text, e)
        line = text[ls:le]
        return not (_BOX_CHECKED.search(line) or re.search(r"\byes\b", line, re.I) or
                    _GRID_MARK.search(text, e, le))

    def _ordered_course(self, pg: _Page, sent: Sentence, attrs: dict[str, tuple],
                        cats: dict[str, int]) -> bool:
        """Is a course length an order rather than a report of use? Said in a plan section,
        or followed by "then reassess"/"and recheck", with no response, no dates of use and
        no past-use word: the visit after it says what was used."""
        if "duration" not in attrs or {"response", "start", "stop"} & set(attrs) or \
                "historical" in cats:
            return False
        d_s, e = attrs["duration"][1], attrs["duration"][2]
        if any(not re.search(r"ing$|^failed$", m.group(0), re.I) and
               not self._conditional(pg.text, m.start())
               for m in self.lex.past_use.finditer(pg.text, sent.start, d_s)):
            return False  # "X oint used BID every day for 6 weeks": a report, even under a plan
        if sent.section.name == "plan":
            return True
        if any(re.match(r"[ \t-]*(?:\d|(?:one|two|three|four|five|six|eight|ten|twelve)\b)",
                        pg.text[m.end():e], re.I) and ("," not in pg.text[m.end():e])
               for m in self.lex.course_plan_before.finditer(  # "BID daily, plan 4 wks"
                   pg.text, max(sent.start, d_s - 30), e)):
            return True
        gap = re.match(r"[\s,;]*(?:(?:daily|every day|bid|qd|nightly)[\s,;]*)?", pg.text[e:])
        return bool(gap) and bool(self.lex.course_ordered.match(pg.text, e + gap.end()))

    def _never_started(self, pg: _Page, mn: _Mention, sent: Sentence) -> bool:
        """Does the negation of a named drug say it was never begun ("Did NOT start the
        clobetasol", "never filled the fluocinonide", "clobetasol was never picked up")?"""
        text, lex = pg.text, self.lex
        clause = max(sent.start, *(text.rfind(c, sent.start, mn.start) + 1 for c in ";:\n"))
        for m in lex.not_started_ref.finditer(text, clause, mn.start):
            if re.fullmatch(r"(?:\s+(?:the|a|an|his|her|their|any|new|that|this|rx|rx'?d|"
                            r"prescription|script|for))*\s*", text[m.end():mn.start], re.I):
                if _USE_QUALIFIED.match(text, mn.end):
                    return False  # "never used clobetasol for more than 14 days": used
                end = _sentence_at(pg, mn.end)
                return not lex.not_started_cancel.search(text, mn.end, end.end if end else
                                                         sent.end)
        ref = self._not_started_reference(pg, mn, sent)
        # "never used it continuously / daily / for more than a week": used, not as directed
        # (an unfilled refill says the first fill was used)
        return ref is not None and not _USE_QUALIFIED.match(text, ref[1]) and \
            not re.search(r"refill", text[ref[0]:ref[1]], re.I)

    def _drop_never_started(self, documents: list[Document]) -> None:
        """A course of a drug the chart says was never started or filled, that reports no
        response and no dates of use (a prescription's "BID x 4 weeks"), is no trial. Nor is
        a request's (PA form, cover letter, LMN, attestation) claimed course of that drug
        ("triamcinolone BID x 8 wks - failed") when no other document describes a course of
        it: the clinical record says the drug was never begun, so the claim is dropped."""
        st = self.st
        if not st.never_started:
            return
        asks = {d.file for d in documents
                if d.pages and all(_request_page(d, p.number) for p in d.pages)}
        by_group: dict[str, list[Finding]] = {}
        for f in st.findings:
            if f.group and f.group.startswith("therapy-"):
                by_group.setdefault(f.group, []).append(f)
        used = {"therapy.response", "therapy.start_date", "therapy.stop_date"}

        def in_list(fs: list[Finding]) -> bool:
            """Does the course's drug close a list of drugs ("mometasone, clobetasol and
            fluocinonide - inadequate"): its response then rates the list, not this drug."""
            drug = next((f for f in fs if f.field == "therapy.drug"), None)
            if drug is None or drug.char_start is None or {f.field for f in fs} & {
                    "therapy.start_date", "therapy.stop_date", "therapy.duration_days"}:
                return False
            return any(o.field in ("medication.name", "therapy.drug") and o.file == drug.file
                       and o.page == drug.page and o.char_end is not None
                       and str(o.value).lower() != str(drug.value).lower()
                       and drug.char_start - 30 <= o.char_end <= drug.char_start
                       for o in st.findings)

        drop = {g for g, fs in by_group.items()
                if st.therapy_docs.get(g, ("", ""))[1] in st.never_started
                and (not {f.field for f in fs} & used or in_list(fs))}
        claimed = {g for g in by_group if g not in drop
                   and st.therapy_docs.get(g, ("", ""))[0] in asks
                   and st.therapy_docs[g][1] in st.never_started}
        elsewhere = {st.therapy_docs[g][1] for g in by_group if g not in drop | claimed
                     and g in st.therapy_docs}
        drop |= {g for g in claimed if st.therapy_docs[g][1] not in elsewhere}
        st.findings = [f for f in st.findings if f.group not in drop]

    def _note_planned(self, pg: _Page, mn: _Mention, sent: Sentence) -> None:
        """Remember the strength of a planned course; a later visit's report of that course
        often leaves it out ("Start triamcinolone 0.1% oint bid" ... "Used TAC oint 6 wks")."""
        text = pg.text
        self._note_plan_start(pg, mn, sent)
        sm = _STRENGTH.match(text, mn.end)
        if not sm or sm.end() > sent.end:
            return
        veh = None
        for rx, name in self.lex.vehicles:
            v = rx.search(text, mn.end, min(sent.end, mn.end + 40))
            if v:
                veh = name
                break
        key = (pg.doc.file, mn.canon, veh)
        self.st.planned.setdefault(key, []).append(
            (sm.group("s").replace(" ", ""), pg, sm.start("s"), sm.end("s")))

    def _note_plan_start(self, pg: _Page, mn: _Mention, sent: Sentence) -> None:
        """Remember the day a plan starts a drug: "Start X 0.1% oint BID" (the visit's date),
        "X ..., starting today (03/02/2026)" or "starting 3/2/2026" (that date)."""
        text, lex = pg.text, self.lex
        if not mn.canon or mn.generic:
            return
        clause = max(sent.start, *(text.rfind(c, sent.start, mn.start) + 1 for c in ";:\n"))
        lead = lex.plan_start.search(text, clause, mn.start)
        after = lex.plan_start.search(text, mn.end, sent.end)
        if not lead and not after:
            return
        day = None
        if after:
            ds = find_dates(text[after.end():min(sent.end, after.end() + 30)])
            if ds and ds[0].precision == "day":
                day = (ds[0].date, after.end() + ds[0].start, after.end() + ds[0].end)
        if day is None:
            day = self._visit_date_span(pg, mn.start)
        if day is not None:
            self.st.plan_starts.setdefault(mn.canon, []).append((pg, *day))

    def _bound_from_plans(self) -> None:
        """A course a note reports in use at its date ("has been using the triamcinolone
        twice daily") with no dates or length of its own, of a drug a plan of an earlier date
        started ("Start triamcinolone ... starting today (03/02/2026)"), has lasted at most
        from that start to the note's date. Only a bound short of 28 days is reported (a
        course known to be short); a longer span says nothing of daily use and stays
        unknown."""
        st = self.st
        if not st.ongoing or not st.plan_starts:
            return
        have: dict[str, set[str]] = {}
        for f in st.findings:
            if f.group in st.ongoing:
                have.setdefault(f.group, set()).add(f.field)
        for g, (pg, day, a, b, canon) in st.ongoing.items():
            if have.get(g, set()) & {"therapy.duration_days", "therapy.start_date",
                                     "therapy.stop_date", "therapy.prn"}:
                continue
            starts = [x for x in st.plan_starts.get(canon, []) if x[1] < day]
            if not starts:
                continue
            ppg, start, pa, pb = min(starts, key=lambda x: x[1])
            if (day - start).days + 1 < 28:  # quoted where each date is stated
                self.emit(ppg, "therapy.start_date", start, pa, pb, group=g)
                self.emit(pg, "therapy.stop_date", day, a, b, group=g)

    def _length_from_plans(self) -> None:
        """A course reported used daily as directed and finished ("used the X every day as
        directed and finished the course"), with no dates or length of its own, lasted the
        length a plan of an earlier date ordered for that drug ("X BID for 6 weeks, then
        stop"), when the plans agree on one length (quoted where the plan states it)."""
        st = self.st
        for g, (canon, day, upto) in st.as_directed.items():
            plans = [p for p in st.planned_days.get(canon, []) if p[4] < day]
            if len({p[0] for p in plans}) != 1:
                continue
            if upto is not None and plans[-1][4] + dt.timedelta(days=plans[-1][0] - 1) > upto:
                continue  # used daily only up to a day short of the ordered course's end
            days, pg, a, b, _ = plans[-1]
            self.emit(pg, "therapy.duration_days", days, a, b, group=g)

    def _strength_from_plans(self) -> None:
        """A course with no strength of its own takes the one strength the same document
        planned for the same drug and vehicle (else the one strength the other documents
        planned for it: a consultant's "Start triamcinolone 0.1% ointment" and the
        referring doctor's later "using the triamcinolone")."""
        st = self.st
        by_group: dict[str, dict[str, object]] = {}
        for f in st.findings:
            if f.group and f.group.startswith("therapy-"):
                by_group.setdefault(f.group, {})[f.field] = f.value
        for g, fields in by_group.items():
            if "therapy.strength" in fields or g not in st.therapy_docs:
                continue
            file, canon = st.therapy_docs[g]
            veh = fields.get("therapy.vehicle")
            hits = [h for (f, c, v), hs in st.planned.items() if f == file and c == canon
                    and (v == veh or v is None or veh is None) for h in hs]
            if not hits:
                hits = [h for (f, c, v), hs in st.planned.items() if c == canon
                        and (v == veh or v is None or veh is None) for h in hs]
            if len({h[0] for h in hits}) == 1:
                strength, pg, a, b = hits[-1]
                self.emit(pg, "therapy.strength", strength, a, b, group=g)

    def _course_attrs(self, pg: _Page, mn: _Mention, blocks: list[tuple[int, int]],
                      pre: tuple[int, int]) -> dict[str, tuple]:
        text, lex = pg.text, self.lex
        out: dict[str, tuple] = {}
        sm = _STRENGTH.match(text, mn.end)
        if sm:
            out["strength"] = (sm.group("s").replace(" ", ""), sm.start("s"), sm.end("s"))
        head_end = min(blocks[0][1], mn.end + 40)
        for rx, name in lex.vehicles:
            v = rx.search(text, mn.end, head_end)
            if v and ("vehicle" not in out or v.start() < out["vehicle"][1]):
                out["vehicle"] = (name, v.start(), v.end())
        o = lex.otc.search(text, max(pre[0], mn.start - 25), head_end)
        if o:
            out["otc"] = (True, min(o.start(), mn.start), max(o.end(), mn.end))
        def past_other_med(bs: int, at: int) -> bool:
            # "clobetasol 0.05% ointment, amlodipine 5 mg, alendronate weekly": a sig after
            # another list entry dosed by mouth (name + mg) is a later entry's, not the steroid's
            return bool(_LIST_ORAL_ENTRY.search(text, max(bs, mn.end), at))

        def prn_at(bs: int, be: int):
            for p in lex.prn.finditer(text, bs, be):  # "albuterol prn": another drug's
                if lex.other_drug_prn.search(text, max(bs, p.start() - 30), p.start()) or \
                        past_other_med(bs, p.start()):
                    continue
                if re.fullmatch(r"[a-z-]+", p.group(0), re.I) and re.search(
                        r"(?:" + "|".join(x.pattern for x in (lex.exam_sign, lex.flare,
                                                             lex.condition_ref))
                        + r")\s+$", text[max(bs, p.start() - 30):p.start()], re.I):
                    continue  # "new crops of vesicles weekly": the disease's course, not a sig
                if _PRN_ADJECTIVE.fullmatch(p.group(0)) and not re.search(
                        r"\b(?:for|during|with|when|at|on|if)[ \t]+$",
                        text[max(bs, p.start() - 12):p.start()], re.I):
                    nm = re.match(r"[ \t]+(?:[a-z-]+,?[ \t]+){0,2}", text[p.end():p.end() + 40],
                                  re.I)  # the next three words
                    ws = [p.end() + w.start() for w in re.finditer(r"\S+", nm.group(0))] + \
                        [p.end() + nm.end()] if nm else []
                    if any((lex.exam_sign.match(text, w) or lex.symptom.match(text, w))
                           and not lex.flare.match(text, w) for w in ws):
                        continue  # "still has occasional small cracks": the disease, not a sig
                return p
            return None

        # "inadequate response to mometasone": a response said just before the drug names it
        lead = [m for m in lex.inadequate.finditer(text, max(pre[0], mn.start - 60), mn.start)
                if re.fullmatch(r"[ \t\w]{0,12}?\b(?:to|with|on|from)[ \t]*" + _LEAD_LENGTH
                                + r"(?:[\w-]+[ \t]+){0,2}",
                                text[m.end():mn.start], re.I)  # "poor control on intermittent X"
                and not self._conditional(text, m.start())
                and not lex.response_question.match(text, m.end())
                and not lex.response_requirement_lead.search(  # "attestation of ..."
                    text, max(0, m.start() - 60), m.start())]
        if lead:
            out["response"] = ("inadequate", lead[-1].start(), lead[-1].end())
        for bi, (bs, be) in enumerate(blocks):
            if "frequency" not in out:
                # "X ointment - active; omeprazole 20 mg daily": a daily sig right after an
                # oral dose or another drug's name is that drug's, not the steroid's
                f = next((m for m in lex.daily.finditer(text, bs, be)
                          if not (lex.other_drug_prn.search(text, max(bs, m.start() - 30),
                                                            m.start())
                                  and not re.search(r"\d\s*g[\s,-]*$", text[bs:m.start()]))
                          and not past_other_med(bs, m.start())),
                         None)
                p = prn_at(bs, be)
                if f and (not p or f.start() < p.start()):
                    out["frequency"] = (f.group(0), f.start(), f.end())
            if "prn" not in out:
                p = prn_at(bs, be)
                if p and bi > 0 and (out.get("duration") or md_range_in(text, *blocks[0])) \
                        and _LATER_EPISODE.search(text, bs, be):
                    p = None  # "x 6 weeks. Later restarted on weekends only": another episode
                if p and bi > 0 and lex.flare.search(p.group(0)) and \
                        not lex.use_words.search(text, bs, be) and \
                        len(re.findall(r"[A-Za-z']+", text[bs:be])) > 4:
                    # "Can't hold a pencil during flares": a later sentence about the disease's
                    # episodes that says nothing of use is no as-needed sig ("Only during
                    # flares." and "uses it during flares" are)
                    p = None
                if p:
                    out["prn"] = (True, p.start(), p.end())
                    out.setdefault("frequency", (p.group(0), p.start(), p.end()))
            if "duration" not in out:
                dur = self._course_duration(pg, bs, be, first=bi == 0)
                if dur:
                    out["duration"] = dur
            # (an answer's dates count when its question asks about use: "Used daily 28+
            # days?" / "Yes, 1/2/26 - 2/15/26")
            asked = bi > 0 and text[blocks[bi - 1][0]:blocks[bi - 1][1]].rstrip().endswith("?") \
                and _DATES_OF_USE.search(text, *blocks[bi - 1])
            if ("start" not in out or "stop" not in out) and (bi == 0 or (
                    (_DATES_OF_USE.search(text, bs, be) or asked)
                    and not lex.consult.search(text, bs, be))):
                for k, v in self._course_dates(pg, bs, be).items():
                    out.setdefault(k, v)
            if "response" not in out:
                r = self._response(pg, bs, be)
                if r:
                    out["response"] = r
        if "prn" not in out and "frequency" not in out:
            # "not controlled with intermittent clobetasol", "PRN use of triamcinolone": an
            # as-needed word right before the drug (a few linking words between) is its sig
            lead_prn = lex.prn_before_drug.search(text[max(pre[0], mn.start - 40):mn.start])
            if lead_prn:
                a = max(pre[0], mn.start - 40)
                w = (a + lead_prn.start("w"), a + lead_prn.end("w"))
                out["prn"] = (True, *w)
                out["frequency"] = (lead_prn.group("w"), *w)
        if not {"prn", "frequency", "duration", "start", "stop"} & set(out):
            same = lex.same_use.search(text, mn.end, blocks[0][1])
            if same and self._prev_course_prn(pg, mn.start):
                # "before X (PRN for flares) she used Y the same way": Y's sig is X's
                out["prn"] = (True, same.start(), same.end())
        if "duration" in out and out["duration"][2] <= blocks[0][1]:
            used = self._reported_use(pg, mn, pre)
            if used:  # "I prescribed X BID for 4 weeks. ... he used it for about two weeks"
                out["duration"] = used
        lead_start = None  # a start said before the drug ("On 3/2/26 I started X")
        if "start" not in out and "duration" not in out and _START_BEFORE_DRUG.search(
                text, max(pre[0], mn.start - 30), mn.start):
            # "started fluocinonide 0.05% cream BID 08/20/26": the date right after the drug's
            # sig is its start when a start verb leads the drug
            ds = find_dates(text[mn.end:blocks[0][1]])
            if ds and not re.search(r"[.;,](?!\d)|\(", text[mn.end:mn.end + ds[0].start]) and \
                    ds[0].start <= 40 and not find_durations(text[mn.end:mn.end + ds[0].start]):
                out["start"] = (ds[0].date, mn.end + ds[0].start, mn.end + ds[0].end)
        if not {"start", "duration"} & set(out):
            said = self._dates_before_drug(pg, pre[0], mn.start, blocks[0][1])
            if "stop" in said or "duration" in said or "stop" in out:
                for k, v in said.items():  # a start alone ("In Nov I prescribed X, never
                    out.setdefault(k, v)  # filled") tells no course length
            else:
                lead_start = said.get("start") or self._anaphoric_visit_start(pg, mn)
        if "duration" not in out and not {"start", "stop"} <= set(out):
            for bs, be in blocks:
                said = self._daily_since(pg, blocks[0][0], bs, be, earlier=lead_start)
                if said:  # "every evening since 1/13", "every day through February 16"
                    out.update(said)
                    break
        if "start" in out and not {"stop", "duration", "prn"} & set(out):
            still = self._still_in_use(pg, mn, out["start"], blocks[0][1])
            if still:  # "started 01/16/2026, applying daily, still using": to this visit
                out["stop"] = still
        if "duration" not in out and not {"start", "stop"} <= set(out):
            for bs, be in blocks:  # "applied nightly from 9/8 to 10/13" (no year)
                r = md_range_in(text, bs, be)
                if r and r[0] * (1 - _ESTIMATE_SLACK) < 28 <= r[0] and \
                        self.lex.approximate.search(text, r[1], r[2]):
                    break  # "from 3/1 until about 3/30": it may have been under 4 weeks
                if r:
                    out["duration"] = r
                    break
        if "duration" not in out and not {"start", "stop"} & set(out):
            split = self._md_start_then_stop(pg, mn, pre, blocks)
            if split:  # "started X daily on 2/3. She stopped it on 2/21": first to last day
                out["duration"] = split
        if "start" in out and not {"stop", "duration", "prn"} & set(out):
            # "started X on 2/2/26 ... still applying it daily as of today": daily use from
            # the start to this visit's date (quoted where the page states that date)
            still = next((m for bs, be in blocks for m in lex.still_daily.finditer(text, bs, be)
                          if m.start() > out["start"][1]), None)
            visit = self._visit_date_span(pg, still.start()) if still else None
            if visit and 0 < (visit[0] - out["start"][0]).days <= 366:
                out["stop"] = visit
        if "response" not in out:
            r = self._response(pg, *pre)
            if r:
                out["response"] = r
        if "duration" not in out:
            for d in find_durations(text[pre[0]:pre[1]]):
                s, e = d.start + pre[0], d.end + pre[0]
                between = text[e:mn.start]
                if (re.search(r"course|trial|of|on|with|treatment|\binto\b", between, re.I) or
                        _DUR_FILLER.fullmatch(between)) and \
                        not re.search(r"[.;]", between) and (len(between) <= 40 or (
                            len(between) <= 70 and (_DUR_FILLER.fullmatch(between) or re.fullmatch(
                                r"\s*(?:[\w-]+\s+){0,2}(?:course|trial)\s+of\s+(?:[\w-]+\s+){0,4}",
                                between, re.I)))) and \
                        not find_dates(between) and \
                        not self.lex.not_reached.search(text[max(pre[0], s - 40):s]) and \
                        (not _FUTURE_DUR.search(
                            text[max(pre[0], s - 12):s]) or re.match(
                            r"\s*of\s+(?:daily|twice[- ]daily|nightly|bid|continuous)\b",
                            between, re.I)) and \
                        not (d.days < 28 and self._length_left_open(text, e)):
                    # "after 6 weeks of daily X": a past course
                    out["duration"] = (d.days, _word_start(text, max(pre[0], s - 6)), e)
        if "duration" in out and {"start", "stop"} <= set(out) and \
                out["stop"][0] >= out["start"][0] and \
                lex.approximate.search(text, max(0, out["duration"][1] - 20), out["duration"][2]):
            # "last application 03/01 (started 02/03) - about a month": an estimated length
            # yields to the exact first and last days the chart gives for the course
            out.pop("duration")
        # (also the words before the drug that hold its length: "the claims show three
        # months of X")
        dur_pre = [(pre[0], pre[1])] if "duration" in out and out["duration"][1] < pre[1] else []
        if any(lex.frequency_unknown.search(text, bs, be) for bs, be in blocks + dur_pre):
            for k in ("duration", "start", "stop"):  # "used Jan-Mar (frequency not recorded)"
                out.pop(k, None)
            if "prn" in out and not re.match(r"p\.?r\.?n|as[- ]needed|when needed",
                                             out["prn"][0] if isinstance(out["prn"][0], str)
                                             else text[out["prn"][1]:out["prn"][2]], re.I):
                # "on and off, maybe a month or two - unsure whether it was daily": vague use
                # the chart cannot place is unknown, not as-needed use
                out.pop("prn")
                if out.get("frequency") and lex.prn.fullmatch(out["frequency"][0]):
                    out.pop("frequency")
        if "prn" in out:
            freq, dur = out.get("frequency"), out.get("duration")
            freq_is_prn = bool(freq) and freq[1] == out["prn"][1]
            # the course's end: its stated length, its stop date ("daily 6/10/26 - 7/8/26"),
            # else its daily sig ("every day through most of March, then as needed": a daily
            # stretch of unknown length, then PRN use)
            course_end = dur[2] if dur else (out["stop"][2] if {"start", "stop"} <= set(out)
                                             else None)
            later = (r"\b(?:then|thereafter|after which|followed by|afterwards?|since|now|"
                     r"currently|nowadays|these days|lately)\b")
            if course_end is None and freq and not freq_is_prn and freq[1] < out["prn"][1]:
                course_end = freq[2]  # "BID, currently prn" is PRN use: "then" only
                later = r"\b(?:then|thereafter|after which|followed by|afterwards?)\b"
            daily_first = (course_end is not None and course_end <= out["prn"][1] and freq and (
                freq_is_prn or (freq[1] < out["prn"][1] and not lex.prn.search(freq[0])))
                           and re.search(later, text[course_end:out["prn"][1]], re.I))
            if daily_first:  # "daily for 4 weeks, then only on weekends", "a 4-week course
                out.pop("prn")  # then prn": the course stands, the later PRN use is another
                if freq_is_prn:
                    out.pop("frequency")
            else:
                out.pop("duration", None)
        for k in ("duration", "frequency", "response"):
            if k in out and isinstance(out[k][2], int) and \
                    lex.item_answer_withheld.match(text, out[k][2]):
                # "Daily use >= 28 consecutive days: not documented": a worksheet's item
                # answered "not documented" / "pending" is the question, not the course's fact
                out.pop(k)
        return out

    def _prev_course_prn(self, pg: _Page, at: int) -> bool:
        """Whether the steroid course named last before ``at`` in its paragraph was read as
        as-needed use."""
        # (a bare name with no sig of its own, "Before X, she used Y ...", is no course)
        sig = {f.group for f in self.st.findings if f.field in {
            "therapy.prn", "therapy.frequency", "therapy.duration_days", "therapy.start_date",
            "therapy.stop_date"}}
        drugs = [f for f in self.st.findings if f.field == "therapy.drug" and
                 f.file == pg.doc.file and f.page == pg.page.number and f.char_end is not None
                 and f.char_end <= at and f.group in sig]
        if not drugs:
            return False
        last = max(drugs, key=lambda f: f.char_start or 0)
        if at - (last.char_start or 0) > 800 or re.search(
                r"\n[ \t]*\n", pg.text[last.char_start or 0:at]):
            return False  # (the same paragraph only)
        return any(f.field == "therapy.prn" and f.value is True and f.group == last.group
                   for f in self.st.findings)

    def _still_in_use(self, pg: _Page, mn: _Mention, start: tuple,
                      be: int) -> tuple | None:
        """A dated start the drug's block follows with daily use and a word that it is still
        in use ("started 01/16/2026, using daily, still using"): the course runs from that
        start to this visit's date (returned, and flagged as going on past it, so a span
        short of 28 days stays unknown). Needs the visit's date, a daily word and the
        still-in-use cue after the start; the span must be whole and under a year."""
        text, lex = pg.text, self.lex
        if not lex.ongoing_use.search(text, start[2], be) or \
                not lex.daily.search(text, mn.end, be) or lex.prn.search(text, mn.end, be):
            return None
        ref = self._visit_date_span(pg, mn.start)
        if not ref or not 0 < (ref[0] - start[0]).days <= 366:
            return None
        self.st.ongoing_stops.add((id(pg), *ref))  # use goes on past the visit
        return ref

    def _daily_since(self, pg: _Page, first: int, bs: int, be: int, *,
                     earlier: tuple | None = None) -> dict[str, tuple] | None:
        """A daily course the chart dates by "since" or "through" with a day and month but no
        year: "every evening since 1/13" (to this visit), "started on January 20 ... used it
        every day since" (the earlier day, to this visit), "on January 8 ... every day
        through February 16" (the earlier day to that one). Years come from the visit's date,
        which must be known; the course's days must be whole and under a year. The earlier
        day is looked for from ``first`` (the drug's mention) on, else it is ``earlier`` (a
        start said before the drug: "On 2/2/26 I started X; she has used it daily since")."""
        text = pg.text
        for m in self.lex.daily_since.finditer(text, bs, be):
            ref = self._visit_date_span(pg, m.start())
            if not ref:
                return None
            after = yearless_date(text, m.end(), ref[0])
            full = find_dates(text[m.end():m.end() + 24])
            if full and re.fullmatch(r"[ \t]*(?:on[ \t]+)?", text[m.end():m.end() + full[0].start]):
                day = full[0].date
                if full[0].precision == "month" and m["kw"].lower() == "since":
                    # "BID since August 2026": the fewest days it can mean (from the month's
                    # last day), and nothing when those fall short of 28 (unknown, as with
                    # month-only ranges)
                    day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
                    if (ref[0] - day).days + 1 < 28:
                        continue
                after = (day, m.end() + full[0].start, m.end() + full[0].end)
            before = [(d.date, first + d.start, first + d.end)
                      for d in find_dates(text[first:m.start()])]
            before += [x for x in find_yearless(text, ref[0], first, m.start())
                       if _YEARLESS_START.search(text, max(first, x[1] - 16), x[1])]
            before = max(before, key=lambda x: x[1]) if before else earlier
            if m["kw"].lower() == "since":
                if after:
                    start, stop = after, ref
                    self.st.ongoing_stops.add((id(pg), *ref))  # use goes on past the visit
                elif before and re.match(r"[ \t]*(?:[,.;)]|$)", text[m.end():m.end() + 3]):
                    start, stop = before, ref  # "... on January 20, and has used it daily since"
                    # ("... every day since, and finished the course on February 27": the
                    # stop day said after it, when it falls between the start and the visit)
                    ends = [x for x in find_yearless(text, ref[0], m.end(), be)
                            if _STOP_CUE.search(text[max(m.end(), x[1] - 32):x[1]])
                            and start[0] < x[0] <= ref[0]]
                    if ends:
                        stop = ends[0]
                else:
                    continue
            elif after and before:
                start, stop = before, after
            else:
                continue
            if not 0 < (stop[0] - start[0]).days <= 366:
                continue
            return {"start": start, "stop": stop}
        return None

    def _reported_use(self, pg: _Page, mn: _Mention,
                      pre: tuple[int, int]) -> tuple[int, int, int] | None:
        """The length of use one of the next two sentences reports by reference ("he used it
        for about two weeks and quit"; no other drug named before it), when the drug's own
        sentence gives the length it was prescribed for ("I prescribed X BID for 4 weeks"):
        (days, start, end), else None."""
        text, lex = pg.text, self.lex
        lead = text[max(pre[0], mn.start - 30):mn.start]
        rx = lex.prescribed_before
        after = lex.prescribed_after.search(text, mn.end, min(len(text), mn.end + 50))
        if not any(re.fullmatch(r"\s*", lead[m.end():]) for m in rx.finditer(lead)) and not (
                after and not re.search(r"[;\n]|\.(?!\d)", text[mn.end:after.start()])):
            return None  # neither "I prescribed X ..." nor "X ... was prescribed"
        sec = pg.sentences[mn.sent_index].section.name
        for s2 in pg.sentences[mn.sent_index + 1:mn.sent_index + 3]:
            if s2.section.name != sec:
                break
            other = lex.drugs.search(text, s2.start, s2.end)
            bs, be = s2.start, other.start() if other else s2.end
            for d in find_durations(text[bs:be]):
                s, e = d.start + bs, d.end + bs
                win = text[max(bs, s - 60):s]
                ref = next((m for m in lex.use_reference.finditer(win)
                            if re.fullmatch(r"\s*", win[m.end():])), None)
                if ref and not re.match(r"\s*ago\b", text[e:e + 8]):
                    return (d.days, max(bs, s - 60) + ref.start(), e)
            if other:
                break
        return None

    def _anaphoric_visit_start(self, pg: _Page, mn: _Mention) -> tuple | None:
        """The drug's sentence opens by pointing back to a visit and a prescribing or use verb
        ("When I examined him on January 20 ... At that visit I prescribed X"): the last dated
        day of the sentence before (the year from this page's visit date), as the start a later
        "used it every day since" counts from; else None."""
        text = pg.text
        k = mn.sent_index
        if k <= 0:
            return None
        sent, prev = pg.sentences[k], pg.sentences[k - 1]
        m = self.lex.visit_anaphor.match(text, sent.start, mn.start)
        if m is None or not self.lex.use_before_drug.match(
                text, re.match(r"[\s,]*", text[m.end():mn.start]).end() + m.end()):
            return None
        ref = self._visit_date_span(pg, mn.start)
        days = [(d.date, prev.start + d.start, prev.start + d.end)
                for d in find_dates(text[prev.start:prev.end]) if d.precision == "day"]
        days += find_yearless(text, ref[0], prev.start, prev.end) if ref else []
        days = [x for x in days if ref is None or x[0] <= ref[0]]
        return max(days, key=lambda x: x[1]) if days else None

    def _md_start_then_stop(self, pg: _Page, mn: _Mention, pre: tuple[int, int],
                            blocks: list[tuple[int, int]]) -> tuple[int, int, int] | None:
        """"Started X cream daily on 2/3. He stopped it on 2/21 (burning)": a start verb leads
        the drug, a month/day right after its sig is the first day, and a month/day stop said
        later in the same course (its own sentence too) the last: the days between, both
        counted."""
        text = pg.text
        if not _START_BEFORE_DRUG.search(text, max(pre[0], mn.start - 30), mn.start):
            return None
        md = re.compile(r"(?<![\d/.])(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?![\d/])").search(
            text, mn.end, min(blocks[0][1], mn.end + 50))
        if not md or re.search(r"[;,(]|\.(?!\d)|\bthen\b", text[mn.end:md.start()]) or \
                find_durations(text[mn.end:md.start()]) or \
                self.lex.approximate.search(text, max(mn.end, md.start() - 12), md.start()):
            return None
        for bs, be in blocks:
            stop = _MD_STOP.search(text, max(bs, md.end()), be)
            if stop:
                days = md_range_days({"m1": md["m1"], "d1": md["d1"], "m2": stop["m2"],
                                      "d2": stop["d2"]})
                return (days + 1, md.start(), stop.end()) if days else None
        return None

    def _dates_before_drug(self, pg: _Page, ps: int, ds: int, be: int) -> dict[str, tuple]:
        """A date said first, then a use or prescribing verb, then the drug: the date is the
        course's start ("On 3/4/26 I rx'd mometasone ...", a range its first and last day
        ("From 1/5/2026 to 2/16/2026 she applied X"). A month/day start without a year
        ("Seen 3/3 - Rx'd X bid, used daily until f/u 4/14") gives the course's length with a
        month/day stop said after the drug."""
        text = pg.text
        seg = text[ps:ds]

        def verb_only(gap: str) -> bool:
            m = re.match(r"[\s,:;(–—-]*", gap)
            v = self.lex.use_before_drug.match(gap, m.end())
            return bool(v) and re.fullmatch(r"(?:\s+(?:the|a|an|her|his|their|topical))*\s*",
                                            gap[v.end():], re.I) is not None
        for r in reversed(find_date_ranges(seg)):
            a, b = r.start + ps, r.end + ps
            # a table row opening with its dates, the product in the next cell
            # ("2025-03-01 to 2025-04-02 | desonide 0.05% cream | ..."): the row's course
            row = not text[_line_start(text, a):a].strip() and re.fullmatch(
                r"[ \t|:]*", seg[r.end:]) is not None
            if not row and not verb_only(seg[r.end:]):
                break
            if r.exact:
                return {"start": (r.first_lo, a, b), "stop": (r.second_lo, a, b)}
            return {"duration": (r.min_days, a, b)} if r.min_days >= 28 else {}
        dates = find_dates(seg)
        if dates and verb_only(seg[dates[-1].end:]):
            d = dates[-1]
            return {"start": (d.date, d.start + ps, d.end + ps)}
        md = re.search(r"(?<![\d/.])(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?![\d/])(?=[^\d/]*$)", seg)
        if md and verb_only(seg[md.end():]):
            stop = _MD_STOP.search(text, ds, be)
            if stop:
                days = md_range_days({"m1": md["m1"], "d1": md["d1"], "m2": stop["m2"],
                                      "d2": stop["d2"]})
                if days:
                    return {"duration": (days + 1, md.start() + ps, stop.end())}
        return {}

    def _length_left_open(self, text: str, e: int) -> bool:
        """Does the rest of the sentence of a course length ending at ``e`` say the course's
        whole length is unknown ("still flaring after ~3 weeks of daily use; total duration
        of that course unknown")? Then the length is a lower bound, not the course's."""
        stop = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n").search(text, e, e + 150)
        return bool(self.lex.course_length_unknown.search(
            text, e, stop.start() if stop else min(len(text), e + 150)))

    def _course_duration(self, pg: _Page, bs: int, be: int, *, first: bool):
        text = pg.text
        for rx in self.lex.stopped_at_day:  # "stopped for burning at day 10": 10 days of use
            m = rx.search(text, bs, be)
            if m and int(m.group("n")) > 0:
                return (int(m.group("n")), m.start(), m.end())
        for d in find_durations(text[bs:be]):
            s, e = d.start + bs, d.end + bs
            before = text[max(bs, s - 25):s]
            after = text[e:min(be, e + 25)]
            if (_FUTURE_DUR.search(before) and not self._past_course_after(text, bs, s, e)
                    and not self._stopped_after(pg, s)) or re.match(r"\s*ago\b", after):
                continue
            if self.lex.not_reached.search(text[max(bs, s - 40):s]):
                continue  # "neither reached 4 wks", "max 2 wk on face": not days of use
            if re.match(r"\s*(?:supply|tube|refills?|history)", after, re.I) or \
                    self.lex.window_after.match(text, e):
                continue  # "12 MONTH LOOKBACK": a report's window, not days of use
            if self.lex.without_after.match(text, e):
                continue  # "offshore for a week without it": a gap in use, not days of use
            if be < len(text) and be > e and self.lex.duration_names_next.fullmatch(text, e, be) \
                    and _sentence_index(pg, be) == _sentence_index(pg, s):
                continue  # "failed X and 8 weeks of Y": the block ends at Y, whose length it is
            if d.days < 28 and self.lex.duration_so_far.match(text, e):
                continue  # "BID, 2 wks so far": a running course's use to now, not its length
            if d.days < 28 and self._length_left_open(text, e):
                continue  # "no better after 3 weeks; total duration unknown": a lower bound
            wide = text[max(bs, s - 60):s]
            if re.search(r"\bover\s*(?:~|about|approx\.?|roughly|the\s+(?:last|past))?\s*$",
                         wide, re.I) and (self.lex.range_window_before.search(wide) or re.search(
                             r"\d\s*(?:g|gm|grams?)\b|\b(?:tubes?|fills?|refills?)\b", wide,
                             re.I)):
                # "400 g dispensed over ~23 months", "every tube he has used over seven
                # years": the supply's window, not a course
                continue
            if self.lex.not_use_duration.search(text[max(bs, s - 45):s]):
                continue  # "on her med list for 2 years": not days of use
            if _YES_NO_CHOICE.match(text, e) and not _answer_yes(text, e):
                continue  # "Used daily for 28 days:  ☐ Yes  ☐ No": a form's question
            if _is_question(text, _sentence_at(pg, s), e) and \
                    _question_answer(text, e) in ("no", "blank"):
                continue  # "Applied daily >= 28 days? Dates: see chart": the question's wording
            if not first:
                ctx = text[max(bs, s - 50):min(be, e + 30)]
                # "Applied it every day from around Dec 20 to the end of January (~6 weeks)":
                # the use word may stand before the course's from-to dates the length sums up
                span = _SPAN_TO_LENGTH.search(text, bs, s)
                if span and _DAILY_CONTEXT.search(text, max(bs, span.start() - 50), span.start()):
                    ctx = text[max(bs, span.start() - 50):min(be, e + 30)]
                if not _DAILY_CONTEXT.search(ctx) or self.lex.condition_ref.search(ctx):
                    continue
                if _is_question(text, _sentence_at(pg, s), e) and not _answer_yes(text, be):
                    continue
            qs = _word_start(text, max(bs, s - 8)) if not re.search(r"x\s*$", before) else s
            qe = e
            if _is_question(text, _sentence_at(pg, s), e):
                qe = _answer_end(text, be)
            if d.max_days is not None and d.days < 28 <= d.max_days:
                return None  # "daily for 3-4 weeks": it may or may not have reached 28 days
            if d.max_days is None and d.days * (1 - _ESTIMATE_SLACK) < 28 <= d.days and \
                    self._estimated(text, bs, s, e, be):
                return None  # "daily for about a month": it may have been 3-4 weeks
            return (d.days, qs, qe)
        return None

    def _estimated(self, text: str, bs: int, s: int, e: int, be: int) -> bool:
        """Is the length at ``s``-``e`` an estimate: a hedge right before it ("for about a
        month", "~4 weeks") or right after it ("30 days or so")?"""
        hedges = list(self.lex.approximate.finditer(text, max(bs, s - 25), s))
        if hedges and re.fullmatch(r"[\s,:]*(?:for\s+)?(?:a\s+|an\s+)?",
                                   text[hedges[-1].end():s], re.I):
            return True
        m = re.match(r"[ \t,]*", text[e:be])
        return bool(self.lex.approximate.match(text, e + m.end(), be))

    def _stopped_after(self, pg: _Page, s: int) -> bool:
        """"Stopped X today - burning, no improvement after 3 weeks": in a sentence saying the
        course was stopped, a response or side effect "after" a length tells how long it was
        used before it was stopped (not a follow-up interval)."""
        text, lex = pg.text, self.lex
        sent = _sentence_at(pg, s)
        if sent is None or not re.search(r"\bafter\s*$", text[max(sent.start, s - 8):s], re.I):
            return False
        lead = text[max(sent.start, s - 40):s]
        stops = list(re.finditer(r"\b(?:stopped|stopping|discontinued|discontinuing|d/c'?d|quit|"
                                 r"ceased)\b", text[sent.start:s], re.I))
        if not stops:
            return False
        at = sent.start + stops[-1].start()
        clause = max(sent.start, at - 20, *(text.rfind(c, sent.start, at) + 1 for c in ".;\n"))
        if re.search(r"\b(?:rtc|f/u|follow[- ]?up|return|recheck|reassess\w*|re-?evaluat\w*|"
                     r"will|plan\w*|until|if)\b", text[clause:s], re.I):
            return False  # "will consider stopping after 4 weeks": a plan
        # "stopped X today after 3 wks" (the stop said right before), or "stopped X - burning,
        # no improvement after 3 weeks" (a result or side effect said of that length)
        return bool(re.search(r"\b(?:stopped|discontinued|d/c'?d|quit|ceased)\b",
                              text[max(sent.start, s - 60):s], re.I) or
                    lex.inadequate.search(lead) or lex.adequate.search(lead) or
                    lex.intolerance.search(lead))

    @staticmethod
    def _past_course_after(text: str, bs: int, s: int, e: int) -> bool:
        """"(inadequate efficacy of X) after 6 wks of daily use": a course length said after
        "after" is the past course's when daily use follows and no follow-up or future word
        leads ("reassess after 4 weeks of daily use" is a plan)."""
        if not re.search(r"\bafter\s*$", text[max(bs, s - 8):s], re.I) or not re.match(
                r"\s*of\s+(?:daily|twice[- ]daily|nightly|bid|b\.i\.d\.?|continuous|"
                r"consecutive|consistent|uninterrupted)\b", text[e:e + 30], re.I):
            return False
        lead = text[max(bs, s - 45):s]
        return not re.search(r"\b(?:rtc|f/u|follow[- ]?up|return|recheck|reassess\w*|re-?evaluat\w*|"
                             r"see|will|plan\w*|then|until|review)\b", lead, re.I)

    def _course_dates(self, pg: _Page, bs: int, be: int) -> dict[str, tuple]:
        text = pg.text
        out: dict[str, tuple] = {}
        for r in find_date_ranges(text[bs:be]):
            # "7/7-9/1/26", "May 4 - June 15, 2026": the course's first and last day. With
            # months only ("March to April 2026") the exact days are unknown: the course is
            # given its fewest possible days when even those reach 28, else nothing (unknown).
            a, b = r.start + bs, r.end + bs
            if self.lex.range_window_before.search(text, max(bs, a - 40), a) or (
                    self.lex.range_window_after.match(text, b)):
                continue  # "dispensed 03/2022-02/2025: 5 fills": a window, not a course
            if r.exact:
                return {"start": (r.first_lo, a, b), "stop": (r.second_lo, a, b)}
            if r.min_days >= 28:
                return {"duration": (r.min_days, a, b)}
            return out
        ds = find_dates(text[bs:be])
        for j, d in enumerate(ds):
            a, b = d.start + bs, d.end + bs
            if j + 1 < len(ds) and (_RANGE_SEP.match(text[b:ds[j + 1].start + bs]) or (
                    _CELL_SEP.match(text[b:ds[j + 1].start + bs])
                    and self._start_end_columns(text, a))):
                nd = ds[j + 1]
                if self.lex.range_window_before.search(text, max(bs, a - 40), a) or (
                        self.lex.range_window_after.match(text, nd.end + bs)):
                    break  # "total dispensed 03/2022-02/2025: 5 fills": not a course
                if (d.precision != "day" or nd.precision != "day") and not (
                        d.precision == nd.precision == "month" and (nd.date - d.date.replace(
                            day=calendar.monthrange(d.date.year, d.date.month)[1])).days >= 27):
                    # "Start 05/2026 | Stop 06/2026": months only, the exact days are unknown
                    # (1 to 61 here); as with ranges above, the dates count only when even
                    # the fewest days they allow (last day of one month to the first of the
                    # other) reach 28
                    return out
                out["start"] = (d.date, a, b)
                out["stop"] = (nd.date, a, nd.end + bs)
                return out
            before = text[max(bs, a - 20):a]
            today = self.lex.until_today.match(text, b)
            visit = self._visit_date_span(pg, a) if today else None
            if visit and visit[0] >= d.date:
                # "used it daily, 12/8/25 through today": the course runs to this visit's date
                # (quoted where the page states it)
                out["start"] = (d.date, a, b)
                out["stop"] = visit
                return out
            if re.search(r"(?:-|–|to|through)\s*(?:present|now|current|ongoing)", text[b:b + 14],
                         re.I):
                out["start"] = (d.date, a, b)
                return out
            last = self.lex.last_use.search(text, max(bs, a - 40), a)
            if last:  # "last application 03/01/2026"
                out["stop"] = (d.date, last.start(), b)
            elif _STOP_CUE.search(text[max(bs, a - 32):a]):
                # ("finished the course on 2/16/26": a longer stop phrase)
                cue = _STOP_CUE.search(text[max(bs, a - 32):a])
                out["stop"] = (d.date, max(bs, a - 32) + cue.start(), b)
            elif _START_CUE.search(before):
                cue = _START_CUE.search(before)
                out.setdefault("start", (d.date, max(bs, a - 20) + cue.start(), b))
        return out

    @staticmethod
    def _start_end_columns(text: str, pos: int) -> bool:
        """Two dates in adjacent cells of a row under a "Start | End" header (a few lines up,
        the header may be OCR'd without its rules): the course's first and last day. Rows
        whose cells wrap onto several lines put the header further up: past four lines, only
        a short header-like line (a few words, no sentence) counts."""
        ls = _line_start(text, pos)
        head_s = ls
        for k in range(8):
            if head_s <= 0:
                break
            head_s = _line_start(text, head_s - 1)
            if _START_END_HEAD.match(text, head_s) and (k < 4 or (
                    len(_line_at(text, head_s).split()) <= 8
                    and not re.search(r"[.;,]", _line_at(text, head_s)))):
                return True
        return False

    def _offered_choice(self, text: str, start: int, end: int) -> bool:
        """Is the response word one of a form's printed choices, e.g. "Response
        (inadequate / adequate / intolerant): ____"? A slash- or "or"-joined run of
        alternatives that holds both an inadequate and an adequate word is a question, not an
        answer."""
        ls = _line_start(text, start)
        le = _line_end(text, end)
        line = text[ls:le]
        a, b = start - ls, end - ls
        run = re.compile(r"[\w -]+(?:\s*(?:/|\bor\b)\s*[\w -]+)+")
        for m in run.finditer(line):
            if m.start() <= a and b <= m.end():
                alts = re.split(r"\s*(?:/|\bor\b)\s*", m.group(0))
                bad = [x for x in alts if self.lex.inadequate.search(x)]
                good = [x for x in alts if x not in bad and (
                    self.lex.adequate.search(x) or _CHOICE_WORD.search(x))]
                if bad and good and re.search(r"\bclear(?:ed)?\s*$", bad[0], re.I) and \
                        alts.index(bad[0]) < min(alts.index(x) for x in good) and \
                        all(self.lex.near_clear.match(x.strip()) for x in good):
                    return False  # "did not clear or almost clear": one negated target
                return bool(bad and good)
        return False

    def _conditional(self, text: str, pos: int) -> bool:
        """Is the response word at ``pos`` inside a conditional clause ("If inadequate
        response -> Anzupgo", "discussed X if this trial fails")? A condition of a plan is no
        result of the course."""
        lo = max(0, pos - 60)
        cut = max(text.rfind(c, lo, pos) for c in ".;!?\n")
        return bool(self.lex.response_conditional.search(text, max(lo, cut + 1), pos))

    def _response(self, pg: _Page, bs: int, be: int):
        text, lex = pg.text, self.lex
        if be <= bs:
            return None
        bad = next((m for m in lex.inadequate.finditer(text, bs, be)
                    if not _grid_unmarked(text, m.start())
                    and not lex.response_question.match(text, m.end())  # "the X question"
                    and not lex.response_requirement_lead.search(  # "attestation of ..."
                        text, max(0, m.start() - 60), m.start())
                    and not self._offered_choice(text, m.start(), m.end())
                    and not self._conditional(text, m.start())
                    and _question_answer(text, m.end()) in (None, "yes")
                    and not _leader_unanswered(text, m.end())
                    and not _cell_unanswered(text, m.end())
                    and not lex.item_answer_withheld.match(text, m.end())), None)
        if bad and not _UNCHECKED.search(text[max(0, bad.start() - 6):bad.start()]):
            return ("inadequate", bad.start(), bad.end())
        for good in lex.adequate.finditer(text, bs, be):
            if lex.response_question.match(text, good.end()):
                continue  # "the adequate-response criterion": a form's item, no result
            if self._conditional(text, good.start()):
                continue  # "if it clears, taper to weekends": a plan's condition
            if re.search(r"\bafter\s+$", text[max(0, good.start() - 8):good.start()], re.I):
                continue  # "returned 3 mo after clearing": an earlier clearance, no response
            if re.search(r"\b(?:not|never|without|n't)\s+(?:(?:been|be|become|became|get|gets|got|"
                         r"gotten|getting|reach(?:ed|ing)?|achiev(?:e|ed|ing)|attain(?:ed|ing)?|"
                         r"stay(?:ed)?)\s+(?:to\s+)?)?(?:\w+\s*(?:/|or)\s*)?(?:(?:almost|nearly)\s+)?$",
                         text[max(0, good.start() - 48):good.start()], re.I):
                # "but not\nclear/almost clear" wrapped apart, "never achieved clear/almost
                # clear": a clear skin not reached, not a response at all
                continue
            if self._offered_choice(text, good.start(), good.end()):
                continue
            if re.match(r"[\s,]+(?:(?:however|though|too|also)[\s,]+)?(?:that|about|whether)\b",
                        text[good.end():good.end() + 24], re.I):
                continue  # "she is quite clear that she applied it daily": certain, not clear skin
            other = _STATE_ON_OTHER.match(text, good.end())
            if other and re.search(r"remission|controlled", good.group(0), re.I) and \
                    vocab.drug_class(other.group(1)) is None and not _GENERIC_TX.fullmatch(
                        other.group(1)):
                continue  # "colitis in remission on mesalamine": another disease's drug
            if not _UNCHECKED.search(text[max(0, good.start() - 6):good.start()]):
                return ("adequate", good.start(), good.end())
            break
        return None

    def _medication(self, pg: _Page, mn: _Mention, sent: Sentence, scope_end: int,
                    cats: dict[str, int]) -> None:
        text, lex = pg.text, self.lex
        if "negated" not in cats and _never_listed(text, mn.start, sent.start, lex):
            cats = {**cats, "negated": 0}  # "never cyclosporine/methotrexate"
        if "hypothetical" in cats and "hypothetical" not in self.engine.categories(
                pg.triggers, mn.start, mn.end) and (
                _affirmed_question(text, sent, mn, lex) or (
                    _qa_examples(text, mn.start) == "hypothetical"
                    and _qa_examples(text, mn.start, bare_yes_keeps=True) is None)):
            # "Currently taking Rinvoq?  [x] Yes", "Q4. Using any of: ...? / A: Yes": the
            # answer affirms the drug asked about (a drug taken is never hidden)
            cats = {k: v for k, v in cats.items() if k != "hypothetical"}
        line_s = _line_start(text, mn.start)
        line_e = _line_end(text, mn.end)
        ctx_list = _ctx_list(cats)
        status: str | None = None
        qs, qe = mn.start, mn.end
        # a table row: a capitalised status word on the same line
        row_status = None
        for rx, name in lex.status:
            for m in rx.finditer(text, mn.end, line_e):
                if m.start() >= sent.end and not re.search(r"\||\t|[ ]{2}", text[mn.end:m.start()]):
                    continue  # "X denied. Pt never filled it. Continue Y": a later sentence's verb
                # a capitalised status word, or an end of use a dot leader joins to the drug
                # ("ruxolitinib cream ...... discontinued 02/2026"): the row's status cell (a
                # lower-case "active" there keeps the older reading: a stale fill may date it)
                if (m.group(0)[0].isupper() or name != "active" and _DOT_LEADER.search(
                        text, mn.end, m.start())) and (
                        row_status is None or m.start() < row_status[1]):
                    row_status = (name, m.start(), m.end())
        if row_status is None and _status_column(text, line_s):
            # a lower-case status cell under a "... | Status" header: the row's last status word
            for rx, name in lex.status:
                for m in rx.finditer(text, mn.end, line_e):
                    if row_status is None or m.start() > row_status[1]:
                        row_status = (name, m.start(), m.end())
        if row_status is None and (find_dates(text[mn.end:line_e]) or _lone_date_beside(
                text, line_s, line_e)) and not {
                "current", "planned", "historical", "negated", "family", "hypothetical"} & set(cats):
            row_status = self._wrapped_cell_status(pg, line_s, line_e)
        cell_stop = None
        if row_status is None and not {
                "current", "planned", "historical", "negated", "family", "hypothetical"} & set(cats):
            below = self._status_cell_below(pg, mn, line_s, line_e)
            if below:  # "methotrexate 15 mg weekly" / "discontinued 08/2022 for ..."
                row_status, cell_stop = below[:3], below[3]
        ns = row_status and row_status[0] == "active" and lex.hold_word.fullmatch(
            text, row_status[1], row_status[2]) and lex.hold_not_started.search(
                text, line_s, line_e)
        if ns:  # "methotrexate 15 mg weekly  FUTURE - ON HOLD": an order never started
            row_status = ("planned", min(row_status[1], ns.start()), max(row_status[2], ns.end()))
        if row_status and "family" not in cats and "negated" not in cats:
            status, rs, qe = row_status
            qs = min(qs, rs)
            ctx_list = [c for c in ctx_list if c not in ("hypothetical", "planned", "historical")]
            if sent.section.rule.context:
                ctx_list = sorted(set(ctx_list) | set(sent.section.rule.context))
        else:
            status, qs, qe = self._status_from_context(pg, mn, sent, cats)
            label = None
            if status == "active" and not {"current", "planned", "historical"} & set(cats):
                label = self._label_status(text, mn.start)
            if label:  # "PLANNED:  upadacitinib 15 mg daily" in a reconciled list
                status, qs = label[0], label[1]
                extra = {"planned": "planned", "discontinued": "historical"}.get(status)
                if extra:
                    ctx_list = sorted(set(ctx_list) | {extra})
            elif status == "active" and "current" not in cats and (
                    self._in_past_year(pg, mn, sent) or self._stale_fill(pg, mn, line_s)):
                status, ctx_list = None, sorted(set(ctx_list) | {"historical"})
        rng = None if row_status else _narrative_range(text, mn, sent, scope_end)
        stop_ref = None
        if not row_status and rng is None and not {
                "family", "negated", "hypothetical", "current", "planned"} & set(cats):
            stop_ref = self._stop_reference(pg, mn, sent)
        if stop_ref:  # "started on Opzelura ...; she stopped it in June 2025"
            stop, ss, se = stop_ref
            status, qs, qe = (None, mn.start, mn.end) if stop else (
                "discontinued", min(qs, mn.start), max(qe, se))
            ctx_list = sorted(set(ctx_list) | {"historical"})
        elif not row_status and rng is None and not {
                "family", "negated", "hypothetical", "current"} & set(cats) \
                and self._not_started_reference(pg, mn, sent):
            # "upadacitinib ... insurance denied, never started": no use at all
            status, ctx_list = None, sorted(set(ctx_list) | {"negated"})
        if status == "discontinued" and not row_status and rng is None and not stop_ref:
            # a stop verb right before the drug, the date right after it ("she stopped Rinvoq
            # in 11/2024 after ..."): that date is the stop date (a later "Active" copy of the
            # list is the same course, since stopped)
            stop_ref = self._lead_stop_date(pg, mn, sent)
        if rng and status == "active" and rng[1] is not None and not (
                {"current", "planned"} & set(cats)):
            status = None  # the stop date says it; the rules read status from it
        cols = None
        if not row_status and rng is None and not {"family", "negated", "hypothetical"} & set(
                cats) and self._start_end_columns(text, mn.start):
            # a row under a "Start | Stop" header ("cyclosporine 100 mg BID  02/02/2026
            # 03/30/2026  HTN"): the two dates are the drug's first and last day
            row = find_dates(text[mn.end:line_e])
            if len(row) >= 2 and row[1].date >= row[0].date:
                cols = row
                if status == "active" and "current" not in cats:
                    status = None  # an undated default: the stop column says it
        g = self.group("medication")
        if status is None and not row_status and not {"family", "negated", "hypothetical"} & set(
                cats):
            extra = _SECTION_STATUS_CONTEXT.get(sent.section.rule.med_status or "")
            if extra:  # a past-treatments section: the name carries the context
                ctx_list = sorted(set(ctx_list) | {extra})
        name = self._routed_name(pg, mn)
        if mn.canon and "family" in cats and "negated" not in cats:
            self.st.relatives_drugs.add(mn.canon)
        elif mn.canon and not {"family", "negated", "hypothetical", "current"} & set(cats) and \
                not row_status and lex.shared_record.search(text, mn.end, sent.end) and \
                not lex.patient_cue.search(text, sent.start, sent.end):
            self.st.shared_record_meds[g] = mn.canon  # "X appears on the family pharmacy profile"
        if mn.canon and not {"family", "negated", "hypothetical"} & set(cats):
            if _payer_notice_at(pg, mn.start):
                self.st.notice_meds[g] = mn.canon
            elif lex.class_example.search(text, sent.start, mn.start) and \
                    not lex.patient_cue.search(text, sent.start, sent.end):
                self.st.example_meds[g] = mn.canon  # "the warnings for pills like X"
            else:
                self.st.own_meds.add(mn.canon)
        self.emit(pg, "medication.name", name, mn.start, mn.end, group=g, context=ctx_list)
        if status:
            self.emit(pg, "medication.status", status, min(qs, mn.start), max(qe, mn.end),
                      group=g, context=ctx_list)
        if rng:
            self.emit(pg, "medication.start_date", rng[0], rng[2], rng[4], group=g,
                      context=ctx_list)
            if rng[1] is not None:
                self.emit(pg, "medication.stop_date", rng[1], rng[5], rng[3], group=g,
                          context=ctx_list)
        if stop_ref and stop_ref[0]:
            self.emit(pg, "medication.stop_date", stop_ref[0], stop_ref[1], stop_ref[2],
                      group=g, context=ctx_list)
        if cell_stop:
            self.emit(pg, "medication.stop_date", cell_stop.date, row_status[1],
                      row_status[2], group=g, context=ctx_list)
        row_end = line_e if row_status else scope_end
        ds = find_dates(text[mn.end:row_end])
        if row_status and ds:
            first = ds[0]
            if len(ds) >= 2:
                self.emit(pg, "medication.start_date", first.date, mn.end + first.start,
                          mn.end + first.end, group=g, context=ctx_list)
                last = ds[-1]
                self.emit(pg, "medication.stop_date", last.date, mn.end + last.start,
                          mn.end + last.end, group=g, context=ctx_list)
            elif status == "discontinued" and first.start + mn.end > row_status[1]:
                self.emit(pg, "medication.stop_date", first.date, row_status[1],
                          mn.end + first.end, group=g, context=ctx_list)
            else:
                self.emit(pg, "medication.start_date", first.date, mn.end + first.start,
                          mn.end + first.end, group=g, context=ctx_list)
        elif cols:
            self.emit(pg, "medication.start_date", cols[0].date, mn.end + cols[0].start,
                      mn.end + cols[0].end, group=g, context=ctx_list)
            self.emit(pg, "medication.stop_date", cols[1].date, mn.end + cols[1].start,
                      mn.end + cols[1].end, group=g, context=ctx_list)
        elif status == "active" and not rng:
            self._restart_date(pg, sent, mn, g, ctx_list)
        _ = line_s

    def _restart_date(self, pg: _Page, sent: Sentence, mn: _Mention, g: str,
                      ctx_list: list[str]) -> None:
        """A restart word right before the drug and a date after it in the sentence
        ("Resumed azathioprine 100 mg daily on 03/02/2026"): the date is the new course's
        start, so an older stop date of that drug does not end it (IP0759 NC.1/NC.2)."""
        text, lex = pg.text, self.lex
        rs = [r for r in lex.restart.finditer(text, max(sent.start, mn.start - 20), mn.start)
              if re.fullmatch(r"[\s:,]*", text[r.end():mn.start])]
        if not rs or lex.restart_denied.search(text[max(sent.start, rs[-1].start() - 40):
                                                     rs[-1].start()]):
            return
        on = re.match(r"[^.;\n]{0,40}?\b(?:on|as of|since|in)\s+", text[mn.end:sent.end], re.I)
        if on is None:
            return
        a = mn.end + on.end()
        ds = find_dates(text[a:sent.end])
        if ds and ds[0].start == 0:
            self.emit(pg, "medication.start_date", ds[0].date, a, a + ds[0].end, group=g,
                      context=ctx_list)

    def _routed_name(self, pg: _Page, mn: _Mention) -> str:
        """The drug's name, with the route the words right after it tell for a drug whose
        class depends on it ("tacrolimus 2 mg PO BID", "tacrolimus (Prograf)": systemic),
        read up to the next drug named or the line's end."""
        name = mn.fixed or mn.surface
        bare = vocab.drug_class(name)
        if bare not in ("immunosuppressant", "topical_nonsteroid"):
            return name
        text = pg.text
        lim = min(len(text), mn.end + 40)
        nl = text.find("\n", mn.end, lim)
        if nl >= 0 and text[mn.end:nl].strip():  # the line goes on: read it only
            lim = nl
        elif nl >= 0:  # the name ends its line: the words wrapped onto the next one
            nl2 = text.find("\n", nl + 1, nl + 41)
            lim = nl2 if nl2 >= 0 else min(len(text), nl + 41)
        canon = vocab.canonical_drug(name)
        for nxt in self.lex.drugs.finditer(text, mn.end, lim):
            if vocab.canonical_drug(nxt.group(0)) != canon:  # not its brand ("(Prograf)")
                lim = nxt.start()
                break
        routed = vocab.drug_class(name + text[mn.end:lim])
        if routed != bare and routed in ("immunosuppressant", "topical_nonsteroid"):
            return name + (" (systemic)" if routed == "immunosuppressant" else " (topical)")
        if routed is None and vocab.canonical_drug(name + text[mn.end:lim]) == canon:
            # the eye route ("cyclosporine 0.05% ophthalmic emulsion"): no listed class
            return name + " (ophthalmic)"
        return name

    def _lead_stop_date(self, pg: _Page, mn: _Mention, sent: Sentence):
        """A stop verb (``med_stop_reference``) just before the drug and a date opening the
        words right after it (its brand in brackets may stand between): "stopped Rinvoq in
        11/2024", "discontinued methotrexate (Trexall) on 03/02/2025". (stop date, quote
        start, quote end), or None."""
        text = pg.text
        verb = None
        for m in self.lex.stop_ref.finditer(text, max(sent.start, mn.start - 40), mn.start):
            if not m.group("pro") and re.fullmatch(
                    r"[ \t]+(?:(?:her|his|their|the)[ \t]+)?", text[m.end():mn.start], re.I):
                verb = m
        if verb is None:
            return None
        after = text[mn.end:min(sent.end, mn.end + 80)]
        brand = re.match(r"[ \t]*\([^()\n]{1,40}\)", after)
        off = brand.end() if brand else 0
        if not _date_opens(after[off:]):
            return None
        d = find_dates(after[off:off + 40])[0]
        return (d.date, verb.start(), mn.end + off + d.end)

    def _stop_reference(self, pg: _Page, mn: _Mention, sent: Sentence):
        """A stop said after the drug: "Opzelura (stopped 06/2025)", or "stopped it/them"
        in the same or the next sentence when this is the one drug named since the clause
        began ("started on Opzelura (ruxolitinib 1.5% cream); she stopped it in June 2025").
        (stop date or None, quote start, quote end); None when another drug stands between,
        or the drug is restarted after the stop."""
        text, lex = pg.text, self.lex
        si = mn.sent_index
        nxt = pg.sentences[si + 1] if si + 1 < len(pg.sentences) else None
        hi = min(nxt.end if nxt and nxt.start - sent.end < 4 else sent.end, mn.end + 220)
        m = lex.stop_ref.search(text, mn.end, hi)
        gap_end = m.start() if m else hi
        if not m and nxt and nxt.start - sent.end < 4 and ";" in text[sent.end:nxt.start] \
                and si + 2 < len(pg.sentences):
            # a short outcome clause between the drug's clause and a stop opening the next
            # ("X cream BID, 10 wks; modest benefit; stopped 03/2023 because of cost"): the
            # drug's own stop, read as if the outcome were not there
            after = pg.sentences[si + 2]
            outcome = text[nxt.start:nxt.end].strip()
            if after.start - nxt.end < 4 and ";" in text[nxt.end:after.start] and re.fullmatch(
                    r"[^,;:\n\d()]{2,30}", outcome) and not lex.drugs.search(outcome):
                m2 = lex.stop_ref.match(text, after.start)
                if m2 and not m2.group("pro"):
                    m, hi, gap_end = m2, min(after.end, mn.end + 220), nxt.start
        if not m:
            return None
        gap = text[mn.end:gap_end]
        canon = mn.canon or (mn.fixed or mn.surface).lower()
        # the drug's other name in the gap ("ruxolitinib 1.5% cream / Opzelura (stopped ..."):
        # blanked, so the gap reads as the one drug's sig
        gap = lex.drugs.sub(lambda d: " " * len(d.group(0)) if vocab.canonical_drug(
            d.group(0)) == canon else d.group(0), gap)

        def other_drug(a: int, b: int) -> bool:
            return self._other_drug_between(text, canon, a, b)

        if m.group("pro") or lex.use_then_stop.search(gap) or lex.stop_passive.search(gap) or (
                (gap.count(";") == 1 and gap.rstrip().endswith(";")
                 # or a spaced dash ending the drug's clause ("X on hands, some help -
                 # stopped 04/2025")
                 or ";" not in gap and re.search(r"\s[-–—]$", gap.rstrip())
                 and len(re.findall(r"\s[-–—]\s", gap + " ")) == 1)
                and not re.search(r"\n[ \t]*(?:[-•*]|\d+[.)])", gap)
                and (lex.status_cell_reason.match(text, m.end(), hi)
                     or _date_opens(text[m.end():hi]))) or (
                # a spaced dash, a short outcome, then a bare stop ending the sentence
                # ("X cream BID x 8 wk - no benefit, stopped."): the drug's own stop
                ";" not in gap and "\n" not in gap.strip()
                and re.search(r"\s[-–—]\s[^,;:\n\d]{2,30},$", gap.rstrip())
                and len(re.findall(r"\s[-–—]\s", gap + " ")) == 1
                and re.match(r"[ \t]*(?:\.|$)", text[m.end():hi])):
            # "stopped it", a bare stop after a short use ("used it for one week and stopped"),
            # or a bare stop opening the clause after the drug's ("Opzelura samples for 3
            # weeks in 2025; stopped, no benefit" / "...; stopped 02/2025 ..."): the one drug
            # of its clause
            clause = max(text.rfind(ch, sent.start, mn.start) for ch in ";:\n")
            if other_drug(mn.end, m.start()) or other_drug(max(clause, sent.start), mn.start):
                return None
        elif not re.fullmatch(r"(?:[ \t]*\([^()\n]{1,40}\))?"  # its brand: "X (Brand) - d/c'd"
                              # a parenthesis wrapped onto the next line ("Opzelura\n(stopped
                              # 3/20/26)") is the same post-modifier
                              r"(?:[ \t]*\n[ \t]*\(|[ \t]*[(:,–—-]?)"
                              r"[ \t]*(?:(?:was|were|been|has been)[ \t]+)?", gap) \
                and not (lex.sig_gap.fullmatch(gap) and "\n" not in gap) \
                or any(vocab.canonical_drug(d.group(0)) != canon
                       for d in lex.drugs.finditer(text, mn.end, m.start())):
            return None  # "methotrexate 15 mg weekly x 9 mo → stopped 11/2021": its sig between
        obj_end = min(hi, m.end() + 25)
        cut = re.search(r"[);\n]", text[m.end():obj_end])
        if cut and (text[cut.start() + m.end()] != ")" or "(" in gap):
            obj_end = m.end() + cut.start()  # "X (stopped 10/2025); Y": the stop's clause ends
        if not m.group("pro") and (other_drug(m.end(), obj_end) or re.match(
                r"[ \t]+(?:(?:the|his|her|their|a|an)[ \t]+\w|(?:[a-z][\w-]*[ \t]+){1,2}\d+(?:\.\d+)?[ \t]*"
                r"(?:mg|mcg|g|%|units?)\b)", text[m.end():hi], re.I)):
            return None  # "..., stopped prednisone", "stopped folate 1 mg": another's stop
        end_sent = _sentence_at(pg, m.start())
        tail_end = end_sent.end if end_sent else hi
        if self._restarted(text, m.end(), tail_end):
            return None
        after = text[m.end():min(tail_end, m.end() + 40)]
        for d in find_dates(after):
            if re.fullmatch(r"\s*(?:(?:in|on|around|as of|at|by|back in|about)\s+)?"
                            r"(?:(?:early|mid|late)[\s-]+)?", after[:d.start], re.I) or \
                    lex.stop_date_lead.fullmatch(after[:d.start]):  # "stopped, last dose 5/2/25"
                return d.date, m.start(), m.end() + d.end
            break
        return None, m.start(), m.end()

    def _restarted(self, text: str, a: int, b: int) -> bool:
        """Is a restart said in ``text[a:b]``, one not denied by the words just before it
        ("restarted 03/2026", but not "no plan to restart", "will not resume")?"""
        lex = self.lex
        return any(not lex.restart_denied.search(text[max(a, r.start() - 40):r.start()])
                   for r in lex.restart.finditer(text, a, b))

    def _other_drug_between(self, text: str, canon: str, a: int, b: int) -> bool:
        """Is a drug other than ``canon`` named in ``text[a:b]``, outside parentheses?"""
        lex = self.lex
        for d in lex.drugs.finditer(text, a, b):
            c = vocab.canonical_drug(lex.drug_typos.get(d.group(0).lower(), d.group(0)))
            inside = text.count("(", a, d.start()) > text.count(")", a, d.start())
            if c != canon and not inside:
                return True
        return False

    def _not_started_reference(self, pg: _Page, mn: _Mention, sent: Sentence):
        """A drug never begun, said after it (med_not_started_reference): "upadacitinib was
        discussed 08/2025 - insurance denied, never started", "Opzelura (ruxolitinib cream)
        requested - PA denied; never dispensed", or with a pronoun in the same or the next
        sentence ("methotrexate 2.5 mg (outside Rx). He never filled it"). No other drug may
        stand between (outside parentheses), the phrase must open its clause ("folate never
        started" is folate's), and no current use or restart may be said between or after.
        (quote start, quote end) or None."""
        text, lex = pg.text, self.lex
        si = mn.sent_index
        nxt = pg.sentences[si + 1] if si + 1 < len(pg.sentences) else None
        canon = mn.canon or (mn.fixed or mn.surface).lower()

        def other_drug(a: int, b: int) -> bool:
            return self._other_drug_between(text, canon, a, b)

        hi = min(nxt.end if nxt and nxt.start - sent.end < 4 else sent.end, mn.end + 220)
        semi = nxt is not None and ";" in text[sent.end - 1:nxt.start]
        for m in lex.not_started_ref.finditer(text, mn.end, hi):
            if m.start() >= sent.end and not m.group("pro") and not semi:
                return None  # the next sentence refers back only with a pronoun
            if other_drug(mn.end, m.start()):
                return None
            if m.group("pro"):
                clause = max(text.rfind(ch, sent.start, mn.start) for ch in ";:\n")
                if other_drug(max(clause, sent.start), mn.start):
                    return None
            elif re.match(r"[ \t]+(?:the|a|an|his|her|their)[ \t]+\w", text[m.end():hi], re.I):
                continue  # "never started the higher dose": something else never begun
            if not re.search(r"(?:^|[,;:(\u2014\u2013>\-]|\b(?:and|but|yet|so|it|he|she|they|pt|"
                             r"patient|reports?|says?|states?))\s*$",
                             text[max(mn.end, m.start() - 30):m.start()], re.I) and \
                    m.start() - mn.end > 12:
                continue  # "folate never started": the phrase has another subject
            if any(t.rule.category == "current" and mn.end <= t.start < m.start()
                   for t in pg.triggers):
                return None  # "methotrexate - taking; Y never started"
            end_sent = _sentence_at(pg, m.start())
            tail_end = end_sent.end if end_sent else hi
            if lex.not_started_cancel.search(text, m.end(), tail_end):
                return None  # "never started until 2024", "..., later approved and taking"
            return m.start(), m.end()
        return None

    def _status_from_context(self, pg: _Page, mn: _Mention, sent: Sentence,
                             cats: dict[str, int]) -> tuple[str | None, int, int]:
        if {"family", "negated", "hypothetical"} & set(cats):
            return None, mn.start, mn.end
        choices = {k: v for k, v in cats.items() if k in ("planned", "historical", "current")}
        if choices:
            best = min(choices, key=choices.get)
            status = {"planned": "planned", "historical": "discontinued",
                      "current": "active"}[best]
            trig = _nearest_trigger(pg.triggers, mn.start, best)
            begun = self._started_at_visit(pg, mn, sent, trig) if (
                status == "planned" and trig) else None
            if begun is not None:  # "Start cyclosporine 100 mg BID today": begun at this visit
                return "active", mn.start, begun
            if trig and abs(trig.start - mn.start) < 120:
                return status, min(trig.start, mn.start), max(trig.end, mn.end)
            return status, mn.start, mn.end
        default = sent.section.rule.med_status
        if default and default != "active":
            return None, mn.start, mn.end  # said by the section: see _section_status
        return "active", mn.start, mn.end

    def _started_at_visit(self, pg: _Page, mn: _Mention, sent: Sentence, trig) -> int | None:
        """Does the plan start the drug at the note's own visit ("Start cyclosporine 100 mg
        PO BID today")? Only a bare start word right before the drug (not "plan to start",
        "will start" or "if ..., start") with a today word after it in the same clause: the
        end of that word (the status quote runs from the drug to it), else None."""
        text = pg.text
        if not (trig.start < mn.start and trig.end <= mn.start):
            return None
        if not self.lex.plan_start.fullmatch(text, trig.start, trig.end):
            return None
        if re.search(r"\b(?:if|once|when|unless|until|after|will|would|may|might|could|"
                     r"consider(?:ing)?)\b", text[sent.start:trig.start], re.I):
            return None  # "if the PA is denied, start X today": a conditional plan
        stop = sent.end
        for ch in ";,":
            i = text.find(ch, mn.end, stop)
            if i >= 0:
                stop = i
        m = self.lex.started_at_visit.search(text, mn.end, stop)
        return m.end() if m else None

    def _wrapped_cell_status(self, pg: _Page, line_s: int, line_e: int):
        """A table row whose status cell wrapped: the text layer puts the cell's first line
        above the row's line ("stopped - not covered, minimal" / "Opzelura cream 1.5% 03/2025
        06/2025" / "benefit"). A neighbouring line with no drug name and no date that starts
        with a status word is read as the row's status: (status, start, end)."""
        text = pg.text
        above_e = line_s - 1
        above_s = text.rfind("\n", 0, max(above_e, 0)) + 1
        below_s = line_e + 1
        below_e = _line_end(text, below_s)
        for s0, e0 in ((above_s, above_e), (below_s, below_e)):
            if s0 >= e0 or s0 < 0 or e0 > len(text):
                continue
            frag = text[s0:e0]
            if ":" in frag or find_dates(frag) or self.lex.drugs.search(frag):
                continue
            lead = len(frag) - len(frag.lstrip())
            if s0 == below_s and any(n.start() < line_e < n.end() for n in self.lex.not_started_ref.finditer(
                    text, max(line_s, line_e - 30), min(e0, s0 + lead + 30))):
                continue  # "...; never" / "filled, never taken": a not-started phrase wrapped
            for rx, name in self.lex.status:
                m = rx.match(text, s0 + lead, e0)
                if m:
                    return name, m.start(), m.end()
        return None

    def _status_cell_below(self, pg: _Page, mn: _Mention, line_s: int, line_e: int):
        """A table row whose status cell wrapped below the drug's line: the drug opens a short
        line with no date, no status and no sentence end ("methotrexate 15 mg weekly"), and the
        line below names no drug and opens with a stop word, maybe a date, then ends or gives
        a reason ("discontinued 08/2022 for elevated liver"). ("discontinued", quote start,
        quote end, stop date or None), or None. "stopped lisinopril" names something else."""
        text, lex = pg.text, self.lex
        tail = text[mn.end:line_e]
        if text[line_s:mn.start].strip() or len(tail) > 40 or find_dates(tail) or \
                re.search(r"[.:;!?]\s*$", tail) or line_e >= len(text):
            return None
        below_s = line_e + 1
        below_e = _line_end(text, below_s)
        frag = text[below_s:below_e]
        if ":" in frag or lex.drugs.search(frag):
            return None
        lead = len(frag) - len(frag.lstrip())
        m = lex.stop_ref.match(text, below_s + lead, below_e)
        if not m or m.group("pro"):
            return None
        end, stop = m.end(), None
        ds = find_dates(text[end:below_e])
        if ds and re.fullmatch(r"[ \t]*(?:(?:on|in|as of)[ \t]+)?", text[end:end + ds[0].start],
                               re.I):
            stop = ds[0]
            end += ds[0].end
        if not lex.status_cell_reason.match(text, end, below_e) or \
                self._restarted(text, end, below_e):
            return None  # "stopped lisinopril", "stopped for surgery, to resume next week"
        return "discontinued", m.start(), end, stop

    def _label_status(self, text: str, pos: int) -> tuple[str, int, int] | None:
        """A status word labelling the list a name is in ("STOPPED:  methotrexate (06/2026),",
        "PLANNED: upadacitinib ..."), on the name's line or on the line an indented
        continuation line belongs to: (status, label start, label end)."""
        ls = text.rfind("\n", 0, pos) + 1
        for _ in range(4):
            m = _STATUS_LABEL.match(text, ls)
            if m and m.end("lab") <= pos:
                word = m.group("lab").strip()
                for rx, name in self.lex.status:
                    if rx.fullmatch(word):
                        return name, m.start("lab"), m.end("lab")
                return None
            if ls == 0 or not text[ls:ls + 1].isspace():
                return None  # not a continuation line
            prev = text.rfind("\n", 0, ls - 1) + 1
            if not text[prev:ls - 1].strip():
                return None  # a blank line ends the list
            ls = prev
        return None

    def _stale_fill(self, pg: _Page, mn: _Mention, line_s: int) -> bool:
        """A pharmacy fill history's row ("05/20/2024  OPZELURA 1.5% CREAM  60 G  30 ...")
        whose fill date, leading the row, is more than ``fill_stale_days`` before the latest
        date on the page (the end of the history): a past fill, not concurrent use."""
        text, lex = pg.text, self.lex
        if not lex.fill_stale_days:
            return False
        lead = find_dates(text[line_s:mn.start])
        if not lead or text[line_s:line_s + lead[0].start].strip():
            return False
        head = line_s - 1  # the end of the line above
        for _ in range(60):  # the table's header line above the row
            if head < 0:
                return False
            ls = text.rfind("\n", 0, head) + 1
            if lex.fill_header.search(text, ls, head):
                break
            head = ls - 1
        else:
            return False
        latest = max(d.date for d in find_dates(text))
        series = self._fill_series(pg, mn, text.find("\n", ls) + 1)
        if len(series) >= 2 and lex.fill_series_grace_days:
            # a drug filled again and again (12/02, 12/30) whose fills then stopped months
            # before the history's end: its last fill ran out long ago
            gap = min(b - a for a, b in zip(series, series[1:], strict=False)).days
            if gap > 0:
                return (latest - series[-1]).days > 2 * gap + lex.fill_series_grace_days
        return (latest - lead[0].date).days > lex.fill_stale_days

    def _fill_series(self, pg: _Page, mn: _Mention, body: int) -> list[dt.date]:
        """The fill dates (sorted) of ``mn``'s drug in the fill table whose rows start at
        ``body``: every row that starts with a date and names the same drug."""
        text = pg.text
        out: list[dt.date] = []
        pos = body
        for _ in range(80):
            if pos <= 0 or pos >= len(text):
                break
            end = _line_end(text, pos)
            ds = find_dates(text[pos:end])
            if ds and not text[pos:pos + ds[0].start].strip():
                for d in self.lex.drugs.finditer(text, pos, end):
                    if vocab.canonical_drug(d.group(0)) == mn.canon:
                        if not self.lex.fill_not_dispensed.search(text, d.end(), end):
                            out.append(ds[0].date)  # not "Rx inactivated": no fill
                        break
            pos = end + 1
        return sorted(set(out))

    def _in_past_year(self, pg: _Page, mn: _Mention, sent: Sentence) -> bool:
        """"had cyclosporine 3 mg/kg/day in 2022 for four months": a course placed in a year
        before the document's is past use ("since 2022" is not: still on it)."""
        doc = self._doc_date(pg)
        past = _PAST_YEAR.search(pg.text, mn.end, min(sent.end, mn.end + 50))
        return bool(doc and past and int(past.group("y")) < doc.year and not re.search(
            r"[;]|\b(?:now|currently|still|since|ongoing|continues?)\b",
            pg.text[mn.end:past.start()], re.I))


_STATUS_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<lab>[A-Za-z][A-Za-z /'-]{1,24}?)[ \t]*:")
_SECTION_STATUS_CONTEXT = {"discontinued": "historical", "planned": "planned"}

_ATTR_FIELD = {
    "strength": "strength", "vehicle": "vehicle", "otc": "otc", "prn": "prn",
    "frequency": "frequency", "duration": "duration_days", "start": "start_date",
    "stop": "stop_date", "response": "response",
}


# -------------------------------------------------------------------------------------
# small helpers
# -------------------------------------------------------------------------------------
@dataclass
class _Span:
    start: int
    end: int


@dataclass
class _DateHit:
    date: dt.date
    end: int


_LEADER = re.compile(r"[ \t]*(?:[.·_…][ \t]*){3,}")
# a dot leader OCR read as a run of small letters ("DOB siesiorateratie 05/19/1992"): one
# token of letters that dots, commas and colons come out as, right before the value
_OCR_LEADER = re.compile(r"[ \t]+[.·_…:;,'‘’`aceimnorstuvw]{6,}[ \t]+(?=\d)")


def _never_listed(text: str, pos: int, lo: int, lex: Lexicon) -> bool:
    """Is the drug at ``pos`` in a list that "never" opens, with only drug names and
    separators between ("never cyclosporine/methotrexate", "never MTX, CsA or Rinvoq")?"""
    j = pos
    while j > lo:
        pre = text[max(lo, j - 40):j]
        if re.search(r"(?<![\w-])never[ \t]+(?:(?:any|on)[ \t]+)?$", pre, re.I):
            return True
        sep = re.search(r"(?:[ \t]*(?:/|,)[ \t]*(?:(?:or|and|nor)[ \t]+)?|[ \t]+(?:or|and|nor)[ \t]+)$",
                        pre)
        if not sep:
            return False
        k = j - len(pre) + sep.start()
        prev = None
        for d in lex.drugs.finditer(text, max(lo, k - 40), k):
            prev = d
        if prev is None or prev.end() != k:
            return False
        j = prev.start()
    return False


_STATUS_HEAD = re.compile(r"^(?=[^\n]*\b(?:medications?|meds?|drugs?|name|agent|product)\b)"
                          r"[^\n]*\bstatus\b", re.I)


def _status_column(text: str, line_s: int, lines: int = 30) -> bool:
    """Is the row starting at ``line_s`` in a medication table with a Status column (its
    header line "Medication | Sig | Start | End | Status" up to ``lines`` lines above)?"""
    head_s = line_s
    for _ in range(lines):
        if head_s <= 0:
            return False
        head_s = _line_start(text, head_s - 1)
        line = text[head_s:text.find("\n", head_s)]
        if not line.strip():
            return False  # a blank line ends the table
        if _STATUS_HEAD.match(line):
            return True
    return False


def _leader_len(text: str, pos: int) -> int:
    """Length of a dot leader after a form label ("DOB ............. 02/14/1990")."""
    m = _LEADER.match(text, pos)
    return m.end() - pos if m else 0


def _date_after(text: str, pos: int, slack: int = 4) -> _DateHit | None:
    """A date starting within ``slack`` characters (separators only) after ``pos``."""
    window = text[pos:_tok_end(text, pos + slack + 32)]
    for d in find_dates(window):
        gap = window[:d.start]
        if d.start <= slack + 4 and re.fullmatch(r"[\s:#\-–.,=~]*(?:is|was|of)?[\s:]*", gap) or (
            slack > 4 and d.start <= slack and "\n" not in gap
        ):
            return _DateHit(d.date, pos + d.end)
        break
    return None


_YEAR_RANGE = re.compile(
    r"(?<![\d/])(?P<a>(?:19|20)\d\d)\s*" + RANGE_SEP_ANY + r"\s*"
    r"(?:(?P<b>(?:19|20)\d\d)(?![\d/])|(?P<bm>(?:0?[1-9]|1[0-2])/(?:19|20)\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)(?![\d/])"
    r"|(?P<open>present|now|current|ongoing))", re.I
)


# "between <date> and <date>": "and" joins two dates into a range only after "between"
_BETWEEN_AND = re.compile(r"^\s+and\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)


def _narrative_range(text: str, mn: _Mention, sent: Sentence, scope_end: int):
    """A date or year range next to a medication mention ("methotrexate 2022-2024",
    "11/2022 - 03/2024: methotrexate"): (start, stop|None, qs, qe, start_end, stop_start)."""
    lo = _tok_start(text, max(sent.start, mn.start - 30))
    hi = _tok_end(text, min(scope_end, mn.end + 60))
    seg = text[lo:hi]
    ds = find_dates(seg)
    for j in range(len(ds) - 1):
        a, b = ds[j], ds[j + 1]
        if _RANGE_SEP.match(seg[a.end:b.start]) or (  # "between 01/05/2026 and 02/27/2026"
                _BETWEEN_AND.match(seg[a.end:b.start]) and _BETWEEN_BEFORE.search(seg[:a.start])):
            return (a.date, b.date, lo + a.start, lo + b.end, lo + a.end, lo + b.start)
    for d in ds:
        if re.match(r"\s*(?:-|–|to)\s*(?:present|now|current|ongoing)", seg[d.end:], re.I):
            return (d.date, None, lo + d.start, lo + d.end, lo + d.end, lo + d.end)
    for r in find_date_ranges(seg):
        if r.first_lo == r.first_hi and r.second_lo == r.second_hi:
            continue  # a day range ("Jan 3-17, 2026") is a course's, read by its own rules
        # a month range sharing its year ("March to July 2019"): the stop is the last month
        return (r.first_lo, r.second_lo, lo + r.start, lo + r.end, lo + r.end, lo + r.start)
    m = _YEAR_RANGE.search(seg)
    if m:
        start = dt.date(int(m.group("a")), 1, 1)
        stop = dt.date(int(m.group("b")), 12, 31) if m.group("b") else None
        if m.group("bm"):  # "2022 to 06/2023", "from 2023 until Aug 2024"
            stop = parse_date(m.group("bm"))
        b0 = lo + (m.start("b") if m.group("b") else m.start("bm") if m.group("bm") else m.end())
        return (start, stop, lo + m.start(), lo + m.end(), lo + m.end("a"), b0)
    return None


# Words before a day and month with no year that make it a course's first day ("on January
# 20", "started 1/13"), not a score ("itch 7/10") or a fraction ("1/2 tube").
_YEARLESS_START = re.compile(r"\b(?:on|from|since|started|began|begun|starting|beginning)"
                             r"\s+(?:the\s+)?$", re.I)
_ROW_LABEL_AFTER = re.compile(r"[ \t]+(?:dates?(?:[ \t]+of[ \t]+use)?|duration|length|response|"
                              r"result|outcome|frequency|start(?:ed)?|stop(?:ped)?)[ \t]*(?:[:|]|(?=\d))",
                              re.I)
_LATER_EPISODE = re.compile(r"\b(?:restart(?:ed)?|resum(?:ed|e)|later|since then|afterwards?|"
                            r"thereafter|then|now|currently|went back|back on)\b", re.I)
def _tok_end(text: str, pos: int) -> int:
    """``pos`` moved right to the end of the token it falls in (never cut a date)."""
    while 0 < pos < len(text) and not text[pos].isspace() and not text[pos - 1].isspace():
        pos += 1
    return min(pos, len(text))


def _tok_start(text: str, pos: int) -> int:
    """``pos`` moved left to the start of the token it falls in."""
    while 0 < pos < len(text) and not text[pos - 1].isspace() and not text[pos].isspace():
        pos -= 1
    return pos


def _bbox(page: Page, start: int, end: int) -> list[float] | None:
    if _bbox_for is not None:
        return _bbox_for(page, start, end)
    ws = [w for w in page.words if w.char_start < end and start < w.char_end]
    if not ws:
        return None
    return [min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws),
            max(w.bottom for w in ws)]


def _ctx_list(cats: dict[str, int]) -> list[str]:
    return sorted(c for c in cats if c in CONTEXT_CATEGORIES)


# a form label's Yes/No choices right after it ("... 28 consecutive days:  ☐ Yes  ☐ No"; OCR
# may read the boxes as "O", "0", "&")
# a doctor named right after a consultation cue ("with Dr. Ana Ruiz", ": Dr Lee", "with Paul
# Ito, MD"): "Dr"/"Doctor" then capitalised words, or capitalised words then credentials
_CONSULT_NAMED = re.compile(
    rf"[ \t]*(?:[:\-–][ \t]*)?(?:(?:Dr\.?|Doctor)[ \t]+(?P<a>(?:[{_UP}]\.[ \t]*){{0,2}}"  # "Dr. S. Patel"
    rf"[{_UP}][{_LET}'’-]+\.?"
    rf"(?:[ \t]+[{_UP}][{_LET}'’-]+\.?){{0,3}})|(?P<b>[{_UP}][{_LET}'’-]+\.?"
    rf"(?:[ \t]+[{_UP}][{_LET}'’-]*\.?){{1,3}})(?=,?[ \t]*(?:MD|M\.D\.|DO|D\.O\.)\b))")
_YES_NO_CHOICE = re.compile(r"[ \t]*[:?]?[^\n]{0,24}?\byes\b[^\n]{0,14}?\bno\b", re.I)
_GRID_HEAD = re.compile(r"^[^\n]*\bYes[ \t|]+No\b[^\n]*$", re.I | re.M)
_GRID_MARK = re.compile(r"(?<![\w/])[xX✓✔☒☑](?![\w/])")


def _grid_unmarked(text: str, pos: int) -> bool:
    """Is ``pos`` on a row of a Yes/No question grid ("Question Yes No N/A" header, rows
    "Inadequate efficacy per prescriber X |") that has no mark? Such a row label is a
    question nobody answered, not a statement."""
    ls = _line_start(text, pos)
    head = next(reversed(list(_GRID_HEAD.finditer(text, max(0, ls - 900), ls))), None)
    if head is None or text.count("\n", head.end(), ls) > 14:
        return False
    line = _line_at(text, pos)
    return not _GRID_MARK.search(line) and not _CHECKED.search(line)


def _is_question(text: str, sent: Sentence | None, pos: int, *,
                 paren_uncertain: bool = False) -> bool:

    if sent is None:
        return False
    seg = text[max(pos, sent.start):min(len(text), sent.end + 1)]
    # "(strength ?)": a course detail left unknown, not a question (unknown_detail_labels)
    seg = lexicon().unknown_detail.sub(lambda m: " " * len(m.group(0)), seg)
    # a lone "?" in a table cell ("04/2026 | ? few wks") marks an uncertain value, not a question
    q = next((m.start() for m in re.finditer(r"\?", seg) if not (
        m.start() > 0 and seg[m.start() - 1] in " \t|" and re.match(
            r"\?[ \t]+(?![Yy]es\b|[Nn]o\b)[a-z~<>\d]", seg[m.start():m.start() + 8])) and not (
            # "dates ??", "dose: ???": a run of question marks standing for a value left unknown
            _unknown_marks(seg, m.start())) and not (
            # "(PVC primer? chromate?)": a "?" inside parentheses marks an uncertain guess
            paren_uncertain and seg.count("(", 0, m.start()) > seg.count(")", 0, m.start()))),
             -1)
    # a "?" past a line that opens a new capitalised label ("Applied daily >= 28 days?")
    # ends the next question, not the one this position is in
    # and so does one past a filled value then a new label on the same line of a form
    # ("Date of onset: 06/2025   Continuous since onset? [X] Yes")
    return q >= 0 and not re.search(r"\n[ \t]*[A-Z]|\d[ \t]+[A-Z][a-z]",
                                     text[max(0, pos - 1):pos] + seg[:q])


def _unknown_marks(seg: str, i: int) -> bool:
    """Is the "?" at ``i`` one of a run of two or more standing alone after a space or colon
    ("dates ??", "dose: ???")? Such a run stands for a value left unknown, not a question."""
    a = len(seg[:i]) - len(seg[:i].rstrip("?"))
    b = len(seg) - len(seg[i:].lstrip("?"))
    return b - (i - a) >= 2 and (i - a == 0 or seg[i - a - 1] in " \t:")


_QA_QUESTION = re.compile(r"[ \t]*(?:Q(?:uestion)?[ \t]*\d{1,2}[.):]?|Q[.:])[^\n?]*\?", re.I)
_QA_ANSWER = re.compile(r"[ \t]*(?:A(?:nswer)?[ \t]*\d{0,2}[.):]|A\b)[ \t]*(?P<a>[^\n]*)", re.I)
_QA_NONE = re.compile(r"^(?:(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*)?(?:none(?: of (?:these|them|the above))?|no|never"
                      r"|n/a)\b(?![ \t]*(?:,|-|–|:)?[ \t]*(?:but|except))", re.I)


def _qa_examples(text: str, pos: int, *, bare_yes_keeps: bool = False) -> str | None:
    """A name listed in a numbered question after its "?" ("Q5. Have you ever used any of
    these? Opzelura, Rinvoq, methotrexate") is an example, not a use: negated when the answer
    line below says none/no ("A: ☒ None of these"), else hypothetical (a named answer is
    read on its own line). With ``bare_yes_keeps`` a bare "A: Yes" leaves it as it is."""
    ls = text.rfind("\n", 0, pos) + 1
    for _ in range(3):  # the question may wrap over lines
        q = _QA_QUESTION.match(text, ls)
        if q or ls == 0 or _QA_ANSWER.match(text, ls):
            break
        ls = text.rfind("\n", 0, ls - 1) + 1
    if not q or q.end() > pos:
        return None
    if "\n" in text[q.end():pos] and not re.fullmatch(r"[^\n.;:]*(?:,[^.;:]*)+", text[q.end():pos]):
        return None  # a line below the question that is not its wrapped list of examples
    le = text.find("\n", pos)
    a = None
    for _ in range(3):
        if le < 0:
            break
        a = _QA_ANSWER.match(text, le + 1)
        if a or _QA_QUESTION.match(text, le + 1):
            break
        le = text.find("\n", le + 1)
    if not a:
        return None  # no "A:" line: not a question-and-answer form
    if _QA_NONE.match(a.group("a").strip()):
        return "negated"
    if bare_yes_keeps and re.fullmatch(r"(?:(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*)?(?:yes|y)\b[\s.!]*",
                                       a.group("a").strip(), re.I):
        return None  # a bare yes names none of them: each may be the one in use
    return "hypothetical"


_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]|☐|☒|☑|□|■")
_BOX_CHECKED = re.compile(r"\[\s*[xX✓✔]\s*\]|☒|☑|■")


_ANSWER_ONLY = re.compile(r"[ \t]*(?:(?:\[\s*[xX✓✔]?\s*\]|☐|☒|☑|□|■)[ \t]*(?:yes|no|n/?a|unknown|unsure)"
                          r"\b[ \t]*)+", re.I)


def _checkbox_answer(text: str, pos: int) -> str | None:
    """The context a form's checkbox answer gives a name in its question part, on the same
    line ("Immunosuppressant (methotrexate, cyclosporine): ☐ Yes ☒ No"): a checked No negates
    the question's examples; a checked Yes that names the item ("☒ Yes - methotrexate") or no
    box checked leaves them examples (hypothetical); a bare checked Yes keeps them."""
    ls = text.rfind("\n", 0, pos) + 1
    le = _line_end(text, pos)
    first = _BOX.search(text, pos, le)
    if not first and not _BOX.search(text, ls, pos) and le < len(text):
        # the answer boxes alone on the next line ("Methotrexate, cyclosporine, azathioprine"
        # over "[ ] Yes [X] No"): they answer the line above
        nle = text.find("\n", le + 1)
        nxt = text[le + 1:len(text) if nle < 0 else nle]
        if _ANSWER_ONLY.fullmatch(nxt):
            y, n = _YES.search(nxt), _NO.search(nxt)
            return "negated" if n and not y else None
        return None
    if not first or _BOX.search(text, ls, pos):
        return None  # no checkbox after the name, or the name is itself an answer
    tail = text[first.start():le]
    y, n = _YES.search(tail), _NO.search(tail)
    if n and not y:
        return "negated"
    if not y:
        return None if _BOX_CHECKED.search(tail) else "hypothetical"
    named = _BOX.split(tail[y.end():], maxsplit=1)[0]
    return "hypothetical" if len(re.findall(r"[A-Za-z]", named)) >= 3 else None


def _checkbox_item(text: str, pos: int) -> str | None:
    """The context a checklist's own box gives the item it labels ("Currently using: ☐ Rinvoq
    ☐ methotrexate ☒ none of the above"): an unchecked box on a line where another box is
    checked negates its item; on a line with no box checked the items are only choices
    (hypothetical); a checked box keeps its item."""
    ls = text.rfind("\n", 0, pos) + 1
    le = _line_end(text, pos)
    own = next(reversed(list(_BOX.finditer(text, ls, pos))), None)
    if own is not None and not re.fullmatch(r"[ \t]*(?:[\w-]+[ \t]*\([ \t]*)?",
                                            text[own.end():pos]):
        # a checklist line that is a statement with one box in front ("[ ] Tried a medium-
        # potency TCS daily >= 28 days"), left unchecked on a form whose other boxes are
        # filled in: nobody affirmed it, so what it names is not a use
        if re.fullmatch(r"[ \t]*(?:[a-z\d]{1,2}[.)][ \t]*)?", text[ls:own.start()], re.I) and \
                not _BOX_CHECKED.fullmatch(own.group(0)) and \
                len(_BOX.findall(text, ls, le)) == 1 and _BOX_CHECKED.search(text):
            return "hypothetical"
        return None
    if own is None:
        return None  # the name is not the box's item ("☐ Rinvoq", "☐ Opzelura (ruxolitinib)")
    boxes = _BOX.findall(text, ls, le)
    if len(boxes) < 2:
        return None  # a single box is not a list of choices
    if _BOX_CHECKED.fullmatch(own.group(0)):
        return None
    return "negated" if any(_BOX_CHECKED.fullmatch(b) for b in boxes) else "hypothetical"


_LABEL_EXAMPLES = re.compile(
    r"(?P<label>[^\n()]*[A-Za-z][^\n()]*?)\((?P<list>[^()\n]*(?:,|\bor\b)[^()\n]*)\)"
    r"[ \t]*\??[ \t]*[:?][ \t]*(?P<a>[^\n]*)")
_LABEL_NONE = re.compile(r"(?:(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*)?(?:none(?: of (?:these|them|the above))?"
                         r"|no|never|n/?a|n|nil|denies|nope)[ \t.]*", re.I)


def _label_examples(text: str, pos: int) -> str | None:
    """A name in a form label's parenthesised list of examples, answered on the same line
    ("Systemic agents (cyclosporine, MTX, Rinvoq etc.):  None"): negated when the answer is
    no/none/N/A; an example, not a use (hypothetical), when the answer names what is used
    ("... : yes - dupilumab", read on its own); else (a bare "Yes", a date, a blank) left as
    it is, so that a drug the patient takes is never hidden."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _LABEL_EXAMPLES.match(text, ls)
    if not m or not m.start("list") <= pos < m.end("list"):
        return None
    a = m.group("a").strip()
    if _LABEL_NONE.fullmatch(a):  # the whole answer ("No", "N/A"), not "no change"
        return "negated"
    named = re.sub(r"(?i)^(?:(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*)?(?:yes|y)\b[\s,:;\-–—]*", "", a)
    if named != a and len(re.findall(r"[A-Za-z]", named)) >= 3:
        return "hypothetical"
    return None


_CLASS_EXAMPLES = re.compile(
    r"[ \t]*(?:(?P<lead>yes|no|y|n)\b[ \t]+)?(?P<label>[^\n()]*[A-Za-z][^\n()]*?)"
    r"\((?P<list>[^()\n]*(?:,|\bor\b)[^()\n]*)\)[ \t]*(?:(?P<a>yes|no|y|n)\b)?[ \t.]*(?:\n|$)",
    re.I)


def _form_class_examples(text: str, pos: int, lex: Lexicon) -> str | None:
    """On a form, a name in the parenthesised list of example drugs a line's drug-class label
    gives, with nothing after the list ("Concurrent immunosuppressant (cyclosporine, MTX,
    azathioprine, mycophenolate)", its Y/N column blank or lost in a scan): an example of the
    question, not a use (hypothetical). A Y/N answer opening or closing the line decides:
    "N" negates the examples, "Y" leaves them as they are (a drug taken is never hidden), and
    so does a label that says the patient uses them ("Patient is on immunosuppressants (...)")."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _CLASS_EXAMPLES.match(text, ls)
    if not m or not m.start("list") <= pos < m.end("list"):
        return None
    label = m.group("label")
    if not lex.form_example_class.search(label) or lex.form_example_use.search(label) or \
            lex.drugs.search(label) or len(lex.drugs.findall(m.group("list"))) < 2:
        return None
    ans = (m.group("lead") or m.group("a") or "").lower()
    if ans.startswith("n"):
        return "negated"
    return None if ans else "hypothetical"


# an as-needed word that can be an adjective of the disease's signs ("occasional small cracks")
_PRN_ADJECTIVE = re.compile(r"(?:occasional|intermittent|sporadic|irregular)", re.I)
# The course's length between a response said before a drug and the drug ("inadequate
# response to 6 wk high-potency TCS", "poor control on 8 weeks of daily clobetasol").
_LEAD_LENGTH = (r"(?:(?:a|an|\d{1,3}(?:\s*-\s*\d{1,3})?)[ \t-]*(?:wks?|weeks?|mos?|months?|days?)"
                r"(?:[ \t]+of)?[ \t]+)?")


def _affirmed_question(text: str, sent: Sentence, mn: _Mention, lex: Lexicon) -> bool:
    """A form question naming a drug and answered yes ("On Olumiant now?  Y", "Taking
    cyclosporine? [x] Yes [ ] No"): the drug is affirmed, not an example. When the question
    lists several drugs, a yes that names one ("Yes - MTX") is read on its own and leaves
    the others examples; a bare yes keeps them all (which one is meant is not said, and a
    drug the patient takes must not be hidden)."""
    if not _is_question(text, sent, mn.end):
        return False
    q = _LINE_QUESTION.match(text, mn.end)
    if not q:
        return False
    a = _ANSWER_HEAD.match(text, q.end())
    ans = text[a.end():_line_end(text, a.end())]
    if _NO.search(ans) or re.match(r"(?i:no|n)\b", ans):
        return False
    y = _YES.match(ans) or re.match(r"(?i:yes|y)\b", ans)
    if not y:
        return False
    qs = max(sent.start, text.rfind("\n", 0, mn.start) + 1)
    if len(lex.drugs.findall(text, qs, q.end())) == 1:
        return True
    rest = _BOX.split(ans[y.end():], maxsplit=1)[0]
    if len(re.findall(r"[A-Za-z]", rest)) >= 3:
        return False
    # the yes's own words may follow the other, unmarked options ("[X] yes [ ] no  If yes,
    # which: MTX 2021"): a named drug there is that answer, read on its own line
    tail = _UNMARKED_OPTIONS.sub("", ans[y.end():], count=1)
    return not lex.drugs.search(_BOX.split(tail, maxsplit=1)[0])


# unmarked answer options right after a marked one ("[ ] no", "☐ No ☐ Unsure")
_UNMARKED_OPTIONS = re.compile(r"^(?:[ \t]*(?:\[\s*\]|☐|□)[ \t]*(?:yes|no|n/?a|unknown|unsure|not sure)\b)+",
                               re.I)


_LINE_QUESTION = re.compile(r"[^\n?]{0,160}\?[ \t]*")
_ANSWER_HEAD = re.compile(r"(?:\n[ \t]*(?:A(?:nswer)?[ \t]*\d{0,2}[.):]|A\b|Response:)?)?[ \t]*",
                          re.I)


def _question_answer(text: str, pos: int) -> str | None:
    """When ``pos`` is inside a form question ("Q: ... was inadequate efficacy demonstrated?"),
    its answer: "yes", "no" or "blank"; None when ``pos`` is not in a question."""
    q = _LINE_QUESTION.match(text, pos)
    if not q:
        return None
    a = _ANSWER_HEAD.match(text, q.end())
    ans = text[a.end():a.end() + 40]
    if _YES.match(ans) or re.match(r"(?i:yes)\b", ans):
        return "yes"
    if _NO.match(ans) or re.match(r"(?i:no)\b", ans):
        return "no"
    return "blank"


def _unmarked_choices(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Are the specialty words after a label a form's list of choices with none marked (the
    boxes may be drawn, not printed, so only the words are left)? Two or more specialties
    that are not one allergy/immunology pair, and no check mark."""
    codes = {vocab.normalize_specialty(w.group(0))
             for w in lex.specialty_words.finditer(text, start, end)}
    codes = {"allergy_immunology" if c == "immunology" else c for c in codes if c}
    return len(codes) >= 2 and not _BOX_CHECKED.search(text, start, end)


def _answer_yes(text: str, pos: int) -> bool:
    tail = text[pos:pos + 40]
    y, n = _YES.search(tail), _NO.search(tail)
    return bool(y) and not (n and n.start() < y.start())


_LEADER_ITEM = re.compile(r"[^\n.:;?]{0,60}?(?:\.{4,}|_{4,}|…{2,})[ \t]*(?P<a>[^\n]*)"
                          r"(?:\n[ \t]*(?P<b>[^\n]{0,12}))?")
_NOT_AFFIRMED = re.compile(r"(?:\?+|no|unk(?:nown)?|n/?a|none|not\s+\w+|pending|-+)\W*", re.I)


def _leader_unanswered(text: str, pos: int) -> bool:
    """Is ``pos`` inside a form item's label that a dot leader ends, left blank or answered
    other than yes ("[Q6] Inadequate efficacy per prescriber ........" with nothing after it,
    or "..... NO")? Such a label is the form's question, not a statement. An answer on the
    next line ("......\n  YES") counts as the item's answer."""
    m = _LEADER_ITEM.match(text, pos)
    if not m:
        return False
    ans = m["a"].strip() or (m["b"] or "").strip()
    if not m["a"].strip() and not re.match(r"(?i:yes|no)\b", ans):
        return True  # blank: the next line is another item, not this one's answer
    return bool(_NOT_AFFIRMED.fullmatch(ans))


_EMPTY_CELL_REST = re.compile(r"[^\n|.:;?]{0,60}?[ \t]*\|[ \t]*(?=\n|$)")


def _cell_unanswered(text: str, pos: int) -> bool:
    """Is ``pos`` inside a form row's label whose answer cell is empty: the line ends with the
    row's lone cell separator and nothing after it ("6 Inadequate efficacy per prescriber |")?
    Such a label is the form's question, not a statement of the course's result."""
    ls = text.rfind("\n", 0, pos) + 1
    return "|" not in text[ls:pos] and bool(_EMPTY_CELL_REST.match(text, pos))


def _answer_end(text: str, pos: int) -> int:
    tail = text[pos:pos + 40]
    y = _YES.search(tail)
    return pos + y.end() if y else pos


def _sentence_index(pg: _Page, pos: int) -> int:
    for i, s in enumerate(pg.sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def _date_opens(s: str) -> bool:
    """Does ``s`` open with a date ("  02/2025 when samples ran out", " in June 2025")?"""
    ds = find_dates(s[:40])
    return bool(ds) and bool(re.fullmatch(r"[ \t]*(?:(?:in|on)[ \t]+)?", s[:ds[0].start], re.I))


@lru_cache(maxsize=1)
def _never_used_statement_patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str],
                                               re.Pattern[str]]:
    """extractor_lexicon.yaml never_used_statements (by value), and the words after and
    before such a statement that void it."""
    data = vocab.load("extractor_lexicon")
    pats = [(value, re.compile(r"(?<![\w-])(?:" + "|".join(spaced(x) for x in xs) + r")(?![\w-])",
                               re.I))
            for value, xs in (data.get("never_used_statements") or {}).items()]

    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(
            spaced(x) for x in data.get(key) or ["(?!x)x"]) + r")(?![\w-])", re.I)
    return pats, words("never_used_statement_cancel"), words("never_used_statement_hedge")


def _sentence_at(pg: _Page, pos: int) -> Sentence | None:
    i = _sentence_index(pg, pos)
    return pg.sentences[i] if i >= 0 else None


# The bare answer words of a form's printed response choices ("inadequate / adequate /
# intolerant"): next to an inadequate word they mark the run as choices, not an answer.
_CHOICE_WORD = re.compile(r"\b(?:adequate|intoleran\w*|tolerated|good|poor|none|n/?a)\b", re.I)


def _lone_date_beside(text: str, line_s: int, line_e: int) -> bool:
    """Is the line above or below a date alone ("10/2025")? The tail of a table row's
    wrapped cell ("Discontinued" / "Opzelura ... BID to hands" / "10/2025")."""
    above_s = text.rfind("\n", 0, max(line_s - 1, 0)) + 1
    below_e = _line_end(text, line_e + 1)
    for frag in (text[above_s:max(line_s - 1, above_s)], text[line_e + 1:below_e]):
        ds = find_dates(frag)
        if len(ds) == 1 and not frag[:ds[0].start].strip() and not frag[ds[0].end:].strip():
            return True
    return False


def _referred_line_above(text: str, ls: int, most: int = 4) -> str:
    """The nearest of the ``most`` lines above the line starting at ``ls``, in the same block
    (no blank line between), that says where a patient was referred ("Referred to: Lakeside
    Dermatology", "Referral to: allergy clinic"); "" when there is none."""
    for _ in range(most):
        if ls <= 0:
            break
        ls = _line_start(text, ls - 1)
        line = text[ls:_line_end(text, ls)]
        if not line.strip():
            break
        if re.search(r"\brefer(?:red|ral)\s+to\b", line, re.I):
            return line
    return ""


def _referral_addressee_above(text: str, ls: int, most: int = 8) -> str:
    """On a referral record (a page whose first lines say "referral"), the nearest of the
    ``most`` lines above the line starting at ``ls``, in the same block, that names the
    receiving clinician or office ("To: Ana Ruiz, MD - Lakeside Dermatology"); "" when none."""
    if not re.search(r"\breferral\b", text[:300], re.I):
        return ""
    for _ in range(most):
        if ls <= 0:
            break
        ls = _line_start(text, ls - 1)
        line = text[ls:_line_end(text, ls)]
        if not line.strip():
            break
        if re.match(r"[ \t#*-]*(?:to|receiving (?:provider|clinician|office|clinic|practice|"
                    r"specialist))[ \t]*:", line, re.I):
            return line
    return ""


STALE_ROW_RATING_DAYS = 365
"""A rating in a list row dated more than this many days before a later visit of the same
document is that row's, not today's (_drop_stale_row_ratings; rules/facts.py
STALE_RATING_DAYS)."""


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _vehicle_word(text: str, after: int, start: int) -> bool:
    """Does the word at ``start`` open a vehicle named in more than one word ("emollient
    cream", vocabulary tcs_potency.yaml) right after a steroid mention ending at ``after``
    ("clobetasol propionate 0.05% emollient cream"): part of that steroid's name, not
    another drug?"""
    gap = text[after:start]
    if len(gap) > 30 or "\n" in gap or re.search(r"[;,()]|\.(?!\d)", gap):
        return False
    tail = " ".join(text[start:start + 40].lower().split())
    return any(tail.startswith(v) and (len(tail) == len(v) or not tail[len(v)].isalnum())
               for v in vocab.vehicle_phrases())


def _line_end(text: str, pos: int) -> int:
    """Where the line ``pos`` is in ends (its newline, or the end of the text)."""
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _line_at(text: str, pos: int) -> str:
    return text[_line_start(text, pos):_line_end(text, pos)]


def _word_start(text: str, pos: int) -> int:
    while 0 < pos < len(text) and not text[pos - 1].isspace() and not text[pos].isspace():
        pos -= 1
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _skip_subject(text: str, s: int, e: int) -> int:
    """Position after a leading subject ("He ", "She reports the palms ") of a sentence."""
    m = re.match(r"(?:(?:he|she|they|pt|patient|the patient|it|rash|symptoms|eczema)\s+)?",
                 text[s:e], re.I)
    return s + (m.end() if m else 0)


def _near_ref(refs, s: int, e: int, dist: int) -> bool:
    return any(abs(r.start() - e) <= dist or abs(s - r.end()) <= dist for r in refs)


def _nearest_trigger(triggers: list[Trigger], pos: int, category: str) -> Trigger | None:
    best = None
    for t in triggers:
        if t.rule.category == category and t.scope_start <= pos <= t.scope_end + 1 or (
            t.rule.category == category and t.start <= pos < t.end
        ):
            if best is None or abs(t.start - pos) < abs(best.start - pos):
                best = t
    return best


# a personal title's dot ("Dr. Lee"): no sentence end
# a sentence's opening words that set its time ("In June 2021", "Back in 10/2024,", "At
# the March 2023 visit"): the date ends the phrase
_SENT_TIME_HEAD = re.compile(
    r"\s*(?:back |as of |even )?(?:in|on|at|during|by)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:(?:early|mid|late|spring|summer|fall|autumn|winter)[- ]\s*(?:of\s+)?)?"
    r"[A-Za-z]{0,9}\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:\d{1,2}[/-])?(?:\d{1,2}[/-])?(?:19|20)\d\d\b",
    re.I)
# words that bring a sentence back to the present ("..., and now it is moderate", "..., and
# her hand eczema is severe")
_PRESENT_CUE = re.compile(r"\b(?:now|today|currently|current|presently|at present|this visit|"
                          r"is|are|remains?|has|have)\b", re.I)
_TITLE_DOT = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.", re.I)
_SALUTATION = re.compile(r"^[ \t]*Dear[ \t]+(?:(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?"
                         r"(?P<n>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]*[,:]", re.M)


def _addressee(text: str) -> tuple[int, int] | None:
    """A letter's addressee block: from the line before the salutation that names the person
    greeted ("Samantha Greer, MD" / "Alder Street Family Practice" ... "Dear Dr. Greer,") to
    the salutation. The addressee (often the referring clinician) is not the letter's author."""
    m = _SALUTATION.search(text)
    if not m:
        return None
    surname = m.group("n").split()[-1].strip(".")
    if len(surname) < 2:
        return None
    hits = list(re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text[:m.start()]))
    if not hits:
        return None
    return _line_start(text, hits[-1].start()), m.start()


def _in_span(span: tuple[int, int] | None, pos: int) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _specialty_title_ok(line: str, word: str) -> bool:
    """A specialty word in a letterhead/title line (not 'referred to dermatology')."""
    return not re.search(r"refer|pcp|primary care|dear|\bcc\b|\bto:", line, re.I) and len(word) > 2


def _doc_role(doc: Document, lex: Lexicon) -> str:
    """``consult`` (a specialist's letter), ``referral`` (a referring letter) or ``note``."""
    head = "\n".join(p.text for p in doc.pages[:2])
    if lex.consult_doc.search(head):
        # a consult request nobody has answered yet names the specialty asked, not a
        # consultant: read it as a referral
        return "referral" if lex.consult_unanswered.search(head) else "consult"
    first = doc.pages[0].text[:400] if doc.pages else ""
    for m in lex.referral_doc.finditer(first):
        if lex.attached_after.match(first, m.end()) or lex.attached_before.search(
                first, max(0, m.start("marker") - 30), m.start("marker")):
            continue  # "(referral form attached)": another document of the packet
        return "referral"
    return "note"


def extract(documents: list[Document]) -> Evidence:
    """Read every page of ``documents`` and return the findings (no network)."""
    ex = _Extractor()
    findings = ex.run(list(documents))
    doc_kinds.annotate(findings, list(documents))  # source_kind: clinical fact vs a claim
    for i, f in enumerate(findings, 1):
        f.id = f"f{i}"
    warnings = []
    for d in documents:
        if d.ocr_pages:
            warnings.append(f"{d.file}: pages {d.ocr_pages} were read by OCR")
    return Evidence(findings=findings, extractor=ExtractorKind.offline, warnings=warnings)
