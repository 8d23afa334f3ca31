"""Rules added for staging batches de / dg (helper N, round 21)."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def test_numbered_encounter_heading_with_visit_kind_dates_the_entry():
    text = (
        "Lakeside Skin Clinic - Visit History\n"
        "Entry 1 - Follow up - 02-Feb-2025 - Ana Ruiz, MD\n"
        "Hands: thick scale, deep fissures. IGA-CHE 4 (severe).\n"
        "Entry 2 - Follow up - 20-Jan-2026 - Ana Ruiz, MD\n"
        "Hands: slight dryness only. IGA-CHE 1 (almost clear).\n"
    )
    dates = {f.value for f in of(run(text), "request.date_of_service")}
    assert dt.date(2025, 2, 2) in dates and dt.date(2026, 1, 20) in dates


def test_letter_consultation_with_doctor_whose_first_visit_is_still_booked_is_planned():
    letter = (
        "March 3, 2026\n"
        "Dear Reviewer,\n"
        "My patient has chronic hand eczema, IGA-CHE 3, after six weeks of daily mometasone "
        "0.1% ointment without clearing.\n"
        "I prescribe this in consultation with allergist Dr. Lena Varga of Northside Allergy.\n"
        "Tomas Reed, DO\nInternal Medicine\n"
    )
    note = (
        "Clinic Visit 03/02/2026 - Tomas Reed, DO\n"
        "Plan: referred to Allergy - Dr. Varga, Northside Allergy; new patient appointment "
        "scheduled for 05/20/2026.\n"
    )
    specs = [f for f in run(letter, note) if f.field == "consultant.specialty"
             and f.value == "allergy_immunology"]
    assert specs and all("planned" in f.context for f in specs)


def test_consultation_with_doctor_already_seen_before_the_request_still_counts():
    letter = (
        "March 3, 2026\n"
        "Dear Reviewer,\n"
        "I prescribe this in consultation with allergist Dr. Lena Varga of Northside Allergy.\n"
        "Tomas Reed, DO\nInternal Medicine\n"
    )
    note = (
        "Clinic Visit 03/02/2026 - Tomas Reed, DO\n"
        "Referred to Allergy - Dr. Varga; appointment 02/10/2026 kept, recommendations received.\n"
    )
    specs = [f for f in run(letter, note) if f.field == "consultant.specialty"
             and f.value == "allergy_immunology"]
    assert specs and not any("planned" in f.context for f in specs)


_UNVERIFIED_NOTE = (
    "Internal Medicine Visit\n"
    "Date: 05/04/2026\n"
    "Physician: Tomas Reed, DO, Internal Medicine\n"
    "HPI: chronic hand eczema for 3 years, continuous. Mometasone 0.1% ointment twice daily "
    "every day from 2/1/2026 to 3/20/2026 with inadequate response. {visit}\n"
    "Exam: IGA-CHE 3 (moderate). No JAK inhibitors or immunosuppressants.\n"
    "Plan: start the requested cream.\n"
    "Tomas Reed, DO\n"
)


def test_specialist_visit_reported_by_patient_without_its_note_is_unverified():
    visit = ("Per the patient, he was seen by an allergist at Northside Allergy last month. "
             "We are awaiting their records.")
    got = decide(_UNVERIFIED_NOTE.format(visit=visit), as_of=dt.date(2026, 5, 10))
    assert got["1.E"] == "unknown"
    specs = [f for f in run(_UNVERIFIED_NOTE.format(visit=visit))
             if f.field == "consultant.specialty" and f.value == "allergy_immunology"]
    assert specs and all("unverified" in f.flags for f in specs)


def test_specialist_visit_with_its_note_on_file_still_counts():
    visit = ("Per the patient, he was seen by an allergist at Northside Allergy last month; "
             "their consult letter is on file.")
    got = decide(_UNVERIFIED_NOTE.format(visit=visit), as_of=dt.date(2026, 5, 10))
    assert got["1.E"] == "met"
