"""Where a form and the chart conflict, the documented clinical fact decides (facts.py)."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Alignment, Finding
from rules.engine import evaluate, load_policy

AS_OF = dt.date(2026, 11, 28)


def _f(i: int, field: str, value, group: str | None, kind: str | None) -> Finding:
    return Finding(id=f"f{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact, source_kind=kind)


def _status(findings: list[Finding]) -> dict[str, str]:
    d = evaluate(load_policy("IP0759"), findings, AS_OF)
    return {c.id: c.status.value for c in d.criteria}


def test_unnamed_form_response_kept_when_note_is_silent_but_days_overridden():
    fs = [
        _f(1, "therapy.drug", "topical corticosteroid", "therapy-1", "pa_form"),
        _f(2, "therapy.duration_days", 28, "therapy-1", "pa_form"),
        _f(3, "therapy.response", "inadequate", "therapy-1", "pa_form"),
        _f(4, "therapy.drug", "clobetasol", "therapy-2", "progress_note"),
        _f(5, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        _f(6, "therapy.duration_days", 14, "therapy-2", "progress_note"),
    ]
    got = _status(fs)
    assert got["1.D.ii"] == "not_met" and got["1.D.iii"] == "met"


def test_prn_in_note_contradicts_a_claimed_daily_course():
    fs = [
        _f(1, "therapy.drug", "clobetasol", "therapy-1", "attestation"),
        _f(2, "therapy.duration_days", 42, "therapy-1", "attestation"),
        _f(3, "therapy.drug", "clobetasol", "therapy-2", "progress_note"),
        _f(4, "therapy.prn", True, "therapy-2", "progress_note"),
    ]
    assert _status(fs)["1.D.ii"] == "not_met"


def test_unknown_kind_ranks_as_clinical_and_agreeing_sources_stay():
    fs = [
        _f(1, "therapy.drug", "clobetasol", "therapy-1", "pa_form"),
        _f(2, "therapy.duration_days", 42, "therapy-1", "pa_form"),
        _f(3, "therapy.drug", "clobetasol", "therapy-2", None),
        _f(4, "therapy.duration_days", 42, "therapy-2", None),
        _f(5, "medication.name", "methotrexate", "medication-1", "pa_form"),
        _f(6, "medication.status", "active", "medication-1", "pa_form"),
        _f(7, "medication.name", "methotrexate", "medication-2", None),
        _f(8, "medication.status", "active", "medication-2", None),
    ]
    got = _status(fs)
    assert got["1.D.ii"] == "met" and got["NC.2"] == "not_met"


def test_unnamed_letter_claim_refers_to_named_low_potency_courses():
    fs = [
        _f(1, "therapy.drug", "topical corticosteroid", "therapy-1", "cover_letter"),
        _f(2, "therapy.duration_days", 730, "therapy-1", "cover_letter"),
        _f(3, "therapy.response", "inadequate", "therapy-1", "cover_letter"),
        _f(4, "therapy.drug", "alclometasone", "therapy-2", "progress_note"),
        _f(5, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        _f(6, "therapy.duration_days", 60, "therapy-2", "progress_note"),
    ]
    got = _status(fs)
    assert got["1.D.i"] == "not_met" and got["1.D.ii"] == "not_met"
