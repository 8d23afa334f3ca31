"""1.B with an onset known only as a year: it proves a long history, never a short one."""

from __future__ import annotations

from chartreview.models import Finding
from rules.engine import evaluate


def _onset(value: str, flags: list[str]) -> Finding:
    return Finding(field="condition.onset_date", value=value, alignment="exact",
                   quote=value[:4], flags=flags)


def _b(findings: list[Finding], as_of: str) -> str:
    d = evaluate("IP0759", findings, as_of)
    return next(c for c in d.criteria if c.id == "1.B").status.value


def test_year_only_onset_long_ago_is_met() -> None:
    assert _b([_onset("2021-12-31", ["at_latest"])], "2026-11-28") == "met"


def test_year_only_onset_this_year_cannot_tell() -> None:
    assert _b([_onset("2026-12-31", ["at_latest"])], "2026-11-28") == "unknown"
    assert _b([_onset("2026-08-31", ["at_latest"]),
               Finding(field="condition.recurrences_12mo", value=0, alignment="exact",
                       quote="first episode 0")], "2026-11-28") == "unknown"


def test_exact_recent_onset_is_not_met_with_no_recurrences() -> None:
    assert _b([_onset("2026-10-01", []),
               Finding(field="condition.recurrences_12mo", value=0, alignment="exact",
                       quote="0 flares")], "2026-11-28") == "not_met"
