"""1.A / 1.B / 1.C reading from differently worded charts: onset cues, durations written
right after the diagnosis, fractions, first-episode phrases, visit headings, form leaders."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Finding
from tests.extract.test_offline import of, run


def _vals(fs: list[Finding], field: str) -> set:
    return {f.value for f in of(fs, field)}


def test_dx_abbreviation_dates_the_onset() -> None:
    fs = run("Assessment: hand dermatitis, dx'd 04/2022, never fully clear.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2022, 4, 1)}


def test_broke_out_dates_the_onset() -> None:
    fs = run("HPI: Her palms broke out around 06/2025 and have stayed red since.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2025, 6, 1)}


def test_duration_written_right_after_the_diagnosis() -> None:
    fs = run("HPI: 52M baker. Dyshidrotic eczema 7 months, no clear spells.\n")
    assert _vals(fs, "condition.duration_days") == {210}


def test_duration_in_parentheses_after_since() -> None:
    fs = run("HPI: Palmar eczema, constant since (10 months).\n")
    assert _vals(fs, "condition.duration_days") == {300}


def test_unchecked_form_option_is_not_a_duration() -> None:
    fs = run("[ ] Hand eczema present > 3 months   [ ] 2+ flares a year\n")
    assert _vals(fs, "condition.duration_days") == set()


def test_half_unit_duration() -> None:
    fs = run("HPI: Hand dermatitis for roughly 4 1/2 months, worse with wet work.\n")
    assert _vals(fs, "condition.duration_days") == {135}


def test_range_duration_is_supported_by_its_low_end() -> None:
    fs = run("Impression: chronic hand eczema, ~2-3 yrs, fissured.\n")
    assert _vals(fs, "condition.duration_days") == {730}


def test_long_onset_phrase_with_the_year_later_in_the_sentence() -> None:
    fs = run("HPI: She first noticed cracking of her fingertips the autumn after her daughter "
             "was born, in 2020, and the hands have never cleared.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2020, 12, 31)}


def test_onset_age_with_an_approximation() -> None:
    fs = run("HPI: 19 yo M. Hand dermatitis since around age 12, constant.\n")
    assert _vals(fs, "condition.onset_age") == {12}
    assert _vals(fs, "patient.age") == {19}


def test_new_onset_with_a_duration_is_a_first_episode() -> None:
    fs = run("HPI: New onset 10 days ago of cracked fingertips, the first eczema of his life.\n")
    assert _vals(fs, "condition.recurrences_12mo") == {0}


def test_denied_previous_episodes_is_a_first_episode() -> None:
    fs = run("HPI: Hand dermatitis started 01/05/2026. Pt denies any prior flares.\n")
    assert _vals(fs, "condition.recurrences_12mo") == {0}


def test_dated_first_episode_with_the_condition_named_is_a_past_one() -> None:
    fs = run("History: first outbreak of dyshidrotic eczema March 2025, cleared in May. "
             "It has returned twice in the past 12 months.\n")
    assert 0 not in _vals(fs, "condition.recurrences_12mo")
    assert 2 in _vals(fs, "condition.recurrences_12mo")
    assert dt.date(2025, 3, 1) not in _vals(fs, "condition.flare_date")


def test_visit_headings_date_their_sections() -> None:
    fs = run("Encounter #1: 09/03/2025\nIGA-CHE 3.\nEncounter #2: 11/20/2025\nIGA-CHE 2.\n")
    assert _vals(fs, "request.date_of_service") == {dt.date(2025, 9, 3), dt.date(2025, 11, 20)}


def test_dob_after_a_dot_leader() -> None:
    fs = run("Member\n  Date of birth .......... 07/30/1984\n")
    assert _vals(fs, "patient.date_of_birth") == {dt.date(1984, 7, 30)}


# ---- continuation sentences, form questions, "N years of <signs>" (staging f/g authors) ----

def test_onset_sentence_after_the_diagnosis_sentence_dates_the_condition() -> None:
    fs = run("Date of service: 02/10/2026\nHPI: Seen today for palmar dermatitis. He traces "
             "the onset back to the fall of 2023, after a new job at a car wash.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2023, 9, 1)}


def test_dx_sentence_after_the_diagnosis_carries_a_relative_onset() -> None:
    fs = run("Date of service: 02/10/2026\nHPI: Here about her dyshidrotic eczema. Diagnosed "
             "2023, worse ever since last summer.\n")
    assert dt.date(2025, 6, 1) in _vals(fs, "condition.onset_date")


def test_onset_of_something_else_is_not_the_conditions() -> None:
    fs = run("Date of service: 02/10/2026\nHPI: Here about her dyshidrotic eczema. Diagnosed "
             "with asthma in 2001.\n")
    assert _vals(fs, "condition.onset_date") == set()


def test_answer_to_a_form_duration_question_dates_the_onset() -> None:
    fs = run("Date of request: 01/20/2026\n1. Diagnosis: dyshidrotic eczema\n"
             "2. Has it been present longer than 3 months?  [X] Yes (since 2021)  [ ] No\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2021, 12, 31)}


def test_duration_of_the_conditions_signs() -> None:
    fs = run("HPI: Retired welder, referred for his hands. Reports about 18 months of itching "
             "and splitting on both palms, never fully clear.\n")
    assert _vals(fs, "condition.duration_days") == {540}


def test_duration_of_applying_a_cream_is_not_the_conditions() -> None:
    fs = run("HPI: hand eczema. Completed 5 weeks of twice-daily application to the palms.\n")
    assert _vals(fs, "condition.duration_days") == set()


def test_quoted_duration_after_a_worksheet_label() -> None:
    fs = run("[x] Hand eczema duration - '3 yrs' per chart\n")
    assert _vals(fs, "condition.duration_days") == {1095}


def test_course_length_after_the_application_site_is_not_the_conditions() -> None:
    fs = run("[x] Steroid trial - fluocinonide 0.05% cream BID to palms 10/1/25 - 11/9/25, "
             "~6 wks\n")
    assert _vals(fs, "condition.duration_days") == set()


def test_severity_after_descriptors_of_the_diagnosis() -> None:
    fs = run("Impression:\n2. Dyshidrotic hand eczema, vesicular pattern, recurrent - moderate. "
             "Patch testing later.\n")
    assert _vals(fs, "severity.stated") == {"moderate"}


def test_severity_with_a_guess_in_parentheses_is_not_a_question() -> None:
    fs = run("Impression:\n1. Chronic hand dermatitis, SEVERE, irritant (latex? nickel?) and "
             "atopic.\n")
    assert _vals(fs, "severity.stated") == {"severe"}


def test_earlier_severity_in_the_descriptors_is_not_a_rating() -> None:
    fs = run("Impression:\n1. Hand eczema, previously severe, now controlled.\n")
    assert _vals(fs, "severity.stated") == set()


def test_duration_after_more_than_is_flagged_as_exceeded() -> None:
    fs = run("HPI: Pompholyx of both hands, ongoing for well over 3 months.\n")
    (d,) = of(fs, "condition.duration_days")
    assert d.value == 90 and "exceeds" in d.flags and d.quote.startswith("well over")


def test_duration_of_disease_after_a_greater_than_sign() -> None:
    fs = run("Impression: dyshidrotic eczema; she has had > 4 mo of disease.\n")
    (d,) = of(fs, "condition.duration_days")
    assert d.value == 120 and "exceeds" in d.flags


def test_guess_in_parentheses_does_not_make_the_history_hypothetical() -> None:
    fs = run("Impression: Palmar dermatitis, onset ~6 wks ago - irritant vs allergic "
             "(nickel? fragrance?).\n")
    assert _vals(fs, "condition.duration_days") == {42}


def test_care_relationship_since_is_not_the_onset() -> None:
    # the date a patient joined the practice is not when the hand eczema began
    fs = run("HPI: 61F, known to our dermatology clinic since 2017 (psoriasis), now presenting "
             "with hand eczema and fissured palms.\n")
    assert _vals(fs, "condition.onset_date") == set()
    fs = run("HPI: 58M, under my care for several years, seen today for CHE of both hands.\n")
    assert _vals(fs, "condition.duration_days") == set()


def test_condition_since_after_a_patient_phrase_is_still_the_onset() -> None:
    # a condition named between the relationship and "since" is the condition's own onset
    fs = run("HPI: My patient has had hand eczema since 2019, never clear.\n")
    assert _vals(fs, "condition.onset_date") == {dt.date(2019, 12, 31)}


def test_rating_verb_before_the_severity_word_is_the_prescribers_rating() -> None:
    fs = run("Impression: dyshidrotic eczema of the palms. We would rate her disease as "
             "moderate at this visit.\n")
    assert _vals(fs, "severity.stated") == {"moderate"}
    fs = run("A/P: hand dermatitis, I consider this severe, start Anzupgo.\n")
    assert _vals(fs, "severity.stated") == {"severe"}
    # still an exam finding after the verb: not a rating
    fs = run("Exam: I would describe it as mild erythema of the fingers.\n")
    assert _vals(fs, "severity.stated") == set()


def test_scores_spelled_out_in_dictation() -> None:
    fs = run("Assessment: hand eczema, IGA CHE score is three; HECSI twenty-six today.\n")
    assert _vals(fs, "severity.iga_che") == {3}
    assert _vals(fs, "severity.hecsi") == {26.0}
