"""Onset, duration and recurrence phrasings of the condition (criterion 1.B)."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Finding
from extract.dates import find_dates
from tests.extract.test_offline import of, run


def _vals(fs: list[Finding], field: str) -> set:
    return {f.value for f in of(fs, field)}


def test_holiday_with_a_year_is_a_date() -> None:
    (d,) = find_dates("the rash began around Christmas of 2023 at the bakery")
    assert d.date == dt.date(2023, 12, 25)
    fs = run("HPI: Itchy hand rash that started around Thanksgiving 2024, never fully clear.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2024, 11, 24)}


def test_year_only_onset_is_the_latest_possible_date() -> None:
    fs = run("HPI: Dyshidrotic hand eczema, onset sometime in 2025, waxing and waning.\n")
    (f,) = of(fs, "condition.onset_date")
    assert f.value == dt.date(2025, 12, 31) and "at_latest" in f.flags
    fs = run("HPI: Hand dermatitis since early 2023.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2023, 4, 30)}


def test_parenthetical_year_after_an_onset_phrase() -> None:
    fs = run("HPI: Nurse with hand dermatitis since nursing school (approx. 2019), worse lately.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2019, 12, 31)}


def test_duration_label_after_the_diagnosis_sentence() -> None:
    fs = run("Assessment: Chronic hand dermatitis, fissured. Duration about 7 months, continuous.\n")
    assert _vals(fs, "condition.duration_days") == {210}


def test_shorthand_diagnosis_and_lowercase_abbreviation_do_not_merge_sentences() -> None:
    fs = run("S: 19yo F here w/ dad re hand derm f/u. Has had hand derm for the past 5 mos.\n")
    assert _vals(fs, "condition.duration_days") == {150}
    assert all("family" not in f.context for f in of(fs, "condition.duration_days"))


def test_initial_episode_is_not_a_recurrence() -> None:
    fs = run("HPI: Hand eczema. Initial episode 2/2026, cleared with emollients; "
             "recurred 7/2026, ongoing since the 7/2026 flare.\n")
    assert dt.date(2026, 2, 1) not in _vals(fs, "condition.flare_date")
    assert dt.date(2026, 7, 1) in _vals(fs, "condition.flare_date")
    assert _vals(fs, "condition.recurrences_12mo") == set()


def test_first_episode_with_later_recurrences_is_not_zero_recurrences() -> None:
    fs = run("HPI: Hand eczema: first episode in 01/2026, then recurred 05/2026 and 09/2026.\n")
    assert 0 not in _vals(fs, "condition.recurrences_12mo")


def test_interval_after_an_event_is_not_a_duration() -> None:
    fs = run("HPI: Hand eczema; the current flare began about three weeks after stopping it.\n")
    assert _vals(fs, "condition.duration_days") == set()


def test_family_business_is_not_a_relative() -> None:
    fs = run("HPI: works weekends at the family bakery washing pans. hands fissured x ~2 years.\n")
    assert _vals(fs, "condition.duration_days") == {730}
    fs = run("HPI: Father has hand eczema x 2 years.\n")
    assert not _vals(fs, "condition.duration_days")


def test_flares_in_an_earlier_clause_do_not_make_a_recurrence_window() -> None:
    fs = run("HPI: Childhood flares of the palms, and since 2021 the hand dermatitis "
             "has been constant.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2021, 12, 31)}
    fs = run("HPI: Hand eczema flared three times since 2025.\n")
    assert not _vals(fs, "condition.onset_date")
