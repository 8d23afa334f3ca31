"""The offline extractor on realistic chart snippets (no PDFs needed)."""

from __future__ import annotations

import datetime as dt
import re

from chartreview.models import Document, Finding, Page, Word
from extract.align import supports
from extract.offline import extract
from rules.engine import evaluate, load_policy


def status(findings: list[Finding], crit: str, as_of: str) -> str:
    """The IP0759 status (``met``, ``not_met``, ``unknown``) of one criterion on these
    findings, as of the request date ``as_of``."""
    d = evaluate("IP0759", findings, as_of)
    return next(c for c in d.criteria if c.id == crit).status.value


def make_doc(text: str, file: str = "note.pdf") -> Document:
    """A one-page document whose words carry offsets (boxes are fake but consistent)."""
    pages = []
    for n, chunk in enumerate(text.split("\f"), 1):
        words = []
        for i, m in enumerate(re.finditer(r"\S+", chunk)):
            line = chunk.count("\n", 0, m.start())
            words.append(Word(text=m.group(0), x0=10.0 * i, top=12.0 * line, x1=10.0 * i + 9,
                              bottom=12.0 * line + 10, char_start=m.start(), char_end=m.end()))
        pages.append(Page(number=n, width=612, height=792, text=chunk, words=words))
    return Document(file=file, sha256="0" * 64, pages=pages)


def run(*texts: str) -> list[Finding]:
    docs = [make_doc(t, f"doc{i}.pdf") for i, t in enumerate(texts)]
    return extract(docs).findings


def decide(*texts: str, as_of: dt.date) -> dict[str, str]:
    """Criterion id -> status under IP0759 for what the extractor finds in ``texts``."""
    return {c.id: c.status.value
            for c in evaluate(load_policy("IP0759"), run(*texts), as_of).criteria}


def of(findings: list[Finding], field: str, usable: bool = True) -> list[Finding]:
    return [f for f in findings
            if f.field == field and (not usable or not {"negated", "family", "hypothetical"}
                                     & set(f.context))]


def groups(findings: list[Finding], kind: str) -> dict[str, dict[str, Finding]]:
    out: dict[str, dict[str, Finding]] = {}
    for f in findings:
        if f.group and f.group.startswith(kind):
            out.setdefault(f.group, {})[f.field.split(".", 1)[1]] = f
    return out


def courses(*texts: str, check: str = "") -> list[dict]:
    """The therapy groups of ``texts`` as field -> value dicts; every finding whose field starts
    with ``check`` must be quoted and supported by its quote."""
    from extract.align import supports

    fs = run(*texts)
    for f in fs:
        if f.field.startswith(check):
            assert f.quote and supports(f.value, f.quote, f.field), (f.field, f.value, f.quote)
    return [{k: v.value for k, v in g.items()} for g in groups(fs, "therapy").values()]


def merged_course(cs: list[dict], drug_word: str) -> dict:
    """The courses whose drug contains ``drug_word``, merged (first value of each field wins)."""
    hits = [c for c in cs if drug_word.lower() in str(c.get("drug", "")).lower()]
    assert hits, f"no course for {drug_word}"
    merged: dict = {}
    for c in hits:
        for k, v in c.items():
            merged.setdefault(k, v)
    return merged


def course_of(drug_word: str, *texts: str) -> dict:
    """The merged course of the drug containing ``drug_word`` in ``texts``."""
    return merged_course(courses(*texts), drug_word)


def generic_courses(cs: list[dict]) -> list[dict]:
    """Courses of an unnamed steroid ("topical steroid", "TCS")."""
    return [c for c in cs if any(w in str(c.get("drug", "")).lower() for w in ("steroid", "tcs"))]


