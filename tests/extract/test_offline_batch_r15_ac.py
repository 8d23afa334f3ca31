"""Specialist involvement (IP0759 1.E) phrasings from batch r15 (helper ac), in my own words."""

from __future__ import annotations

from test_offline import of, run


def _specs(text: str, field: str) -> list[str]:
    return [f.value for f in of(run(text), field)]


def test_specialist_named_before_a_denied_consult_is_no_consultant() -> None:
    # the specialty word comes before the cue, and the cue itself sits in a denial
    note = ("Progress note\nAssessment: chronic hand eczema, moderate.\n"
            "Our closest allergist practices two hours away and the patient has never been "
            "seen by allergy.\n")
    assert _specs(note, "consultant.specialty") == []
    note2 = ("Clinic note\nChronic hand eczema.\n"
             "A dermatologist works in the county seat, but he has not been evaluated by one.\n")
    assert _specs(note2, "consultant.specialty") == []


def test_a_consult_that_happened_still_counts() -> None:
    note = ("Progress note\nAssessment: chronic hand eczema, moderate.\n"
            "He was evaluated by dermatology in March and agreed with the plan.\n")
    assert _specs(note, "consultant.specialty") == ["dermatology"]


def test_department_given_with_a_colon_is_the_prescribers_specialty() -> None:
    chart = ("Chart export (newest first)\nPatient: Omar Haddad\nDOB 02/03/1980\n"
             "Insurance: Cigna\nPrinted 05/10/2026 by front desk\n"
             "Visit 05/02/2026  Follow-up  Dept: ALLERGY/IMMUNOLOGY  Attending: Priya Natarajan, MD\n"
             "Hands still cracked. Plan: start delgocitinib cream.\n")
    assert "allergy_immunology" in _specs(chart, "prescriber.specialty")
    referral = ("Chart export\nReferred to dept: Dermatology by PCP\nHands cracked.\n")
    assert "dermatology" not in _specs(referral, "prescriber.specialty")
