"""``chartreview eval --extractor llm`` over real HTTP against the scripted server.

The CLI runs as a subprocess configured only through the environment, exactly as a user
would run it against an OpenAI-compatible endpoint; the server answers each sample chart with
its recorded extraction (``fixtures/sample_*.json``), which includes one invented quote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from scripted_server import load_fixture

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "eval_sets" / "samples"


def _cases() -> list[dict]:
    return [json.loads(x) for x in (SAMPLES / "labels.jsonl").read_text().splitlines() if x]


def _run(args: list[str], server, data_dir: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "CHARTREVIEW_DATA_DIR": str(data_dir),
        "CHARTREVIEW_LLM_BASE_URL": server.base_url,
        "CHARTREVIEW_LLM_MODEL": "scripted-model",
        "CHARTREVIEW_LLM_API_KEY": "test-key",
        "CHARTREVIEW_LLM_MODE": "TOOLS",
        "CHARTREVIEW_LLM_MAX_RETRIES": "1",
        "CHARTREVIEW_LLM_BACKOFF_BASE": "0.01",
        "CHARTREVIEW_LLM_PRICE_IN_PER_1K": "0.5",
        "CHARTREVIEW_LLM_PRICE_OUT_PER_1K": "1.5",
    }
    return subprocess.run([sys.executable, "-m", "chartreview.cli", *args], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_eval_with_llm_extractor_over_http(server, tmp_path):
    for case in _cases():
        answer = load_fixture(f"sample_{case['case']}")
        server.route(answer["match"], {"facts": answer["facts"]})
    proc = _run(["eval", str(SAMPLES), "--extractor", "llm", "--format", "json", "-q"],
                server, tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["extractor"] == "llm"
    assert report["cases"] == len(_cases())
    assert not report["errors"], report["errors"]
    assert report["tokens_per_case"] > 0
    assert report["cost_total"] > 0
    # The invented quote is re-asked once per chart, then kept flagged and not used, so the
    # decisions are the labelled ones.
    assert report["decision_accuracy"] == 1.0, report["per_case"]
    assert report["grounding_rate"] < 1.0
    calls = len(server.requests)
    assert calls >= 2 * len(_cases())
    for body in server.requests:
        assert body["model"] == "scripted-model" and body["max_tokens"]

    # A repeat run is answered from the on-disk cache: no new HTTP calls.
    again = _run(["eval", str(SAMPLES), "--extractor", "llm", "--format", "json", "-q"],
                 server, tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(server.requests) == calls
    assert json.loads(again.stdout)["decision_accuracy"] == 1.0


def test_decide_with_llm_flags_the_invented_quote(server, tmp_path):
    case = _cases()[0]
    answer = load_fixture(f"sample_{case['case']}")
    server.route(answer["match"], {"facts": answer["facts"]})
    proc = _run(["decide", *[str(SAMPLES / f) for f in case["files"]], "--as-of",
                 case["as_of"], "--extractor", "llm", "--format", "json"], server, tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["extractor"] == "llm"
    assert out["decision"] == case["decision"]
    invented = [f for f in out["findings"] if f["quote"] == "tofacitinib 5 mg BID"]
    assert invented and invented[0]["alignment"] == "none"
    assert "unaligned" in invented[0]["flags"]
    nc1 = next(c for c in out["criteria"] if c["id"] == "NC.1")
    assert nc1["status"] == "met"
    assert out["usage"]["prompt_tokens"] > 0
