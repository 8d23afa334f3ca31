"""TCS courses (IP0759 1.D.i-iii): rules generalised from unseen staging batches al-am. The
snippets are written here and worded unlike the charts they generalise from."""

from __future__ import annotations

import datetime as dt

from test_offline import course_of, courses, decide, generic_courses

AS_OF = dt.date(2026, 5, 4)



# ---- a missed day is no course length ---------------------------------------------------------
def test_never_missing_a_day_is_not_a_one_day_course():
    text = ("Visit 04/28/2026\n"
            "He put mometasone 0.1% ointment on every evening, never missing a day, from "
            "2/2/2026 through 3/20/2026; the palms stayed cracked.")
    c = course_of("mometasone", text)
    assert c.get("duration_days") != 1
    assert c.get("start_date") == dt.date(2026, 2, 2)
    assert c.get("stop_date") == dt.date(2026, 3, 20)


def test_skipped_week_is_not_the_course_length():
    text = ("Visit 04/28/2026\n"
            "Halobetasol 0.05% cream BID 1/4/2026 - 3/1/2026, though she skipped a week in "
            "February; no real improvement.")
    assert course_of("halobetasol", text).get("duration_days") != 7


# ---- a payer's coverage condition is no course ---------------------------------------------------
def test_coverage_condition_in_a_payer_notice_is_not_a_course():
    notice = ("Notice of coverage decision 04/02/2026\n"
              "Your benefit covers the requested cream only if you have used a topical steroid "
              "of medium strength or higher every day for at least 4 weeks without enough "
              "improvement.")
    assert not generic_courses(courses(notice))


def test_coverage_condition_leaves_daily_use_unknown():
    notice = ("Notice of coverage decision 04/02/2026\n"
              "The plan pays for this drug when the member has applied a topical corticosteroid "
              "daily for at least 28 consecutive days and it did not help.")
    note = ("Dermatology visit 04/20/2026\n"
            "Tried desoximetasone 0.25% cream; the rash did not improve.")
    assert decide(notice, note, as_of=AS_OF)["1.D.ii"] == "unknown"


# ---- the supply running out dates the last day of use ------------------------------------------------
def test_date_the_supply_ran_out_is_the_stop_date():
    text = ("Visit 04/28/2026\n"
            "On 3/2/2026 we started clobetasol 0.05% ointment twice daily. He used it daily "
            "until the jar ran out on 3/18/2026. Not much better.")
    c = course_of("clobetasol", text)
    assert c.get("stop_date") == dt.date(2026, 3, 18)
    assert c.get("start_date") == dt.date(2026, 3, 2)


# ---- "every day since" after a start said before the drug -----------------------------------------
def test_daily_since_a_start_said_before_the_drug():
    text = ("Follow-up visit\nDate: 04/28/2026\n"
            "On 3/16/2026 I began fluocinonide 0.05% ointment BID, and she has applied it every "
            "day since. Still fissured.")
    c = course_of("fluocinonide", text)
    assert c.get("start_date") == dt.date(2026, 3, 16)
    assert c.get("stop_date") == dt.date(2026, 4, 28)


# ---- "not clear or almost clear" is one negated target -----------------------------------------------
def test_not_clear_or_almost_clear_is_an_inadequate_response():
    text = ("Letter 04/28/2026\n"
            "He applied betamethasone dipropionate 0.05% ointment twice a day for 6 weeks. His "
            "fingers never became clear or almost clear.")
    assert course_of("betamethasone", text).get("response") == "inadequate"


def test_a_forms_printed_choices_stay_unanswered():
    text = ("Form 04/28/2026\n"
            "Triamcinolone 0.1% ointment BID x 5 weeks. Outcome: not controlled / controlled")
    assert course_of("triamcinolone", text).get("response") is None


# ---- a clinician's judgement of the result is no hypothetical ---------------------------------------
def test_judging_the_result_inadequate_is_not_a_hypothetical_course():
    text = ("Letter 04/28/2026\n"
            "She has used mometasone 0.1% ointment daily for 8 weeks. Her hands look the "
            "same; we considered the course a failure of topical corticosteroid treatment.")
    g = generic_courses(courses(text))
    assert any(c.get("response") == "inadequate" for c in g) or \
        course_of("mometasone", text).get("response") == "inadequate"
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "met"


def test_considering_a_future_drug_stays_hypothetical():
    text = ("Visit 04/28/2026\n"
            "Fluocinonide 0.05% cream BID for 6 weeks, no improvement. We would consider a "
            "topical corticosteroid under occlusion next.")
    assert all(c.get("response") is None for c in generic_courses(courses(text)))


def test_clear_never_reached_is_not_an_adequate_response():
    text = ("Visit 04/28/2026\n"
            "Mometasone 0.1% ointment BID for 5 weeks - she never got to clear/almost clear "
            "and it flares again within days.")
    assert course_of("mometasone", text).get("response") != "adequate"
