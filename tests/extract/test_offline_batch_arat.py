"""Rules generalised from staging batches ar/as/at (time words, hedges, corrections), on
sentences of our own (not the charts')."""

from __future__ import annotations

import datetime as dt

from extract.dates import find_durations
from tests.extract.test_offline import courses, decide, groups, merged_course, of, run

DERM = ("Pinecrest Dermatology - Office visit\n"
        "Date of service: 04/10/2026\n"
        "Patient: Marta Quill  DOB 07/22/1980\n"
        "Provider: Odile Varga, MD - Dermatology\n")


AS_OF = dt.date(2026, 4, 20)


# ---------------------------------------------------------------- hedged course lengths
def test_hedged_range_of_lengths_counts_its_lower_end():
    spans = find_durations("she thinks she used it for five, maybe six weeks")
    assert [(d.days, d.max_days) for d in spans] == [(35, 42)]
    assert [(d.days, d.max_days) for d in find_durations("two or three weeks")] == [(14, 21)]
    assert [(d.days, d.max_days) for d in find_durations("about 4 weeks, possibly 5.")] == \
        [(28, 35)]


def test_course_length_hedged_across_four_weeks_stays_unknown():
    text = DERM + ("History\nHe put betamethasone dipropionate 0.05% ointment on every day for "
                   "three or four weeks, he cannot say which. Minimal change.\n")
    c = merged_course(courses(text), "betamethasone")
    assert "duration_days" not in c


# ---------------------------------------------------------------- vague past times
def test_a_couple_of_years_ago_makes_a_medication_past():
    text = DERM + ("History\nAnother office gave him tofacitinib a couple of years ago; he took "
                   "it briefly.\n")
    names = [f for f in run(text) if f.field == "medication.name"
             and "tofacitinib" in str(f.value).lower()]
    assert names and all("historical" in f.context for f in names)


# ---------------------------------------------------------------- corrections / addenda
def test_addendum_rating_supersedes_the_note_body_rating():
    text = DERM + ("Exam\nPalms with fissures and scale.\nIGA-CHE 1\n\n"
                   "Addendum - 04/12/2026\n"
                   "The IGA-CHE above was copied from an old template. Correction: IGA-CHE at "
                   "this visit was 4 (severe).\n")
    fs = run(text)
    iga = {f.value: f.context for f in of(fs, "severity.iga_che")}
    assert "historical" in iga[1]
    assert "historical" not in iga[4]
    assert decide(text, as_of=AS_OF)["1.C"] == "met"


def test_past_tense_in_a_correction_speaks_of_the_corrected_visit():
    text = DERM + ("Assessment\nChronic hand eczema. Severity: mild.\n\n"
                   "Addendum 04/12/2026\nCorrection: her hand eczema was severe at this visit.\n")
    sev = {f.value: f.context for f in of(run(text), "severity.stated")}
    assert "historical" not in sev["severe"]
    assert "historical" in sev["mild"]


def test_late_entry_medication_status_supersedes_the_earlier_one():
    body = DERM + ("History\nChronic hand eczema for 3 years.\n"
                   "Azathioprine 100 mg daily - stopped last fall per patient.\n"
                   "Assessment\nChronic hand eczema, severe.\n")
    assert decide(body, as_of=AS_OF)["NC.2"] == "met"
    late = body + ("\nLate entry 04/14/2026: spoke with her rheumatologist; she is still taking "
                   "azathioprine 100 mg daily.\n")
    assert decide(late, as_of=AS_OF)["NC.2"] == "not_met"


def test_addendum_drug_mention_also_supersedes_an_earlier_dated_form():
    form = ("PRIOR AUTHORIZATION REQUEST FORM\nDate: 04/08/2026\n"
            "Patient: Marta Quill  DOB 07/22/1980\n"
            "Current immunosuppressant: none - mycophenolate discontinued 01/2026\n")
    note = DERM + ("History\nMycophenolate 1 g twice daily, stopped in January.\n"
                   "\nAddendum 04/15/2026\nPer transplant clinic she never stopped it: she "
                   "remains on mycophenolate 1 g twice daily.\n")
    assert decide(form, note, as_of=AS_OF)["NC.2"] == "not_met"


