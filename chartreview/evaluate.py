"""``chartreview eval``: score an extractor + the rules engine on a labelled eval set.

The set's format is ../shared/EVAL_FORMAT.md: ``DIR/labels.jsonl`` plus the case files. Any
set in that format runs unchanged, whoever wrote it. Figures reported:

- decision accuracy, the decision confusion matrix and false approvals (the costliest error);
- per-criterion accuracy and confusion;
- per-field precision / recall / F1 on the labels' ``facts``;
- grounding rate: share of findings whose quote is found in the cited page's text;
- support rate: share of findings whose quote contains the value it supports;
- seconds per case and, for the LLM extractor, tokens per case.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chartreview.errors import ChartReviewError, InvalidArgumentError
from chartreview.models import Document, ExtractorKind, Finding

DECISIONS = ("approve", "deny", "needs_info")
STATUSES = ("met", "not_met", "unknown")


class Case(BaseModel):
    """One line of labels.jsonl (EVAL_FORMAT.md)."""

    model_config = ConfigDict(extra="allow", use_attribute_docstrings=True)

    case: str
    """Unique case id."""
    files: list[str]
    """The case's documents, relative to the set's folder."""
    as_of: dt.date
    """The request date."""
    decision: str
    """Expected decision."""
    criteria: dict[str, str]
    """Expected status per criterion id."""
    facts: dict[str, Any] = Field(default_factory=dict)
    """Key facts as a careful human abstracted them."""
    evidence: dict[str, list[str]] = Field(default_factory=dict)
    """Per criterion, quotes verbatim from the documents."""
    tags: list[str] = Field(default_factory=list)
    """What makes the case hard."""
    notes: str = ""
    """Free text."""


def load_labels(directory: Path) -> list[Case]:
    """Read ``directory/labels.jsonl``; one clear error for a malformed line."""
    path = Path(directory) / "labels.jsonl"
    if not path.is_file():
        raise InvalidArgumentError(f"{directory}: no labels.jsonl (see EVAL_FORMAT.md)")
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(Case.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "line"
            raise InvalidArgumentError(
                f"{path}:{n}: {where}: {first['msg']}"
            ) from None
    if not cases:
        raise InvalidArgumentError(f"{path}: no cases")
    return cases


# --------------------------------------------------------------------------------------
# Per-case run
# --------------------------------------------------------------------------------------
class CaseResult(BaseModel):
    """What one case produced."""

    case: str
    expected: str
    got: str | None = None
    """The decision, or None when the case could not be decided."""
    error: str | None = None
    """The one-line error when the case's files could not be read."""
    criteria_expected: dict[str, str] = Field(default_factory=dict)
    criteria_got: dict[str, str] = Field(default_factory=dict)
    criteria_reasons: dict[str, str] = Field(default_factory=dict)
    criteria_quotes: dict[str, list[str]] = Field(default_factory=dict)
    facts_expected: dict[str, Any] = Field(default_factory=dict)
    facts_got: dict[str, Any] = Field(default_factory=dict)
    findings: int = 0
    grounded: int = 0
    supported: int = 0
    seconds: float = 0.0
    tokens: int = 0
    cost: float = 0.0
    tags: list[str] = Field(default_factory=list)


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def grounded_in_page(finding: Finding, documents: list[Document]) -> bool:
    """Is the quote found (whitespace- and case-folded) in the cited page's text?"""
    if not finding.quote:
        return False
    for doc in documents:
        if doc.file != finding.file:
            continue
        for page in doc.pages:
            if page.number == finding.page:
                return _fold(finding.quote) in _fold(page.text)
    return False


