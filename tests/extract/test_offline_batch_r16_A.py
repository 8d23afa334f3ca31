"""Round 16, helper A: who prescribes and who was consulted (IP0759 1.E)."""
from tests.extract.test_offline import of, run


def test_policy_wording_lists_no_consultant():
    fs = run("PRIOR AUTHORIZATION REQUEST\nPrescriber: Tomas Reyes, MD  Family Medicine\n"
             "Prescribed by or in consultation with dermatology / allergy / immunology   refer to notes\n"
             "Concurrent biologic  No\n")
    assert not of(fs, "consultant.specialty")


def test_policy_wording_keeps_the_answer_after_the_list():
    fs = run("Prescribed by or in consultation with allergist / immunologist / dermatologist |"
             " Dermatologist\n")
    assert [f.value for f in of(fs, "consultant.specialty")] == ["dermatology"]


def test_consultant_label_names_a_consultant_not_the_prescriber():
    fs = run("Visit date: 02/11/2025\nPatient: Ana Moreau\n"
             "Consultant: Hideo Lindqvist, MD, Allergy\n\nImpression: hand dermatitis.\n")
    assert not of(fs, "prescriber.name")
    assert not of(fs, "prescriber.specialty")
    assert "Hideo Lindqvist" in [f.value for f in of(fs, "consultant.name")]


def test_consultant_and_prescriber_label_keeps_the_prescriber():
    fs = run("Visit date: 02/11/2026\nConsultant / prescriber: Hideo Lindqvist, MD, Dermatology\n")
    assert "Hideo Lindqvist" in [f.value for f in of(fs, "prescriber.name")]


def test_document_reviewed_from_a_referral_letter_is_not_a_referral():
    fs = run("Visit - 4 May 2026\nSeen today; details reviewed from referral letter.\n"
             "Clinician: Odile Brandt, MD, Dermatology\nPlan: start cream.\n")
    assert "dermatology" in [f.value for f in of(fs, "prescriber.specialty")]
