"""Rules generalised from staging batch aq, on sentences of our own (not the charts')."""

from __future__ import annotations

import datetime as dt

from chartreview.pipeline import recompute
from tests.extract.test_offline import courses, merged_course, of, run

DERM = ("Lakeside Skin Clinic - Clinic note 05/06/2026\n"
        "Patient: Rosa Imbert  DOB 03/14/1979\n")
IM = ("Riverbend Primary Care - Progress note 05/06/2026\n"
      "Patient: Rosa Imbert  DOB 03/14/1979\n"
      "Provider: Teodor Vance, MD   Specialty: Family Medicine\n")


def _responses(text: str, drug: str) -> set:
    return {c.get("response") for c in courses(text)
            if drug in str(c.get("drug", "")).lower()} - {None}


# ---------------------------------------------------------------- 1.D.iii: response wording
def test_never_came_close_to_clear_is_inadequate():
    text = DERM + ("Halobetasol 0.05% ointment was applied twice daily for five weeks. "
                   "The knuckles never came close to clearing.\n")
    assert _responses(text, "halobetasol") == {"inadequate"}


def test_not_anywhere_near_clear_after_a_verb_is_inadequate():
    text = DERM + ("Fluocinonide 0.05% cream BID for 6 weeks; his palms did not get "
                   "anywhere near clear.\n")
    assert _responses(text, "fluocinonide") == {"inadequate"}


def test_course_that_did_not_bring_clear_skin_is_inadequate():
    text = DERM + ("Betamethasone dipropionate 0.05% ointment twice daily for 6 weeks did not "
                   "result in clear skin.\n")
    assert _responses(text, "betamethasone") == {"inadequate"}
    text2 = DERM + ("Mometasone 0.1% ointment nightly x 8 weeks has not brought her hands to "
                    "clear.\n")
    assert _responses(text2, "mometasone") == {"inadequate"}


def test_without_ever_getting_clear_is_inadequate():
    text = DERM + ("She applied fluocinonide 0.05% cream every day for seven weeks without ever "
                   "getting clear.\n")
    assert _responses(text, "fluocinonide") == {"inadequate"}


def test_pharmacy_controlled_substances_line_is_no_response():
    text = ("ACME PHARMACY - DISPENSING HISTORY\n"
            "Fill date  Drug  Qty  Days  Sig\n"
            "03/02/2026 clobetasol 0.05% ointment 60 g 30 apply BID\n"
            "Controlled substances: none on file.\n")
    c = merged_course(courses(text), "clobetasol")
    assert c.get("response") != "adequate"


# ---------------------------------------------------------------- 1.B: "<condition> for N years"
def test_condition_named_before_for_duration_with_on_and_off_clause():
    text = DERM + ("Baker with dyshidrotic eczema for three years, on and off sick leave "
                   "because of it.\n")
    assert 3 * 365 in {f.value for f in of(run(text), "condition.duration_days")}


def test_flaring_pattern_without_condition_name_before_stays_no_duration():
    text = DERM + "Over six years she has flared again and again with wet work.\n"
    assert not of(run(text), "condition.duration_days")


# ---------------------------------------------------------------- 1.E: consultant, no specialty
def test_consult_with_named_doctor_of_unstated_specialty_gives_a_name_only():
    text = IM + ("Chronic hand eczema. Photos reviewed by e-consult with Dr. Halvard Brisk on "
                 "04/29/2026; he supports a trial of Anzupgo.\n")
    fs = run(text)
    assert {f.value for f in of(fs, "consultant.name")} == {"Halvard Brisk"}
    assert not of(fs, "consultant.specialty")


def test_named_consult_of_unstated_specialty_makes_1e_unknown():
    text = IM + ("Chronic hand eczema. Photos reviewed by e-consult with Dr. Halvard Brisk on "
                 "04/29/2026; he supports a trial of Anzupgo.\n")
    d = recompute(run(text), policy="IP0759", as_of=dt.date(2026, 5, 8), extractor="offline")
    crit = {c.id: c.status for c in d.criteria}
    assert crit["1.E"] == "unknown"


def test_consult_with_named_dermatologist_keeps_the_specialty():
    text = IM + "Chronic hand eczema. Consulted with Dr. Halvard Brisk (dermatology) today.\n"
    fs = run(text)
    assert {f.value for f in of(fs, "consultant.specialty")} == {"dermatology"}


def test_planned_or_own_consult_names_no_consultant():
    planned = IM + "Chronic hand eczema. Will e-consult with Dr. Halvard Brisk next week.\n"
    assert not of(run(planned), "consultant.name")
    own = IM + "Chronic hand eczema. Reply from Dr. Teodor Vance: continue current plan.\n"
    assert not of(run(own), "consultant.name")


def test_never_been_clear_is_inadequate_but_unclear_use_is_not():
    text = DERM + ("Desoximetasone 0.25% ointment twice daily for 6 weeks. Itch eased, but her "
                   "fingertips have never been clear or almost clear.\n")
    assert _responses(text, "desoximetasone") == {"inadequate"}
    text2 = DERM + ("Desoximetasone 0.25% ointment for 6 weeks. It has not been clear whether "
                    "she applied it every day.\n")
    assert "inadequate" not in _responses(text2, "desoximetasone")
