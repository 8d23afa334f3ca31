"""Age, duration/recurrence, severity, specialty and concurrent-drug phrasings met in the
staging batches af-ah (each worded differently from the charts that showed them)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run

FM = "Riverbend Family Practice\nDr. Omar Haddad, DO, Family Medicine\n"


# ---------------------------------------------------------------- specialty (1.E)
def test_specialist_visit_that_never_happened_is_no_consult() -> None:
    for line in ("Mr. Diaz has never been evaluated by a dermatologist for this rash.",
                 "She has not been seen by an allergist about her hands.",
                 "He hasn't been referred to dermatology yet."):
        fs = run(FM + "HPI: Hand eczema for 2 years. " + line + "\n")
        assert not of(fs, "consultant.specialty"), line


def test_specialist_visit_that_happened_is_still_a_consult() -> None:
    fs = run(FM + "HPI: Hand eczema for 2 years. She was seen by a dermatologist in 2024.\n")
    assert [f.value for f in of(fs, "consultant.specialty")] == ["dermatology"]


# ---------------------------------------------------------------- severity (1.C)
def test_rating_of_another_body_site_is_not_the_hand_rating() -> None:
    fs = run("Assessment: His facial eczema is mild and controlled. Chronic hand eczema, "
             "severe.\n")
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}
    fs = run("Assessment: mild scalp dermatitis; hand eczema is moderate.\n")
    assert {f.value for f in of(fs, "severity.stated")} == {"moderate"}


def test_rating_after_the_diagnosis_and_its_hand_site() -> None:
    fs = run("IMPRESSION: Allergic contact dermatitis of both hands, severe.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]


# ---------------------------------------------------------------- concurrent drugs (NC)
def test_drug_said_to_be_a_relatives_after_it_is_named() -> None:
    for line in ("The Olumiant on the list is prescribed for his wife.",
                 "That methotrexate belongs to her mother.",
                 "The Xeljanz is my son Eli's medication."):
        fs = run("Medications reviewed. " + line + "\n")
        assert of(fs, "medication.name", usable=False), line
        assert not of(fs, "medication.name"), line


def test_drug_on_a_shared_household_record_is_the_relatives_named_elsewhere() -> None:
    a = "Note: a claims check flagged that Xeljanz appears on the household pharmacy account.\n"
    b = "Letter from the patient: The Xeljanz is prescribed for my father, who lives with us.\n"
    fs = run(a, b)
    assert of(fs, "medication.name", usable=False)
    assert not of(fs, "medication.name")
    # no relative named for it: the mention stays the patient's
    assert [f.value for f in of(run(a), "medication.name")] == ["Xeljanz"]


# ---------------------------------------------------------------- duration, recurrences (1.B)
def _onsets(fs):
    return [(f.value, "at_latest" in f.flags) for f in of(fs, "condition.onset_date")]


def test_onset_date_after_an_approximation_word() -> None:
    fs = run("HPI: Her palms began peeling after she took the bakery job, in approximately "
             "March 2024, and have not cleared.\n")
    assert _onsets(fs) == [(dt.date(2024, 3, 1), False)]


def test_since_an_event_wrapped_over_a_line() -> None:
    fs = run("HPI: 24 yo whose hands have cracked since she took up her\nnursing rotation in "
             "2020.\n")
    assert _onsets(fs) == [(dt.date(2020, 12, 31), True)]


def test_since_an_event_dated_in_parentheses_wrapped_over_a_line() -> None:
    fs = run("HPI: Dermatitis of both hands since her first year at the\nuniversity (2019), "
             "without a break.\n")
    assert _onsets(fs) == [(dt.date(2019, 12, 31), True)]


def test_onset_in_a_week_of_a_month_is_that_weeks_last_day() -> None:
    fs = run("HPI: Itchy blisters on her hands began in the second week of October 2025.\n")
    assert _onsets(fs) == [(dt.date(2025, 10, 14), False)]


def test_first_episode_phrasings() -> None:
    for line in ("He says he never had anything like this before.",
                 "Patient denies ever getting a rash on the hands (or feet) before."):
        fs = run("HPI: Red cracked hands for 6 weeks. " + line + "\n")
        assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0], line


def test_prose_line_naming_an_episode_is_no_episode_table_header() -> None:
    text = ("HPI: Not sure if this is the same eruption as a possible earlier episode in 2018, "
            "cleared; no records of it.\nOn 02/02/2026 she began mometasone; used it through "
            "03/01/2026.\nFrom 03/02/2026 she used only emollients.\n")
    fs = run(text)
    assert not of(fs, "condition.flare_date")
    assert dt.date(2026, 2, 2) not in {f.value for f in of(fs, "condition.onset_date")}


def test_relatives_possessive_about_something_else_keeps_the_drug() -> None:
    fs = run("Rinvoq was her mother's suggestion.\n")
    assert [f.value for f in of(fs, "medication.name")] == ["Rinvoq"]


def test_signature_specialty_line_with_a_dash_before_the_npi() -> None:
    text = ("Lindgren Skin & Laser\nNew patient visit 03/02/2026\nHPI: hand eczema for 2 years. "
            "Never evaluated by a skin specialist before.\n\nNora Lindgren, DO\n"
            "Board Certified Dermatologist - NPI 1234567890\n")
    assert [f.value for f in of(run(text), "prescriber.specialty")] == ["dermatology"]


def test_criterion_restated_as_its_two_alternatives_is_no_history() -> None:
    for line in ("Criterion | Answer\nChronic hand dermatitis >= 3 months or recurred at least "
                 "twice in a year | see notes\n",
                 "Eligibility: hand eczema present longer than three months or relapsing at least "
                 "twice a year.\n"):
        fs = run(line)
        assert not of(fs, "condition.duration_days"), line
        assert not of(fs, "condition.recurrences_12mo"), line
    fs = run("HPI: Hand eczema for more than 3 months, never clear.\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [90]


def test_vague_years_of_an_on_and_off_pattern_are_no_continuous_duration() -> None:
    fs = run("HPI: He says the cracking on his hands is off and on for many years - it comes and "
             "goes.\n")
    assert 730 not in {f.value for f in of(fs, "condition.duration_days")}
    fs = run("HPI: Hand eczema for several years, never clear.\n")
    assert 730 in {f.value for f in of(fs, "condition.duration_days")}
