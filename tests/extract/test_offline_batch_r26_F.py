"""Batch r26, helper F: a score read with "today is", a hyphenated month-year onset, a
verbless denial of earlier hand eczema, and a prescription sent to start now (a plan)."""

from __future__ import annotations

import datetime as dt

from extract.dates import find_dates
from tests.extract.test_offline import decide, of, run


def test_hecsi_with_time_word_before_the_verb_is_read() -> None:
    fs = run("Visit 10/02/2026\nExam: scale and fissures on both palms. HECSI today is 24.\n")
    assert [f.value for f in of(fs, "severity.hecsi")] == [24]


def test_iga_with_time_word_before_the_verb_is_read() -> None:
    fs = run("Visit 10/02/2026\nExam: palms scaly. IGA-CHE currently is 3.\n")
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_hyphenated_month_year_is_a_date() -> None:
    [d] = find_dates("rash since Mar-2024, constant")
    assert d.date == dt.date(2024, 3, 1) and d.precision == "month"
    # a day-month-year keeps its day
    [d] = find_dates("seen 07-Mar-2026")
    assert d.date == dt.date(2026, 3, 7)


def test_onset_written_as_hyphenated_month_year_gives_duration() -> None:
    got = decide("Seen: 03/16/2026\nDermatology clinic note\nHistory\n48-year-old cook with "
                 "hand eczema since Feb-2025, constant.\n", as_of=dt.date(2026, 3, 16))
    assert got["1.B"] == "met"


def test_denying_any_earlier_hand_eczema_counts_no_recurrence() -> None:
    text = ("Visit 03/10/2026\nHPI\nRash on both hands began in early January 2026 after a "
            "new job with solvents. She denies any eczema of the hands before this job.\n")
    assert [f.value for f in of(run(text), "condition.recurrences_12mo")] == [0]
    assert decide(text, as_of=dt.date(2026, 3, 10))["1.B"] == "not_met"


def test_without_the_denial_recurrences_stay_unknown() -> None:
    text = ("Visit 03/10/2026\nHPI\nRash on both hands began in early January 2026 after a "
            "new job with solvents.\n")
    assert decide(text, as_of=dt.date(2026, 3, 10))["1.B"] == "unknown"


def test_steroid_sent_to_start_now_is_planned_not_tried() -> None:
    text = ("Visit 04/02/2026\nHPI\nOnly hydrocortisone 1% cream used before, no help.\n"
            "A/P\nAlso sent halobetasol 0.05% ointment BID x 4 wks to start now.\n")
    tried = [f.value.lower() for f in of(run(text), "therapy.drug")
             if "planned" not in f.context]
    assert "halobetasol" not in tried
    assert decide(text, as_of=dt.date(2026, 4, 2))["1.D.i"] == "not_met"


def test_past_course_before_an_unrelated_start_today_stays_a_trial() -> None:
    text = ("Visit 04/02/2026\nHPI\nPCP sent halobetasol 0.05% ointment BID in 2025, used "
            "daily for 6 weeks without improvement; tacrolimus starting today.\n")
    tried = [f.value.lower() for f in of(run(text), "therapy.drug")
             if "planned" not in f.context]
    assert "halobetasol" in tried
