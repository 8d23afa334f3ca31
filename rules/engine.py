"""The rules engine: a policy plus findings, as of a date, gives a ``Decision``.

Deterministic and offline: no LLM, no PDF reading, no UI (import-linter enforces it).
Three-valued (Kleene) logic throughout: a criterion whose facts are missing is ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from chartreview.errors import InvalidArgumentError
from chartreview.models import (
    Approval,
    CriterionResult,
    Decision,
    DecisionKind,
    Finding,
    Status,
)
from chartreview.vocab import load as load_vocab
from rules.facts import Fact, FactContext, Item, build_facts
from rules.policy import Criterion, Expr, Policy, Ref, list_policies, load_policy

__all__ = [
    "evaluate",
    "eval_facts",
    "decision_log_entry",
    "load_policy",
    "list_policies",
    "kleene_and",
    "kleene_or",
    "kleene_not",
]

Truth = bool | None  # None = unknown

_SYMBOLS = {"gte": ">=", "gt": ">", "lte": "<=", "lt": "<", "eq": "==", "ne": "!=", "in": "in"}


# --------------------------------------------------------------------------------------
# Kleene logic
# --------------------------------------------------------------------------------------
def kleene_and(values: Iterable[Truth]) -> Truth:
    """False if any is false, else unknown if any is unknown, else true."""
    vals = list(values)
    if any(v is False for v in vals):
        return False
    return None if any(v is None for v in vals) else True


def kleene_or(values: Iterable[Truth]) -> Truth:
    """True if any is true, else unknown if any is unknown, else false."""
    vals = list(values)
    if any(v is True for v in vals):
        return True
    return None if any(v is None for v in vals) else False


def kleene_not(value: Truth) -> Truth:
    """Negation; unknown stays unknown."""
    return None if value is None else not value


def _fmt(v: Truth) -> str:
    return {True: "true", False: "false", None: "unknown"}[v]


def _compare(op: str, left: Any, right: Any) -> Truth:
    if left is None:
        return None
    try:
        if op == "in":
            return left in right
        if op == "eq":
            return left == right
        if op == "ne":
            return left != right
        return {
            "gte": left >= right,
            "gt": left > right,
            "lte": left <= right,
            "lt": left < right,
        }[op]
    except TypeError:
        return None


# --------------------------------------------------------------------------------------
# Evaluation of one rule
# --------------------------------------------------------------------------------------
class _Evaluator:
    """Evaluates one criterion's expression, recording the trace, findings and witnesses."""

    def __init__(self, facts: dict[str, Fact]):
        self.facts = facts
        self.trace: list[str] = []
        self.used: list[str] = []
        self.witness: list[Item] = []

    def _use(self, ids: Iterable[str]) -> None:
        for i in ids:
            if i not in self.used:
                self.used.append(i)

    def _line(self, depth: int, text: str) -> int:
        self.trace.append("  " * depth + text)
        return len(self.trace) - 1

    def value(self, ref: Ref, item: Item | None) -> tuple[Any, str]:
        if ref.is_item:
            v = item.attrs.get(ref.name[5:]) if item else None
            return v, "unknown" if v is None else str(v)
        fact = self.facts[ref.name]
        self._use(fact.findings)
        return fact.value, fact.display

    def run(self, e: Expr, item: Item | None = None, depth: int = 0) -> Truth:
        if e.op in ("all", "any"):
            at = self._line(depth, e.op)
            vals = [self.run(a, item, depth + 1) for a in e.args]
            out = kleene_and(vals) if e.op == "all" else kleene_or(vals)
            self.trace[at] += f": {_fmt(out)}"
            return out
        if e.op == "not":
            at = self._line(depth, "not")
            out = kleene_not(self.run(e.args[0], item, depth + 1))
            self.trace[at] += f": {_fmt(out)}"
            return out
        if e.op == "exists":
            v, shown = self.value(e.args[0], item)
            out = v is not None
            self._line(depth, f"exists {e.args[0]} [{shown}]: {_fmt(out)}")
            return out
        if e.op in ("some", "none"):
            return self.quantify(e, item, depth)
        ref, lit = e.args
        v, shown = self.value(ref, item)
        out = _compare(e.op, v, list(lit) if isinstance(lit, tuple) else lit)
        lit_s = "[" + ", ".join(map(str, lit)) + "]" if isinstance(lit, tuple) else str(lit)
        self._line(depth, f"{ref} {_SYMBOLS[e.op]} {lit_s} [{shown}]: {_fmt(out)}")
        return out

    def quantify(self, e: Expr, item: Item | None, depth: int) -> Truth:
        name = e.args[0].name
        fact = self.facts[name]
        at = self._line(depth, f"{e.op} {name}")
        if fact.value is None:
            self.trace[at] += f" [{fact.display}]: unknown"
            self._use(fact.findings)
            return None
        results: list[tuple[Item, Truth]] = []
        for it in fact.value:
            self._line(depth + 1, f"item {it.label}")
            w = self.run(e.where, it, depth + 2) if e.where else True
            if w is False:
                continue  # `where` drops only the items it rules out
            t = self.run(e.test, it, depth + 2) if e.test else True
            results.append((it, t))
        found = kleene_or(t for _, t in results) if results else (
            e.empty if e.op == "some" else kleene_not(e.empty)
        )
        if found is True:
            witness = [it for it, t in results if t is True]
        elif found is None:
            witness = [it for it, t in results if t is None]
        else:
            witness = [it for it, _ in results]
        self.witness = witness
        self._use(i for it in witness for i in it.findings)
        out = found if e.op == "some" else kleene_not(found)
        self.trace[at] += f" ({len(results)} selected of {len(fact.value)}): {_fmt(out)}"
        return out