NOTE = """Northshore Dermatology Associates | 1420 Lakeview Ave
DERMATOLOGY PROGRESS NOTE
Patient: Jane Q. Sample DOB: 04/11/1971 MRN 123
Date of service: 03/02/2026
HPI: 54 y/o F with chronic hand eczema x 8 months. 3 flares in the past year.
Used clobetasol 0.05% oint BID x 6 wks (started 1/5/26) with minimal improvement.
Hydrocortisone 1% OTC cream as needed for a few days at a time.
Denies prior use of tofacitinib or other JAK inhibitors.
Family History: Mother with psoriasis on methotrexate.
Medications:
methotrexate 15 mg weekly Discontinued 03/2024
dupilumab 300 mg every 2 weeks Active
Exam: IGA-CHE score of 4. HECSI 62.
Assessment: Chronic hand eczema, moderate-to-severe.
Plan: Start delgocitinib 2% cream BID. If no response, consider upadacitinib.
Electronically signed by Maria Chen, MD, FAAD NPI 1467582093 on 03/02/2026
"""


def test_every_quote_is_a_verbatim_span_with_a_box() -> None:
    doc = make_doc(NOTE)
    for f in extract([doc]).findings:
        page = doc.pages[f.page - 1]
        assert page.text[f.char_start:f.char_end] == f.quote, f.field
        assert f.alignment.value == "exact" and f.bbox is not None
        assert f.id


def test_quotes_support_their_values() -> None:
    fs = run(NOTE)
    bad = [(f.field, f.value, f.quote) for f in fs if not supports(f.value, f.quote, f.field)]
    assert len(bad) <= len(fs) // 50, bad


def test_patient_and_request_fields() -> None:
    fs = run(NOTE)
    assert {f.value for f in of(fs, "patient.date_of_birth")} == {dt.date(1971, 4, 11)}
    assert {f.value for f in of(fs, "patient.age")} == {54}
    assert {f.value for f in of(fs, "request.date_of_service")} == {dt.date(2026, 3, 2)}


def test_condition_fields() -> None:
    fs = run(NOTE)
    assert any("hand eczema" in f.value.lower() for f in of(fs, "condition.diagnosis"))
    assert [f.value for f in of(fs, "condition.duration_days")] == [240]
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [3]


def test_severity_and_scores() -> None:
    fs = run(NOTE)
    assert {f.value for f in of(fs, "severity.iga_che")} == {4}
    assert {f.value for f in of(fs, "severity.hecsi")} == {62.0}
    assert {f.value for f in of(fs, "severity.stated")} == {"moderate"}


def test_tcs_course_as_a_group() -> None:
    fs = run(NOTE)
    courses = [g for g in groups(fs, "therapy").values() if "clobetasol" in g["drug"].value]
    assert len(courses) == 1
    c = courses[0]
    assert c["strength"].value == "0.05%"
    assert c["vehicle"].value == "ointment"
    assert c["frequency"].value == "BID"
    assert c["duration_days"].value == 42
    assert c["start_date"].value == dt.date(2026, 1, 5)
    assert c["response"].value == "inadequate"
    assert "prn" not in c


def test_prn_course_has_no_duration_and_is_otc() -> None:
    fs = run(NOTE)
    hc = [g for g in groups(fs, "therapy").values() if "ydrocortisone" in g["drug"].value][0]
    assert hc["prn"].value is True
    assert hc["otc"].value is True
    assert "duration_days" not in hc


def test_negated_and_family_medications_are_not_the_patients() -> None:
    fs = run(NOTE)
    meds = groups(fs, "medication")
    tofa = [g for g in meds.values() if g["name"].value == "tofacitinib"]
    assert tofa and all("negated" in g["name"].context for g in tofa)
    mtx = [g for g in meds.values() if g["name"].value.lower() == "methotrexate"]
    family = [g for g in mtx if "family" in g["name"].context]
    listed = [g for g in mtx if "family" not in g["name"].context]
    assert family and listed
    assert listed[0]["status"].value == "discontinued"
    assert listed[0]["stop_date"].value == dt.date(2024, 3, 1)
    cet = [g for g in meds.values() if g["name"].value == "dupilumab"]
    assert cet and cet[0]["status"].value == "active"


def test_hypothetical_drug_is_flagged() -> None:
    fs = run(NOTE)
    upa = [f for f in fs if f.field == "medication.name" and f.value == "upadacitinib"]
    assert upa and "hypothetical" in upa[0].context


