"""Where a form and the chart conflict, the documented clinical fact decides (facts.py)."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Alignment, Finding
from rules.engine import evaluate, load_policy

AS_OF = dt.date(2026, 11, 28)


def finding(i: int, field: str, value, group: str | None, kind: str | None = None) -> Finding:
    """A grounded finding of a document of ``kind`` (``source_kind``)."""
    return Finding(id=f"f{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact, source_kind=kind)


def statuses(findings: list[Finding], as_of: dt.date = AS_OF) -> dict[str, str]:
    """Criterion id -> status under IP0759 as of ``as_of``."""
    d = evaluate(load_policy("IP0759"), findings, as_of)
    return {c.id: c.status.value for c in d.criteria}


def test_unnamed_form_response_kept_when_note_is_silent_but_days_overridden():
    fs = [
        finding(1, "therapy.drug", "topical corticosteroid", "therapy-1", "pa_form"),
        finding(2, "therapy.duration_days", 28, "therapy-1", "pa_form"),
        finding(3, "therapy.response", "inadequate", "therapy-1", "pa_form"),
        finding(4, "therapy.drug", "clobetasol", "therapy-2", "progress_note"),
        finding(5, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        finding(6, "therapy.duration_days", 14, "therapy-2", "progress_note"),
    ]
    got = statuses(fs)
    assert got["1.D.ii"] == "not_met" and got["1.D.iii"] == "met"


def test_prn_in_note_contradicts_a_claimed_daily_course():
    fs = [
        finding(1, "therapy.drug", "clobetasol", "therapy-1", "attestation"),
        finding(2, "therapy.duration_days", 42, "therapy-1", "attestation"),
        finding(3, "therapy.drug", "clobetasol", "therapy-2", "progress_note"),
        finding(4, "therapy.prn", True, "therapy-2", "progress_note"),
    ]
    assert statuses(fs)["1.D.ii"] == "not_met"


def test_unknown_kind_ranks_as_clinical_and_agreeing_sources_stay():
    fs = [
        finding(1, "therapy.drug", "clobetasol", "therapy-1", "pa_form"),
        finding(2, "therapy.duration_days", 42, "therapy-1", "pa_form"),
        finding(3, "therapy.drug", "clobetasol", "therapy-2", None),
        finding(4, "therapy.duration_days", 42, "therapy-2", None),
        finding(5, "medication.name", "methotrexate", "medication-1", "pa_form"),
        finding(6, "medication.status", "active", "medication-1", "pa_form"),
        finding(7, "medication.name", "methotrexate", "medication-2", None),
        finding(8, "medication.status", "active", "medication-2", None),
    ]
    got = statuses(fs)
    assert got["1.D.ii"] == "met" and got["NC.2"] == "not_met"


def test_unnamed_letter_claim_refers_to_named_low_potency_courses():
    fs = [
        finding(1, "therapy.drug", "topical corticosteroid", "therapy-1", "cover_letter"),
        finding(2, "therapy.duration_days", 730, "therapy-1", "cover_letter"),
        finding(3, "therapy.response", "inadequate", "therapy-1", "cover_letter"),
        finding(4, "therapy.drug", "alclometasone", "therapy-2", "progress_note"),
        finding(5, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        finding(6, "therapy.duration_days", 60, "therapy-2", "progress_note"),
    ]
    got = statuses(fs)
    assert got["1.D.i"] == "not_met" and got["1.D.ii"] == "not_met"


def test_older_active_entry_with_the_stopped_course_start_is_that_course():
    # an older list's "since 03/2025 ... Active" and a later row "03/2025 - 10/01/2026"
    # stopped: the same course, since stopped; a restart after the stop stays active
    start = dt.date(2025, 3, 1)
    fs = [
        finding(1, "medication.name", "baricitinib", "medication-1", "progress_note"),
        finding(2, "medication.status", "active", "medication-1", "progress_note"),
        finding(3, "medication.start_date", start, "medication-1", "progress_note"),
        finding(4, "medication.name", "baricitinib", "medication-2", "progress_note"),
        finding(5, "medication.start_date", start, "medication-2", "progress_note"),
        finding(6, "medication.stop_date", dt.date(2026, 10, 1), "medication-2", "progress_note"),
    ]
    assert statuses(fs)["NC.1"] == "met"
    fs += [
        finding(7, "medication.name", "baricitinib", "medication-3", "progress_note"),
        finding(8, "medication.status", "active", "medication-3", "progress_note"),
        finding(9, "medication.start_date", dt.date(2026, 11, 1), "medication-3", "progress_note"),
    ]
    assert statuses(fs)["NC.1"] == "not_met"


def test_calcineurin_inhibitor_class_named_alone_is_no_steroid():
    # "failed TCIs": tacrolimus/pimecrolimus, never a corticosteroid of unknown potency
    fs = [
        finding(1, "therapy.drug", "TCIs", "therapy-1", "progress_note"),
        finding(2, "therapy.response", "inadequate", "therapy-1", "progress_note"),
    ]
    got = statuses(fs)
    assert got["1.D.i"] == "not_met" and got["1.D.iii"] == "not_met"


def test_patient_questionnaire_claim_yields_to_the_clinician_course():
    # a patient's intake answer ("daily for months") against the clinician's fill-history
    # course of the same drug: the clinical fact decides
    fs = [
        finding(1, "therapy.drug", "halobetasol", "therapy-1", "patient_questionnaire"),
        finding(2, "therapy.duration_days", 90, "therapy-1", "patient_questionnaire"),
        finding(3, "therapy.response", "inadequate", "therapy-1", "patient_questionnaire"),
        finding(4, "therapy.drug", "halobetasol", "therapy-2", "progress_note"),
        finding(5, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        finding(6, "therapy.duration_days", 12, "therapy-2", "progress_note"),
    ]
    got = statuses(fs)
    assert got["1.D.ii"] == "not_met" and got["1.D.iii"] == "met"


def test_a_rating_placed_at_an_earlier_visit_yields_to_the_current_one():
    past = Finding(id="f1", field="severity.iga_che", value=4, quote="IGA-CHE 4",
                   alignment=Alignment.exact, context=["historical"])
    now = Finding(id="f2", field="severity.iga_che", value=2, quote="IGA-CHE 2",
                  alignment=Alignment.exact)
    assert statuses([past, now])["1.C"] == "not_met"
    assert statuses([past])["1.C"] == "met"  # the only rating there is still counts
