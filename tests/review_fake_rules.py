"""A tiny deterministic stand-in for the rules engine, so storage tests run in isolation.

It follows the same contract as ``chartreview.pipeline.recompute``: only ``Finding.usable``
findings count, approve iff all criteria met, deny iff any not met, else needs_info.
"""

from __future__ import annotations

import datetime as dt

from chartreview.models import (
    Approval,
    CriterionResult,
    Decision,
    DecisionKind,
    ExtractorKind,
    Finding,
    Status,
)


def _age(findings: list[Finding]) -> CriterionResult:
    ages = [f for f in findings if f.usable and f.field == "patient.age"]
    if not ages:
        return CriterionResult(id="A", text="Patient is >= 18 years of age", status=Status.unknown,
                               reason="no age documented", missing="the patient's date of birth")
    f = ages[-1]
    ok = int(f.value) >= 18
    return CriterionResult(id="A", text="Patient is >= 18 years of age",
                           status=Status.met if ok else Status.not_met,
                           reason=f"age {f.value}", findings=[f.id])


def _severity(findings: list[Finding]) -> CriterionResult:
    sev = [f for f in findings if f.usable and f.field == "severity.stated"]
    text = "Moderate to severe per prescriber"
    if not sev:
        return CriterionResult(id="C", text=text, status=Status.unknown,
                               reason="no severity documented",
                               missing="the prescriber's severity rating")
    f = sev[-1]
    ok = f.value in ("moderate", "severe")
    return CriterionResult(id="C", text=text, status=Status.met if ok else Status.not_met,
                           reason=f"severity {f.value}", findings=[f.id])


def recompute(findings, *, policy="TOY", as_of, extractor="offline", warnings=()) -> Decision:
    """Decide over ``findings`` with two toy criteria."""
    findings = list(findings)
    crit = [_age(findings), _severity(findings)]
    statuses = {c.status for c in crit}
    if Status.not_met in statuses:
        kind = DecisionKind.deny
    elif Status.unknown in statuses:
        kind = DecisionKind.needs_info
    else:
        kind = DecisionKind.approve
    approval = None
    if kind == DecisionKind.approve:
        approval = Approval(days=120, start=as_of, end=as_of + dt.timedelta(days=119))
    return Decision(
        policy=policy, policy_revision="rev-toy", decision=kind, approval=approval,
        criteria=crit, findings=findings,
        missing=[c.missing for c in crit if c.status == Status.unknown and c.missing],
        extractor=ExtractorKind(extractor), warnings=list(warnings), as_of=as_of,
    )


def initial_findings() -> list[Finding]:
    """Age 45 (aligned), severity 'mild' (aligned, wrong), a negated 'severe'."""
    return [
        Finding(id="f1", field="patient.age", value=45, quote="45 y/o", file="note.pdf", page=1,
                alignment="exact", bbox=[72, 72, 110, 84]),
        Finding(id="f2", field="severity.stated", value="mild", quote="mild hand eczema",
                file="note.pdf", page=1, alignment="exact"),
        Finding(id="f3", field="severity.stated", value="severe", quote="not severe",
                file="note.pdf", page=1, alignment="exact", context=["negated"]),
    ]


def initial_decision(as_of: dt.date = dt.date(2026, 11, 20)) -> Decision:
    """The decision the extractor's findings give: deny (mild severity)."""
    return recompute(initial_findings(), as_of=as_of, warnings=("page 2 was OCR'd",))
