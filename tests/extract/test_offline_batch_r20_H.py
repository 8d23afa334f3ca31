"""Batch r20 helper H: a parent's role in a patient's own description, another site's
severity rating after the eczema, and a denial of any hand rash before the current one."""

from __future__ import annotations

from test_offline import of, run


def test_parent_of_children_is_the_patient_not_a_relative():
    fs = run("HPI: 38-year-old teacher and dad of two with hand dermatitis x 3 yrs, constant.")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1095]


def test_busy_mom_is_the_patient_not_a_relative():
    fs = run("HPI: 29F, stay-at-home mom w/ hand eczema x 18 months, never clears.")
    assert of(fs, "condition.duration_days")


def test_mother_with_eczema_is_still_family():
    fs = run("HPI: 25F. Mother has hand eczema x 10 yrs.")
    assert not of(fs, "condition.duration_days")


def test_severity_of_eczema_elsewhere_is_not_the_hands():
    fs = run("Problem list: Mild eczema on the trunk, stable.\n"
             "Assessment: Chronic hand eczema, severe (IGA-CHE 4).")
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}


def test_severity_of_dermatitis_elsewhere_word():
    fs = run("History: moderate atopic dermatitis elsewhere, controlled with emollients.")
    assert not of(fs, "severity.stated")


def test_severity_of_eczema_on_elbows_and_hands_is_kept():
    fs = run("Assessment: moderate eczema on the elbows and both hands.")
    assert {f.value for f in of(fs, "severity.stated")} == {"moderate"}


def test_no_hand_rash_before_the_current_one_is_a_first_episode():
    fs = run("HPI: No history of hand dermatitis prior to the current episode, which began "
             "5 weeks ago.")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_no_hand_rash_without_a_before_clause_says_nothing():
    fs = run("ROS: no history of hand eczema in her siblings.")
    assert not of(fs, "condition.recurrences_12mo")
