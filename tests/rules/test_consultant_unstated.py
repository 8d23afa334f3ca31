"""1.E when a consultant is named but no consultant's specialty is said (rules/facts.py)."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Alignment, Finding
from rules.engine import evaluate, load_policy

AS_OF = dt.date(2026, 6, 1)


def finding(i: int, field: str, value, group: str | None = None) -> Finding:
    return Finding(id=f"f{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact)


def status_1e(findings: list[Finding]) -> str:
    d = evaluate(load_policy("IP0759"), findings, AS_OF)
    return next(c.status.value for c in d.criteria if c.id == "1.E")


def test_named_consultant_of_unstated_specialty_leaves_1e_unknown():
    fs = [finding(1, "prescriber.specialty", "family medicine"),
          finding(2, "consultant.name", "Odile Brandt", "consultant-1")]
    assert status_1e(fs) == "unknown"


def test_no_consultant_named_keeps_1e_not_met():
    assert status_1e([finding(1, "prescriber.specialty", "family medicine")]) == "not_met"


def test_consultant_of_another_stated_specialty_keeps_1e_not_met():
    fs = [finding(1, "prescriber.specialty", "family medicine"),
          finding(2, "consultant.name", "Odile Brandt", "consultant-1"),
          finding(3, "consultant.name", "Ravi Mehta", "consultant-2"),
          finding(4, "consultant.specialty", "rheumatology", "consultant-2")]
    assert status_1e(fs) == "not_met"
