"""Batch r19 (helper B): a start month/day said right after a started drug's sig and a
month/day stop in a later sentence of the same course give its length (so a form's "4
weeks" loses to the note's dated 18-day course); a rating under a dated entry heading of a
multi-entry chart that is older than another entry heading is that earlier visit's."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import courses, decide, merged_course, of, run

SPLIT_COURSE = ("Dermatology visit\n"
                "Date of service: 03/20/2026\n"
                "HPI: 61 y/o F with chronic hand dermatitis for two years.\n"
                "We started mometasone furoate 0.1% ointment nightly on 3/1. "
                "She discontinued it on 3/18 since it stung her fissures. "
                "The hands did not improve.\n")


def test_split_start_and_stop_month_days_give_the_course_length():
    c = merged_course(courses(SPLIT_COURSE), "mometasone")
    assert c.get("duration_days") == 18


def test_split_dates_beat_a_forms_rounded_length():
    form = ("PRIOR AUTHORIZATION REQUEST (office staff)\n"
            "Topical steroid tried: mometasone furoate 0.1% ointment - one month, nightly\n"
            "Result: failed\n")
    st = decide(SPLIT_COURSE, form, as_of=dt.date(2026, 3, 25))
    assert st["1.D.ii"] != "met"


def test_start_date_with_a_hedge_gives_no_split_length():
    text = SPLIT_COURSE.replace("nightly on 3/1", "nightly around 3/1")
    c = merged_course(courses(text), "mometasone")
    assert c.get("duration_days") != 18


ENTRIES = ("Lakeside Skin Clinic\n"
           "# 11 Aug 2026 - Recheck, hands\n"
           "Provider: Jonah Ferreira, MD (Dermatology)\n"
           "Exam today: slight dryness of both palms, no fissures.\n"
           "IGA-CHE 1 (almost clear).\n"
           "Plan: emollients.\n"
           "\n"
           "# 02 May 2026 - Flare visit\n"
           "IGA-CHE 4 (severe). Begin fluocinonide 0.05% ointment BID.\n")


def test_rating_under_an_older_dated_entry_heading_is_historical():
    fs = run(ENTRIES)
    by_value = {f.value: f for f in of(fs, "severity.iga_che")}
    assert "historical" in by_value[4].context
    assert "historical" not in by_value[1].context


def test_adjacent_dated_rows_are_not_entry_headings():
    timeline = ("Lakeside Skin Clinic\n"
                "Timeline:\n"
                "02 May 2026 - fluocinonide started\n"
                "11 Aug 2026 - fluocinonide stopped\n"
                "IGA-CHE 3 (moderate).\n")
    fs = run(timeline)
    assert all("historical" not in f.context for f in of(fs, "severity.iga_che"))
