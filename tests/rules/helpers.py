"""Shared helpers for the rules tests."""

from __future__ import annotations

from chartreview.models import Finding
from rules.engine import evaluate


def criterion_status(findings: list[Finding], as_of: str, crit: str) -> str:
    """The status IP0759's criterion ``crit`` gets from ``findings`` as of ``as_of``."""
    d = evaluate("IP0759", findings, as_of)
    return next(c for c in d.criteria if c.id == crit).status.value
