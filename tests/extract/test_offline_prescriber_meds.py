"""Who prescribes / consults, and past or negated medications (snippets written for the tests)."""

from __future__ import annotations

from tests.extract.test_offline import of, run


def _codes(findings, field):
    return {f.value for f in of(findings, field)}


def test_specialty_after_credentials_and_board_certification() -> None:
    fs = run("Provider: Alan Mott, MD (Family Medicine; site director)\nPlan: refill.\n"
             "Alan Mott, MD\nBoard Certified, Family Medicine\n")
    assert _codes(fs, "prescriber.specialty") == {"family_medicine"}


def test_referral_clinic_is_not_the_prescribers_specialty() -> None:
    fs = run("Provider: Alan Mott, MD (Family Medicine)\n"
             "Plan: Dermatology referral placed (Lakeside Clinic Dermatology), appt in March.\n"
             "Not yet seen by dermatology or allergy.\n")
    assert _codes(fs, "prescriber.specialty") == {"family_medicine"}
    assert not of(fs, "consultant.specialty")


def test_econsult_response_author_is_a_consultant_and_requester_the_prescriber() -> None:
    fs = run("DERMATOLOGY eCONSULT - SPECIALIST RESPONSE\n"
             "Requesting clinician: Ruth Ames, DO (Family Medicine)\n"
             "Answer: moderate chronic hand eczema; reasonable to start the cream.\n"
             "Omar Zell, MD - Dermatology\n")
    assert _codes(fs, "consultant.specialty") == {"dermatology"}
    assert _codes(fs, "prescriber.specialty") == {"family_medicine"}


def test_list_negation_reaches_a_named_class_and_its_parenthesis() -> None:
    fs = run("History: no prior topicals. No oral steroids, methotrexate, or any JAK inhibitor "
             "(Opzelura/oral).\n")
    assert not of(fs, "medication.name")


def test_ocr_stray_period_does_not_break_a_negation() -> None:
    fs = run("Hx: Never. on MTX/CsA.\n")
    assert not of(fs, "medication.name")


def test_course_in_an_earlier_year_is_past_use() -> None:
    fs = run("Date of service: 11/02/2026\n"
             "He took cyclosporine 3 mg/kg/day in 2021 for five months, then it was stopped.\n")
    names = [f for f in fs if f.field == "medication.name"]
    assert names and all("historical" in f.context for f in names)
    assert not [f for f in fs if f.field == "medication.status" and f.value == "active"]


def test_a_length_not_reached_is_not_a_course_length() -> None:
    fs = run("Used TAC 0.1% cream BID; did not reach 4 weeks of daily use.\n")
    assert 28 not in {f.value for f in fs if f.field == "therapy.duration_days"}
