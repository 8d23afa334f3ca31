"""Dates and durations as charts write them (extract/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import find_dates, find_durations, find_yearless, parse_date, yearless_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "want", "precision"),
    [
        ("03/02/2026", D(2026, 3, 2), "day"),
        ("3/2/26", D(2026, 3, 2), "day"),
        ("2026-03-02", D(2026, 3, 2), "day"),
        ("03-02-2026", D(2026, 3, 2), "day"),
        ("March 2, 2026", D(2026, 3, 2), "day"),
        ("Mar. 2nd, 2026", D(2026, 3, 2), "day"),
        ("2 Mar 2026", D(2026, 3, 2), "day"),
        ("02-Mar-2026", D(2026, 3, 2), "day"),
        ("Mar 2026", D(2026, 3, 1), "month"),
        ("March of 2026", D(2026, 3, 1), "month"),
        ("03/2026", D(2026, 3, 1), "month"),
        ("fall 2022", D(2022, 9, 1), "season"),
        ("the spring of 2025", D(2025, 3, 1), "season"),
        ("DOB: 7/22/83", D(1983, 7, 22), "day"),
    ],
)
def test_date_formats(text: str, want: dt.date, precision: str) -> None:
    spans = find_dates(text)
    assert len(spans) == 1
    assert spans[0].date == want
    assert spans[0].precision == precision


def test_date_spans_are_offsets_into_the_text() -> None:
    text = "Used from 07/14/2026 - 09/08/2026 then stopped."
    spans = find_dates(text)
    assert [text[s.start:s.end] for s in spans] == ["07/14/2026", "09/08/2026"]


def test_invalid_dates_and_non_dates_are_ignored() -> None:
    assert find_dates("13/45/2026") == []
    assert find_dates("summary 2026, BP 120/80, 15 mg") == []
    assert parse_date("no date here") is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("x 6 wks", 42),
        ("x6wk", 42),
        ("BID x14d", 14),
        ("for 4 weeks", 28),
        ("42 days", 42),
        ("two months", 60),
        ("six weeks", 42),
        ("8-month history", 240),
        ("1.5 years", 548),
        ("4-6 weeks", 28),
        ("a month", 30),
        ("half a year", 182),
    ],
)
def test_durations(text: str, days: int) -> None:
    found = find_durations(text)
    assert found and found[0].days == days


def test_single_letter_units_need_an_x() -> None:
    assert find_durations("3 y/o female") == []
    assert find_durations("rated 4 d in") == []
    assert find_durations("x 3 y")[0].days == 3 * 365


@pytest.mark.parametrize(("text", "want"), [
    ("since 3/2, no misses", dt.date(2025, 3, 2)),  # after the visit day: last year's
    ("on the 5th of November", dt.date(2025, 11, 5)),
    ("from Nov 30 on", dt.date(2025, 11, 30)),
    ("through 2/27.", dt.date(2026, 2, 27)),
])
def test_yearless_dates_take_the_visit_year_or_the_one_before(text, want):
    ref = dt.date(2026, 2, 27)
    pos = text.index(" ") + 1
    got = yearless_date(text, pos, ref)
    assert got and got[0] == want


def test_yearless_dates_leave_full_dates_and_impossible_days_alone():
    ref = dt.date(2026, 2, 27)
    assert yearless_date("since 3/2/26", 6, ref) is None  # has its year: find_dates reads it
    assert yearless_date("since Nov 30, 2025", 6, ref) is None
    assert yearless_date("since 2/30", 6, ref) is None
    assert [d for d, _, _ in find_yearless("seen 4/1 and 11/2", ref)] == [
        dt.date(2025, 4, 1), dt.date(2025, 11, 2)]


def test_a_slash_date_with_no_such_month_is_read_day_first() -> None:
    assert parse_date("DOB 23/04/1987") == dt.date(1987, 4, 23)
    assert parse_date("seen 04/23/1987") == dt.date(1987, 4, 23)  # month first when it can be
    assert parse_date("05/06/2026") == dt.date(2026, 5, 6)  # ambiguous: month first
