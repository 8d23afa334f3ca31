"""The ``chartreview`` command, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "eval_sets" / "samples"
IDS = ["1.A", "1.B", "1.C", "1.D.i", "1.D.ii", "1.D.iii", "1.E", "NC.1", "NC.2"]


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    full_env = {**os.environ, "CHARTREVIEW_DATA_DIR": str(cwd or ROOT / ".pytest_cache"),
                **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "chartreview.cli", *args],
        capture_output=True, text=True, env=full_env, cwd=cwd or ROOT, timeout=300,
    )


def sample_cases() -> list[dict]:
    path = SAMPLES / "labels.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("case", sample_cases(), ids=lambda c: c["case"])
def test_decide_json_follows_the_contract(case, tmp_path):
    files = [str(SAMPLES / f) for f in case["files"]]
    proc = run_cli("decide", *files, "--as-of", case["as_of"], "--format", "json",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) >= {"policy", "policy_revision", "decision", "approval", "criteria",
                        "findings", "missing", "extractor", "warnings"}
    assert out["policy"] == "IP0759"
    assert len(out["policy_revision"]) == 64
    assert out["extractor"] == "offline"
    assert [c["id"] for c in out["criteria"]] == IDS
    assert out["decision"] == case["decision"]
    for c in out["criteria"]:
        assert c["status"] in ("met", "not_met", "unknown")
        assert c["reason"] and c["text"]
    if out["decision"] == "approve":
        assert out["approval"]["days"] == 120
        assert out["approval"]["start"] == case["as_of"]
    else:
        assert out["approval"] is None
    if out["decision"] == "needs_info":
        assert out["missing"]
    ids = {f["id"] for f in out["findings"]}
    for c in out["criteria"]:
        assert set(c["findings"]) <= ids
    for f in out["findings"]:
        assert set(f) >= {"id", "field", "value", "quote", "file", "page", "char_start",
                          "char_end", "bbox", "alignment", "extractor"}
        assert f["extractor"] == "offline"


@pytest.mark.parametrize("case", sample_cases(), ids=lambda c: c["case"])
def test_every_quote_is_verbatim_in_its_page(case, tmp_path):
    import pdfplumber

    files = [str(SAMPLES / f) for f in case["files"]]
    proc = run_cli("decide", *files, "--as-of", case["as_of"], "--format", "json",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    by_name = {Path(f).name: f for f in files}
    texts: dict[tuple[str, int], str] = {}
    for f in out["findings"]:
        key = (f["file"], f["page"])
        if key not in texts:
            with pdfplumber.open(by_name[f["file"]]) as pdf:
                words = pdf.pages[f["page"] - 1].extract_words()
            texts[key] = " ".join(w["text"] for w in words)
        assert " ".join(f["quote"].split()) in texts[key], f["quote"]
        assert f["alignment"] == "exact"


def test_decide_text_format_is_readable(tmp_path):
    cases = sample_cases()
    if not cases:
        pytest.skip("no sample charts")
    case = cases[0]
    proc = run_cli("decide", *[str(SAMPLES / f) for f in case["files"]],
                   "--as-of", case["as_of"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert case["decision"].upper() in first
    for cid in IDS:
        assert f"  {cid} " in proc.stdout


def test_default_as_of_is_latest_date_of_service(tmp_path):
    cases = [c for c in sample_cases() if c["decision"] == "approve"]
    if not cases:
        pytest.skip("no approve sample")
    case = cases[0]
    proc = run_cli("decide", *[str(SAMPLES / f) for f in case["files"]], "--format", "json",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["as_of"] is not None
    assert out["as_of"] <= "2026-11-28"


def _assert_one_line_error(proc, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stdout == ""
    err = proc.stderr.strip()
    assert err.startswith("chartreview: "), err
    assert "\n" not in err, err
    assert "Traceback" not in err
    for n in needles:
        assert n.lower() in err.lower(), err


def test_missing_file(tmp_path):
    _assert_one_line_error(run_cli("decide", str(tmp_path / "nope.pdf"), cwd=tmp_path),
                           "nope.pdf")


def test_unknown_policy(tmp_path):
    cases = sample_cases()
    f = str(SAMPLES / cases[0]["files"][0]) if cases else str(tmp_path / "x.pdf")
    _assert_one_line_error(run_cli("decide", f, "--policy", "XX999", cwd=tmp_path), "XX999")


def test_invalid_as_of(tmp_path):
    cases = sample_cases()
    f = str(SAMPLES / cases[0]["files"][0]) if cases else str(tmp_path / "x.pdf")
    _assert_one_line_error(run_cli("decide", f, "--as-of", "2026-13-45", cwd=tmp_path),
                           "as-of")


def test_hostile_inputs_exit_2_with_one_line(hostile_corpus, tmp_path):
    """Every bad file of the corpus: exit 2 and one line, or a decision (exit 0)."""
    for name, (path, expected_error) in hostile_corpus.items():
        proc = run_cli("decide", str(path), "--format", "json", "--as-of", "2026-03-02",
                       cwd=tmp_path)
        if expected_error:
            _assert_one_line_error(proc)
        else:
            assert proc.returncode == 0, (name, proc.stderr)
            assert json.loads(proc.stdout)["decision"] in ("approve", "deny", "needs_info")
        assert "Traceback" not in proc.stderr, name
    assert not list(tmp_path.glob("*.json")), "nothing is written on bad input"


def test_text_less_pdf_beside_a_good_one_is_decided_with_a_warning(tmp_path, pdf_tools):
    make_pdf = pdf_tools.make_pdf
    cases = sample_cases()
    if not cases:
        pytest.skip("no sample charts")
    blank = tmp_path / "blank.pdf"
    make_pdf(blank, [""])
    good = [str(SAMPLES / f) for f in cases[0]["files"]]
    proc = run_cli("decide", *good, str(blank), "--format", "json", "--as-of",
                   cases[0]["as_of"], env={"CHARTREVIEW_OCR": "false"}, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert any("blank.pdf" in w for w in out["warnings"]), out["warnings"]
    alone = run_cli("decide", str(blank), env={"CHARTREVIEW_OCR": "false"}, cwd=tmp_path)
    _assert_one_line_error(alone, "blank.pdf")


def test_llm_without_configuration_is_a_clear_error(tmp_path):
    cases = sample_cases()
    if not cases:
        pytest.skip("no sample charts")
    env = {k: "" for k in ("CHARTREVIEW_LLM_BASE_URL",)}
    proc = run_cli("decide", str(SAMPLES / cases[0]["files"][0]), "--extractor", "llm",
                   env=env, cwd=tmp_path)
    _assert_one_line_error(proc, "CHARTREVIEW_LLM_BASE_URL")


def test_demo_decides_the_samples(tmp_path):
    if not sample_cases():
        pytest.skip("no sample charts")
    proc = run_cli("demo", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    n = len(sample_cases())
    assert f"{n} of {n} sample decisions correct" in proc.stdout


@pytest.mark.parametrize(
    "edit, needle",
    [
        (("    rule:", "    rulez:"), "rulez"),
        (("{gte: [age_years, 18]}", "{greater_or_equal: [age_years, 18]}"), "greater_or_equal"),
    ],
    ids=["typo-key", "unknown-operator"],
)
def test_bad_policy_file_is_one_line_error(edit, needle, tmp_path):
    cases = sample_cases()
    if not cases:
        pytest.skip("no sample charts")
    text = (ROOT / "rules" / "policies" / "IP0759.yaml").read_text()
    old, new = edit
    assert old in text
    bad = tmp_path / "IP0759-bad.yaml"
    bad.write_text(text.replace(old, new, 1))
    proc = run_cli("decide", str(SAMPLES / cases[0]["files"][0]), "--policy", str(bad),
                   cwd=tmp_path)
    _assert_one_line_error(proc, needle)
    assert "allowed" in proc.stderr.lower()
