"""Batch r24 (lead): a course length a letter states, where the clinician's note says the
patient cannot tell how long the course ran."""
import datetime as dt

from tests.extract.test_offline import decide, of, run

_LETTER = ("LETTER OF MEDICAL NECESSITY\n"
           "Re: Dana Whitfield   DOB 02/14/1980\n"
           "Ms. Whitfield completed a 5-week course of fluocinonide 0.05% ointment twice daily "
           "without benefit.\n"
           "Oren Castellano, MD, Dermatology\n")


def _note(cue: str) -> str:
    return ("Harbor Skin Clinic - Follow-up 03/03/2026\n"
            "Oren Castellano, MD (Dermatology)\n"
            "Fluocinonide 0.05% ointment BID was begun at the January visit. She put it on "
            f"every morning and night until the jar was empty{cue}. Hands unchanged.\n")


def _lengths(*texts: str) -> list[int]:
    return [f.value for f in of(run(*texts), "therapy.duration_days")]


def test_letter_length_dropped_when_note_cannot_tell_when_the_course_ended() -> None:
    assert _lengths(_LETTER, _note(" - she cannot remember exactly when")) == []


def test_letter_length_kept_without_the_cue() -> None:
    assert 35 in _lengths(_LETTER, _note(""))


def test_note_own_length_is_kept() -> None:
    note = ("Harbor Skin Clinic - Follow-up 03/03/2026\n"
            "Oren Castellano, MD (Dermatology)\n"
            "Fluocinonide 0.05% ointment BID daily for 6 weeks; not sure how long she used "
            "the older hydrocortisone.\n")
    assert 42 in _lengths(_LETTER, note)


# Dates of birth that disagree across the 18-year line, for one and the same patient.
_FORM = ("PRIOR AUTHORIZATION REQUEST FORM\n"
         "Date: 06/01/2026\n"
         "Patient: Milo Esterhazy-Lund\n"
         "DOB: 08/30/2008\n")
_PROFILE = ("CORNER PHARMACY - PATIENT PROFILE\n"
            "Patient: ESTERHAZY-LUND, MILO\n"
            "DOB: 08/30/2007\n"
            "04/02/26  FLUOCINONIDE 0.05% OINT 60G\n")


def test_dates_of_birth_across_the_age_line_leave_age_unknown() -> None:
    got = decide(_FORM, _PROFILE, as_of=dt.date(2026, 6, 1))
    assert got["1.A"] == "unknown"


def test_a_stated_age_picks_among_disagreeing_dates_of_birth() -> None:
    note = ("Lakeside Dermatology - Visit 05/20/2026\n"
            "Patient: Milo Esterhazy-Lund, 17-year-old male with hand eczema.\n")
    got = decide(_FORM, _PROFILE, note, as_of=dt.date(2026, 6, 1))
    assert got["1.A"] == "not_met"


def test_agreeing_dates_of_birth_decide_age() -> None:
    profile = _PROFILE.replace("08/30/2007", "08/30/2008")
    assert decide(_FORM, profile, as_of=dt.date(2026, 6, 1))["1.A"] == "not_met"


def test_an_age_beside_its_own_date_of_birth_picks_nothing() -> None:
    profile = _PROFILE.replace("DOB: 08/30/2007\n", "DOB: 08/30/2007   Age: 18\n")
    assert decide(_FORM, profile, as_of=dt.date(2026, 6, 1))["1.A"] == "unknown"


def test_the_date_of_birth_more_documents_give_decides() -> None:
    school = ("WESTFIELD HIGH SCHOOL - ATHLETIC PARTICIPATION FORM\n"
              "Student: Milo Esterhazy-Lund\n"
              "DOB: 08/30/2008\n")
    assert decide(_FORM, _PROFILE, school, as_of=dt.date(2026, 6, 1))["1.A"] == "not_met"


def test_patients_own_appeal_letter_is_the_patients_statement() -> None:
    letter = ("Rosalind Achebe-Moore\n"
              "To whom it may concern,\n"
              "I am writing because my cream was denied. I used the fluocinonide twice a day "
              "for five weeks and it did nothing. I have had this since 2023 and my hands "
              "crack open at work.\n"
              "Rosalind Achebe-Moore\n")
    kinds = {f.source_kind for f in run(letter)}
    assert "patient_statement" in kinds


def test_fills_a_month_apart_are_no_length_of_use() -> None:
    text = ("Specialty pharmacy note: halobetasol 0.05% ointment was dispensed twice, 50 g each, "
            "one month apart.\n")
    assert _lengths(text) == []


def test_flares_that_never_clear_keep_the_onset_age() -> None:
    text = ("Dermatology note 03/02/2026\n"
            "DOB 05/05/2000. Hand eczema since age 10, flares in winter but never completely "
            "clears.\n")
    assert of(run(text), "condition.onset_age")