def test_negated_drug_in_an_addendum_supersedes_nothing():
    text = DERM + ("History\nMethotrexate 20 mg weekly - stopped 12/2025.\n"
                   "\nAddendum 04/15/2026\nNo new medications; not on methotrexate.\n")
    assert decide(text, as_of=AS_OF)["NC.2"] == "met"


def test_rating_tied_to_an_earlier_visit_after_its_label_is_historical():
    text = DERM + "Exam\nIGA-CHE at her intake visit was 4. IGA-CHE at today's visit: 2.\n"
    iga = {f.value: f.context for f in of(run(text), "severity.iga_che")}
    assert "historical" in iga[4] and "historical" not in iga[2]


# ---------------------------------------------------------------- onsets
def test_since_late_month_without_a_year_reads_the_month_end():
    text = DERM + "Assessment\nHand dermatitis, irritant type - new since late February.\n"
    assert [f.value for f in of(run(text), "condition.onset_date")] == [dt.date(2026, 2, 28)]


def test_since_at_least_a_month_is_a_relative_onset():
    text = DERM + "History\nHer hand eczema has been there since at least December.\n"
    assert [f.value for f in of(run(text), "condition.onset_date")] == [dt.date(2025, 12, 1)]


def test_since_part_of_a_month_with_its_year():
    text = DERM + "History\nChronic hand eczema since mid-October 2025, never fully clear.\n"
    assert [f.value for f in of(run(text), "condition.onset_date")] == [dt.date(2025, 10, 20)]


def test_tilde_before_an_onset_age():
    text = DERM + "History\nHand eczema began ~age 12 and has never cleared.\n"
    assert [f.value for f in of(run(text), "condition.onset_age")] == [12]


def test_duration_after_the_diagnosis_code():
    text = ("PRIOR AUTHORIZATION REQUEST\nDate: 04/10/2026\n"
            "Dx: chronic hand eczema (L30.9) 2 years\n")
    assert [f.value for f in of(run(text), "condition.duration_days")] == [730]


def test_length_of_daily_use_is_not_the_condition_length():
    text = DERM + ("History\nChronic hand eczema for years. Fluocinonide 0.05% ointment was "
                   "started 2/1.\nShe applied it every day from 2/1 until the tube ran out "
                   "(about 5 weeks) and her palms are still cracked.\n")
    assert 35 not in [f.value for f in of(run(text), "condition.duration_days")]


def test_pandemic_start_is_a_long_history():
    text = DERM + ("History\nHis hand dermatitis has been present since the beginning of the "
                   "COVID-19 pandemic.\n")
    assert [f.value for f in of(run(text), "condition.duration_days")] == [730]


# ---------------------------------------------------------------- courses
def test_as_needed_word_before_the_drug_is_prn():
    text = DERM + "Assessment\nHand eczema, moderate; poorly controlled on occasional " \
        "betamethasone dipropionate 0.05% cream.\n"
    c = merged_course(courses(text), "betamethasone")
    assert c.get("prn") is True


def test_doubled_letter_in_a_drug_name_is_read():
    text = DERM + "Prior treatments:\nMmometasone 0.1% ointment daily x 6 weeks - failed\n"
    drugs = [g["drug"].value for g in groups(run(text), "therapy").values() if "drug" in g]
    assert any("mometasone" in str(d).lower() for d in drugs)


def test_neither_named_treatment_cleared_is_inadequate():
    text = DERM + ("History\nTriamcinolone 0.1% ointment, then fluocinonide 0.05% ointment, "
                   "each used daily for 6 weeks. Neither ointment cleared her.\n")
    assert {c.get("response") for c in courses(text)
            if "fluocinonide" in str(c.get("drug", "")).lower()} == {"inadequate"}


