"""Runs every ``rules/policies/*.cases.yaml`` beside its policy, one test per case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from chartreview.models import Finding
from rules.engine import evaluate, load_policy

POLICY_DIR = Path(__file__).resolve().parents[2] / "rules" / "policies"
FINDING_KEYS = {"field", "value", "group", "context", "alignment", "extractor", "review", "quote",
                "file", "source_kind"}


def _cases():
    for path in sorted(POLICY_DIR.glob("*.cases.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["policy"], case, id=f"{data['policy']}:{case['name']}")


def _finding(raw: dict) -> Finding:
    unknown = set(raw) - FINDING_KEYS
    assert not unknown, f"unknown keys in case finding: {unknown}"
    value = raw.get("value")
    args = {"alignment": "exact", "quote": str(value), **raw}
    return Finding(**args)


CASES = list(_cases())


def test_every_criterion_has_met_not_met_and_unknown_cases():
    """Each criterion is exercised both ways, and non-NC criteria also as unknown."""
    names = [p.id for p in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    by_policy: dict[str, dict[str, set[str]]] = {}
    for p in CASES:
        policy_id, case = p.values
        seen = by_policy.setdefault(policy_id, {})
        for cid, status in case["expect"].items():
            seen.setdefault(cid, set()).add(status)
    for policy_id, seen in by_policy.items():
        policy = load_policy(policy_id)
        for c in policy.criteria:
            want = {"met", "not_met"} if c.spec.never_unknown else {"met", "not_met", "unknown"}
            assert want <= seen.get(c.id, set()), f"{policy_id} {c.id} lacks cases: {want}"


@pytest.mark.parametrize(("policy_id", "case"), CASES)
def test_case(policy_id: str, case: dict):
    policy = load_policy(policy_id)
    findings = [_finding(f) for f in case["findings"]]
    as_of = case["as_of"]
    assert isinstance(as_of, dt.date)
    decision = evaluate(policy, findings, as_of)
    got = {c.id: c.status.value for c in decision.criteria}
    want = case["expect"]
    assert {k: got[k] for k in want} == want, "\n".join(
        f"{c.id}: {c.status.value}: {c.reason}" for c in decision.criteria
    )
    if "decision" in case:
        assert decision.decision.value == case["decision"]
    assert [c.id for c in decision.criteria] == [c.id for c in policy.criteria]
