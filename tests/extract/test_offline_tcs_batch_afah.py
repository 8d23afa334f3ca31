"""TCS courses (IP0759 1.D.i-iii): rules generalised from unseen staging batches af-ah. The
snippets are written here and worded unlike the charts they generalise from."""

from __future__ import annotations

import datetime as dt

from test_offline import course_of, courses, decide, generic_courses, of, run

from extract.dates import find_durations

AS_OF = dt.date(2026, 4, 20)



# ---- response wordings ---------------------------------------------------------------------
def test_without_an_adequate_response_is_inadequate():
    text = ("Follow-up 04/14/2026\n"
            "Halobetasol 0.05% ointment nightly for six weeks without an adequate response.")
    assert course_of("halobetasol", text).get("response") == "inadequate"


def test_skin_that_never_gets_clear_is_inadequate_not_clear():
    text = ("Visit 04/14/2026\n"
            "Betamethasone dipropionate 0.05% ointment when she remembers. It settles the itch, "
            "yet her palms never get fully clear.")
    assert course_of("betamethasone", text).get("response") == "inadequate"


def test_no_nearer_to_clear_is_inadequate():
    text = ("Letter 04/14/2026\n"
            "He used fluocinonide 0.05% cream twice daily for 6 weeks. The scaling eased but "
            "the fingers were no nearer to clear when he finished.")
    assert course_of("fluocinonide", text).get("response") == "inadequate"


def test_a_long_way_from_clear_is_inadequate():
    text = ("Letter 04/14/2026\n"
            "She applied desoximetasone 0.25% cream daily for 7 weeks. Her hands are still a "
            "long way from clear.")
    assert course_of("desoximetasone", text).get("response") == "inadequate"


def test_not_improving_on_a_drug_is_inadequate():
    text = ("Assessment 04/14/2026\n"
            "Dyshidrotic hand eczema. Not improving on mometasone 0.1% ointment.")
    assert course_of("mometasone", text).get("response") == "inadequate"


def test_a_course_that_did_little_is_inadequate():
    text = ("HPI 04/14/2026\n"
            "Last autumn a 3-week course of fluocinonide 0.05% cream did very little.")
    assert course_of("fluocinonide", text).get("response") == "inadequate"


# ---- a total over several steroids is no one steroid's course ------------------------------
def test_unnamed_steroid_length_said_as_a_total_is_dropped():
    text = ("Progress note 04/14/2026\n"
            "Desonide 0.05% cream daily x 3 weeks, then halobetasol 0.05% ointment daily x 19 "
            "days. Altogether that is about six weeks of daily topical steroids with no real "
            "benefit.")
    gen = generic_courses(courses(text))
    assert all("duration_days" not in c for c in gen)


