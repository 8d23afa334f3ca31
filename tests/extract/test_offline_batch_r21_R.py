"""Batch r21 (helper R): a denied earlier eczema as a first episode, responses told as "made no
difference" or in the perfect tense, a later oral list entry's sig, a form's mid-line Dates:."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import courses, merged_course, of, run


def test_no_eczema_or_hand_rash_before_this_is_a_first_episode():
    fs = run("HPI: Cracked, itchy palms since mid-February.\n"
             "He has no history of dermatitis or hand rash prior to this.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_no_eczema_in_childhood_or_adulthood_is_a_first_episode():
    fs = run("HPI: Vesicles and scaling on both hands for six weeks.\n"
             "She has no history of eczema in childhood or adulthood.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_no_eczema_history_without_before_this_says_nothing_of_episodes():
    fs = run("HPI: Hand dermatitis for two years. No history of eczema elsewhere.\n")
    assert not of(fs, "condition.recurrences_12mo")


def test_didnt_make_any_real_difference_is_inadequate():
    c = merged_course(courses(
        "HPI: Tried betamethasone dipropionate 0.05% cream twice daily; he says it didn't make"
        " any real difference.\n"), "betamethasone")
    assert c.get("response") == "inadequate"


def test_made_a_big_difference_is_not_inadequate():
    c = merged_course(courses(
        "HPI: Tried betamethasone dipropionate 0.05% cream twice daily and it made a big"
        " difference.\n"), "betamethasone")
    assert c.get("response") != "inadequate"


def test_had_not_helped_in_a_later_sentence_is_inadequate():
    c = merged_course(courses(
        "Fluocinonide 0.05% ointment was started at the 02/03/2026 visit.\n"
        "When seen again in March she said the ointment hadn't worked at all.\n"), "fluocinonide")
    assert c.get("response") == "inadequate"


def test_weekly_sig_of_a_later_oral_list_entry_is_not_the_steroids():
    c = merged_course(courses(
        "Current medications: mometasone 0.1% ointment (on file), lisinopril 10 mg,"
        " risedronate weekly, petrolatum.\n"), "mometasone")
    assert not c.get("prn") and c.get("frequency") != "weekly"


def test_dates_field_further_along_a_form_line_dates_the_course():
    c = merged_course(courses(
        "Topical steroid used:\n"
        "    Drug/strength: halobetasol propionate 0.05% cream\n"
        "    Frequency: nightly   Dates: 02/02/2026 - 03/16/2026\n"
        "    Outcome: no improvement\n"), "halobetasol")
    assert c.get("start_date") == dt.date(2026, 2, 2)
    assert c.get("stop_date") == dt.date(2026, 3, 16)