def test_prescriber_from_signature_block() -> None:
    fs = run(NOTE)
    assert {f.value for f in of(fs, "prescriber.name")} == {"Maria Chen"}
    assert {f.value for f in of(fs, "prescriber.npi")} == {"1467582093"}
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"dermatology"}
    assert any("FAAD" in f.value for f in of(fs, "prescriber.credentials"))


def test_family_physician_with_dermatology_consult() -> None:
    text = (
        "Lakeside Family Medicine\nPROGRESS NOTE\nDate: 05/04/2026\n"
        "Hand dermatitis for 2 years. Seen by Dr. Patel (dermatology) on 04/01/2026, who "
        "recommended a topical JAK inhibitor.\n"
        "Signed: Robert King, MD\nSpecialty: Family Medicine\n"
    )
    fs = run(text)
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"family_medicine"}
    assert {f.value for f in of(fs, "consultant.specialty")} == {"dermatology"}


def test_pending_referral_is_not_a_consultation() -> None:
    text = "Hand eczema for 1 year. Will refer to dermatology; appointment pending.\n"
    assert of(run(text), "consultant.specialty") == []


def test_taxonomy_code_and_allergist() -> None:
    text = "Requesting provider taxonomy: 207K00000X\nNPI: 1234567890\n"
    fs = run(text)
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"allergy_immunology"}


def test_never_used_tcs() -> None:
    fs = run("HPI: Chronic hand eczema. Patient has never used a TCS.\n")
    assert [f.value for f in of(fs, "therapy.never_used")] == ["tcs"]
    fs = run("HPI: Denies prior topical steroid use.\n")
    assert [f.value for f in of(fs, "therapy.never_used")] == ["tcs"]


def test_family_members_steroid_is_not_a_course() -> None:
    fs = run("Social: lives with husband.\nHer mother uses clobetasol 0.05% ointment daily.\n")
    assert of(fs, "therapy.drug") == []


def test_form_question_and_checkboxes() -> None:
    text = (
        "PRIOR AUTHORIZATION REQUEST\n"
        "3. Severity according to the prescriber: [ ] Mild [X] Moderate [ ] Severe\n"
        "7. Will the patient use the drug with a potent immunosuppressant (e.g. methotrexate,\n"
        "cyclosporine)? [ ] Yes [X] No\n"
    )
    fs = run(text)
    assert {f.value for f in of(fs, "severity.stated")} == {"moderate"}
    assert of(fs, "medication.name") == []
    assert len(of(fs, "medication.name", usable=False)) == 2


def test_onset_and_recurrence_phrasings() -> None:
    fs = run("HPI: Hand eczema since fall 2022, recurred twice since March 2026.\n")
    assert {f.value for f in of(fs, "condition.onset_date")} == {dt.date(2022, 9, 1)}
    assert {f.value for f in of(fs, "condition.recurrences_12mo")} == {2}
    fs = run("HPI: CHE since 2021, persistent, never completely clears.\n")
    # a year alone dates the onset no later than the year's end (flagged at_latest)
    assert {f.value for f in of(fs, "condition.onset_date")} == {dt.date(2021, 12, 31)}


def test_date_range_course_from_a_form() -> None:
    text = (
        "Drug / strength: triamcinolone 0.1% ointment\n"
        "Dates of use: 01/05/2026 - 02/16/2026 Applied daily for at least 28 consecutive "
        "days? [X] Yes [ ] No\nOutcome: [X] Inadequate response [ ] Intolerance\n"
    )
    fs = run(text)
    c = list(groups(fs, "therapy").values())[0]
    assert c["start_date"].value == dt.date(2026, 1, 5)
    assert c["stop_date"].value == dt.date(2026, 2, 16)
    assert c["response"].value == "inadequate"
    assert c["duration_days"].value == 28


def test_clinical_note_beats_the_form_on_duration() -> None:
    note = "HPI: hand eczema x 2 yrs. Clobetasol 0.05% oint: ~2 wk trial, stopped, inadequate.\n"
    form = ("PRIOR AUTHORIZATION REQUEST\nDrug: clobetasol propionate 0.05% ointment, daily "
            "use: 4 weeks, inadequate response\n")
    fs = run(note, form)
    days = sorted(f.value for f in of(fs, "therapy.duration_days"))
    assert days == [14]


