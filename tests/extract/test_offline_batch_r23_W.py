"""Batch r23 (helper W): an appeal letter written to the payer's appeals desk is an
administrative claim the clinical notes can contradict; a plan that starts a systemic drug
"today" puts the patient on it from that visit."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, groups, run


def test_letter_addressed_to_appeals_department_is_administrative() -> None:
    letter = ("Northside Skin Clinic\n3 March 2026\nAetna Pharmacy Appeals Department\n"
              "Dear colleague, my patient has had hand dermatitis since childhood.\n")
    assert doc_kinds.page_kind(letter) == "cover_letter"
    # an appeals line inside running prose is no address line
    assert doc_kinds.page_kind("Hand dermatitis since childhood. She asked about the appeals "
                               "unit at her employer.\n") is None


def test_long_subject_line_appealing_a_denial_is_a_letter() -> None:
    letter = ("3 March 2026\nRe: Jane Roe, born 01/02/1980, ID pending - appeal of the "
              "coverage denial issued 02/20/2026\nShe has had hand dermatitis since childhood. "
              "Please approve the cream.\n")
    assert doc_kinds.page_kind(letter) == "cover_letter"


def _mtx_status(fs) -> list:
    return [g["status"].value for g in groups(fs, "medication").values()
            if g["name"].value.lower().startswith("methotrexate") and g.get("status")]


def test_plan_starting_drug_today_is_in_use() -> None:
    fs = run("Office visit 04/10/2026. Plan: Begin methotrexate 15 mg weekly today while the "
             "cream is pending.\n")
    assert _mtx_status(fs) == ["active"]


def test_future_or_conditional_start_stays_planned() -> None:
    for text in ("Office visit 04/10/2026. Plan to start methotrexate 15 mg weekly; labs "
                 "drawn today.\n",
                 "Office visit 04/10/2026. Will start methotrexate next month, not today.\n",
                 "Office visit 04/10/2026. Start methotrexate 15 mg weekly next month, labs "
                 "today.\n"):
        assert "active" not in _mtx_status(run(text)), text


def test_drug_started_at_earlier_visit_is_concurrent_immunosuppressant() -> None:
    note = ("Dermatology progress note 04/10/2026\nSevere chronic hand eczema for 2 years. "
            "Plan: initiate cyclosporine 150 mg BID today as a bridge.\n")
    assert decide(note, as_of=dt.date(2026, 4, 20))["NC.2"] == "not_met"
