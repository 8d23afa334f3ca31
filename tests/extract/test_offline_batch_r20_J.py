"""Rules added by helper J (round 20): documents that disagree on who the patient is, and a
severity the patient, not the prescriber, supplied."""

from __future__ import annotations

from tests.extract.test_offline import of, run

NOTE = """Lakeside Family Clinic - visit 03/02/2026
Provider: Jordan Ames, PA-C
Patient: Rivera, Tomas   DOB: 01/15/1980
Chronic hand dermatitis for 3 years.
IGA-CHE 3 today.
"""

OUTSIDE_LETTER = """Northside Skin Associates - Priya Natarajan, MD - Dermatology
RE: Tomas Riviera   DOB: 07/30/1965
Dear colleague,
I evaluated this gentleman for palmar dermatitis. IGA-CHE 4.
Priya Natarajan, MD
"""

SECOND_NOTE = """Lakeside Family Clinic - phone note 03/05/2026
Patient: Rivera, Tomas   DOB: 01/15/1980
Called about the prior authorization.
"""


def test_letter_for_another_birth_date_is_not_the_patients():
    fs = run(NOTE, OUTSIDE_LETTER)
    assert not [f for f in of(fs, "prescriber.specialty") if f.value == "dermatology"]
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]
    assert [str(f.value) for f in of(fs, "patient.date_of_birth")] == ["1980-01-15"]


def test_birth_date_most_documents_give_is_the_patients():
    fs = run(OUTSIDE_LETTER.replace("Dear colleague,\n", ""), SECOND_NOTE, NOTE)
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_documents_agreeing_on_birth_date_are_all_kept():
    fs = run(NOTE, OUTSIDE_LETTER.replace("07/30/1965", "01/15/1980"))
    assert any(f.value == "dermatology" for f in of(fs, "prescriber.specialty"))
    assert sorted(f.value for f in of(fs, "severity.iga_che")) == [3, 4]


def test_severity_sourced_to_the_patient_after_the_word_is_no_rating():
    for said in ("Overall severity: severe (per patient).",
                 "Severity - moderate, patient-reported.",
                 "Hand eczema severity: severe as described by the patient."):
        fs = run("Derm visit 4/1/2026\nChronic hand eczema x 2 years.\n" + said + "\n")
        assert not of(fs, "severity.stated"), said


def test_severity_followed_by_other_words_about_the_patient_stays():
    fs = run("Derm visit 4/1/2026\nChronic hand eczema x 2 years.\n"
             "Severity: severe; patient reports poor sleep from itch.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