def test_silent_chart_gives_nothing() -> None:
    fs = run("Patient seen for follow-up. Doing well. Return in 3 months.\n")
    fields = {f.field for f in fs}
    assert not fields & {"condition.duration_days", "severity.stated", "therapy.drug",
                         "medication.name", "patient.age", "condition.recurrences_12mo"}


def test_exam_words_are_not_a_severity_rating() -> None:
    fs = run("Exam: moderate scale and severe fissuring of the palms.\n")
    assert of(fs, "severity.stated") == []


def test_indication_text_is_not_the_patients_severity() -> None:
    fs = run("The drug is FDA approved for adults with moderate to severe chronic hand eczema.\n")
    assert of(fs, "severity.stated") == []


def test_current_use_ends_a_preceding_negation() -> None:
    fs = run("Has not tried JAK inhibitors, currently on cyclosporine 100 mg BID.\n")
    cyc = groups(fs, "medication")
    g = list(cyc.values())[0]
    assert g["name"].context == [] and g["status"].value == "active"


def test_side_effect_denial_does_not_negate_the_drug() -> None:
    fs = run("Denies side effects from methotrexate 15 mg weekly.\n")
    assert of(fs, "medication.name")[0].value == "methotrexate"


def test_inline_family_history_covers_its_own_line_only() -> None:
    fs = run("Family History: noncontributory.\nPatient takes methotrexate 15 mg weekly.\n")
    assert [f.value for f in of(fs, "medication.name")] == ["methotrexate"]
    fs = run("FAMILY HISTORY\nMother: psoriasis, on methotrexate.\nASSESSMENT\nCHE.\n")
    assert of(fs, "medication.name") == []


def test_stopped_one_drug_started_another() -> None:
    fs = run("Stopped methotrexate and started Rinvoq 15 mg daily in May.\n")
    status = {g["name"].value: g["status"].value for g in groups(fs, "medication").values()}
    assert status == {"methotrexate": "discontinued", "Rinvoq": "active"}


def test_year_range_gives_a_stop_date() -> None:
    fs = run("HPI: CHE. Methotrexate 2019-2021 for psoriasis.\n")
    g = list(groups(fs, "medication").values())[0]
    assert g["stop_date"].value == dt.date(2021, 12, 31)
    assert "status" not in g  # the rules read the status from the stop date


def test_window_is_not_a_duration_and_labelled_durations() -> None:
    fs = run("HPI: hand eczema. Flares: 4 in past 12 months.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [4]
    assert of(fs, "condition.duration_days") == []
    fs = run("Duration of CHE: 14 months\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [420]


def test_brand_in_parentheses_is_the_same_course() -> None:
    fs = run("Used desoximetasone 0.25% oint (Topicort) BID daily 3/16/26 - 4/27/26 (6 wks). "
             "Minimal response.\n")
    courses = list(groups(fs, "therapy").values())
    assert len(courses) == 1
    c = courses[0]
    assert c["duration_days"].value == 42 and c["response"].value == "inadequate"
    assert c["start_date"].value == dt.date(2026, 3, 16)


def test_tcs_naive_and_never_filled() -> None:
    fs = run("HPI: TCS-naive; has used only emollients.\n")
    assert [f.value for f in of(fs, "therapy.never_used")] == ["tcs"]
    fs = run("Clobetasol 0.05% cream was prescribed on 5/1/26 but never filled.\n")
    assert of(fs, "therapy.drug") == [] and of(fs, "medication.name") == []


def test_checkbox_answer_is_not_a_negation() -> None:
    text = ("Has the patient tried a medium or higher potency TCS? [X] Yes [ ] No\n"
            "If yes, list: betamethasone valerate 0.1% ointment, 01/02/2026 to 02/20/2026, daily\n")
    c = list(groups(run(text), "therapy").values())[0]
    assert c["drug"].context == []
    assert (c["start_date"].value, c["stop_date"].value) == (dt.date(2026, 1, 2),
                                                             dt.date(2026, 2, 20))


def test_prn_versus_a_daily_course_then_weekends() -> None:
    fs = run("clobetasol 0.05% cream BID for 6 weeks as needed.\n")
    assert [f.value for f in of(fs, "therapy.prn")] == [True]
    assert of(fs, "therapy.duration_days") == []
    fs = run("Used clobetasol 0.05% ointment daily for 4 weeks in Jan 2026, then only on "
             "weekends.\n")
    assert [f.value for f in of(fs, "therapy.duration_days")] == [28]
    assert of(fs, "therapy.prn") == []


def test_letter_of_medical_necessity() -> None:
    text = (
        "Sunrise Family Practice\nNovember 3, 2026\nRE: Letter of Medical Necessity\n"
        "I am writing for my patient, a 36-year-old man with chronic hand eczema present for more\n"
        "than 2 years. His disease is severe per my assessment. He was evaluated by Dr. Anna\n"
        "Liu, a board-certified dermatologist, on 09/15/2026. He applied fluocinonide 0.05%\n"
        "ointment twice daily (08/01/2026-09/05/2026) and it failed to control his disease.\n"
        "Anzupgo is indicated for moderate to severe chronic hand eczema in adults.\n"
        "Sincerely,\nMark Johnson, DO\nFamily Medicine\n"
    )
    fs = run(text)
    assert {f.value for f in of(fs, "request.date_of_service")} == {dt.date(2026, 11, 3)}
    assert [f.value for f in of(fs, "condition.duration_days")] == [730]
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}
    assert {f.value for f in of(fs, "consultant.specialty")} == {"dermatology"}
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"family_medicine"}
    c = list(groups(fs, "therapy").values())[0]
    assert c["stop_date"].value == dt.date(2026, 9, 5) and c["response"].value == "inadequate"