class _Template(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _reason(criterion: Criterion, status: Status, facts: dict[str, Fact], ev: _Evaluator) -> str:
    values = _Template({name: f.display for name, f in facts.items()})
    values["witness"] = "; ".join(it.label for it in ev.witness) or "none"
    template = getattr(criterion.spec.reasons, status.value)
    return template.format_map(values)


def _judge(criterion: Criterion, facts: dict[str, Fact]) -> CriterionResult:
    ev = _Evaluator(facts)
    truth = ev.run(criterion.expr)
    status = {True: Status.met, False: Status.not_met, None: Status.unknown}[truth]
    if status == Status.unknown and criterion.spec.never_unknown:
        status = Status.met
        ev.trace.append("never_unknown: nothing documented shows otherwise, so met")
    return CriterionResult(
        id=criterion.id,
        text=criterion.spec.text,
        status=status,
        reason=_reason(criterion, status, facts, ev),
        findings=ev.used,
        trace=ev.trace,
        missing=criterion.spec.missing if status == Status.unknown else None,
    )


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------
def _with_ids(findings: Iterable[Finding]) -> list[Finding]:
    out = list(findings)
    taken = {f.id for f in out if f.id}
    n = 0
    result = []
    for f in out:
        if not f.id:
            n += 1
            while f"f{n}" in taken:
                n += 1
            taken.add(f"f{n}")
            f = f.model_copy(update={"id": f"f{n}"})
        result.append(f)
    return result


def _as_date(as_of: dt.date | str) -> dt.date:
    if isinstance(as_of, dt.datetime):
        return as_of.date()
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return dt.date.fromisoformat(str(as_of))
    except ValueError:
        raise InvalidArgumentError(f"as_of must be a date YYYY-MM-DD, got {as_of!r}") from None


def evaluate(
    policy: Policy | str, findings: Iterable[Finding], as_of: dt.date | str
) -> Decision:
    """Judge every criterion of ``policy`` on the usable ``findings`` as of ``as_of``.

    approve iff all criteria are met, deny iff any is not met, else needs_info.
    """
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    day = _as_date(as_of)
    all_findings = _with_ids(findings)
    warnings: list[str] = []
    facts = build_facts(all_findings, _context(pol, day), warnings)
    results = [_judge(c, facts) for c in pol.criteria]
    statuses = {r.status for r in results}
    if statuses == {Status.met}:
        kind = DecisionKind.approve
    elif Status.not_met in statuses:
        kind = DecisionKind.deny
    else:
        kind = DecisionKind.needs_info
    approval = None
    if kind == DecisionKind.approve:
        days = pol.approval_days
        approval = Approval(days=days, start=day, end=day + dt.timedelta(days=days - 1))
    return Decision(
        policy=pol.id,
        policy_revision=pol.revision,
        decision=kind,
        approval=approval,
        criteria=results,
        findings=all_findings,
        missing=[r.missing for r in results if r.status == Status.unknown and r.missing],
        warnings=warnings,
        as_of=day,
    )


def _context(pol: Policy, day: dt.date) -> FactContext:
    return FactContext(
        as_of=day,
        requested_drug=pol.data.requested_drug,
        severity_scales=pol.data.severity_scales,
        prn_terms=pol.data.prn_terms,
        thresholds=pol.thresholds(),
    )


def eval_facts(
    policy: Policy | str, findings: Iterable[Finding], as_of: dt.date | str
) -> dict[str, Any]:
    """The key facts in the eval label format (``facts`` of labels.jsonl), for field scoring.

    ``tcs_tried`` lists the topical corticosteroid courses (drug None for an unnamed one);
    ``concurrent_*`` the generic names of active, non-requested medications of that class.
    """
    pol = policy if isinstance(policy, Policy) else load_policy(policy)
    day = _as_date(as_of)
    facts = build_facts(_with_ids(findings), _context(pol, day))
    generic = vocab_generic_name()
    tcs = [
        {
            "drug": None if it.attrs["drug"] == generic else it.attrs["drug"],
            "strength": it.attrs["strength"],
            "potency": it.attrs["potency"],
            "consecutive_days": it.attrs["days"],
            "inadequate_response": (
                None if it.attrs["response"] is None else it.attrs["response"] == "inadequate"
            ),
        }
        for it in facts["therapies"].value or []
        if it.attrs["class"] == "tcs"
    ]

    def concurrent(klass: str) -> list[str]:
        return [
            m.attrs["name"] for m in facts["medications"].value
            if m.attrs["drug_class"] == klass and m.attrs["status"] == "active"
            and not m.attrs["is_requested"]
        ]

    return {
        "age": facts["age_years"].value,
        "severity": facts["severity"].value,
        "che_duration_months": facts["condition_duration_months"].value,
        "recurrences_12mo": facts["recurrences_12mo"].value,
        "prescriber_specialty": facts["prescriber_specialty"].value,
        "tcs_tried": tcs,
        "concurrent_jak": concurrent("jak"),
        "concurrent_immunosuppressants": concurrent("immunosuppressant"),
    }


def vocab_generic_name() -> str:
    """The canonical name the vocabulary gives an unnamed topical corticosteroid."""
    return load_vocab("tcs_potency")["generic_name"]


def findings_hash(findings: Iterable[Finding]) -> str:
    """SHA-256 of the findings' canonical JSON (the decision's input)."""
    data = [f.model_dump(mode="json") for f in findings]
    blob = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(blob).hexdigest()


def decision_log_entry(decision: Decision, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """An OPA-style decision-log record for the audit log. Holds no chart text."""
    stamp = (now or dt.datetime.now(dt.UTC)).isoformat()
    return {
        "policy": decision.policy,
        "policy_revision": decision.policy_revision,
        "input_hash": findings_hash(decision.findings),
        "as_of": decision.as_of.isoformat() if decision.as_of else None,
        "result": {
            "decision": decision.decision.value,
            "criteria": {c.id: c.status.value for c in decision.criteria},
            "approval": decision.approval.model_dump(mode="json") if decision.approval else None,
        },
        "findings_used": sorted({i for c in decision.criteria for i in c.findings}),
        "timestamp": stamp,
    }


def criterion_fields(policy: Policy | str) -> dict[str, list[str]]:
    """Per criterion id, the finding fields that bear on it (the policy file's ``fields``)."""
    pol = load_policy(policy) if isinstance(policy, str) else policy
    return {c.id: list(c.spec.fields) for c in pol.criteria}
