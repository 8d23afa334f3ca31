"""Round 26, helper C: as-needed / intermittent steroid use that leaves 1.D.ii not met
(a PRN sig said in other words, a denial that quotes the 28-day rule, a course used "the
same way" as a PRN one, "never used it daily" read as a course never used)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

AS_OF = dt.date(2026, 3, 20)
HEAD = """Derm clinic - Visit 03/10/2026 - R. Okafor, MD, Dermatology
DOB: 05/05/1970. Chronic hand eczema since 2021, continuous. IGA-CHE 3 (moderate).
No JAK inhibitors. No immunosuppressants.
"""


def _prn(findings, drug: str) -> list[bool]:
    groups = {f.group for f in of(findings, "therapy.drug") if drug in str(f.value).lower()}
    return [f.value for f in of(findings, "therapy.prn") if f.group in groups]


def test_never_used_it_daily_is_not_a_course_never_used():
    # "never used it daily" says how it was used, not that it was never used: the course stays
    text = HEAD + ("Has had fluocinonide 0.05% ointment since 2023. Has never used it daily "
                   "for a full month.\n")
    assert of(run(text), "therapy.drug")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"
    # a prescription never used at all is still no trial
    unused = HEAD + "Fluocinonide 0.05% ointment was prescribed in 2023; he never used it.\n"
    assert not [f for f in of(run(unused), "therapy.drug") if "fluocinonide" in f.value.lower()]


def test_applied_when_a_flare_starts_is_as_needed():
    text = HEAD + ("Betamethasone dipropionate 0.05% ointment: she applies it for a short "
                   "while when a flare starts, then stops.\n")
    assert True in _prn(run(text), "betamethasone")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_used_a_few_times_is_intermittent_but_a_few_times_a_day_is_not():
    few = HEAD + "Mometasone 0.1% ointment in 2025, used \"a few times\" in all.\n"
    assert True in _prn(run(few), "mometasone")
    assert decide(few, as_of=AS_OF)["1.D.ii"] == "not_met"
    per_day = HEAD + "Mometasone 0.1% ointment in 2025, applied a few times a day for 6 weeks.\n"
    assert True not in _prn(run(per_day), "mometasone")


def test_no_documented_28_day_trial_is_no_course_length():
    # a payer's reason quoting the rule is no 28-day course of an unnamed steroid
    text = HEAD + ("Halobetasol 0.05% ointment PRN for flares.\n"
                   "Telephone note: plan denied - reason: no documented 28-day daily trial of "
                   "medium+ potency TCS.\n")
    assert 28 not in [f.value for f in of(run(text), "therapy.duration_days")]
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_second_course_used_the_same_way_as_a_prn_course_is_prn():
    text = HEAD + ("Desoximetasone 0.25% cream since 2024, she applies it for a few days at a "
                   "time when the hands flare. Before that she used fluocinonide 0.05% cream "
                   "the same way in 2023.\n")
    assert True in _prn(run(text), "fluocinonide")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_same_way_after_a_daily_course_copies_nothing():
    # only an as-needed sig is carried over; beside a daily course "the same way" says nothing
    text = HEAD + ("Desoximetasone 0.25% cream BID daily for 6 weeks in 2024. Before that she "
                   "used fluocinonide 0.05% cream the same way in 2023.\n")
    assert True not in _prn(run(text), "fluocinonide")
