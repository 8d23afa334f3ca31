"""Phrasing families the offline extractor must read on charts by unseen authors.

Snippets are written for these tests (not copied from eval cases)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_offline import groups, of, run

from extract.align import supports
from extract.dates import find_dates, find_durations

HDR = "Valley Skin Clinic\nPatient: Test Person DOB: 02/03/1979 Date of service: 11/20/2026\n"


def cond(text: str, field: str):
    fs = of(run(HDR + text), field)
    for f in fs:
        assert supports(f.value, f.quote, f.field), (f.value, f.quote)
    return [f.value for f in fs]


@pytest.mark.parametrize("text,days", [
    ("HPI: hand eczema for a year and a half.", 548),
    ("HPI: hand dermatitis x 1.5 yrs.", 548),
    ("HPI: hand eczema for 8/52.", 56),
    ("HPI: hand eczema on and off for years.", 730),
    ("HPI: she has had hand dermatitis since childhood.", 1825),
    ("HPI: hand eczema for several years, worse at work.", 730),
])
def test_condition_duration_families(text, days):
    assert days in cond(text, "condition.duration_days")


@pytest.mark.parametrize("text,date", [
    ("HPI: hand eczema since Sept '25.", dt.date(2025, 9, 1)),
    ("HPI: hand eczema since last winter.", dt.date(2026, 1, 1)),
    ("HPI: hand eczema since last summer.", dt.date(2026, 6, 1)),
    ("HPI: hand eczema 06/2024 - present.", dt.date(2024, 6, 1)),
])
def test_condition_onset_families(text, date):
    assert date in cond(text, "condition.onset_date")


def test_drug_history_is_not_the_condition_duration():
    assert 730 not in cond("HPI: used clobetasol for years for her hand eczema.",
                           "condition.duration_days")


def test_dated_flare_list():
    got = cond("HPI: hand eczema; recurrent flares: 02/2026, 06/2026 and 10/2026.",
               "condition.flare_date")
    assert got == [dt.date(2026, 2, 1), dt.date(2026, 6, 1), dt.date(2026, 10, 1)]


def test_first_episode_supports_zero_recurrences():
    assert supports(0, "never had a rash on her hands before", "condition.recurrences_12mo")


def test_fraction_durations_need_weeks_or_a_cue():
    assert [d.days for d in find_durations("x 6/12")] == [180]
    assert find_durations("seen 6/12") == []
    assert find_dates("since Mar '24")[0].date == dt.date(2024, 3, 1)


def response(text: str):
    gs = groups(run(HDR + "HPI: " + text), "therapy")
    return [g["response"].value for g in gs.values() if "response" in g]


@pytest.mark.parametrize("text,value", [
    ("Clobetasol 0.05% ointment BID x 6 weeks; it worked.", "adequate"),
    ("Fluocinonide 0.05% cream daily for 5 weeks, which controlled the eczema.", "adequate"),
    ("Mometasone 0.1% ointment nightly x 28 d; relapsed on stopping.", "inadequate"),
    ("Betamethasone dipropionate 0.05% oint BID x 6 wks: good response but flared within a week of stopping.",
     "inadequate"),
    ("Triamcinolone 0.1% cream BID for 4 weeks with only transient benefit.", "inadequate"),
    ("Halobetasol 0.05% ointment BID for 6 weeks, no better.", "inadequate"),
    ("Desoximetasone 0.25% cream BID x 30 days, little change.", "inadequate"),
    ("Clobetasol 0.05% ointment BID for 6 weeks; it did not work.", "inadequate"),
])
def test_response_families(text, value):
    assert response(text) == [value]


def test_never_on_negates_immunosuppressants():
    fs = run(HDR + "HPI: Never on methotrexate, cyclosporine or a JAK inhibitor.")
    names = [f for f in fs if f.field == "medication.name" and f.value == "methotrexate"]
    assert names and all("negated" in f.context for f in names)
