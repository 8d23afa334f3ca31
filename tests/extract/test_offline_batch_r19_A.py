"""A first episode's dated onset, seasons without a year, and a staff form's specialty for a
prescriber the notes name otherwise (batch r19, helper A)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def test_first_episode_named_before_its_onset_dates_the_onset() -> None:
    fs = run("Clinic visit 09/10/2026\nInitial outbreak of palm eczema: onset early "
             "August 2026, after a new cleaning job.\n")
    assert [f.value.month for f in of(fs, "condition.onset_date")] == [8]


def test_a_later_flare_named_before_onset_still_dates_no_onset() -> None:
    fs = run("Clinic visit 09/10/2026\nThird flare of palm eczema: onset August 2026.\n")
    assert not of(fs, "condition.onset_date")


def test_season_without_a_year_yields_to_a_dated_onset_inside_it() -> None:
    letter = ("September 12, 2026\n\nDear Colleague,\n\nMy patient has chronic hand eczema "
              "that has been present since summer and is now severe.\n\nPriya Raman, MD\n")
    note = ("Dermatology visit 09/10/2026\nProvider: Priya Raman, MD (Dermatology)\n"
            "First episode of hand eczema: onset early August 2026. No earlier "
            "history of hand rash.\n")
    got = decide(letter, note, as_of=dt.date(2026, 9, 14))
    assert got["1.B"] == "not_met"


def test_season_without_a_year_alone_cannot_settle_three_months() -> None:
    letter = ("September 12, 2026\n\nDear Colleague,\n\nMy patient has hand eczema that has "
              "been present since summer and is now severe.\n\nPriya Raman, MD\n")
    got = decide(letter, as_of=dt.date(2026, 9, 14))
    assert got["1.B"] != "met"


def test_staff_form_specialty_for_the_same_prescriber_is_no_second_specialist() -> None:
    note = ("Office visit 03/02/2026\nProvider: Harold Pennington, MD - Internal Medicine\n"
            "Chronic hand eczema for 2 years. IGA-CHE 4 (severe).\nPlan: start Anzupgo. "
            "Dermatology referral declined by patient.\nHarold Pennington, MD\n")
    form = ("PRIOR AUTHORIZATION REQUEST FORM\nDate submitted: 03/04/2026\n"
            "Prescriber: Harold Pennington, MD\nPrescriber specialty: Dermatology\n"
            "Medication: Anzupgo 2% cream\n")
    got = decide(note, form, as_of=dt.date(2026, 3, 5))
    assert got["1.E"] != "met"