def _run_case(
    directory: Path, case: Case, extractor: str, policy: str, use_cache: bool
) -> CaseResult:
    # Imported here so a worker process pays for them once, and the module stays light.
    from chartreview.pipeline import decide_documents
    from extract.align import supports
    from extract.pdf import load_documents
    from rules.engine import eval_facts, load_policy

    result = CaseResult(
        case=case.case,
        expected=case.decision,
        criteria_expected=case.criteria,
        facts_expected=case.facts,
        tags=case.tags,
    )
    start = time.perf_counter()
    try:
        documents, warnings = load_documents([directory / f for f in case.files])
        decision = decide_documents(
            documents,
            policy=policy,
            as_of=case.as_of,
            extractor=extractor,
            warnings=warnings,
            use_cache=use_cache,
        )
    except ChartReviewError as exc:
        result.error = exc.one_line()
        result.seconds = time.perf_counter() - start
        return result
    result.seconds = time.perf_counter() - start
    result.got = decision.decision.value
    by_id = {f.id: f for f in decision.findings}
    for c in decision.criteria:
        result.criteria_got[c.id] = c.status.value
        result.criteria_reasons[c.id] = c.reason
        result.criteria_quotes[c.id] = [
            f"{by_id[i].quote} ({by_id[i].file}:{by_id[i].page})"
            for i in c.findings
            if i in by_id and by_id[i].quote
        ][:4]
    scored = [f for f in decision.findings if f.extractor != ExtractorKind.human]
    result.findings = len(scored)
    result.grounded = sum(grounded_in_page(f, documents) for f in scored)
    result.supported = sum(
        bool(f.quote) and supports(f.value, f.quote, f.field) for f in scored
    )
    result.facts_got = eval_facts(load_policy(policy), decision.findings, case.as_of)
    if decision.usage:
        result.tokens = decision.usage.prompt_tokens + decision.usage.completion_tokens
        result.cost = decision.usage.cost
    return result


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------
class FieldScore(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class EvalReport(BaseModel):
    """Everything ``chartreview eval`` reports."""

    directory: str
    extractor: str
    policy: str
    results: list[CaseResult]

    # ---- decisions ---------------------------------------------------------------------
    @property
    def cases(self) -> int:
        return len(self.results)

    @property
    def decision_accuracy(self) -> float:
        ok = sum(r.got == r.expected for r in self.results)
        return ok / len(self.results) if self.results else 0.0

    @property
    def decision_confusion(self) -> dict[str, dict[str, int]]:
        m: dict[str, dict[str, int]] = {e: {g: 0 for g in (*DECISIONS, "error")}
                                         for e in DECISIONS}
        for r in self.results:
            m.setdefault(r.expected, {g: 0 for g in (*DECISIONS, "error")})
            m[r.expected][r.got or "error"] += 1
        return m

    @property
    def false_approvals(self) -> list[str]:
        return [r.case for r in self.results if r.got == "approve" and r.expected != "approve"]

    # ---- criteria ----------------------------------------------------------------------
    @property
    def per_criterion(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for r in self.results:
            for cid, exp in r.criteria_expected.items():
                got = r.criteria_got.get(cid, "error")
                entry = out.setdefault(
                    cid,
                    {"correct": 0, "total": 0,
                     "confusion": {e: {g: 0 for g in (*STATUSES, "error")} for e in STATUSES}},
                )
                entry["total"] += 1
                entry["correct"] += got == exp
                entry["confusion"].setdefault(exp, {g: 0 for g in (*STATUSES, "error")})
                entry["confusion"][exp][got] = entry["confusion"][exp].get(got, 0) + 1
        for entry in out.values():
            entry["accuracy"] = entry["correct"] / entry["total"] if entry["total"] else 0.0
        return out

    @property
    def criterion_accuracy(self) -> float:
        pc = self.per_criterion
        total = sum(e["total"] for e in pc.values())
        return sum(e["correct"] for e in pc.values()) / total if total else 0.0

    # ---- grounding ---------------------------------------------------------------------
    @property
    def grounding_rate(self) -> float:
        n = sum(r.findings for r in self.results)
        return sum(r.grounded for r in self.results) / n if n else 1.0

    @property
    def support_rate(self) -> float:
        n = sum(r.findings for r in self.results)
        return sum(r.supported for r in self.results) / n if n else 1.0

    # ---- facts -------------------------------------------------------------------------
    @property
    def field_scores(self) -> dict[str, FieldScore]:
        scores: dict[str, FieldScore] = defaultdict(FieldScore)
        for r in self.results:
            for key, exp in r.facts_expected.items():
                got = r.facts_got.get(key)
                _score_field(scores[key], key, exp, got)
        return dict(sorted(scores.items()))

    @property
    def field_f1(self) -> dict[str, float]:
        return {k: round(s.f1, 4) for k, s in self.field_scores.items()}

    # ---- cost --------------------------------------------------------------------------
    @property
    def seconds_per_case(self) -> float:
        return sum(r.seconds for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def tokens_per_case(self) -> float:
        return sum(r.tokens for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def wrong(self) -> list[CaseResult]:
        return [
            r for r in self.results
            if r.got != r.expected
            or any(r.criteria_got.get(k) != v for k, v in r.criteria_expected.items())
        ]

    def summary(self) -> dict[str, Any]:
        """The ``--format json`` object."""
        return {
            "directory": self.directory,
            "extractor": self.extractor,
            "policy": self.policy,
            "cases": self.cases,
            "decision_accuracy": round(self.decision_accuracy, 4),
            "decision_confusion": self.decision_confusion,
            "false_approvals": len(self.false_approvals),
            "false_approval_cases": self.false_approvals,
            "criterion_accuracy": round(self.criterion_accuracy, 4),
            "per_criterion": {
                k: {"accuracy": round(v["accuracy"], 4), "correct": v["correct"],
                    "total": v["total"], "confusion": v["confusion"]}
                for k, v in self.per_criterion.items()
            },
            "grounding_rate": round(self.grounding_rate, 4),
            "support_rate": round(self.support_rate, 4),
            "findings": sum(r.findings for r in self.results),
            "field_f1": self.field_f1,
            "field_scores": {
                k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for k, s in self.field_scores.items()
            },
            "seconds_per_case": round(self.seconds_per_case, 3),
            "tokens_per_case": round(self.tokens_per_case, 1),
            "cost_total": round(sum(r.cost for r in self.results), 6),
            "errors": [{"case": r.case, "error": r.error} for r in self.results if r.error],
            "per_case": [
                {
                    "case": r.case,
                    "expected": r.expected,
                    "got": r.got,
                    "error": r.error,
                    "criteria_errors": {
                        k: {"expected": v, "got": r.criteria_got.get(k),
                            "reason": r.criteria_reasons.get(k)}
                        for k, v in r.criteria_expected.items()
                        if r.criteria_got.get(k) != v
                    },
                    "seconds": round(r.seconds, 3),
                    "tokens": r.tokens,
                }
                for r in self.results
            ],
        }


def _norm_name(x: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(x).lower()).strip()


def _values_match(key: str, exp: Any, got: Any) -> bool:
    if isinstance(exp, bool) or isinstance(got, bool):
        return exp == got
    if isinstance(exp, (int, float)) and isinstance(got, (int, float)):
        tol = 1.0 if "month" in key else 0.0
        return math.isclose(float(exp), float(got), abs_tol=tol + 1e-9)
    return _norm_name(exp) == _norm_name(got)


def _item_key(item: Any) -> str:
    if isinstance(item, dict):
        return _norm_name(item.get("drug") or item.get("name") or "")
    return _norm_name(item)


def _score_field(score: FieldScore, key: str, exp: Any, got: Any) -> None:
    """Scalars: a match is a TP; lists: items matched by drug/name."""
    if isinstance(exp, list) or isinstance(got, list):
        exp_items = {_item_key(i): i for i in (exp or [])}
        got_items = {_item_key(i): i for i in (got or [])}
        for k, item in got_items.items():
            if k in exp_items and _list_item_matches(exp_items[k], item):
                score.tp += 1
            else:
                score.fp += 1
        score.fn += sum(
            1 for k, item in exp_items.items()
            if k not in got_items or not _list_item_matches(item, got_items[k])
        )
        return
    if exp is None and got is None:
        return
    if exp is not None and got is not None and _values_match(key, exp, got):
        score.tp += 1
        return
    if got is not None:
        score.fp += 1
    if exp is not None:
        score.fn += 1


def _list_item_matches(exp: Any, got: Any) -> bool:
    """A listed item matches when every attribute the label gives agrees (None = silent)."""
    if not isinstance(exp, dict) or not isinstance(got, dict):
        return _item_key(exp) == _item_key(got)
    for k, v in exp.items():
        if v is None or k == "drug":
            continue
        if k == "strength":
            if _norm_name(v).replace(" ", "") != _norm_name(got.get(k) or "").replace(" ", ""):
                return False
            continue
        if got.get(k) is None or not _values_match(k, v, got.get(k)):
            return False
    return True


# --------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------
def _iter_results(
    directory: Path, cases: list[Case], extractor: str, policy: str, use_cache: bool,
    workers: int,
) -> Iterator[CaseResult]:
    if workers <= 1:
        for case in cases:
            yield _run_case(directory, case, extractor, policy, use_cache)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_run_case, directory, c, extractor, policy, use_cache) for c in cases
        ]
        for fut in futures:
            yield fut.result()


def run_eval(
    directory: Path,
    *,
    extractor: str = "offline",
    policy: str = "IP0759",
    use_cache: bool = True,
    progress: bool = True,
    workers: int = 1,
) -> EvalReport:
    """Decide every case of the set and score it. Unreadable cases count as wrong."""
    from rules.engine import load_policy

    load_policy(policy)
    directory = Path(directory)
    cases = load_labels(directory)
    results = []
    start = time.perf_counter()
    for n, res in enumerate(
        _iter_results(directory, cases, extractor, policy, use_cache, workers), start=1
    ):
        results.append(res)
        if progress:
            mark = "ok" if res.got == res.expected else ("ERROR" if res.error else "wrong")
            print(
                f"\r[{n}/{len(cases)}] {res.case}: {mark:<6} "
                f"({time.perf_counter() - start:.1f}s)",
                end="\n" if n == len(cases) else "",
                file=sys.stderr,
                flush=True,
            )
    return EvalReport(
        directory=str(directory), extractor=extractor, policy=policy, results=results
    )


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
def render_report(report: EvalReport, fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(report.summary(), indent=2)
    if fmt == "html":
        return render_html(report)
    return render_text(report)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def render_text(report: EvalReport) -> str:
    s = report.summary()
    lines = [
        f"eval {report.directory}  extractor={report.extractor}  policy={report.policy}  "
        f"cases={report.cases}",
        "",
        f"decision accuracy   {_pct(report.decision_accuracy)}",
        f"false approvals     {s['false_approvals']}"
        + (f"  ({', '.join(report.false_approvals)})" if report.false_approvals else ""),
        f"criterion accuracy  {_pct(report.criterion_accuracy)}",
        f"grounding rate      {_pct(report.grounding_rate)}  ({s['findings']} findings)",
        f"support rate        {_pct(report.support_rate)}",
        f"seconds per case    {report.seconds_per_case:.2f}",
    ]
    if report.extractor == "llm":
        lines.append(f"tokens per case     {report.tokens_per_case:.0f}  "
                     f"(cost {s['cost_total']:.4f})")
    lines += ["", "decision confusion (rows expected, columns got):"]
    cols = (*DECISIONS, "error")
    lines.append("  " + " " * 12 + "".join(f"{c:>12}" for c in cols))
    for e, row in report.decision_confusion.items():
        lines.append("  " + f"{e:<12}" + "".join(f"{row.get(c, 0):>12}" for c in cols))
    lines += ["", "per criterion:"]
    for cid, e in report.per_criterion.items():
        conf = e["confusion"]
        errs = [f"{x}->{g}:{n}" for x, row in conf.items() for g, n in row.items()
                if n and x != g]
        lines.append(f"  {cid:<8} {_pct(e['accuracy']):>7}  ({e['correct']}/{e['total']})  "
                     + " ".join(errs))
    lines += ["", "per field (precision / recall / F1):"]
    for k, sc in report.field_scores.items():
        lines.append(f"  {k:<30} {sc.precision:6.2f} {sc.recall:6.2f} {sc.f1:6.2f}")
    wrong = report.wrong
    lines += ["", f"cases with errors: {len(wrong)}"]
    for r in wrong:
        if r.error:
            lines.append(f"  {r.case}: could not be decided: {r.error}")
            continue
        lines.append(f"  {r.case}: expected {r.expected}, got {r.got}  [{', '.join(r.tags)}]")
        for cid, exp in r.criteria_expected.items():
            got = r.criteria_got.get(cid)
            if got != exp:
                lines.append(f"      {cid}: expected {exp}, got {got}: "
                             f"{r.criteria_reasons.get(cid, '')}")
    return "\n".join(lines)


def _heatmap_svg(title: str, matrix: dict[str, dict[str, int]], cols: tuple[str, ...]) -> str:
    rows = list(matrix)
    cell, left, top = 56, 90, 40
    width = left + cell * len(cols) + 10
    height = top + cell * len(rows) + 10
    peak = max([v for r in matrix.values() for v in r.values()] + [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="{html.escape(title)}">',
             f'<text x="4" y="14" font-size="12" font-weight="bold">{html.escape(title)}</text>']
    for j, c in enumerate(cols):
        parts.append(f'<text x="{left + j * cell + cell / 2}" y="{top - 6}" font-size="10" '
                     f'text-anchor="middle">{html.escape(c)}</text>')
    for i, r in enumerate(rows):
        y = top + i * cell
        parts.append(f'<text x="{left - 6}" y="{y + cell / 2 + 4}" font-size="10" '
                     f'text-anchor="end">{html.escape(r)}</text>')
        for j, c in enumerate(cols):
            v = matrix[r].get(c, 0)
            diag = r == c
            alpha = 0.15 + 0.85 * v / peak if v else 0.0
            color = f"rgba(46,125,50,{alpha:.2f})" if diag else f"rgba(198,40,40,{alpha:.2f})"
            parts.append(f'<rect x="{left + j * cell}" y="{y}" width="{cell - 2}" '
                         f'height="{cell - 2}" fill="{color}" stroke="#ccc"/>')
            parts.append(f'<text x="{left + j * cell + cell / 2}" y="{y + cell / 2 + 4}" '
                         f'font-size="12" text-anchor="middle">{v}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: EvalReport) -> str:
    """A self-contained HTML report: metrics, confusion heatmaps, every wrong case."""
    s = report.summary()
    esc = html.escape
    metrics = [
        ("cases", report.cases),
        ("decision accuracy", _pct(report.decision_accuracy)),
        ("false approvals", s["false_approvals"]),
        ("criterion accuracy", _pct(report.criterion_accuracy)),
        ("grounding rate", _pct(report.grounding_rate)),
        ("support rate", _pct(report.support_rate)),
        ("seconds per case", f"{report.seconds_per_case:.2f}"),
        ("tokens per case", f"{report.tokens_per_case:.0f}"),
    ]
    body = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>chartreview eval: {esc(report.directory)}</title>",
        "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}"
        "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;"
        "font-size:13px;vertical-align:top}.bad{color:#c62828}.q{font-family:monospace;"
        "background:#fff8e1}.grid{display:flex;flex-wrap:wrap;gap:16px}</style></head><body>",
        f"<h1>Eval: {esc(report.directory)}</h1>",
        f"<p>extractor <b>{esc(report.extractor)}</b>, policy <b>{esc(report.policy)}</b>, "
        f"run {dt.datetime.now().isoformat(timespec='seconds')}</p>",
        "<table>" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>"
                             for k, v in metrics) + "</table>",
        "<h2>Decisions</h2>",
        _heatmap_svg("decision (rows expected, columns got)", report.decision_confusion,
                     (*DECISIONS, "error")),
        "<h2>Criteria</h2><div class='grid'>",
    ]
    for cid, e in report.per_criterion.items():
        body.append(_heatmap_svg(f"{cid}: {_pct(e['accuracy'])}", e["confusion"],
                                 (*STATUSES, "error")))
    body.append("</div><h2>Fields</h2><table><tr><th>field</th><th>precision</th>"
                "<th>recall</th><th>F1</th></tr>")
    for k, sc in report.field_scores.items():
        body.append(f"<tr><td>{esc(k)}</td><td>{sc.precision:.2f}</td><td>{sc.recall:.2f}</td>"
                    f"<td>{sc.f1:.2f}</td></tr>")
    body.append("</table>")
    wrong = report.wrong
    body.append(f"<h2>Cases with errors ({len(wrong)})</h2>")
    for r in wrong:
        body.append(f"<h3>{esc(r.case)}: expected {esc(r.expected)}, got "
                    f"<span class='bad'>{esc(str(r.got))}</span></h3>")
        if r.error:
            body.append(f"<p class='bad'>{esc(r.error)}</p>")
            continue
        body.append(f"<p>tags: {esc(', '.join(r.tags))}</p><table><tr><th>criterion</th>"
                    "<th>expected</th><th>got</th><th>reason</th><th>quotes</th></tr>")
        for cid, exp in r.criteria_expected.items():
            got = r.criteria_got.get(cid)
            if got == exp:
                continue
            quotes = "<br>".join(f"<span class='q'>{esc(q)}</span>"
                                 for q in r.criteria_quotes.get(cid, []))
            body.append(f"<tr><td>{esc(cid)}</td><td>{esc(exp)}</td>"
                        f"<td class='bad'>{esc(str(got))}</td>"
                        f"<td>{esc(r.criteria_reasons.get(cid, ''))}</td><td>{quotes}</td></tr>")
        body.append("</table>")
    body.append("</body></html>")
    return "\n".join(body)


def counts_by_tag(report: EvalReport) -> dict[str, tuple[int, int]]:
    """Per tag: (cases decided correctly, cases)."""
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for r in report.results:
        for t in r.tags:
            total[t] += 1
            ok[t] += r.got == r.expected
    return {t: (ok[t], total[t]) for t in sorted(total)}
