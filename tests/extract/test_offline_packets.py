"""Faxed record packets and EHR printouts: visit headings, current ratings, routes, status
columns, answer boxes on their own line, episode tables."""

from __future__ import annotations

import datetime as dt

from test_offline import decide, make_doc, of, run

from extract.offline import extract
from rules.engine import evaluate, load_policy


def test_note_heading_dates_its_visit():
    fs = run("Records enclosed.\n\nPROGRESS NOTE - 02/03/2026\nS: hands worse.\n\n"
             "Clinic Note  04/21/2026\nS: follow-up.\n")
    dates = {f.value for f in of(fs, "request.date_of_service")}
    assert {dt.date(2026, 2, 3), dt.date(2026, 4, 21)} <= dates


def test_latest_visit_heading_decides_severity():
    text = ("Fax cover. Notes enclosed.\n"
            "Dermatology Note: 10/06/2025\nAssessment: hand dermatitis, severe. IGA-CHE 4.\n"
            "Dermatology Note: 02/16/2026\nAssessment: hand dermatitis, now down to mild. "
            "IGA-CHE 1.\n")
    assert decide(text, as_of=dt.date(2026, 3, 1))["1.C"] == "not_met"


def test_severity_after_a_change_word_is_the_rating():
    fs = run("Impression: chronic hand dermatitis - worsened to severe since the last visit.")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
    fs = run("A: hand eczema \u2014 mild today after 6 weeks of treatment.")
    assert [f.value for f in of(fs, "severity.stated")] == ["mild"]


def test_oral_tacrolimus_named_by_dose_is_systemic():
    fs = run("Meds: tacrolimus 1 mg capsule PO q12h (liver transplant), lisinopril.")
    names = [f.value for f in of(fs, "medication.name")]
    assert "tacrolimus (systemic)" in names
    ev = evaluate(load_policy("IP0759"), fs, dt.date(2026, 3, 1))
    assert str(next(c.status for c in ev.criteria if c.id == "NC.2")).endswith("not_met")


def test_tacrolimus_ointment_stays_topical_and_wrapped_route_is_read():
    fs = run("Apply tacrolimus 0.1% ointment to the face BID; methotrexate 15 mg stopped 2022.")
    assert "tacrolimus (systemic)" not in [f.value for f in of(fs, "medication.name")]
    fs = run("Continue tacrolimus\n(Envarsus XR) 4 mg by mouth daily per nephrology.")
    assert "tacrolimus (systemic)" in [f.value for f in of(fs, "medication.name")]


def test_row_status_discussed_only_is_not_use():
    fs = run("Medication | Dose | Status\nbaricitinib (Olumiant) 2 mg | daily | "
             "Not prescribed - discussed only\n")
    st = [f.value for f in of(fs, "medication.status")]
    assert st == ["planned"]


def test_lower_case_status_column_read_from_the_row():
    text = ("Current medication list\nDrug | Dose | Began | Stopped | Status\n"
            "lisinopril 10 mg | daily | 2018 | | active\n"
            "upadacitinib 15 mg | daily | 03/2022 | 11/30/2024 | discontinued (cost)\n"
            "cyclosporine 100 mg | BID | 01/2025 | | active\n")
    fs = run(text)
    st = {f.group: f.value for f in of(fs, "medication.status")}
    names = {f.group: f.value for f in of(fs, "medication.name")}
    by_name = {names[g]: st.get(g) for g in names}
    assert by_name["upadacitinib"] == "discontinued"
    assert by_name["cyclosporine"] == "active"  # a drug taken now is never hidden


def test_answer_boxes_on_the_next_line_negate_the_list():
    fs = run("Have you used any of the following?\nOtezla, Rinvoq, Cellcept\n[X] No  [ ] Yes\n")
    assert of(fs, "medication.status") == []
    assert all("negated" in f.context for f in fs if f.field == "medication.name")
    fs = run("Ever taken any of these?\nRinvoq, methotrexate\n[ ] No  [X] Yes\n")
    assert [f for f in fs if f.field == "medication.name" and "negated" in f.context] == []


def test_ocr_garbled_dob_leader():
    doc = make_doc("PATIENT INFORMATION\nDOB ceasoniereee 11/02/1987\nSex F\n", "scan.pdf")
    doc.pages[0].ocr = True
    fs = extract([doc]).findings
    assert [f.value for f in of(fs, "patient.date_of_birth")] == [dt.date(1987, 11, 2)]


def test_begin_cleared_table_counts_returns():
    text = ("Flare history:\nNo. Onset Resolved Comment\n"
            "1 03/2025 05/2025 initial presentation; cleared with\nmometasone\n"
            "2 07/2025 08/2025 came back after vacation\n"
            "3 11/2025 12/2025 recurred\n4 02/10/2026 -- ongoing\n")
    fs = run(text)
    assert not [f for f in of(fs, "condition.recurrences_12mo") if f.value == 0]
    flares = {f.value for f in of(fs, "condition.flare_date")}
    assert {dt.date(2025, 7, 1), dt.date(2025, 11, 1), dt.date(2026, 2, 10)} <= flares
