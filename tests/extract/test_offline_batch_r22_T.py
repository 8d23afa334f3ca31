"""Batch r22 (helper T): a severity word rating a symptom (itch) rather than the eczema, a
form's "Severity per prescriber:" label, and a case discussed by phone with a named MD."""
from __future__ import annotations

from tests.extract.test_offline import of, run


def test_symptom_rated_severe_is_no_disease_rating():
    fs = run("Visit 03/02/2026\nHPI: Dyshidrotic hand eczema for two years.\n"
             "She grades her itching as severe, keeps her awake.\n")
    assert of(fs, "severity.stated") == []


def test_severity_label_naming_the_prescriber_is_a_rating():
    fs = run("PRIOR AUTHORIZATION REQUEST\nDiagnosis: hand eczema\n"
             "Severity as rated by the treating physician: severe\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]


def test_severity_label_naming_the_patient_is_no_rating():
    fs = run("PRIOR AUTHORIZATION REQUEST\nDiagnosis: hand eczema\n"
             "Severity per patient: severe\n")
    assert of(fs, "severity.stated") == []


def test_case_discussed_by_phone_with_named_md_is_a_consultation():
    fs = run("Occupational Health Visit 06/01/2026\n"
             "Assessment: chronic hand dermatitis.\n"
             "Case discussed by telephone with Maria Olsen, MD (dermatology) on 05/30/2026.\n")
    assert [f.value for f in of(fs, "consultant.specialty")] == ["dermatology"]


def test_discussed_with_doctor_named_is_not_a_mere_option():
    fs = run("Clinic note 06/01/2026\nHand eczema, moderate.\n"
             "Discussed with Dr. Okafor (allergy) last week.\n")
    assert [f.value for f in of(fs, "consultant.specialty")] == ["allergy_immunology"]


def test_discussing_a_referral_with_the_patient_is_no_consultation():
    fs = run("Clinic note 06/01/2026\nHand eczema, moderate.\n"
             "We discussed a dermatology referral with the patient.\n")
    assert of(fs, "consultant.specialty") == []


def test_next_lines_labelled_specialty_is_not_the_signers() -> None:
    # a care-team header: each line is a labelled entry; the specialty that opens the next
    # line labels the next clinician, it does not close the line above
    fs = run("CLINIC NOTE\nDate: 03/03/2026\n"
             "Dermatology attending: Ines Valcourt, MD\n"
             "Rheumatology (co-managing): Omar Lindqvist, MD\n"
             "Chronic hand eczema for 2 years.\n")
    specs = of(fs, "prescriber.specialty")
    assert not [f for f in specs if f.value == "rheumatology" and "Valcourt" in f.quote]
    assert any(f.value == "dermatology" for f in specs)


def test_form_question_naming_a_consulted_specialist_is_no_consultant() -> None:
    # an unanswered form question that names the specialties it asks about is no consultation
    fs = run("PHARMACY PRIOR AUTHORIZATION\nPrescriber: Dana Whitlock, NP\n"
             "Was a consulted doctor, a dermatologist / allergist, involved?  ___\n")
    assert not of(fs, "consultant.specialty")
