"""What a review produces: the exported JSON, the printable worksheet, the RFI text, and the
criterion-by-criterion difference between two decisions."""

from __future__ import annotations

import html
from typing import Any

from pydantic import BaseModel

from chartreview.errors import ChartReviewError
from chartreview.models import CriterionResult, Decision, DecisionKind, Finding, Status
from chartreview.review.store import Review
from rules.engine import load_policy


def drug_name(policy: str) -> str:
    """The requested drug as the policy file names it."""
    try:
        return load_policy(policy).data.drug
    except ChartReviewError:
        return "the requested drug"

DECISION_WORDS = {
    DecisionKind.approve: "Approve",
    DecisionKind.deny: "Deny",
    DecisionKind.needs_info: "Needs information",
}
STATUS_WORDS = {Status.met: "Met", Status.not_met: "Not met", Status.unknown: "Unknown"}


class CriterionChange(BaseModel):
    """One criterion whose status changed between two decisions."""

    id: str
    before: Status | None
    after: Status | None
    reason: str
    """The engine's reason for the new status."""


def diff_decisions(before: Decision, after: Decision) -> list[CriterionChange]:
    """The criteria whose status differs between ``before`` and ``after``, in policy order."""
    old = {c.id: c for c in before.criteria}
    out = []
    for c in after.criteria:
        prev = old.get(c.id)
        if prev is None or prev.status != c.status:
            out.append(CriterionChange(id=c.id, before=prev and prev.status, after=c.status,
                                       reason=c.reason))
    return out


def decision_headline(decision: Decision) -> str:
    """E.g. ``Approve for 120 days (2026-11-28 to 2027-03-27)``."""
    word = DECISION_WORDS[decision.decision]
    if decision.decision == DecisionKind.approve and decision.approval:
        a = decision.approval
        return f"{word} for {a.days} days ({a.start.isoformat()} to {a.end.isoformat()})"
    return word


def cited(decision: Decision, criterion: CriterionResult) -> list[Finding]:
    """The findings a criterion's verdict rests on, in the decision's order."""
    ids = set(criterion.findings)
    return [f for f in decision.findings if f.id in ids]


def citation(f: Finding) -> str:
    """``file p.N`` for a finding (or ``not located``)."""
    if not f.file:
        return "not located"
    return f"{f.file} p.{f.page}" if f.page else f.file


def export_json(review: Review) -> dict[str, Any]:
    """The CLI's JSON contract for the reviewed decision, plus the review's sign-off.

    Reviewer-added and edited findings carry ``"extractor": "human"``; every finding carries
    its ``review`` status (confirmed, rejected, edited, pending).
    """
    data = review.decision.to_contract()
    data["review"] = {
        "id": review.id,
        "status": review.status,
        "reviewer": review.reviewer,
        "rationale": review.rationale,
        "signed_at": review.signed_at.isoformat() if review.signed_at else None,
        "version": review.version,
        "files": [{"name": f.name, "sha256": f.sha256} for f in review.files],
    }
    return data


def rfi_text(decision: Decision, *, review_id: int | None = None) -> str:
    """A ready-to-send request for information listing exactly what documentation is missing.

    Empty when nothing is missing (the decision is not ``needs_info``).
    """
    unknown = [c for c in decision.criteria if c.status == Status.unknown]
    if not unknown:
        return ""
    drug = drug_name(decision.policy)
    ref = f" (review {review_id})" if review_id is not None else ""
    as_of = decision.as_of.isoformat() if decision.as_of else "the request date"
    lines = [
        f"Subject: Request for information - prior authorization for {drug}{ref}",
        "",
        "Dear prescriber,",
        "",
        f"We are reviewing the prior authorization request dated {as_of} for {drug} "
        f"under coverage policy {decision.policy}. The records we received do not document "
        "the following. Please send chart notes or other records that show:",
        "",
    ]
    for n, c in enumerate(unknown, 1):
        need = c.missing or f"documentation that the patient meets: {c.text}"
        lines.append(f"{n}. {need} (policy criterion {c.id}: {c.text})")
    lines += [
        "",
        "If we do not receive this information, the request will be decided on the records "
        "we have.",
        "",
        "Thank you,",
        "Pharmacy Prior Authorization Review",
    ]
    return "\n".join(lines)


_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#111}
h1{font-size:20px;margin:0 0 .3em} table{border-collapse:collapse;width:100%;margin-top:1em}
th,td{border:1px solid #999;padding:6px;vertical-align:top;text-align:left}
th{background:#eee} .met{color:#0a6b2d;font-weight:600} .not_met{color:#a40000;font-weight:600}
.unknown{color:#8a5a00;font-weight:600} q{font-style:italic} .meta td{border:none;padding:2px 8px}
small{color:#555} @media print{body{margin:0}}
"""


def worksheet_html(review: Review) -> str:
    """A printable determination worksheet: every criterion, its status and its citations."""
    d = review.decision
    e = html.escape
    meta = [
        ("Review", str(review.id)),
        ("Policy", f"{d.policy} - {drug_name(d.policy)}"),
        ("Policy revision", d.policy_revision[:16]),
        ("Request date", d.as_of.isoformat() if d.as_of else ""),
        ("Decision", decision_headline(d)),
        ("Extractor", d.extractor.value),
        ("Documents", ", ".join(f.name for f in review.files)),
        ("Status", review.status),
        ("Reviewer", review.reviewer or ""),
        ("Signed", review.signed_at.isoformat() if review.signed_at else "not signed"),
        ("Rationale", review.rationale or ""),
    ]
    rows = []
    for c in d.criteria:
        cites = "".join(
            f"<li><q>{e(f.quote)}</q> <small>{e(citation(f))}; {e(f.field)} = "
            f"{e(str(f.value))}; {e(f.extractor.value)}, {e(f.review.value)}</small></li>"
            for f in cited(d, c)
        ) or "<li><small>none</small></li>"
        rows.append(
            f"<tr><td>{e(c.id)}</td><td>{e(c.text)}</td>"
            f"<td class='{c.status.value}'>{STATUS_WORDS[c.status]}</td>"
            f"<td>{e(c.reason)}</td><td><ul>{cites}</ul></td></tr>"
        )
    missing = ""
    if d.missing:
        missing = "<h2>Missing documentation</h2><ul>" + "".join(
            f"<li>{e(m)}</li>" for m in d.missing) + "</ul>"
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Determination worksheet - review {review.id}</title><style>{_CSS}</style>"
        f"</head><body><h1>Prior authorization determination worksheet</h1>"
        "<table class='meta'>"
        + "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in meta)
        + "</table><table><tr><th>Criterion</th><th>Policy wording</th><th>Status</th>"
        "<th>Reason</th><th>Citations</th></tr>" + "".join(rows) + "</table>"
        + missing + "</body></html>"
    )


def default_rationale(decision: Decision) -> str:
    """A starting rationale the reviewer can accept or edit before signing."""
    crit = decision.criteria
    if decision.decision == DecisionKind.approve:
        return (f"All {len(crit)} criteria of {decision.policy} are met by the cited "
                f"documentation; {decision_headline(decision).lower()}.")
    if decision.decision == DecisionKind.deny:
        failed = [f"{c.id} ({c.reason.rstrip('.')})" for c in crit if c.status == Status.not_met]
        return f"Denied: criterion not met: {'; '.join(failed)}."
    unknown = [c.id for c in crit if c.status == Status.unknown]
    return ("Needs information: the records do not document "
            f"{', '.join(unknown)}; request for information sent to the prescriber.")
