"""Batch r25, helper F: departed clinicians named with an aside, care dated for the condition,
a bare "since" sentence, a restarted drug's date, a first episode naming the condition."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def test_departed_clinician_with_bracketed_aside_is_historical() -> None:
    old = ("Okonkwo Skin Clinic\nBeatrix Okonkwo, MD - Dermatology\n"
           "03/02/2020: dermatitis of both hands. Mometasone 0.1% ointment daily.\n")
    new = ("Riverside Family Practice\nProvider: Sam Ortiz, NP\n"
           "I took over her care once Dr. Okonkwo (dermatologist) moved away.\n"
           "Hand dermatitis since 2019.\n")
    fs = run(old, new)
    specs = [f for f in of(fs, "prescriber.specialty") if f.value == "dermatology"]
    assert specs and all("historical" in f.context for f in specs)


def test_care_relationship_dated_for_the_condition_dates_its_onset() -> None:
    fs = run("Seen in our clinic since 2022 for her hand dermatitis, with winter flares.\n")
    onsets = of(fs, "condition.onset_date")
    assert [f.value for f in onsets] == [dt.date(2022, 12, 31)]


def test_care_relationship_without_the_condition_still_dates_nothing() -> None:
    fs = run("Seen in our clinic since 2022 for diabetes care. Hand dermatitis noted today.\n")
    assert not of(fs, "condition.onset_date")


def test_bare_since_sentence_after_the_condition_is_its_onset() -> None:
    fs = run("Palmar dermatitis, moderate, IGA-CHE 3.\nSince 2021.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2021, 12, 31)]


def test_since_sentence_about_something_else_is_no_onset() -> None:
    fs = run("Palmar dermatitis, moderate, IGA-CHE 3.\nSince 2021 she works night shifts.\n")
    assert not of(fs, "condition.onset_date")


def test_restarted_drug_takes_the_restart_date_as_its_start() -> None:
    fs = run("Resumed azathioprine 100 mg daily on 02/03/2026 for her vasculitis.\n")
    assert [f.value for f in of(fs, "medication.start_date")] == [dt.date(2026, 2, 3)]


def test_denied_restart_gives_no_start_date() -> None:
    fs = run("Azathioprine stopped 2023; will not resume azathioprine on 02/03/2026 either.\n")
    assert not of(fs, "medication.start_date")


def test_first_episode_naming_the_condition_is_no_recurrence() -> None:
    fs = run("First hand dermatitis flare: June 2018. It clears and recurs every year.\n")
    assert not of(fs, "condition.flare_date")
