"""Batch r10, helper C: steroid course lengths and daily use (1.D.ii)."""
from __future__ import annotations

from tests.extract.test_offline import courses, merged_course


def test_month_only_start_and_stop_cells_give_no_dates_or_days() -> None:
    # a short month-only course (it may have lasted a few days or two months)
    text = ("Dermatology progress note 10/02/2025\n"
            "PRIOR TOPICAL THERAPY\n"
            "Medication Start Stop Reason\n"
            "betamethasone dipropionate 0.05% ointment 08/2025 09/2025 did not help\n")
    course = merged_course(courses(text), "betamethasone")
    assert course.get("start_date") is None and course.get("stop_date") is None
    assert course.get("duration_days") is None


def test_month_only_cells_far_apart_give_their_fewest_days() -> None:
    text = ("Dermatology progress note 10/02/2025\n"
            "PRIOR TOPICAL THERAPY\n"
            "Medication Start Stop Reason\n"
            "betamethasone dipropionate 0.05% ointment 02/2025 05/2025 did not help\n")
    course = merged_course(courses(text), "betamethasone")
    assert course.get("start_date") and course.get("stop_date")  # at least 63 days


def test_payer_rule_restated_with_asks_that_is_no_course() -> None:
    text = ("Letter of medical necessity 04/20/2026\n"
            "I am aware the insurer asks that patients first apply a mid-potency or stronger "
            "topical steroid every day for at least 28 consecutive days without success.\n"
            "She was prescribed mometasone 0.1% cream in March and told to apply it at night.\n")
    assert not [c for c in courses(text) if c.get("duration_days")]


def test_daily_use_still_going_at_the_visit_runs_from_its_start_to_the_visit() -> None:
    text = ("Date of service: 05/20/2026\n"
            "HPI: Began mometasone 0.1% ointment on 4/10/26 for the palms. She is still "
            "applying it twice daily. Hands unchanged.\n")
    course = merged_course(courses(text), "mometasone")
    assert str(course.get("start_date")) == "2026-04-10"
    assert str(course.get("stop_date")) == "2026-05-20"


def test_still_using_as_needed_gives_no_stop_at_the_visit() -> None:
    text = ("Date of service: 05/20/2026\n"
            "HPI: Began mometasone 0.1% ointment on 4/10/26. Still using it here and there "
            "when it itches.\n")
    course = merged_course(courses(text), "mometasone")
    assert course.get("stop_date") is None


_PLAN = ("Dermatology clinic\nDate of service: 03/02/2026\n"
         "Plan: fluocinonide 0.05% ointment twice daily x 5 weeks, then recheck.\n")


def test_daily_use_as_directed_through_the_end_of_the_plan_takes_its_length() -> None:
    call = ("Phone message\nDate: 04/15/2026\n"
            "Reports she applied the fluocinonide every day until 4/6 as prescribed and has "
            "stopped.\n")
    course = merged_course(courses(_PLAN, call), "fluocinonide")
    assert course.get("duration_days") == 35


def test_daily_use_as_directed_with_a_full_stop_date_takes_the_plan_length() -> None:
    call = ("Phone message\nDate: 04/15/2026\n"
            "Reports she applied the fluocinonide every day until 04/06/2026 as prescribed.\n")
    course = merged_course(courses(_PLAN, call), "fluocinonide")
    assert course.get("duration_days") == 35


def test_daily_use_as_directed_stopping_before_the_plan_ends_gives_no_length() -> None:
    call = ("Phone message\nDate: 04/15/2026\n"
            "Reports she applied the fluocinonide every day until 3/20 as prescribed.\n")
    course = merged_course(courses(_PLAN, call), "fluocinonide")
    assert course.get("duration_days") is None


_LETTER = ("April 20, 2026\n"
           "To the reviewer,\n"
           "I first saw Ms. Ortiz on February 9 with fissured palms. During that appointment I "
           "started mometasone 0.1% ointment at bedtime. She has applied it nightly since, "
           "and she stopped it on March 30.\n")


def test_prescribing_at_the_visit_the_sentence_before_dates_the_start() -> None:
    course = merged_course(courses(_LETTER), "mometasone")
    assert str(course.get("start_date")) == "2026-02-09"


def test_daily_since_then_stopped_on_a_day_ends_there() -> None:
    course = merged_course(courses(_LETTER), "mometasone")
    assert str(course.get("stop_date")) == "2026-03-30"


def test_prescribing_at_a_later_unnamed_day_takes_no_earlier_date() -> None:
    text = ("April 20, 2026\n"
            "I first saw Ms. Ortiz on February 9 with fissured palms. Some weeks later I "
            "started mometasone 0.1% ointment at bedtime. She has applied it nightly since.\n")
    course = merged_course(courses(text), "mometasone")
    assert course.get("start_date") is None


def test_hedged_stop_date_ends_the_course() -> None:
    text = ("Date of service: 04/02/2026\n"
            "HPI: Began fluocinonide 0.05% ointment daily on 02/20/2026 and stopped it on or "
            "about 03/14/2026 because it burned.\n")
    course = merged_course(courses(text), "fluocinonide")
    assert str(course.get("stop_date")) == "2026-03-14"


def test_hands_looking_the_same_after_a_course_is_an_inadequate_response() -> None:
    text = ("Date of service: 04/02/2026\n"
            "Used clobetasol 0.05% ointment twice daily for 6 weeks. Her palms look about the "
            "same.\n")
    assert merged_course(courses(text), "clobetasol").get("response") == "inadequate"
    # the same dose is not the same skin
    same_dose = ("Date of service: 04/02/2026\n"
                 "Used clobetasol 0.05% ointment twice daily for 6 weeks. Keep the same dose.\n")
    assert merged_course(courses(same_dose), "clobetasol").get("response") != "inadequate"
