"""TCS course fragments: PRN use and form claims when fragments are joined (facts.py)."""

from __future__ import annotations

import datetime as dt

from rules.engine import load_policy
from tests.rules.test_clinical_decides import finding, statuses

AS_OF = dt.date(2026, 5, 4)


def test_bare_mention_joins_the_prn_course_of_its_drug():
    # "fluocinonide cream PRN" on the list; the assessment: "failed fluocinonide". The
    # bare mention is no separate course of unknown length: the drug was used as needed.
    fs = [
        finding(1, "therapy.drug", "fluocinonide", "therapy-1", "progress_note"),
        finding(2, "therapy.strength", "0.05%", "therapy-1", "progress_note"),
        finding(3, "therapy.prn", True, "therapy-1", "progress_note"),
        finding(4, "therapy.drug", "fluocinonide", "therapy-2", "progress_note"),
        finding(5, "therapy.response", "inadequate", "therapy-2", "progress_note"),
        finding(6, "therapy.frequency", "BID", "therapy-2", "progress_note"),
    ]
    got = statuses(fs, AS_OF)
    assert got["1.D.ii"] == "not_met" and got["1.D.iii"] == "met"


def test_daily_course_of_stated_length_is_not_merged_into_later_prn_use():
    fs = [
        finding(1, "therapy.drug", "mometasone", "therapy-1", "progress_note"),
        finding(2, "therapy.duration_days", 35, "therapy-1", "progress_note"),
        finding(3, "therapy.drug", "mometasone", "therapy-2", "progress_note"),
        finding(4, "therapy.prn", True, "therapy-2", "progress_note"),
    ]
    assert statuses(fs, AS_OF)["1.D.ii"] == "met"


def test_form_claim_is_not_absorbed_by_a_bare_clinical_mention():
    # form: "halobetasol ointment BID x 10 weeks"; the note: a bare "halobetasol oint BID"
    # mention and a course "x 3 wks only". The bare mention must not make the form's claim
    # clinical, so the note's 21 days decide.
    fs = [
        finding(1, "therapy.drug", "halobetasol", "therapy-1", "pa_form"),
        finding(2, "therapy.duration_days", 70, "therapy-1", "pa_form"),
        finding(3, "therapy.drug", "halobetasol", "therapy-2", "progress_note"),
        finding(4, "therapy.frequency", "BID", "therapy-2", "progress_note"),
        finding(5, "therapy.drug", "halobetasol", "therapy-3", "progress_note"),
        finding(6, "therapy.duration_days", 21, "therapy-3", "progress_note"),
    ]
    assert statuses(fs, AS_OF)["1.D.ii"] == "not_met"


def test_maintenance_course_shares_the_drugs_adequate_response():
    # "mometasone BID x 5 wks" (no response said with it); "now 2 days/week mometasone,
    # stays clear": the drug worked, so 1.D.iii is not met rather than unknown.
    fs = [
        finding(1, "therapy.drug", "mometasone", "therapy-1", "progress_note"),
        finding(2, "therapy.duration_days", 35, "therapy-1", "progress_note"),
        finding(3, "therapy.drug", "mometasone", "therapy-2", "progress_note"),
        finding(4, "therapy.prn", True, "therapy-2", "progress_note"),
        finding(5, "therapy.response", "adequate", "therapy-2", "progress_note"),
    ]
    got = statuses(fs, AS_OF)
    assert got["1.D.ii"] == "met" and got["1.D.iii"] == "not_met"


def test_inadequate_prn_response_is_not_shared():
    fs = [
        finding(1, "therapy.drug", "mometasone", "therapy-1", "progress_note"),
        finding(2, "therapy.duration_days", 35, "therapy-1", "progress_note"),
        finding(3, "therapy.drug", "mometasone", "therapy-2", "progress_note"),
        finding(4, "therapy.prn", True, "therapy-2", "progress_note"),
        finding(5, "therapy.response", "inadequate", "therapy-2", "progress_note"),
    ]
    from rules.engine import _context
    from rules.facts import build_facts
    items = build_facts(fs, _context(load_policy("IP0759"), AS_OF))["therapies"].value
    daily = [it for it in items if it.attrs["days"] == 35]
    assert daily and daily[0].attrs["response"] is None


def test_long_time_on_a_drug_the_chart_documents_as_prn_is_prn_use():
    # the consultant: "on betamethasone ointment for about two years"; the prescriber's own
    # notes: "betamethasone 0.05% oint BID prn flares", "a few days at a time"
    fs = [
        finding(1, "therapy.drug", "betamethasone dipropionate", "therapy-1", "consult_note"),
        finding(2, "therapy.vehicle", "ointment", "therapy-1", "consult_note"),
        finding(3, "therapy.duration_days", 730, "therapy-1", "consult_note"),
        finding(4, "therapy.response", "inadequate", "therapy-1", "consult_note"),
        finding(5, "therapy.drug", "betamethasone dipropionate", "therapy-2", "progress_note"),
        finding(6, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        finding(7, "therapy.frequency", "BID", "therapy-2", "progress_note"),
        finding(8, "therapy.prn", True, "therapy-2", "progress_note"),
    ]
    assert statuses(fs, AS_OF)["1.D.ii"] == "not_met"


def test_long_time_on_a_drug_with_a_daily_sig_elsewhere_stays_a_course():
    fs = [
        finding(1, "therapy.drug", "betamethasone dipropionate", "therapy-1", "consult_note"),
        finding(2, "therapy.duration_days", 120, "therapy-1", "consult_note"),
        finding(3, "therapy.drug", "betamethasone dipropionate", "therapy-2", "progress_note"),
        finding(4, "therapy.prn", True, "therapy-2", "progress_note"),
        finding(5, "therapy.drug", "betamethasone dipropionate", "therapy-3", "progress_note"),
        finding(6, "therapy.frequency", "twice daily", "therapy-3", "progress_note"),
    ]
    assert statuses(fs, AS_OF)["1.D.ii"] == "met"


def test_unnamed_cream_when_every_named_cream_is_low_potency():
    # an earlier note: "steroid cream x 10 weeks, failed"; a later letter names the creams:
    # alclometasone 0.05% cream and hydrocortisone 2.5% cream, both low potency
    fs = [
        finding(1, "therapy.drug", "steroid cream", "therapy-1", "progress_note"),
        finding(2, "therapy.duration_days", 70, "therapy-1", "progress_note"),
        finding(3, "therapy.response", "inadequate", "therapy-1", "progress_note"),
        finding(4, "therapy.drug", "alclometasone", "therapy-2"),
        finding(5, "therapy.strength", "0.05%", "therapy-2"),
        finding(6, "therapy.vehicle", "cream", "therapy-2"),
        finding(7, "therapy.drug", "hydrocortisone", "therapy-3"),
        finding(8, "therapy.strength", "2.5%", "therapy-3"),
        finding(9, "therapy.vehicle", "cream", "therapy-3"),
    ]
    got = statuses(fs, AS_OF)
    assert got["1.D.i"] == "not_met" and got["1.D.ii"] == "not_met"


def test_unnamed_ointment_beside_low_potency_creams_stays_unknown():
    fs = [
        finding(1, "therapy.drug", "steroid ointment", "therapy-1", "progress_note"),
        finding(2, "therapy.duration_days", 70, "therapy-1", "progress_note"),
        finding(4, "therapy.drug", "desonide", "therapy-2"),
        finding(5, "therapy.vehicle", "cream", "therapy-2"),
    ]
    assert statuses(fs, AS_OF)["1.D.i"] == "unknown"
