"""Validate an eval-set split: ``python eval_sets/tools/check.py DIR [DIR...]``.

Checks, per /work/shared/EVAL_FORMAT.md (and eval_sets/README.md):
labels.jsonl parses, one JSON object a line, with the required keys; case ids are unique;
every file exists; criterion values are met / not_met / unknown, NC.* never unknown; the
decision follows from the criteria; ``facts`` has the expected keys; every evidence quote
appears verbatim (whitespace-folded, case-sensitive) in one of the case's PDFs as pdfplumber
reads it, or, for a scanned (image-only) document, in its source ``.txt``.
Prints the decision mix, criterion and tag counts. Exit status 1 on any problem.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

REQUIRED_KEYS = {"case", "files", "as_of", "decision", "criteria", "facts", "evidence", "tags"}
OPTIONAL_KEYS = {"notes"}
VALUES = {"met", "not_met", "unknown"}
DECISIONS = {"approve", "deny", "needs_info"}
IP0759_CRITERIA = {"1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"}
FACT_KEYS = {
    "age", "severity", "che_duration_months", "recurrences_12mo", "prescriber_specialty",
    "tcs_tried", "concurrent_jak", "concurrent_immunosuppressants",
}
TCS_KEYS = {"drug", "strength", "potency", "consecutive_days", "inadequate_response"}
SEVERITIES = {"mild", "moderate", "severe", None}
POTENCIES = {"low", "medium", "medium-high", "high", "super-high", None}

_WS = re.compile(r"\s+")


def fold(s: str) -> str:
    """Whitespace folding: runs of whitespace become one space; case is kept."""
    return _WS.sub(" ", s).strip()


@lru_cache(maxsize=1)
def _render_module():
    """eval_sets/tools/render.py, loaded by path (eval_sets is not a package)."""
    name = "_eval_sets_render"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("render.py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=512)
def document_text(pdf_path: str) -> tuple[str, bool]:
    """Folded text of a case document and whether it is scanned (no text layer).

    For scanned documents the text comes from the source ``.txt`` next to the PDF.
    """
    import pdfplumber

    p = Path(pdf_path)
    with pdfplumber.open(p) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    if fold(text):
        return fold(text), False
    txt = p.with_suffix(".txt")
    if txt.exists():
        return fold(_render_module().source_plain_text(txt.read_text(encoding="utf-8"))), True
    return "", True


def expected_decision(criteria: dict[str, str]) -> str:
    vals = list(criteria.values())
    if any(v == "not_met" for v in vals):
        return "deny"
    if all(v == "met" for v in vals):
        return "approve"
    return "needs_info"


def load_labels(split: Path) -> tuple[list[dict], list[str]]:
    """Parse ``split/labels.jsonl``; returns (records, problems)."""
    problems: list[str] = []
    records: list[dict] = []
    path = split / "labels.jsonl"
    if not path.exists():
        return [], [f"{path}: missing"]
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{n}: invalid JSON: {e}")
            continue
        if not isinstance(rec, dict):
            problems.append(f"{path}:{n}: not a JSON object")
            continue
        rec["_line"] = n
        records.append(rec)
    seen: Counter = Counter(r.get("case") for r in records)
    for case, k in seen.items():
        if k > 1:
            problems.append(f"{path}: case {case!r} appears {k} times")
    return records, problems


def _check_facts(where: str, facts) -> list[str]:
    if not isinstance(facts, dict):
        return [f"{where}: facts is not an object"]
    out = []
    missing = FACT_KEYS - facts.keys()
    if missing:
        out.append(f"{where}: facts missing {sorted(missing)}")
    extra = facts.keys() - FACT_KEYS
    if extra:
        out.append(f"{where}: facts has unknown keys {sorted(extra)}")
    age = facts.get("age")
    if age is not None and not isinstance(age, int):
        out.append(f"{where}: facts.age must be an integer or null")
    if facts.get("severity") not in SEVERITIES:
        out.append(f"{where}: facts.severity {facts.get('severity')!r} not in {SEVERITIES}")
    for k in ("che_duration_months", "recurrences_12mo"):
        v = facts.get(k)
        if v is not None and not isinstance(v, int | float):
            out.append(f"{where}: facts.{k} must be a number or null")
    tcs = facts.get("tcs_tried", [])
    if not isinstance(tcs, list):
        out.append(f"{where}: facts.tcs_tried must be a list")
        tcs = []
    for i, t in enumerate(tcs):
        if not isinstance(t, dict) or set(t) != TCS_KEYS:
            out.append(f"{where}: facts.tcs_tried[{i}] must have exactly keys {sorted(TCS_KEYS)}")
            continue
        if t["potency"] not in POTENCIES:
            out.append(f"{where}: facts.tcs_tried[{i}].potency {t['potency']!r} not in {POTENCIES}")
        cd = t["consecutive_days"]
        if cd is not None and not isinstance(cd, int):
            out.append(f"{where}: facts.tcs_tried[{i}].consecutive_days must be int or null")
        if t["inadequate_response"] not in (True, False, None):
            out.append(f"{where}: facts.tcs_tried[{i}].inadequate_response must be bool or null")
    for k in ("concurrent_jak", "concurrent_immunosuppressants"):
        v = facts.get(k, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            out.append(f"{where}: facts.{k} must be a list of generic names")
    return out


def check_case(split: Path, rec: dict) -> list[str]:
    """All problems with one label record (files, values, decision rule, quotes)."""
    where = f"{split}/labels.jsonl:{rec.get('_line', '?')} ({rec.get('case')})"
    out: list[str] = []
    keys = set(rec) - {"_line"}
    if REQUIRED_KEYS - keys:
        out.append(f"{where}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        return out
    if keys - REQUIRED_KEYS - OPTIONAL_KEYS:
        out.append(f"{where}: unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}")
    if not isinstance(rec["case"], str) or not rec["case"]:
        out.append(f"{where}: case must be a non-empty string")
    try:
        date.fromisoformat(rec["as_of"])
    except (TypeError, ValueError):
        out.append(f"{where}: as_of {rec['as_of']!r} is not an ISO date")
    files = rec["files"]
    if not isinstance(files, list) or not files:
        out.append(f"{where}: files must be a non-empty list")
        files = []
    pdfs: list[Path] = []
    for f in files:
        p = split / f
        if not str(f).lower().endswith(".pdf"):
            out.append(f"{where}: {f} is not a .pdf")
        elif not p.is_file():
            out.append(f"{where}: file missing: {p}")
        else:
            pdfs.append(p)
    crit = rec["criteria"]
    if not isinstance(crit, dict) or not crit:
        out.append(f"{where}: criteria must be a non-empty object")
        return out
    if crit.keys() & IP0759_CRITERIA and set(crit) != IP0759_CRITERIA:
        out.append(f"{where}: IP0759 criteria must be exactly {sorted(IP0759_CRITERIA)}")
    for k, v in crit.items():
        if v not in VALUES:
            out.append(f"{where}: criteria[{k}] = {v!r} not in {sorted(VALUES)}")
        if k.startswith("NC.") and v == "unknown":
            out.append(f"{where}: {k} is never unknown (met unless concurrent use is documented)")
    if rec["decision"] not in DECISIONS:
        out.append(f"{where}: decision {rec['decision']!r} not in {sorted(DECISIONS)}")
    elif rec["decision"] != expected_decision(crit):
        out.append(
            f"{where}: decision {rec['decision']!r} but criteria imply {expected_decision(crit)!r}"
        )
    out += _check_facts(where, rec["facts"])
    tags = rec["tags"]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        out.append(f"{where}: tags must be a list of strings")
    ev = rec["evidence"]
    if not isinstance(ev, dict):
        return out + [f"{where}: evidence must be an object"]
    texts = []
    for p in pdfs:
        try:
            texts.append(document_text(str(p))[0])
        except Exception as e:  # unreadable PDF
            out.append(f"{where}: cannot read {p}: {e}")
    for k, quotes in ev.items():
        if k not in crit:
            out.append(f"{where}: evidence key {k!r} is not a criterion")
        if not isinstance(quotes, list) or not all(isinstance(q, str) for q in quotes):
            out.append(f"{where}: evidence[{k}] must be a list of strings")
            continue
        for q in quotes:
            fq = fold(q)
            if not fq:
                out.append(f"{where}: evidence[{k}] has an empty quote")
            elif texts and not any(fq in t for t in texts):
                out.append(f"{where}: evidence[{k}] quote not found in any document: {q!r}")
    return out


def check_split(split: Path) -> tuple[list[dict], list[str]]:
    records, problems = load_labels(split)
    for rec in records:
        problems += check_case(split, rec)
    return records, problems


def summary(records: list[dict]) -> str:
    dec = Counter(r.get("decision") for r in records)
    tags = Counter(t for r in records for t in (r.get("tags") or []))
    crit: dict[str, Counter] = {}
    for r in records:
        for k, v in (r.get("criteria") or {}).items():
            crit.setdefault(k, Counter())[v] += 1
    n = len(records) or 1
    lines = [f"{len(records)} cases"]
    lines.append("decisions: " + ", ".join(
        f"{d} {dec.get(d, 0)} ({100 * dec.get(d, 0) / n:.0f}%)" for d in sorted(DECISIONS)))
    for k in sorted(crit):
        c = crit[k]
        lines.append(f"  {k:8} met {c['met']:3}  not_met {c['not_met']:3}  unknown {c['unknown']:3}")
    lines.append("tags: " + ", ".join(f"{t} {k}" for t, k in tags.most_common()))
    return "\n".join(lines)


def scanned_count(split: Path, records: list[dict]) -> tuple[int, int]:
    """(scanned documents, cases with a scanned document)."""
    docs = cases = 0
    for r in records:
        hit = False
        for f in r.get("files") or []:
            p = split / f
            if p.is_file() and document_text(str(p))[1]:
                docs += 1
                hit = True
        cases += hit
    return docs, cases


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: check.py DIR [DIR...]", file=sys.stderr)
        return 2
    rc = 0
    for a in args:
        split = Path(a)
        records, problems = check_split(split)
        print(f"== {split}")
        print(summary(records))
        docs, cases = scanned_count(split, records)
        ndocs = sum(len(r.get("files") or []) for r in records)
        print(f"scanned: {docs} of {ndocs} documents, in {cases} cases")
        for p in problems:
            print("PROBLEM", p)
        if problems:
            print(f"{len(problems)} problem(s)")
            rc = 1
        else:
            print("OK")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
