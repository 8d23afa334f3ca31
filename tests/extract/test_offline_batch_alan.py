"""Rules generalised from staging batches al/am/an (age, duration, severity, specialty and
concurrent drugs), on sentences of our own (not the charts')."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run, status

HEAD = "Office visit - Dermatology\nVisit date: 05/04/2026\nPatient: Mara Voss  DOB 02/03/1980\n"


def _status(findings, crit: str, as_of: str = "2026-05-10") -> str:
    return status(findings, crit, as_of)


# ---------------------------------------------------------------- 1.E: a former specialist
def test_specialist_whose_care_ended_with_retirement_is_no_consultant():
    fs = run(HEAD + "Her hands were managed by Dr. Petra Lindahl (dermatology) until the doctor "
                    "retired last spring. I now treat her myself.\n")
    assert not of(fs, "consultant.specialty")


def test_specialist_who_has_since_moved_away_is_no_consultant():
    fs = run(HEAD + "For years he was followed by an allergist who has since moved out of "
                    "state; no one has taken over.\n")
    assert not of(fs, "consultant.specialty")


def test_specialist_still_following_the_patient_stays_a_consultant():
    fs = run(HEAD + "Her hands are managed by Dr. Petra Lindahl (dermatology), who agrees "
                    "with the plan.\n")
    assert [f.value for f in of(fs, "consultant.specialty")] == ["dermatology"]


# ---------------------------------------------------------------- 1.E: a consult not obtained
def test_specialist_visit_that_could_not_be_arranged_is_negated():
    fs = run(HEAD + "We were unable to arrange an allergy consultation for him before this "
                    "request because of the distance.\n")
    assert not of(fs, "consultant.specialty")


# ---------------------------------------------------------------- 1.E: supervising specialist
def test_collaborating_dermatologist_of_a_nurse_practitioner_is_a_consultant():
    fs = run("Visit date: 05/04/2026\nI ask you to approve the cream.\n\nRuth Amsel, FNP-C\n"
             "Riverbend Skin Partners\n(collaborating dermatologist: Ines Marlowe, MD)\n")
    assert "dermatology" in [f.value for f in of(fs, "consultant.specialty")]


def test_practice_name_qualifying_dermatology_under_a_signature_is_the_specialty():
    fs = run("Visit date: 05/04/2026\nPlease approve the request.\n\nPriya N. Castellano, MD\n"
             "Medical and Surgical Dermatology\nLakeside Clinic\n")
    assert "dermatology" in [f.value for f in of(fs, "prescriber.specialty")]


# ---------------------------------------------------------------- 1.C: dated table rows
TABLE = (HEAD + "Severity by visit\nDate | IGA-CHE | Notes\n10/02/2025 | 4 (severe) | began TCS\n"
         "01/15/2026 | 3 (moderate) | improving\n05/04/2026 | 2 (mild) | today\n")


def test_ratings_on_earlier_dated_rows_are_historical():
    fs = run(TABLE)
    stated = {f.value: f.context for f in of(fs, "severity.stated")}
    assert "historical" in stated["severe"] and "historical" in stated["moderate"]
    assert "historical" not in stated["mild"]
    assert _status(fs, "1.C") == "not_met"


# ---------------------------------------------------------------- 1.C: not graded now
def test_no_grade_today_leaves_only_an_earlier_rating_out():
    text = (HEAD + "At her intake visit in 2024 the outside dermatologist recorded IGA-CHE 4.\n"
            "Exam: scale and fissures on both palms. Severity not graded today; will score it "
            "at the next visit.\n")
    fs = run(text)
    assert not of(fs, "severity.iga_che")
    assert _status(fs, "1.C") == "unknown"


def test_earlier_rating_stays_without_a_not_graded_statement():
    fs = run(HEAD + "At her intake visit in 2024 the outside dermatologist recorded IGA-CHE 4.\n")
    assert [f.value for f in of(fs, "severity.iga_che")] == [4]


def test_no_grade_here_keeps_another_documents_current_rating():
    derm = "Dermatology consult\nVisit date: 03/12/2026\nHand eczema, IGA-CHE 3 today.\n"
    pcp = HEAD + "Hand eczema, fissured palms. Severity not graded; see the dermatology letter.\n"
    fs = run(derm, pcp)
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_a_forms_blank_score_keeps_the_notes_rating():
    note = "Clinic note\nVisit date: 03/12/2026\nHand eczema, IGA-CHE 3 today.\n"
    form = ("PRIOR AUTHORIZATION REQUEST FORM\nDate: 03/20/2026\nMember: Mara Voss\n"
            "IGA-CHE: not scored\n")
    fs = run(note, form)
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_iga_joined_to_its_score_by_as():
    fs = run(HEAD + "I graded his IGA-CHE as 3 on today's exam.\n")
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


# ---------------------------------------------------------------- NC.2: options for later
def test_options_listed_in_the_present_tense_are_hypothetical():
    fs = run(HEAD + "Remaining options are dupilumab and azathioprine.\n")
    meds = {f.value.lower() for f in of(fs, "medication.name", usable=False)
            if "hypothetical" in f.context}
    assert {"dupilumab", "azathioprine"} <= meds
    assert not {f.value.lower() for f in of(fs, "medication.name")} & {"azathioprine"}


def test_a_last_resort_drug_is_hypothetical():
    fs = run(HEAD + "As a last resort we would turn to cyclosporine.\n")
    assert not of(fs, "medication.name")


# ---------------------------------------------------------------- 1.B: onset after an event
def test_onset_dated_by_an_event_in_the_sentence_before():
    fs = run(HEAD + "She took a dishwashing job in early February 2025. Her hand dermatitis "
                    "appeared within three weeks of starting the job, and it has been present "
                    "ever since.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2025, 2, 10)]


def test_onset_long_after_an_event_is_not_dated_by_it():
    fs = run(HEAD + "She took a dishwashing job in early February 2025. Her hand dermatitis "
                    "appeared months after starting the job.\n")
    assert not of(fs, "condition.onset_date")


def test_dictation_spelling_of_eczema_carries_its_duration():
    fs = run(HEAD + "He is here for his hand ex ema which he has had for about seven months.\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [210]
