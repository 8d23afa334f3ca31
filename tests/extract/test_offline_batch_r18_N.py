"""Round 18, helper N: a dated start of a course said to be still in daily use."""

from __future__ import annotations

from test_offline import courses, merged_course, of, run

_STILL = ("Clinic visit 05/22/2026\nDx: chronic hand dermatitis.\n"
          "Current tx: betamethasone dipropionate 0.05% ointment - began 04/02/2026, "
          "applying it every day, is still applying it; minimal change.\n")


def test_dated_start_still_in_daily_use_runs_to_the_visit():
    c = merged_course(courses(_STILL), "betamethasone")
    assert str(c.get("start_date")) == "2026-04-02"
    assert str(c.get("stop_date")) == "2026-05-22"
    stops = of(run(_STILL), "therapy.stop_date")
    assert stops and "ongoing" in stops[0].flags


def test_dated_start_still_in_use_without_daily_word_stays_open():
    # no daily use stated: the span to the visit says nothing of daily use
    text = _STILL.replace("applying it every day, ", "")
    assert "stop_date" not in merged_course(courses(text), "betamethasone")


def test_dated_start_still_in_use_as_needed_stays_open():
    text = _STILL.replace("applying it every day", "applying it daily as needed")
    assert "stop_date" not in merged_course(courses(text), "betamethasone")
