"""Batch r22 (helper S): a severity an intake sheet took from the patient is no rating; a
specialist named before a consultation the office could not get is no consultant."""

from __future__ import annotations

from tests.extract.test_offline import of, run


def test_severity_labelled_as_taken_from_the_patient_is_no_rating() -> None:
    intake = ("Specialty Pharmacy Enrollment Form\n"
              "Member: Ana Ruiz   DOB 03/04/1985\n"
              "Severity (according to patient, by telephone): severe\n"
              "Disease severity per pt report - moderate\n")
    assert not of(run(intake), "severity.stated")


def test_severity_labelled_with_the_clinician_as_source_still_counts() -> None:
    note = ("Dermatology Progress Note\nDate: 03/10/2026\n"
            "Severity (per examining dermatologist): severe hand eczema.\n")
    assert of(run(note), "severity.stated")


def test_specialist_named_before_a_consult_that_could_not_be_arranged_is_no_consultant() -> None:
    letter = ("Letter of Medical Necessity\nTo whom it may concern,\n"
              "Our area has only one allergist, whose office is far from here, and we could not "
              "arrange an allergy consult for her this spring. Please approve the cream.\n")
    assert not of(run(letter), "consultant.specialty")


def test_consultation_that_happened_is_still_read() -> None:
    letter = ("Letter of Medical Necessity\nTo whom it may concern,\n"
              "She was seen in consultation by Dr. Lee (dermatology) on 2/2/2026, who agreed "
              "with the plan.\n")
    assert of(run(letter), "consultant.specialty")