def test_negation_carries_through_a_list() -> None:
    fs = run("Biologics: no methotrexate, cyclosporine, Rinvoq, Olumiant or Opzelura ever.\n")
    assert of(fs, "medication.name") == []
    assert len(of(fs, "medication.name", usable=False)) == 5


def test_onset_phrasings_without_a_diagnosis_word() -> None:
    fs = run("HPI: First noticed 07-25-2026 after starting a job in a laundry.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2026, 7, 25)]
    fs = run("HPI: He first noticed itching and cracking on both palms on 08/20/2026.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2026, 8, 20)]
    fs = run("Opzelura cream BID on wrists and dorsal hands, started 10/2026 with samples.\n")
    assert of(fs, "condition.onset_date") == []


def test_form_answer_to_a_duration_question() -> None:
    text = ("Q: How long has the patient had this condition?\nSince spring 2025\n"
            "present continuously, about 18 months.\n")
    fs = run(text)
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2025, 3, 1)]
    assert [f.value for f in of(fs, "condition.duration_days")] == [540]


def test_episode_table_gives_onset_and_flare_dates() -> None:
    text = ("Episode Onset Cleared Treatment\n1 (initial) Jan 5 2026 Feb 9 2026 emollients\n"
            "2 Apr 13 2026 May 18 2026 hydrocortisone 1% OTC\n4 (current) Oct 26 2026 - -\n")
    fs = run(text)
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2026, 1, 5)]
    assert [f.value for f in of(fs, "condition.flare_date")] == [dt.date(2026, 4, 13),
                                                                 dt.date(2026, 10, 26)]


def test_stop_date_in_the_next_sentence() -> None:
    text = ("Treatment course: clobetasol propionate 0.05% ointment twice daily, started "
            "09/03/2026. She stopped it on 09/29/2026 because of burning.\n")
    c = list(groups(run(text), "therapy").values())[0]
    assert (c["start_date"].value, c["stop_date"].value) == (dt.date(2026, 9, 3),
                                                             dt.date(2026, 9, 29))


def test_severity_rating_phrasings() -> None:
    assert {f.value for f in of(run("Hands: severe per my assessment today.\n"),
                                "severity.stated")} == {"severe"}
    assert {f.value for f in of(run("Please describe the current severity (per prescriber): "
                                    "Severe.\n"), "severity.stated")} == {"severe"}
    assert {f.value for f in of(run("Investigator global assessment (CHE) 4/4.\n"),
                                "severity.iga_che")} == {4}


