"""TCS courses (IP0759 1.D.i-iii): rules generalised from unseen staging batches w-ab. The
snippets are written here and worded unlike the charts they generalise from."""

from __future__ import annotations

import datetime as dt

from test_offline import course_of, courses, generic_courses, merged_course, of, run

from extract.dates import find_date_ranges


# ---- a wrapped table row whose header is further up -------------------------------------------
def test_start_stop_cells_of_a_wrapped_row_under_a_distant_header():
    text = ("Steroid trials\n"
            "Product Began Ended Comment\n"
            "Itching was a little better at first but the\n"
            "fissures came back; moved to a higher class\n"
            "mometasone 0.1% cream BID 01/05/2026 01/25/2026\n"
            "agent after three weeks of use\n"
            "Burned on application and she gave it up; the\n"
            "halobetasol 0.05% ointment BID 01/26/2026 02/16/2026 palms were no better\n")
    c = course_of("halobetasol", text)
    assert c.get("start_date") == dt.date(2026, 1, 26)
    assert c.get("stop_date") == dt.date(2026, 2, 16)


# ---- dates of a sequence of agents ------------------------------------------------------------
def test_dates_under_a_line_listing_two_agents_are_not_the_last_agents():
    text = ("Steroids used: fluocinonide 0.05% cream, followed by betamethasone dipropionate "
            "0.05% ointment\nPeriod of use: 01/04/2026 - 02/22/2026\nOutcome: no better")
    c = course_of("betamethasone", text)
    assert "start_date" not in c and "stop_date" not in c and "duration_days" not in c


def test_dates_on_the_agents_own_line_still_count():
    c = course_of("betamethasone", "Betamethasone dipropionate 0.05% ointment BID "
                "01/04/2026 - 02/22/2026, no better.")
    assert c.get("start_date") == dt.date(2026, 1, 4)


# ---- another drug's daily sig -----------------------------------------------------------------
def test_daily_sig_of_the_next_oral_drug_is_not_the_steroids():
    c = course_of("clobetasol", "Meds: clobetasol 0.05% ointment (from urgent care) - on list; "
                "metformin 500 mg daily; cetirizine 10 mg daily.")
    assert "frequency" not in c


# ---- responses --------------------------------------------------------------------------------
def test_without_clearing_is_an_inadequate_response():
    c = course_of("desoximetasone", "Desoximetasone 0.25% cream BID every day for seven weeks, "
                "w/o clearing of the palms.")
    assert c.get("response") == "inadequate"


def test_neither_controlled_is_an_inadequate_response():
    cs = courses("Tried halcinonide 0.1% cream, then amcinonide 0.1% ointment, each for a month "
                 "every day; neither controlled her dermatitis.")
    assert merged_course(cs, "amcinonide").get("response") == "inadequate"


def test_minimal_help_is_an_inadequate_response():
    c = course_of("fluocinonide", "Fluocinonide 0.05% oint applied BID for 5 weeks - minimal "
                "help.")
    assert c.get("response") == "inadequate"


# ---- supply windows and running courses -------------------------------------------------------
def test_tubes_used_over_years_is_a_supply_window_not_a_course():
    cs = courses("She has had prescription topical steroids for a long time. I cannot list "
                 "every tube she has used over the last six years.")
    assert all("duration_days" not in c for c in cs)


def test_length_so_far_of_a_running_course_is_not_its_length():
    c = course_of("clobetasol", "Applying clobetasol 0.05% ointment every night, 10 days so far; "
                "continue.")
    assert "duration_days" not in c


def test_long_length_so_far_still_counts():
    c = course_of("clobetasol", "Applying clobetasol 0.05% ointment every night, 5 weeks so far "
                "without clearing.")
    assert c.get("duration_days") == 35


def test_as_required_by_a_rule_is_not_prn():
    cs = courses("We cannot tell whether the cream was a medium or higher potency topical "
                 "steroid as required by the plan.")
    assert all(not c.get("prn") for c in cs)


# ---- a payer asking for evidence --------------------------------------------------------------
def test_payer_request_for_28_days_of_dates_is_not_a_course():
    text = ("Additional information needed:\n"
            "1. which topical corticosteroid was used, and\n"
            "2. records showing the medication was used daily for at least 28 consecutive days.")
    assert not [c for c in generic_courses(courses(text)) if c.get("duration_days")]


