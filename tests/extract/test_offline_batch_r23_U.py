"""Round 23, helper U: a letter's or hub worksheet's claimed TCS course must stay an
administrative claim, so that the clinical documents can contradict it."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Alignment, Finding
from extract import doc_kinds
from rules.engine import evaluate, load_policy


def _statuses(findings: list[Finding]) -> dict[str, str]:
    d = evaluate(load_policy("IP0759"), findings, dt.date(2026, 6, 1))
    return {c.id: c.status.value for c in d.criteria}


def _f(i: int, field: str, value, group: str | None, kind: str | None) -> Finding:
    return Finding(id=f"f{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact, source_kind=kind)


def test_letter_saluting_the_payer_reviewer_with_to_is_administrative():
    text = ("Northside Dermatology Group\nDate: 05/02/2026\nRe: J. Okafor\n"
            "To the Aetna medical reviewer:\n"
            "My patient failed triamcinolone 0.1% cream used daily for ten weeks.\n"
            "I ask that you approve the cream.")
    assert doc_kinds.page_kind(text) == "lmn"
    assert doc_kinds.kind_class(doc_kinds.page_kind(text)) == "administrative"


def test_a_note_addressing_no_reviewer_is_not_a_letter():
    text = ("Progress note 05/02/2026\nHand eczema, using triamcinolone daily.\n"
            "Exam: fissures. Plan: continue.")
    assert doc_kinds.page_kind(text) != "lmn"


def test_patient_access_hub_worksheet_is_administrative():
    text = ("ACME PHARMACY SERVICES - PATIENT ACCESS HUB - ENROLLMENT\n"
            "Patient ...... DOE, JANE\n"
            "Steroid tried ...... betamethasone 0.05% cream\n"
            "Used daily 4 weeks or more ...... Y\n")
    assert doc_kinds.kind_class(doc_kinds.page_kind(text)) == "administrative"


def test_plan_strength_filled_into_a_letters_course_keeps_the_claim_administrative():
    # the letter claims ten weeks of fluocinonide; the note's plan supplied the strength to
    # the letter's course; the clinical note records about two weeks of use
    fs = [
        _f(1, "therapy.drug", "fluocinonide", "therapy-1", "lmn"),
        _f(2, "therapy.duration_days", 70, "therapy-1", "lmn"),
        _f(3, "therapy.response", "inadequate", "therapy-1", "lmn"),
        _f(4, "therapy.strength", "0.05%", "therapy-1", "progress_note"),
        _f(5, "therapy.drug", "fluocinonide", "therapy-2", "progress_note"),
        _f(6, "therapy.strength", "0.05%", "therapy-2", "progress_note"),
        _f(7, "therapy.duration_days", 15, "therapy-2", "progress_note"),
        _f(8, "therapy.response", "inadequate", "therapy-2", "progress_note"),
    ]
    assert _statuses(fs)["1.D.ii"] == "not_met"