def test_twice_a_day_is_not_a_duration_and_wrapped_phrases() -> None:
    fs = run("fluocinonide 0.05% oint twice a day for 5 wks, without meaningful\nimprovement.\n")
    c = list(groups(fs, "therapy").values())[0]
    assert c["duration_days"].value == 35
    assert c["response"].value == "inadequate"
    assert supports(c["response"].value, c["response"].quote, "therapy.response")


def test_bare_restatement_of_a_described_course_is_dropped() -> None:
    note = "HPI: triamcinolone 0.1% ointment BID PRN flares, a few days at a time.\n"
    form = "Q: Which TCS has the patient tried?\nA: triamcinolone acetonide 0.1% ointment\n"
    courses = list(groups(run(note, form), "therapy").values())
    assert len(courses) == 1 and courses[0]["prn"].value is True


def test_time_on_a_med_list_is_not_daily_use() -> None:
    fs = run("Triamcinolone 0.1% ointment has been on her med list for 2 years; she applies it "
             "when it flares.\n")
    assert of(fs, "therapy.duration_days") == []
    assert [f.value for f in of(fs, "therapy.prn")] == [True]


def test_stopped_it_reaches_back_to_the_one_drug_named_before() -> None:
    fs = run("Another office put him on Rinvoq (upadacitinib) in 2024; he stopped it in March 2025"
             " because of acne.\n")
    assert [f.value for f in of(fs, "medication.stop_date")] == [dt.date(2025, 3, 1)]
    fs = run("Put on Rinvoq and methotrexate in 2024; he stopped it in March 2025.\n")
    assert of(fs, "medication.stop_date") == []  # two drugs: "it" is ambiguous


def test_rating_words_and_exam_signs() -> None:
    fs = run("Plan: I would rate her disease as severe.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
    fs = run("Exam: Hands: mild erythema/scale on both palms.\n")
    assert of(fs, "severity.stated") == []


def test_numbered_question_examples_with_a_none_answer() -> None:
    fs = run("Q3. Have you ever taken any of these? Xeljanz, Olumiant, cyclosporine\n"
             "A: [x] None of these\n")
    assert of(fs, "medication.name") == []


def test_checklist_box_before_each_item() -> None:
    # an unchecked box on a filled line negates its item; a checked box keeps it
    fs = run("Current medicines: ☐ Xeljanz   ☐ azathioprine   ☒ none of these\n")
    assert of(fs, "medication.name") == []
    fs = run("Current medicines: ☒ azathioprine   ☐ Xeljanz\n")
    assert [f.quote.lower() for f in of(fs, "medication.name")] == ["azathioprine"]
    # nothing checked: the items are only choices
    fs = run("Current medicines: ☐ Xeljanz   ☐ azathioprine\n")
    assert of(fs, "medication.name") == []
    # only the name a box labels is its item: what follows the label is another field
    fs = run("Severity: [X] Moderate [ ] Severe IGA-CHE score: 3\n")
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_severity_word_then_the_word_severity_is_a_rating() -> None:
    fs = run("Exam: palms with fissuring and scale. Moderate severity.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["moderate"]
    fs = run("Exam: palms with moderate severity of erythema.\n")
    assert of(fs, "severity.stated") == []


def test_specialty_closing_the_signature_line() -> None:
    fs = run("Plan: start the cream.\n\nAna Ruiz, MD Dermatology NPI 1234567890\n")
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"dermatology"}


def test_inverted_conditional_next_step_is_not_concurrent():
    fs = run("Were the cream to be insufficient - should Anzupgo not work by week 12, our next "
             "option will be baricitinib, with cyclosporine as an additional backup.")
    assert not of(fs, "medication.status")
    assert {f.value for f in of(fs, "medication.name", usable=False)} >= {"baricitinib",
                                                                           "cyclosporine"}


def test_onset_dates_back_to_after_condition_sentence():
    fs = run("Seen for dyshidrotic hand eczema. This dates back to roughly March 2023.")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2023, 3, 1)]


