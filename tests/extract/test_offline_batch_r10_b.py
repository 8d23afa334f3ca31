"""Hand eczema duration and onset phrasings from batch r10 (helper b), in my own words."""

from __future__ import annotations

import datetime as dt

from test_offline import of, run


def _durations(*texts: str) -> list[int]:
    return [f.value for f in of(run(*texts), "condition.duration_days")]


def _onsets(*texts: str) -> list[dt.date]:
    return [f.value for f in of(run(*texts), "condition.onset_date")]


def test_going_on_duration_is_the_conditions() -> None:
    assert 730 in _durations("Dyshidrotic hand dermatitis, going on 2 years now.")


def test_better_part_of_years_is_the_conditions() -> None:
    assert 1460 in _durations(
        "I have treated her palmar eczema for the better part of four years.")


def test_questionnaire_how_long_answer_is_the_duration() -> None:
    text = ('Intake questions (patient answers):\n'
            'How long have you had this problem?  "more than two years, never fully clears"\n')
    assert 730 in _durations(text)


def test_hand_trouble_refers_to_the_condition() -> None:
    text = ("Retired baker with chronic hand eczema. She has had hand problems off and on for "
            "ages, and for the past 18 months it has stayed active without a break.")
    assert 540 in _durations(text) or 547 in _durations(text) or any(
        500 < d < 560 for d in _durations(text))


def test_date_of_a_severity_rating_is_not_the_onset() -> None:
    text = ("Diagnosed chronic hand eczema, rated severe, IGA-CHE 4 on 03/02/2026.\n"
            "Hand eczema for about 5 years.")
    assert dt.date(2026, 3, 2) not in _onsets(text)
    assert any(d >= 1800 for d in _durations(text))


def test_onset_told_by_an_event_then_restated_as_a_date() -> None:
    onsets = _onsets("Date of service: 03/20/2026\n"
                     "Hand dermatitis that started right after Christmas, early January 2026.")
    assert dt.date(2026, 1, 10) in onsets


def test_relative_season_in_a_clause_continuing_the_condition() -> None:
    onsets = _onsets("Date of service: 03/10/2026\n"
                     "Hand eczema since infancy, flares most winters; constant since last summer.")
    assert any(o.year == 2025 and 6 <= o.month <= 8 for o in onsets)
