"""Course grammar: date ranges with a shared year or month, month-only ranges, a length
before the drug, unknown frequency, unanswered Yes/No grid rows (snippets written here)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_offline_tcs_courses import _course, _courses

from extract.dates import find_date_ranges


@pytest.mark.parametrize("text,first,second", [
    ("desonide bid 2/3-3/20/25 then stopped", dt.date(2025, 2, 3), dt.date(2025, 3, 20)),
    ("used Aug 2 through Sept 30, 2025", dt.date(2025, 8, 2), dt.date(2025, 9, 30)),
    ("applied Nov 10-28, 2025 nightly", dt.date(2025, 11, 10), dt.date(2025, 11, 28)),
    ("course 9-30 October 2025", dt.date(2025, 10, 9), dt.date(2025, 10, 30)),
    ("Nov 15 - Feb 1, 2025", dt.date(2024, 11, 15), dt.date(2025, 2, 1)),
    ("10/01/2025 to 11/12/2025", dt.date(2025, 10, 1), dt.date(2025, 11, 12)),
])
def test_exact_date_ranges(text: str, first: dt.date, second: dt.date) -> None:
    (r,) = find_date_ranges(text)
    assert r.exact and (r.first_lo, r.second_lo) == (first, second)


def test_month_only_ranges_have_bounds() -> None:
    (r,) = find_date_ranges("on it Aug to Sept 2025")
    assert not r.exact and r.min_days == 2 and r.max_days == 61
    (r,) = find_date_ranges("used 02/2025 - 05/2025")
    assert r.min_days == 63  # Feb 28 to May 1, both counted
    assert find_date_ranges("age 5-6/2/2025 and may to June 2025") == []


def test_range_without_year_on_the_first_date_gives_course_dates() -> None:
    c = _course("Fluocinolone 0.025% oint qd 8/4-9/22/25 with little change.", "fluocinolone")
    assert c["start_date"] == dt.date(2025, 8, 4) and c["stop_date"] == dt.date(2025, 9, 22)


def test_month_only_range_counts_only_its_fewest_days() -> None:
    long = _course("Betamethasone valerate 0.1% cream BID from Jan through Apr 2025.",
                   "betamethasone")
    assert long.get("duration_days") == 61 and "start_date" not in long
    short = _course("Betamethasone valerate 0.1% cream BID Sept - Oct 2025.", "betamethasone")
    assert "duration_days" not in short and "start_date" not in short  # 2 to 61 days: unknown


def test_unknown_frequency_leaves_days_unknown() -> None:
    c = _course("Amcinonide 0.1% cream used 3/2/25 - 5/1/25 (frequency not documented).",
                "amcinonide")
    assert not {"duration_days", "start_date", "stop_date"} & set(c)


@pytest.mark.parametrize("text,days", [
    ("Assessment: dyshidrotic eczema, no better despite 7 wks BID high-potency TCS (fluocinonide).",
     49),
    ("Impression: failed a 45-day daily course of medium potency\ntopical steroid "
     "(triamcinolone 0.1%).", 45),
])
def test_length_said_before_the_drug(text: str, days: int) -> None:
    got = [c.get("duration_days") for c in _courses(text)]
    assert days in got


def test_numbered_problem_does_not_lend_its_words() -> None:
    c = _course("1. Hand dermatitis - poor response to clobetasol 0.05% oint daily.\n"
                "2. Intermittent migraine - stable.", "clobetasol")
    assert "prn" not in c


def test_unanswered_grid_row_is_no_response() -> None:
    text = ("Criteria Yes No\n"
            "Prior medium-potency TCS X\n"
            "Inadequate response documented\n"
            "Drug Start Stop\n"
            "betamethasone valerate 0.1% 01/05/2026 02/20/2026\n")
    for c in _courses(text):
        assert c.get("response") != "inadequate"


def test_later_capitalised_question_does_not_make_a_row_a_question() -> None:
    text = ("Steroid used (name / dates) clocortolone 0.1% cream / 03/01/2026 - 04/15/2026\n"
            "Used every day for 4 weeks? Yes")
    c = _course(text, "clocortolone")
    assert c["start_date"] == dt.date(2026, 3, 1)


@pytest.mark.parametrize("verb", ["comes back", "has returned", "keeps recurring"])
def test_recurrence_verbs_in_any_form(verb: str) -> None:
    from test_offline import run
    fs = run(f"HPI: the hand dermatitis clears with care but {verb} 4 times in the past year.")
    assert [f.value for f in fs if f.field == "condition.recurrences_12mo"] == [4]