def test_onset_it_began_year_after_condition_sentence():
    fs = run("Referred for palmar hand dermatitis. It started when he began bartending in 2021.")
    assert [f.value.year for f in of(fs, "condition.onset_date")] == [2021]


def test_relatives_possessive_pronoun_keeps_drug_the_relatives():
    fs = run("Her brother takes Rinvoq for colitis. We talked, and upadacitinib is his daily pill.")
    assert not of(fs, "medication.name")
    # a patient cue in the sentence keeps the patient's own use
    fs = run("Her brother takes Rinvoq. The patient also takes upadacitinib, which is his med too.")
    assert [f.value for f in of(fs, "medication.name")] == ["upadacitinib"]


def test_daily_use_since_a_day_without_its_year_runs_to_the_visit():
    c = merged_course(courses("Date of service: 04/02/2026\nShe has applied betamethasone "
                              "dipropionate 0.05% ointment every night since 3/1 without "
                              "fail.", check="therapy."), "betamethasone")
    assert (c["start_date"], c["stop_date"]) == (dt.date(2026, 3, 1), dt.date(2026, 4, 2))


def test_a_start_day_then_every_day_since_and_every_day_through():
    since = merged_course(courses("Visit date: 12/15/2025\nDr. Ames put him on fluocinonide "
                                  "0.05% cream on November 3, and he has used it daily since.",
                                  check="therapy."), "fluocinonide")
    assert (since["start_date"], since["stop_date"]) == (dt.date(2025, 11, 3),
                                                          dt.date(2025, 12, 15))
    through = merged_course(courses("Date of service: 01/20/2026\nMometasone 0.1% ointment "
                                    "was started on 12 November; she applied it every "
                                    "morning through 18 December.", check="therapy."),
                            "mometasone")
    assert (through["start_date"], through["stop_date"]) == (dt.date(2025, 11, 12),
                                                              dt.date(2025, 12, 18))


def test_since_without_a_visit_date_or_with_a_later_day_is_no_course():
    c = merged_course(courses("She has used clobetasol 0.05% ointment every day since 3/1."),
                      "clobetasol")
    assert "start_date" not in c and "stop_date" not in c  # no visit date: no year to give
    c = merged_course(courses("Date of service: 02/10/2026\nTriamcinolone 0.1% ointment on "
                              "2/1, used every day until 3/15."), "triamcinolone")
    assert "stop_date" not in c  # 3/15 has not come yet: last year's 3/15 is before 2/1


def test_a_form_row_naming_the_class_refers_back_to_the_drug_above():
    cs = courses("Steroid tried: betamethasone dipropionate 0.05% cream BID\n"
                 "Steroid dates: 10/01/2025 - 11/12/2025\n", check="therapy.")
    c = merged_course(cs, "betamethasone")
    assert (c["start_date"], c["stop_date"]) == (dt.date(2025, 10, 1), dt.date(2025, 11, 12))
    assert not generic_courses(cs)  # the row label is no second, unnamed course


def test_a_course_length_before_a_long_unnamed_steroid_phrase():
    cs = courses("Assessment: failed a 5-week twice-daily trial of an unknown mid-strength "
                 "prescription topical steroid cream from urgent care.", check="therapy.")
    assert [c.get("duration_days") for c in generic_courses(cs)] == [35]


def test_a_stop_day_after_until_the():
    c = merged_course(courses("Started desoximetasone 0.25% cream BID on 3/3/26.\n"
                              "she applied it morning and night until the 4/9/26 recheck."),
                      "desoximetasone")
    assert (c["start_date"], c["stop_date"]) == (dt.date(2026, 3, 3), dt.date(2026, 4, 9))


def test_a_rating_at_an_earlier_visit_is_historical_and_todays_is_not():
    fs = run("When we first saw him in May his hand eczema was severe (IGA-CHE 4). "
             "IGA-CHE 1 at today's check; almost clear.")
    sev = {(f.field, f.value): f.context for f in fs if f.field.startswith("severity.")}
    assert "historical" in sev[("severity.iga_che", 4)]
    assert "historical" in sev[("severity.stated", "severe")]
    assert "historical" not in sev[("severity.iga_che", 1)]


