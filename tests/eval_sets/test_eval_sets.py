"""Every eval_sets/**/labels.jsonl passes eval_sets/tools/check.py (labels, files, quotes)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL_SETS = ROOT / "eval_sets"


def _load_check():
    name = "_eval_sets_check"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EVAL_SETS / "tools" / "check.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


check = _load_check()
SPLITS = sorted(p.parent for p in EVAL_SETS.rglob("labels.jsonl"))


def _id(p: Path) -> str:
    return str(p.relative_to(EVAL_SETS))


def test_there_are_eval_sets():
    assert SPLITS, "no eval_sets/**/labels.jsonl found"


@pytest.mark.parametrize("split", SPLITS, ids=_id)
def test_labels_parse(split: Path):
    records, problems = check.load_labels(split)
    assert not problems, "\n".join(problems)
    assert records, f"{split}/labels.jsonl has no cases"


@pytest.mark.parametrize("split", SPLITS, ids=_id)
def test_cases_valid(split: Path):
    """Keys, files, values, decision rule, facts and verbatim evidence quotes."""
    records, _ = check.load_labels(split)
    problems = [p for rec in records for p in check.check_case(split, rec)]
    assert not problems, "\n".join(problems)


def test_decision_rule():
    met = dict.fromkeys(check.IP0759_CRITERIA, "met")
    assert check.expected_decision(met) == "approve"
    assert check.expected_decision({**met, "1.C": "unknown"}) == "needs_info"
    assert check.expected_decision({**met, "1.C": "unknown", "NC.2": "not_met"}) == "deny"


def test_scanned_source_text_strips_markup():
    render = check._render_module()
    src = "%% scan: true\n# PLAN\n|table\nDrug | Status\nmethotrexate | Active\n|end\n---page---\nx"
    assert check.fold(render.source_plain_text(src)) == "PLAN Drug Status methotrexate Active x"
