"""Round 20, helper K: a plan's denial letter under a form-like letterhead, a stop date read
after "stopped <drug>", and a rating in a long-past dated list row."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, groups, of, run


def test_verdict_line_makes_a_coverage_determination_page_a_payer_notice():
    page = ("Acme Health Plan - Coverage Determination\n"
            "Date: 01/09/2026\n"
            "Member: Pat Example\n"
            "Decision: Not approved\n"
            "Reason: the chart does not give a severity grade (moderate or severe).\n")
    assert doc_kinds.page_kind(page) == "payer_notice"
    # the same letterhead over a form's questions stays a form
    form = ("Acme Health Plan - Coverage Determination\nMember ID: 123456\n"
            "Requested medication: Anzupgo\nPrescriber signature: ________\n")
    assert doc_kinds.page_kind(form) == "pa_form"


def test_payer_verdict_quoting_the_criterion_rates_no_severity():
    letter = ("Acme Health Plan - Coverage Determination\n"
              "Determination: Denied\n"
              "Reason: an assessment of severity (moderate to severe hand eczema) was missing.\n")
    assert not of(run(letter), "severity.stated")


def test_date_after_stopped_drug_is_its_stop_date():
    text = ("Visit 03/03/2026\n"
            "He discontinued methotrexate (Trexall) on 06/15/2025 because of nausea.\n")
    meds = [g for g in groups(run(text), "medication").values()
            if g["name"].value.lower() in ("methotrexate", "trexall")]
    stops = [g["stop_date"].value for g in meds if "stop_date" in g]
    assert stops == [dt.date(2025, 6, 15)]


def test_stopped_jak_in_past_month_outweighs_carried_forward_active_row():
    chart = ("Medication List (not reconciled)\n"
             "abrocitinib (Cibinqo) 100 mg | daily | Active\n"
             "\f"
             "Office Visit 04/20/2026\n"
             "He stopped Cibinqo in 08/2025 for headaches and has not taken it since.\n"
             "Chronic hand eczema, IGA-CHE 3 today.\n")
    assert decide(chart, as_of=dt.date(2026, 4, 22))["NC.1"] == "met"


def test_rating_in_a_problem_row_dated_years_before_the_visit_is_dropped():
    chart = ("Problem List\n"
             "Problem | Entered | Status\n"
             "Chronic hand eczema, moderate (IGA-CHE 3) | 03/10/2023 | Active\n"
             "\f"
             "Office Visit 04/20/2026\n"
             "Exam: fissures and scale on both palms.\n")
    found = run(chart)
    assert not of(found, "severity.stated") and not of(found, "severity.iga_che")
    # a row dated within the year of the visit keeps its rating
    recent = chart.replace("03/10/2023", "02/10/2026")
    assert of(run(recent), "severity.iga_che")