def test_a_specialist_seen_for_another_condition_is_no_consultant():
    fs = run("PMH: asthma, followed by pulmonology and seen by an allergist for allergy shots "
             "in 2021.\nHand eczema 2 years.")
    assert not [f for f in fs if f.field == "consultant.specialty"]
    fs = run("Hand dermatitis was evaluated by an allergist in 2025 (patch tests negative).")
    assert [f.value for f in fs if f.field == "consultant.specialty"] == ["allergy_immunology"]


def test_a_passive_order_yields_to_the_use_reported_after_it():
    c = merged_course(courses("Halobetasol 0.05% cream was prescribed twice daily for 6 weeks. "
                              "Per patient, she quit after only 9 days (burning).",
                              check="therapy."), "halobetasol")
    assert c["duration_days"] == 9


def test_a_fill_total_over_months_is_no_course():
    cs = courses("Fill summary: mometasone 0.1% ointment, 5 fills, 225 g dispensed over "
                 "~14 months.")
    assert "duration_days" not in merged_course(cs, "mometasone")


def test_a_referral_not_yet_seen_is_no_consultant():
    fs = run("Plan: I will keep treating her hand eczema until she is seen by dermatology "
             "(appointment in June).")
    assert not of(fs, "consultant.specialty")
    fs = run("REFERRAL #44\nReferred by: A. Lin, MD (Internal Medicine)\nRefer to specialty: "
             "Dermatology\nReason: chronic hand eczema\nReferral status: Open - not scheduled\n")
    assert not of(fs, "consultant.specialty")


def test_the_disease_persisting_without_remission_and_since_an_event_in_a_year():
    fs = run("He has had chronic hand eczema that has persisted without remission for 4 years.")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1460]
    fs = run("Hand dermatitis since he took the warehouse job in spring 2023; never clear.")
    assert [str(f.value) for f in of(fs, "condition.onset_date")] == ["2023-03-01"]


def test_daily_since_a_month_counts_its_fewest_days_or_nothing():
    c = merged_course(courses("Visit date: 05/20/2026\nOn clobetasol 0.05% ointment twice "
                              "daily since March 2026."), "clobetasol")
    assert (c["start_date"], c["stop_date"]) == (dt.date(2026, 3, 31), dt.date(2026, 5, 20))
    c = merged_course(courses("Visit date: 04/10/2026\nOn clobetasol 0.05% ointment twice "
                              "daily since March 2026."), "clobetasol")
    assert "stop_date" not in c  # 11 to 41 days: cannot tell whether it reached 28


def test_the_authors_own_primary_care_specialty_is_read_but_a_pcp_line_is_not():
    fs = run("Office Visit\nProvider: Omar Haddad, DO - Family Medicine (Primary Care)\n"
             "Hand eczema 1 year.")
    assert [f.value for f in of(fs, "prescriber.specialty")] == ["family_medicine"]
    fs = run("Dermatology consult\nPrimary care: Ana Ruiz, MD - Internal Medicine\n")
    assert not of(fs, "prescriber.specialty")


def test_a_rating_beside_an_older_date_or_after_previously_is_historical():
    fs = run("Date of service: 05/04/2026\nOutside records:\n - 03/2024 (prior clinic): hand "
             "eczema, IGA-CHE 4.\nExam today: IGA-CHE 2 (mild).")
    sev = [(f.value, "historical" in f.context) for f in fs if f.field.startswith("severity.")]
    assert (4, True) in sev and (2, False) in sev and ("mild", False) in sev
    fs = run("Hand eczema: previously IGA-CHE 3; IGA-CHE 1 on today's exam.")
    sev = [(f.value, "historical" in f.context) for f in fs if f.field == "severity.iga_che"]
    assert sev == [(3, True), (1, False)]


def test_a_former_clinic_or_a_visit_for_another_skin_problem_is_no_consultant():
    fs = run("Hand eczema 3 years. Formerly managed by Harbor Dermatology before her move.")
    assert not of(fs, "consultant.specialty")
    fs = run("Hand eczema 3 years. PMH: seen by dermatology in 2021 for a mole check only.")
    assert not of(fs, "consultant.specialty")