def test_finishing_a_course_on_a_date_is_its_stop():
    text = DERM + ("History\nHalobetasol 0.05% ointment nightly; she finished the course on "
                   "3/2/26 with little change.\n")
    c = merged_course(courses(text), "halobetasol")
    assert c.get("stop_date") == dt.date(2026, 3, 2) and "start_date" not in c


def test_course_used_as_directed_and_finished_takes_the_planned_length():
    plan = ("Pinecrest Dermatology - Office visit\nDate of service: 02/02/2026\n"
            "Patient: Marta Quill  DOB 07/22/1980\n"
            "Plan:\n- Triamcinolone 0.1% ointment twice daily to hands for 5 weeks, then stop.\n")
    call = ("Pinecrest Dermatology - Telephone note\nDate of service: 03/20/2026\n"
            "Patient: Marta Quill  DOB 07/22/1980\n"
            "Pt says she applied the triamcinolone twice daily, every day, as prescribed and "
            "completed the full course.\n")
    c = merged_course(courses(plan, call), "triamcinolone")
    assert c.get("duration_days") == 35
    # not finished (still using it): the plan's length is no course length
    call2 = call.replace("and completed the full course", "and is still on it")
    assert "duration_days" not in merged_course(courses(plan, call2), "triamcinolone")


def test_pronoun_sentence_after_the_condition_carries_its_onset():
    text = DERM + ("History\nHis palms crack every spring. This time it began in February and "
                   "has been constant since at least March.\n")
    assert dt.date(2026, 3, 1) in [f.value for f in of(run(text), "condition.onset_date")]
    # a drug named before: the pronoun may be the drug's
    drug = DERM + ("History\nHe applies mometasone to his palms. It has been constant since at "
                   "least March.\n")
    assert not of(run(drug), "condition.onset_date")


def test_onset_since_an_event_after_a_season_is_that_season_end():
    text = DERM + ("History\nHer hands have been raw since the shop reopened after the winter "
                   "2025 remodel; never clear since.\n")
    assert [f.value for f in of(run(text), "condition.onset_date")] == [dt.date(2025, 3, 31)]


def test_addendum_that_places_a_drug_or_rating_in_the_past_supersedes_nothing():
    text = DERM + ("History\nOn cyclosporine 100 mg twice daily from rheumatology.\n"
                   "Exam\nIGA-CHE 3 (moderate).\n"
                   "\nAddendum 04/15/2026\nOutside records reviewed: cyclosporine was stopped "
                   "in 2021 for hypertension; IGA-CHE at her intake visit was 4.\n")
    fs = run(text)
    iga = {f.value: f.context for f in of(fs, "severity.iga_che")}
    assert "historical" not in iga[3]
    assert decide(text, as_of=AS_OF)["NC.2"] == "not_met"


def test_a_drug_started_some_time_ago_is_not_past():
    text = DERM + ("History\nRheumatology started him on tofacitinib a couple of years ago for "
                   "psoriatic arthritis.\n")
    names = [f for f in run(text) if f.field == "medication.name"
             and "tofacitinib" in str(f.value).lower()]
    assert names and not any("historical" in f.context for f in names)
    assert decide(text, as_of=AS_OF)["NC.1"] == "not_met"


def test_an_addendum_ends_where_the_next_visit_of_a_packet_begins():
    newest = DERM + ("Exam\nIGA-CHE 2 (mild).\n\nAddendum 04/11/2026\nAgree with the "
                     "assessment above.\n")
    older = ("Pinecrest Dermatology - Office visit\nDate of service: 11/03/2025\n"
             "Exam\nIGA-CHE 4 (severe).\n")
    fs = run(newest + "\f" + older)
    iga = {f.value: f.context for f in of(fs, "severity.iga_che")}
    assert "historical" not in iga[2]


def test_date_of_service_label_stays_on_its_line():
    text = "Lakeview Skin - Office visit\nDate of service: 04/10/2026\nExam\nIGA-CHE 3.\n"
    assert [f.value for f in of(run(text), "request.date_of_service")] == [dt.date(2026, 4, 10)]
