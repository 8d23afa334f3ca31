"""TCS course lengths the chart gives by dates (batch r16, helper C), in my own words."""

from __future__ import annotations

import datetime as dt

from test_offline import groups, run

from extract.dates import md_range_in


def _courses(text: str) -> list[dict]:
    return [{k: f.value for k, f in g.items()} for g in groups(run(text), "therapy").values()]


def _course(text: str, drug: str) -> dict:
    return next(c for c in _courses(text) if c.get("drug") == drug)


def test_earlier_steroid_sentence_on_the_same_line_is_no_list() -> None:
    # the first steroid's sentence ends with a full stop; the second's dates wrap onto the
    # next line: they are the second course's own first and last day
    text = ("Office visit 05/01/2026\n"
            "Tried hydrocortisone cream as needed years ago. Then fluocinonide 0.05%\n"
            "ointment prescribed - applied twice daily 02/02/26 - 03/20/26.\n")
    c = _course(text, "fluocinonide")
    assert c["start_date"] == dt.date(2026, 2, 2)
    assert c["stop_date"] == dt.date(2026, 3, 20)


def test_two_steroids_listed_on_one_line_still_drop_the_dates_below() -> None:
    text = ("Office visit 05/01/2026\n"
            "Agents: clobetasol 0.05% cream; mometasone 0.1% oint\n"
            "Dates: 3/2/26 - 4/12/26\n")
    c = _course(text, "mometasone")
    assert "start_date" not in c and "duration_days" not in c


def test_month_name_range_without_a_year() -> None:
    assert md_range_in("applied nightly February 3rd to March 9th.")[0] == 34
    assert md_range_in("Dec 20 - Jan 25 daily")[0] == 36
    assert md_range_in("May 4 - June 15, 2026") is None  # a dated range, read elsewhere


def test_month_name_range_gives_the_course_length() -> None:
    text = ("Video visit 04/02/2026\n"
            "She used betamethasone dipropionate 0.05% ointment every night\n"
            "Feb 9 - Mar 20 and has now stopped it.\n")
    assert _course(text, "betamethasone dipropionate")["duration_days"] == 39


def test_unnamed_steroid_dated_by_since_is_a_course() -> None:
    # an unnamed steroid with no response and no length, but a first day of daily use and
    # the visit's date: a dated course of an unknown steroid
    text = ("CLINIC VISIT 04/10/2026\n"
            "HPI: seen here 3/1 for cracked palms, handed a steroid ointment at that visit. "
            "Mother says he has put it on twice a day every day since 3/1.\n")
    c = next(c for c in _courses(text) if "steroid" in str(c.get("drug")))
    assert c["start_date"] == dt.date(2026, 3, 1)
    assert c["stop_date"] == dt.date(2026, 4, 10)
