"""Batch r16 (helper D): the condition's duration and onset (IP0759 1.B): "Sx" for symptoms,
an onset told by an event with its date in parentheses, a state unchanged "since" a month, and
a vague length answering a form's duration question that ends in a dot leader."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def test_sx_shorthand_refers_to_the_condition_for_its_duration():
    fs = run("Dermatology follow-up 05/04/2026\n"
             "Chief complaint: dyshidrotic hand dermatitis.\n"
             "Sx for about 18 months, never completely clear.\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [540]


def test_onset_after_event_with_date_in_parentheses():
    fs = run("Dermatology visit 03/02/2026\n"
             "Scaly, fissured eruption of both hands that began after New Year (early January "
             "2026).\n")
    fs2 = run("Dermatology visit 03/02/2026\n"
              "Scaly, fissured eruption of both hands, started around Labor Day (mid September "
              "2025).\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2026, 1, 10)]
    assert [f.value for f in of(fs2, "condition.onset_date")] == [dt.date(2025, 9, 20)]


def test_unchanged_since_a_month_is_no_onset():
    fs = run("Office visit 07/15/2026\n"
             "Chronic hand eczema for 4 years.\n"
             "Palms about the same since April, fissures persist.\n"
             "Fingers no better since 05/2026.\n")
    assert not of(fs, "condition.onset_date")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1460]


def test_onset_since_a_month_still_read():
    fs = run("Office visit 07/15/2026\nHand dermatitis present since April, itchy.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2026, 4, 1)]


def test_vague_answer_to_dot_leader_duration_question():
    fs = run("ELECTRONIC PA REQUEST\n"
             "1 DIAGNOSIS ........................ CHRONIC HAND ECZEMA\n"
             "2 HAS CONDITION BEEN PRESENT FOR MORE THAN 3 MONTHS? ..........\n"
             "YES, MANY YEARS\n"
             "3 SEVERITY ........................\n")
    durs = of(fs, "condition.duration_days")
    assert [f.value for f in durs] == [730]
