"""Property tests: any findings give a well-formed decision, never a traceback."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chartreview.models import FIELDS, Finding, Status
from rules.engine import evaluate, load_policy

POLICY = load_policy("IP0759")
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 500),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(dt.date(1900, 1, 1), dt.date(2030, 1, 1)),
    st.sampled_from(["clobetasol 0.05%", "PRN", "moderate", "severe", "inadequate", "active",
                     "dermatology", "Opzelura", "methotrexate", "tcs", "abc", "", "2026-01-01"]),
)
FINDING = st.builds(
    lambda field, value, group, ctx: Finding(
        field=field, value=value, group=group, context=ctx, alignment="exact", quote="q"
    ),
    st.sampled_from(sorted(FIELDS)),
    VALUES,
    st.sampled_from([None, "g1", "g2", "g3"]),
    st.lists(st.sampled_from(["negated", "historical", "planned", "family"]), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FINDING, max_size=14), st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
def test_any_findings_give_a_consistent_decision(findings, as_of):
    d = evaluate(POLICY, findings, as_of)
    statuses = [c.status for c in d.criteria]
    assert [c.id for c in d.criteria] == [c.id for c in POLICY.criteria]
    if all(s == Status.met for s in statuses):
        assert d.decision.value == "approve" and d.approval is not None
    elif Status.not_met in statuses:
        assert d.decision.value == "deny" and d.approval is None
    else:
        assert d.decision.value == "needs_info" and d.missing
    nc = {c.id: c.status for c in d.criteria if c.id.startswith("NC.")}
    assert Status.unknown not in nc.values()
    ids = {f.id for f in d.findings}
    assert len(ids) == len(findings)
    for c in d.criteria:
        assert c.reason and "{" not in c.reason and set(c.findings) <= ids and c.trace
        assert (c.missing is not None) == (c.status == Status.unknown)