def test_summed_steroid_days_do_not_meet_the_daily_criterion():
    note = ("Dermatology progress note 04/14/2026\n"
            "Halobetasol 0.05% ointment BID daily 01/05/2026 - 01/20/2026, then clobetasol "
            "0.05% ointment BID daily 01/21/2026 - 02/06/2026; no improvement.\n"
            "Combined, 33 consecutive days of TCS without an adequate response.")
    assert decide(note, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_an_unnamed_steroid_length_without_a_total_word_stays():
    text = ("HPI 04/14/2026\n"
            "Six weeks of daily topical steroids from urgent care, no improvement.")
    gen = generic_courses(courses(text))
    assert any(c.get("duration_days") == 42 for c in gen)


# ---- the next sentence reports the previous drug's use by pronoun --------------------------
def test_pronoun_use_before_the_next_drug_is_the_previous_drugs_course():
    text = ("Visit 04/14/2026\n"
            "In January I prescribed desoximetasone 0.25% cream BID. He applied it daily for "
            "about 10 days with no change, then we switched to clobetasol 0.05% ointment BID.")
    assert course_of("desoximetasone", text).get("duration_days") == 10


def test_a_sentence_naming_the_next_drug_first_is_not_the_previous_drugs():
    text = ("Visit 04/14/2026\n"
            "In January I prescribed desoximetasone 0.25% cream BID. Clobetasol 0.05% "
            "ointment was added later and she used it daily x 5 weeks.")
    assert "duration_days" not in course_of("desoximetasone", text)


# ---- dates of a course ---------------------------------------------------------------------
def test_on_inside_a_word_is_no_start_cue_and_last_application_is_the_stop():
    text = ("Follow-up 04/14/2026\n"
            "Fluocinonide 0.05% ointment BID, applied daily until she ran out - last "
            "application 03/20/2026.")
    c = course_of("fluocinonide", text)
    assert c.get("stop_date") == dt.date(2026, 3, 20)
    assert c.get("start_date") != dt.date(2026, 3, 20)


def test_a_word_ending_in_on_is_no_start_cue():
    text = ("Follow-up 04/14/2026\n"
            "Triamcinolone 0.1% ointment twice daily was ordered. He used it daily up to his "
            "knee operation 02/16/2026 and did not go back to it.")
    assert "start_date" not in course_of("triamcinolone", text)


def test_date_of_the_visit_at_which_the_drug_was_prescribed_is_its_start():
    text = ("Follow-up 04/14/2026\n"
            "At the 02/10/2026 appointment I prescribed halobetasol 0.05% cream BID. She used "
            "it twice daily until her final application on 03/05/2026.")
    c = course_of("halobetasol", text)
    assert c.get("start_date") == dt.date(2026, 2, 10)
    assert c.get("stop_date") == dt.date(2026, 3, 5)


def test_an_estimated_length_yields_to_exact_dates():
    text = ("Follow-up 04/14/2026\n"
            "Clobetasol 0.05% ointment BID used daily 02/02/2026 - 02/27/2026, roughly a "
            "month of treatment, without an adequate response.")
    c = course_of("clobetasol", text)
    assert "duration_days" not in c
    assert c.get("start_date") == dt.date(2026, 2, 2)
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_an_exact_length_beside_dates_stays():
    text = ("Follow-up 04/14/2026\n"
            "Clobetasol 0.05% ointment BID used daily x 6 weeks, 01/05/2026 - 02/15/2026.")
    assert course_of("clobetasol", text).get("duration_days") == 42


# ---- a length range across 28 days ---------------------------------------------------------
def test_duration_range_keeps_its_upper_end():
    d = find_durations("used it 3-4 weeks")[0]
    assert (d.days, d.max_days) == (21, 28)
    assert find_durations("for 6 weeks")[0].max_days is None


def test_length_range_straddling_28_days_is_unknown():
    text = ("HPI 04/14/2026\n"
            "Betamethasone dipropionate 0.05% ointment daily for 2-5 weeks by his estimate, "
            "then it ran out.")
    assert "duration_days" not in course_of("betamethasone", text)


def test_length_range_wholly_under_28_days_is_kept():
    text = ("HPI 04/14/2026\n"
            "Betamethasone dipropionate 0.05% ointment daily for 1-2 weeks, then it ran out.")
    assert course_of("betamethasone", text).get("duration_days") == 7


# ---- a denial limited to this clinic is no "never used" ------------------------------------
def test_steroid_not_yet_prescribed_by_this_office_is_not_never_used():
    fs = run("New patient 04/14/2026\n"
             "No topical corticosteroid has been prescribed in our office so far.")
    assert not of(fs, "therapy.never_used")


def test_plain_denial_of_steroid_use_is_never_used():
    fs = run("New patient 04/14/2026\nShe has never used a topical corticosteroid.")
    assert of(fs, "therapy.never_used")


# ---- earlier treatment that may or may not have been a steroid -----------------------------
def test_unknown_whether_earlier_creams_were_steroids_leaves_1d_unknown():
    note = ("Dermatology new patient 04/14/2026\n"
            "Prior care abroad: several creams; the patient cannot say if any of them were "
            "steroids. Outside records requested.\n"
            "No topical corticosteroid has been prescribed in our office so far.\n"
            "Meds: petrolatum.")
    got = decide(note, as_of=AS_OF)
    assert got["1.D.i"] == "unknown" and got["1.D.ii"] == "unknown"
    assert got["1.D.iii"] == "unknown"


def test_a_relatives_uncertain_steroid_is_not_the_patients():
    fs = run("Family history 04/14/2026\n"
             "Her brother has psoriasis; unsure whether his cream was a steroid.")
    assert not [f for f in of(fs, "therapy.drug") if "steroid" in str(f.value).lower()]


# ---- as-needed use when the hands flare ----------------------------------------------------
def test_use_when_the_hands_flare_is_as_needed():
    text = ("Consult 04/14/2026\n"
            "Mometasone 0.1% ointment has been on her list since 2024. She puts it on when "
            "her hands flare, for two or three nights, then stops.")
    assert course_of("mometasone", text).get("prn") is True
