"""Severity (1.C) when the only or loudest rating belongs to an earlier episode (round 14, x)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

LETTER = (
    "Valley Skin Partners\nOctober 2, 2025\nRe: Tomasz Wiley\n"
    "Mr. Wiley has moderate hand dermatitis (IGA-CHE 3, recorded 11/2023) and failed a"
    " course of topical steroid.\n"
)


def test_stated_word_dated_by_its_scored_parenthesis_is_historical():
    fs = of(run(LETTER), "severity.stated")
    assert fs and all("historical" in f.context for f in fs)


def test_letter_quoting_old_score_does_not_outrank_todays_mild_rating():
    note = ("Visit 10/01/2025\nHand dermatitis reviewed.\nExam: slight scale of the palms.\n"
            "IGA-CHE 2 (mild) on today's exam.\n")
    got = decide(note, LETTER, as_of=dt.date(2025, 10, 3))
    assert got["1.C"] == "not_met"


def test_undated_parenthetical_score_keeps_the_word_current():
    text = ("Valley Skin Partners\nOctober 2, 2025\n"
            "He has moderate hand dermatitis (IGA-CHE 3) today.\n")
    fs = of(run(text), "severity.stated")
    assert fs and not any("historical" in f.context for f in fs)


def test_only_ratings_from_before_a_clear_visit_leave_severity_unknown():
    note = ("Progress summary\n"
            "In 2023 her hand dermatitis was IGA-CHE 4.\n"
            "In 2024 her hands were IGA-CHE 0 after treatment.\n"
            "Dermatitis has recurred on both palms with fissures.\n")
    got = decide(note, as_of=dt.date(2026, 2, 1))
    assert got["1.C"] == "unknown"


def test_date_then_office_visit_banner_dates_each_entry():
    text = ("Harbor Derm EHR print\n"
            "## 05/04/2025 Clinic Visit Dermatology J. Osei, MD\n"
            "Exam: almost clear palms. IGA-CHE 1.\n"
            "## 02/10/2025 Clinic Visit Dermatology J. Osei, MD\n"
            "Hand dermatitis flare, IGA-CHE 3 (moderate).\n")
    dates = {f.value for f in of(run(text), "request.date_of_service")}
    assert {dt.date(2025, 5, 4), dt.date(2025, 2, 10)} <= dates