# ---- a report of use under a plan heading -----------------------------------------------------
def test_past_use_reported_under_a_plan_heading_is_a_course():
    text = ("Visit 2\nPlan: continue emollient.\n"
            "Betamethasone dipropionate 0.05% ointment applied twice daily every day for "
            "7 weeks.")
    c = course_of("betamethasone", text)
    assert c.get("duration_days") == 49


def test_an_ordered_length_in_a_plan_stays_an_order():
    cs = courses("Plan: betamethasone dipropionate 0.05% ointment BID for 4 weeks, then "
                 "recheck.")
    assert all("duration_days" not in c for c in cs)


# ---- stopped after a length -------------------------------------------------------------------
def test_stopped_after_a_length_is_the_days_of_use():
    c = course_of("fluocinonide", "Seen again. She stopped the fluocinonide yesterday after "
                "12 days because of stinging.")
    assert c.get("duration_days") == 12


def test_result_after_a_length_in_a_stop_sentence_is_the_days_of_use():
    c = course_of("halobetasol", "Phone call: patient discontinued halobetasol today - "
                "irritation, and no better after 2 weeks.")
    assert c.get("duration_days") == 14


def test_a_planned_stop_after_a_length_is_not_a_course():
    c = course_of("halobetasol", "Halobetasol 0.05% ointment nightly; will consider stopping "
                "after 2 weeks.")
    assert c.get("duration_days") != 14


# ---- inhaled steroids -------------------------------------------------------------------------
def test_inhaled_combination_is_not_a_topical_steroid():
    cs = courses("Medications:\n- budesonide/formoterol 160/4.5 two puffs twice daily\n"
                 "- fluticasone furoate/umeclidinium 100/62.5 one inhalation daily")
    assert not any("fluticasone" in str(c.get("drug", "")).lower() for c in cs)


def test_topical_fluticasone_stays_a_topical_steroid():
    cs = courses("Fluticasone propionate 0.05% cream to the hands BID x 5 weeks.")
    assert any("fluticasone" in str(c.get("drug", "")).lower() for c in cs)


# ---- "between X and Y" ------------------------------------------------------------------------
def test_between_and_is_a_date_range():
    rs = find_date_ranges("used it between February 2 and March 20, 2026 every evening")
    assert [(r.first_lo, r.second_lo) for r in rs] == [(dt.date(2026, 2, 2),
                                                        dt.date(2026, 3, 20))]


def test_two_dates_joined_by_and_without_between_are_no_range():
    assert find_date_ranges("seen 2/2/2026 and 3/20/2026") == []


def test_course_dated_between_before_the_drug():
    c = course_of("clobetasol", "Between 4/6/2026 and 5/18/2026 he applied clobetasol 0.05% "
                "cream twice a day, still cracked.")
    assert c.get("start_date") == dt.date(2026, 4, 6)
    assert c.get("stop_date") == dt.date(2026, 5, 18)


# ---- plans across documents -------------------------------------------------------------------
CONSULT = ("Dermatology consultation\nDate of service: 04/06/2026\n"
           "Plan: begin fluocinolone 0.025% ointment BID to the palms, starting today.\n")
FOLLOW = ("Family medicine note\nDate of service: 04/20/2026\n"
          "She has been using the fluocinolone twice a day, hands still cracked.\n")


def test_strength_from_another_documents_plan():
    c = course_of("fluocinolone", CONSULT, FOLLOW)
    assert c.get("strength") == "0.025%"


def test_course_started_by_a_plan_and_reported_ongoing_is_bounded():
    c = course_of("fluocinolone", CONSULT, FOLLOW)
    assert c.get("start_date") == dt.date(2026, 4, 6)
    assert c.get("stop_date") == dt.date(2026, 4, 20)


def test_a_long_span_from_a_plan_says_nothing_of_daily_use():
    late = FOLLOW.replace("04/20/2026", "07/20/2026")
    c = course_of("fluocinolone", CONSULT, late)
    assert "start_date" not in c and "duration_days" not in c


def test_specialty_visit_title_line_gives_the_date_of_service():
    fs = run("ALLERGY FOLLOW-UP - 5/12/2026\nPt seen for hands.")
    assert dt.date(2026, 5, 12) in [f.value for f in of(fs, "request.date_of_service")]
