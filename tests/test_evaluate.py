"""``chartreview eval`` on small sets built from the samples, and the CI gate on dev."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chartreview.errors import InvalidArgumentError
from chartreview.evaluate import EvalReport, load_labels, render_report, run_eval

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "eval_sets" / "samples"
DEV = ROOT / "eval_sets" / "anzupgo" / "dev"

JSON_KEYS = {"cases", "decision_accuracy", "false_approvals", "criterion_accuracy",
             "per_criterion", "grounding_rate", "support_rate", "field_f1",
             "seconds_per_case", "per_case"}


@pytest.fixture()
def small_set(tmp_path, monkeypatch) -> Path:
    """The samples plus one case whose file is broken and one mislabelled on purpose."""
    monkeypatch.setenv("CHARTREVIEW_DATA_DIR", str(tmp_path / "data"))
    dst = tmp_path / "set"
    shutil.copytree(SAMPLES, dst)
    lines = (dst / "labels.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    broken = dict(first, case="broken", files=["broken/fax.pdf"])
    (dst / "broken").mkdir()
    (dst / "broken" / "fax.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    flipped = dict(first, case="flipped")
    # Claim the approve sample is a deny: the harness must count it wrong, not agree.
    flipped["decision"] = "deny" if first["decision"] != "deny" else "approve"
    lines += [json.dumps(broken), json.dumps(flipped)]
    (dst / "labels.jsonl").write_text("\n".join(lines) + "\n")
    return dst


def test_report_counts_errors_and_unreadable_cases(small_set):
    report = run_eval(small_set, progress=False)
    n = len(load_labels(SAMPLES))
    assert report.cases == n + 2
    by_case = {r.case: r for r in report.results}
    assert by_case["broken"].got is None and by_case["broken"].error
    assert by_case["flipped"].got != by_case["flipped"].expected
    assert report.decision_accuracy <= n / (n + 2)
    s = report.summary()
    assert JSON_KEYS <= set(s)
    assert any(e["case"] == "broken" for e in s["errors"])
    wrong = {r.case for r in report.wrong}
    assert {"broken", "flipped"} <= wrong
    assert 0.0 <= report.grounding_rate <= 1.0 and 0.0 <= report.support_rate <= 1.0
    assert set(s["per_criterion"]) == {"1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii",
                                       "1.E", "NC.1", "NC.2"}


def test_html_report_is_self_contained(small_set):
    report = run_eval(small_set, progress=False)
    page = render_report(report, "html")
    assert page.startswith("<!doctype html>")
    assert "<svg" in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "broken" in page and "flipped" in page


def test_cli_eval_json_and_threshold_exit(small_set, tmp_path):
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "chartreview.cli", "eval", str(small_set), "--format", "json",
         "--out", str(out), "--min-decision-accuracy", "0.99", "-q"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert proc.returncode == 1, proc.stderr
    assert "below" in proc.stderr
    data = json.loads(out.read_text())
    assert JSON_KEYS <= set(data)
    assert data["cases"] == len(load_labels(small_set))


def test_bad_labels_file_is_one_line_error(tmp_path):
    (tmp_path / "labels.jsonl").write_text('{"case": "x", "files": "nope"}\n')
    with pytest.raises(InvalidArgumentError, match="labels.jsonl:1"):
        load_labels(tmp_path)
    with pytest.raises(InvalidArgumentError, match="no labels.jsonl"):
        load_labels(tmp_path / "missing")


def test_field_scoring_counts_false_positives_and_negatives():
    from chartreview.evaluate import CaseResult

    r = CaseResult(
        case="x", expected="deny", got="deny",
        facts_expected={"age": 54, "severity": "moderate", "recurrences_12mo": None,
                        "tcs_tried": [{"drug": "clobetasol propionate", "strength": "0.05%",
                                       "consecutive_days": 42}],
                        "concurrent_jak": []},
        facts_got={"age": 54, "severity": "severe", "recurrences_12mo": 2,
                   "tcs_tried": [{"drug": "clobetasol propionate", "strength": "0.05%",
                                  "consecutive_days": 42},
                                 {"drug": "hydrocortisone", "strength": "1%"}],
                   "concurrent_jak": ["tofacitinib"]},
    )
    rep = EvalReport(directory="d", extractor="offline", policy="IP0759", results=[r])
    s = rep.field_scores
    assert (s["age"].tp, s["age"].fp, s["age"].fn) == (1, 0, 0)
    assert (s["severity"].tp, s["severity"].fp, s["severity"].fn) == (0, 1, 1)
    assert (s["recurrences_12mo"].fp, s["recurrences_12mo"].fn) == (1, 0)
    assert (s["tcs_tried"].tp, s["tcs_tried"].fp, s["tcs_tried"].fn) == (1, 1, 0)
    assert s["concurrent_jak"].fp == 1


@pytest.mark.slow
# 3,463 cases took about 17 min on CI's 2 cores (3,631 now), and a busier machine has been seen
# to take up to 3 times as long; the default timeout is 600 s
@pytest.mark.timeout(3600)
def test_dev_split_meets_the_ci_threshold(tmp_path, monkeypatch):
    """The regression gate: the offline extractor on the dev split."""
    if not (DEV / "labels.jsonl").exists():
        pytest.skip("no dev split")
    monkeypatch.setenv("CHARTREVIEW_DATA_DIR", str(tmp_path))
    report = run_eval(DEV, progress=False, workers=2)
    # the full report stays in pytest's kept temporary folders for whoever reads the run
    (tmp_path / "dev_report.json").write_text(render_report(report, "json"), encoding="utf-8")
    assert not [r.case for r in report.results if r.error], report.summary()["errors"]
    # Thresholds sit under the figures measured (98.3% decision, 99.4% criterion on the first
    # 295 cases; 99.6% decision, 99.9% criterion, 0 false approvals, 100% grounding, 99.8%
    # support on 3,463 cases now), so a regression fails the build while small relabelling
    # does not.
    assert report.false_approvals == []
    assert report.decision_accuracy >= 0.96, render_report(report, "text")
    assert report.criterion_accuracy >= 0.99
    assert report.grounding_rate == 1.0
    assert report.support_rate >= 0.98
