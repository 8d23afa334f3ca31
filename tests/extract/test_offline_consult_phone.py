"""1.E consultations told other ways (a call with a named doctor, a doctor who saw the patient,
a form's "Consulting ..." label, an inverted prescriber name on a fixed-width form), 1.B's
first episode ("no earlier hand involvement") and NC.2's "not taken since <date>" (snippets
written for the tests)."""

from __future__ import annotations

from tests.extract.test_offline import groups, of, run


def _specs(text: str, field: str = "consultant.specialty") -> set[str]:
    return {f.value for f in of(run(text), field)}


# ---------------------------------------------------------------- 1.E: consultations
def test_phone_call_with_a_named_dermatologist_is_a_consultation() -> None:
    text = ("Plan: spoke by phone with Dr. Ferreira (dermatology, Boise) this morning; "
            "she agrees with a topical JAK inhibitor.\nSigned: Lena Ohm, PA-C\n")
    assert _specs(text) == {"dermatology"}


def test_talking_with_the_patient_about_dermatology_is_no_consultation() -> None:
    text = ("Talked with the patient about seeing dermatology later this year.\n"
            "Signed: Lena Ohm, PA-C\n")
    assert _specs(text) == set()


def test_call_to_book_a_dermatology_visit_is_no_consultation() -> None:
    text = ("Spoke with Dr. Ferreira (dermatology) clinic, earliest available appointment "
            "is 7/14.\nSigned: Lena Ohm, PA-C\n")
    assert _specs(text) == set()


def test_named_doctor_who_saw_the_patient_is_a_consultant() -> None:
    text = ("HPI: Dr. Abara (allergy, Tulsa) saw him on 2/9, patch tests negative for the "
            "hand dermatitis.\nSigned: Lena Ohm, PA-C\n")
    assert _specs(text) == {"allergy_immunology"}


def test_authors_own_visit_is_no_consultation() -> None:
    text = ("I saw her today for hand dermatitis; dermatology is far away.\n"
            "Signed: Lena Ohm, PA-C\n")
    assert _specs(text) == set()


def test_consulting_label_on_a_form_names_the_consultant() -> None:
    text = ("Prior authorization request\nConsulting physician: Dr. Hal Brandt, Dermatology "
            "(visit 1/30/26)\nDiagnosis: chronic hand eczema\n")
    assert _specs(text) == {"dermatology"}


def test_consulting_label_with_unmarked_choices_names_nobody() -> None:
    text = ("Prior authorization request\nConsulting physician: Dermatology   Allergy   Other\n"
            "Diagnosis: chronic hand eczema\n")
    assert _specs(text) == set()


def test_inverted_prescriber_name_after_dot_leaders_gives_the_specialty() -> None:
    text = ("PA QUESTION SET\nMEMBER......... DOE, JANE\nDRUG........... DELGOCITINIB 2%\n"
            "REQUESTED BY... see below\nPRESCRIBER..... OKAFOR, CHIDI  MD   (ALLERGY)   "
            "NPI 1234567893\n")
    fs = run(text)
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"allergy_immunology"}
    assert {f.value for f in of(fs, "prescriber.name")} == {"OKAFOR, CHIDI"}


def test_prescriber_field_with_a_comma_sentence_is_no_name() -> None:
    text = "Prescriber: yes, see the MD note attached\n"
    assert of(run(text), "prescriber.name") == []


# ---------------------------------------------------------------- 1.B: first episode
def test_no_earlier_hand_involvement_is_a_first_episode() -> None:
    fs = run("HPI: Cracked fingertips since 02/02/2026. Eczema in the elbows as a child; "
             "no previous hand involvement.\n")
    assert {f.value for f in of(fs, "condition.recurrences_12mo")} == {0}


# ---------------------------------------------------------------- NC.2: not taken since
def _status(text: str) -> dict[str, str | None]:
    out = {}
    for g in groups(run(text), "medication").values():
        st = g.get("status")
        out[g["name"].value.lower()] = st.value if st else None
    return out


def test_drug_not_taken_since_a_date_is_discontinued() -> None:
    text = ("Medication review:\n"
            "mycophenolate - she hasn't taken it since 06/2024, stopped after an infection.\n")
    assert _status(text)["mycophenolate"] == "discontinued"


def test_drug_taken_daily_since_a_date_stays_active() -> None:
    text = "Medication review:\nmycophenolate 1000 mg BID - taking it daily since 06/2024.\n"
    assert _status(text)["mycophenolate"] == "active"


def test_a_call_to_a_doctors_office_is_no_consultation():
    fs = run("Called Dr. Okafor's office (dermatology): earliest new-patient slot is in August.\n"
             "Spoke with Dr. Okafor's scheduler (dermatology) again today.")
    assert not [f for f in fs if f.field == "consultant.specialty"]
