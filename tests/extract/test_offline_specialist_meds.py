"""1.E (specialist prescriber / consultant) and NC.1/NC.2 (concurrent use) rules of the
offline extractor, each on wording unlike the eval charts that prompted it."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def _values(findings, field):
    return {f.value for f in of(findings, field)}


# ---------------------------------------------------------------- 1.E: who is a consultant
def test_unanswered_econsult_request_is_not_a_consultation():
    req = """Allergy eConsult Service - Request Form
Requesting provider: Tomas Becker, MD (Family Medicine)
Question: is delgocitinib appropriate for this patient's hand dermatitis?
Specialist response: pending
"""
    f = run(req)
    assert not of(f, "consultant.specialty")
    assert "allergy_immunology" not in _values(f, "prescriber.specialty")


def test_answered_econsult_still_names_the_consultant():
    ans = """Allergy eConsult Service - Response
Requesting provider: Tomas Becker, MD (Family Medicine)
Specialist response: agree with delgocitinib 2% cream twice daily.
Dana Ortiz, MD
Allergy & Immunology
"""
    assert "allergy_immunology" in _values(run(ans), "consultant.specialty")


def test_letter_addressee_is_not_the_author():
    letter = """March 3, 2026

Rohan Patel, MD
Riverside Internal Medicine
Dayton, OH

Re: J. Doe

Dear Dr. Patel,

I saw your patient today for her hands and have prescribed delgocitinib cream.

Sincerely,
Lena Ortiz, DO
Dermatology
"""
    f = run(letter)
    assert "internal_medicine" not in _values(f, "prescriber.specialty")
    assert "dermatology" in _values(f, "prescriber.specialty")
    assert "Rohan Patel" not in _values(f, "prescriber.name")


def test_thanks_for_sending_patient_makes_a_consult_letter():
    letter = """Dear Dr. Okafor,
Thank you for sending Ms. Lee over to see me about her hands.
Yours,
Ines Moreau, MD, FAOCD
"""
    assert "dermatology" in _values(run(letter), "consultant.specialty")


def test_unchecked_specialty_boxes_are_not_the_specialty():
    form = """Prescriber: Kim Vo, NP
Prescriber specialty: [ ] Dermatology  [ ] Allergy  [ ] Immunology
"""
    assert not of(run(form), "prescriber.specialty")
    form2 = """Prescriber: Kim Vo, NP
Prescriber specialty: [ ] Dermatology  [ ] Allergy  [x] Other: Family Medicine
"""
    assert _values(run(form2), "prescriber.specialty") == {"family_medicine"}


def test_dotted_specialty_label_and_diplomate():
    form = """Ordering clinician
  Name .......... Ruth Amsel, MD
  Specialty ..... Dermatology
"""
    assert "dermatology" in _values(run(form), "prescriber.specialty")
    note = """Visit 02/02/2026
Seen today for hand eczema.
Ruth Amsel, MD - Diplomate of the American Board of Allergy and Immunology
"""
    assert "allergy_immunology" in _values(run(note), "prescriber.specialty")


def test_allergy_department_name_in_signature_block():
    note = """Follow-up 02/02/2026
Hands improving slowly.
Omar Haddad, MD, PhD
Allergy, Asthma & Immunology
"""
    assert "allergy_immunology" in _values(run(note), "prescriber.specialty")


# ---------------------------------------------------------------- NC.1 / NC.2: concurrent use
def _med_status(findings, name):
    out = []
    for f in findings:
        if f.field == "medication.name" and f.value.lower() == name:
            st = [g for g in findings if g.group == f.group and g.field == "medication.status"]
            out.append((tuple(f.context), st[0].value if st else None))
    return out


def test_conditional_start_sentence_is_hypothetical():
    f = run("Plan: If tofacitinib gets approved, we will stop the cream and keep him on "
            "tofacitinib only.")
    for ctx, status in _med_status(f, "tofacitinib"):
        assert "hypothetical" in ctx and status != "active"


def test_year_to_month_range_gives_a_stop_date():
    f = run("Systemic history: baricitinib 4 mg daily 2021 to 03/2022 for alopecia, then "
            "stopped because of acne.")
    stops = [g.value for g in f if g.field == "medication.stop_date"]
    assert dt.date(2022, 3, 1) in stops


def test_qualified_past_section_header_makes_items_historical():
    f = run("""Visit 05/05/2026
Prior therapies (per outside records):
  - Olumiant 2 mg daily
Assessment: hand eczema.""")
    assert _med_status(f, "olumiant")
    for ctx, status in _med_status(f, "olumiant"):
        assert "historical" in ctx and status != "active"


def test_old_row_of_a_fill_history_is_not_current():
    claims = """PHARMACY DISPENSING RECORD
Date Filled   Medication            Qty   Days' Supply
02/11/2024    XELJANZ 5 MG TAB      60    30
04/20/2026    METHOTREXATE 2.5 MG   16    28
Report run 05/01/2026
"""
    f = run(claims)
    [(ctx, status)] = _med_status(f, "xeljanz")
    assert "historical" in ctx and status != "active"
    [(ctx2, status2)] = _med_status(f, "methotrexate")
    assert status2 == "active"
