"""extract.llm over REAL HTTP: the real openai + instructor client against a scripted server.

Nothing is patched: each test scripts the server's answers (fixtures/ and injected faults),
runs ``extract.llm.extract`` (or ``extract_with_fallback``) and checks what came back and
what was sent.
"""

from __future__ import annotations

import json
import logging
import time

import pytest
from scripted_server import load_fixture

from chartreview.errors import (
    ConfigError,
    LLMError,
    LLMRateLimitError,
    LLMResponseError,
    LLMTimeoutError,
)
from chartreview.models import Alignment, Evidence, ExtractorKind, Finding
from chartreview.settings import Settings
from extract import llm
from extract.llm_cache import cache_dir

CORRECT = load_fixture("correct")
TRUNCATED = '{"facts": [{"field": "patient.date_of_birth", "value": "1971-04-11", "quo'


def _user_text(request: dict) -> str:
    return "\n".join(m["content"] for m in request["messages"] if m["role"] == "user")


def _by_field(ev: Evidence) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in ev.findings:
        out.setdefault(f.field, []).append(f)
    return out


def _offline_stub_fn(documents) -> Evidence:
    """A stand-in offline extractor (extract.offline is another module's work)."""
    return Evidence(findings=[Finding(field="patient.date_of_birth", value="1971-04-11",
                                      quote="DOB: 04/11/1971", file="note.pdf", page=1)],
                    extractor=ExtractorKind.offline)


# --- configuration -------------------------------------------------------------------------
def test_no_endpoint_is_a_config_error_and_sends_nothing(chart, server, tmp_path):
    settings = Settings(_env_file=None, data_dir=tmp_path, llm_base_url=None)
    with pytest.raises(ConfigError, match="CHARTREVIEW_LLM_BASE_URL"):
        llm.extract(chart, settings)
    with pytest.raises(ConfigError):
        llm.extract_with_fallback(chart, settings, _offline_stub_fn)
    assert server.requests == []
    assert not (tmp_path / "llm-cache").exists()


def test_bad_mode_is_a_config_error(chart, llm_settings):
    with pytest.raises(ConfigError, match="TOOLS, JSON, JSON_SCHEMA"):
        llm.extract(chart, llm_settings(llm_mode="MAGIC"))


# --- a correct extraction -----------------------------------------------------------------
def test_correct_extraction_is_grounded_and_accounted(chart, server, llm_settings):
    server.push({"fixture": "correct"})
    settings = llm_settings(llm_price_in_per_1k=0.5, llm_price_out_per_1k=2.0)
    ev = llm.extract(chart, settings, use_cache=False)

    assert ev.extractor == ExtractorKind.llm
    assert len(ev.findings) == len(CORRECT["facts"])
    assert all(f.alignment == Alignment.exact and f.supported and f.usable for f in ev.findings)
    fields = _by_field(ev)
    dob = fields["patient.date_of_birth"][0]
    assert str(dob.value) == "1971-04-11" and dob.page == 1 and dob.bbox is not None
    assert fields["therapy.duration_days"][0].value == 42
    assert fields["severity.iga_che"][0].value == 3
    assert {f.group for f in ev.findings if f.field.startswith("therapy.")} == {"therapy-1"}
    assert [f.id for f in ev.findings] == [f"f{i}" for i in range(1, len(ev.findings) + 1)]

    # one request: tools (TOOLS mode), max_tokens, one user message, page 1 only
    (req,) = server.requests
    assert req["tools"][0]["function"]["name"] == "Extraction"
    assert req["max_tokens"] == 512 and req["model"] == "scripted-model"
    assert [m["role"] for m in req["messages"]] == ["user"]
    text = _user_text(req)
    assert "=== note.pdf page 1 ===" in text and "DOB: 04/11/1971" in text
    assert "page 2" not in text and "Hgb" not in text  # the lab page is not sent
    # usage is what the server reported, cost at the configured prices
    sent = server.usages[0]
    assert ev.usage.prompt_tokens == sent["prompt_tokens"]
    assert ev.usage.completion_tokens == sent["completion_tokens"]
    assert ev.usage.calls == 1 and not ev.usage.cached
    expected = sent["prompt_tokens"] / 1000 * 0.5 + sent["completion_tokens"] / 1000 * 2.0
    assert ev.usage.cost == pytest.approx(expected, abs=1e-6)


def test_json_mode_reads_message_content(chart, server, llm_settings):
    server.push({"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(llm_mode="JSON"), use_cache=False)
    assert "tools" not in server.requests[0]
    assert len(ev.findings) == len(CORRECT["facts"])


# --- quote validation and re-asks ---------------------------------------------------------
def test_invented_quote_is_reasked_with_the_reason(chart, server, llm_settings):
    server.push({"fixture": "invented_quote"}, {"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 2
    reask = server.requests[1]["messages"]
    tool_msgs = [m for m in reask if m["role"] == "tool"]
    assert tool_msgs and "quote is not on page 1 of note.pdf" in tool_msgs[0]["content"]
    assert "April 11, 1971" not in tool_msgs[0]["content"]  # reasons never echo input
    assert all(f.alignment != Alignment.none for f in ev.findings)
    assert ev.usage.calls == 2
    assert ev.usage.prompt_tokens == sum(u["prompt_tokens"] for u in server.usages)
    assert ev.usage.completion_tokens == sum(u["completion_tokens"] for u in server.usages)


def test_invented_quote_that_persists_is_kept_flagged(chart, server, llm_settings):
    server.push(*[{"fixture": "invented_quote"}] * 3)
    ev = llm.extract(chart, llm_settings(llm_max_retries=2), use_cache=False)
    assert len(server.requests) == 3
    (dob,) = _by_field(ev)["patient.date_of_birth"]
    assert dob.alignment == Alignment.none and "unaligned" in dob.flags and not dob.usable
    assert sum(1 for f in ev.findings if f.usable) == len(CORRECT["facts"]) - 1
    assert any("failed validation after 3 attempts" in w for w in ev.warnings)


def test_unsupported_value_that_persists_is_kept_flagged(chart, server, llm_settings):
    server.push(*[{"fixture": "unsupported"}] * 2)
    ev = llm.extract(chart, llm_settings(llm_max_retries=1), use_cache=False)
    assert len(server.requests) == 2
    assert "does not state the therapy.duration_days value" in json.dumps(server.requests[1])
    (days,) = _by_field(ev)["therapy.duration_days"]
    assert days.alignment == Alignment.exact
    assert days.supported is False and "unsupported" in days.flags and not days.usable


def test_cited_page_not_sent_is_reasked(chart, server, llm_settings):
    server.push({"fixture": "wrong_page"}, {"fixture": "correct"})
    llm.extract(chart, llm_settings(), use_cache=False)
    assert "page 2 of note.pdf was not among the pages sent" in json.dumps(server.requests[1])


def test_schema_invalid_then_valid(chart, server, llm_settings):
    server.push({"fixture": "schema_invalid"}, {"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 2 and len(ev.findings) == len(CORRECT["facts"])


def test_broken_json_then_valid(chart, server, llm_settings):
    server.push({"arguments": '{"facts": [{"field": '}, {"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 2 and len(ev.findings) == len(CORRECT["facts"])


def test_broken_json_that_persists_raises_response_error(chart, server, llm_settings):
    server.push(*[{"arguments": "not json at all"}] * 3)
    with pytest.raises(LLMResponseError, match="no valid extraction after 3 attempts"):
        llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 3


# --- HTTP faults --------------------------------------------------------------------------
def test_truncated_answer_is_retried(chart, server, llm_settings):
    server.push({"arguments": TRUNCATED, "finish_reason": "length"}, {"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 2 and len(ev.findings) == len(CORRECT["facts"])
    assert ev.usage.completion_tokens == sum(u["completion_tokens"] for u in server.usages)


def test_truncated_answer_that_persists_raises(chart, server, llm_settings):
    server.push(*[{"arguments": TRUNCATED, "finish_reason": "length"}] * 3)
    with pytest.raises(LLMResponseError, match="finish_reason=length"):
        llm.extract(chart, llm_settings(), use_cache=False)


def test_429_honours_retry_after(chart, server, llm_settings):
    server.push({"status": 429, "headers": {"Retry-After": "0.4"}}, {"fixture": "correct"})
    start = time.monotonic()
    ev = llm.extract(chart, llm_settings(llm_backoff_base=0.001), use_cache=False)
    assert time.monotonic() - start >= 0.4
    assert len(server.requests) == 2 and ev.findings
    assert ev.usage.calls == 2


def test_429_that_persists_raises_rate_limit_error(chart, server, llm_settings):
    server.push(*[{"status": 429, "headers": {"Retry-After": "0"}}] * 3)
    with pytest.raises(LLMRateLimitError, match="429"):
        llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_then_ok(chart, server, llm_settings, status):
    server.push({"status": status}, {"fixture": "correct"})
    assert llm.extract(chart, llm_settings(), use_cache=False).findings


def test_5xx_that_persists_raises(chart, server, llm_settings):
    server.push(*[{"status": 500}] * 3)
    with pytest.raises(LLMError, match="HTTP 500 \\(after 3 attempts\\)"):
        llm.extract(chart, llm_settings(), use_cache=False)


def test_4xx_is_not_retried(chart, server, llm_settings):
    server.push({"status": 400}, {"fixture": "correct"})
    with pytest.raises(LLMError, match="refused the request: HTTP 400"):
        llm.extract(chart, llm_settings(), use_cache=False)
    assert len(server.requests) == 1


def test_timeout_then_ok(chart, server, llm_settings):
    server.push({"sleep": 1.0, "fixture": "correct"}, {"fixture": "correct"})
    ev = llm.extract(chart, llm_settings(llm_timeout=0.3), use_cache=False)
    assert len(server.requests) == 2 and ev.findings


def test_timeout_that_persists_raises(chart, server, llm_settings):
    server.push(*[{"sleep": 0.6, "fixture": "correct"}] * 2)
    with pytest.raises(LLMTimeoutError, match="did not answer within 0.2 s"):
        llm.extract(chart, llm_settings(llm_timeout=0.2, llm_max_retries=1), use_cache=False)


def test_dropped_connection_then_ok(chart, server, llm_settings):
    server.push({"drop": True}, {"fixture": "correct"})
    assert llm.extract(chart, llm_settings(), use_cache=False).findings


def test_body_that_is_not_a_completion_raises(chart, server, llm_settings):
    server.push(*[{"raw_body": "<html>gateway</html>"}] * 3)
    with pytest.raises(LLMError):
        llm.extract(chart, llm_settings(), use_cache=False)


def test_connection_refused_raises_then_falls_back(chart, llm_settings, server, caplog):
    dead = server.base_url
    server.stop()  # nothing listens on that port any more
    settings = llm_settings(llm_base_url=dead, llm_max_retries=1)
    with pytest.raises(LLMError, match="cannot connect"):
        llm.extract(chart, settings, use_cache=False)
    with caplog.at_level(logging.INFO):
        ev = llm.extract_with_fallback(chart, settings, _offline_stub_fn, use_cache=False)
    assert ev.extractor == ExtractorKind.offline and len(ev.findings) == 1
    assert any("LLM extraction failed" in w and "offline" in w for w in ev.warnings)
    assert "LLMError" in caplog.text and "connection" in caplog.text
    assert "04/11/1971" not in caplog.text and "eczema" not in caplog.text


def test_fallback_logs_no_chart_text_on_invalid_answers(chart, server, llm_settings, caplog):
    server.push(*[{"arguments": "{broken"}] * 3)
    with caplog.at_level(logging.DEBUG):
        ev = llm.extract_with_fallback(chart, llm_settings(), _offline_stub_fn, use_cache=False)
    assert ev.extractor == ExtractorKind.offline
    assert "LLMResponseError" in caplog.text
    for secret in ("04/11/1971", "Jane Roe", "clobetasol"):
        assert secret not in caplog.text


# --- cache --------------------------------------------------------------------------------
def test_cache_hit_costs_nothing_and_can_be_bypassed(chart, server, llm_settings):
    settings = llm_settings()
    server.push({"fixture": "correct"}, {"fixture": "correct"}, {"fixture": "correct"})
    first = llm.extract(chart, settings)
    second = llm.extract(chart, settings)
    assert len(server.requests) == 1
    assert second.usage.cached and second.usage.prompt_tokens == 0 and second.usage.calls == 0
    assert [f.model_dump() for f in second.findings] == [f.model_dump() for f in first.findings]
    files = list(cache_dir(settings).glob("*.json"))
    assert len(files) == 1 and (files[0].stat().st_mode & 0o077) == 0
    llm.extract(chart, settings, use_cache=False)
    assert len(server.requests) == 2
    llm.extract(chart, llm_settings(llm_model="another-model"))  # the model keys the cache
    assert len(server.requests) == 3


# --- prompts, windows, templating ---------------------------------------------------------
def test_long_chart_is_windowed_with_overlap_and_merged(make_chart, server, llm_settings):
    pages = [f"Visit {i}: chronic hand eczema follow-up.\n" + "Hand eczema remains. " * 40
             for i in range(1, 5)]
    docs = make_chart(pages, name="long.pdf")
    windows = llm.plan(docs, window_tokens=400, overlap_tokens=30)
    assert len(windows) >= 2
    assert any(c.label == "(end)" for w in windows[1:] for c in w.chunks)
    def fact(page: int) -> dict:
        return {"field": "condition.diagnosis", "value": "chronic hand eczema",
                "quote": "chronic hand eczema", "file": "long.pdf", "page": page, "group": None}

    # each window states the diagnosis once per page it holds: the overlap repeats a page
    server.push(*[{"facts": [fact(p) for _, p in sorted(w.pages())]} for w in windows])
    ev = llm.extract(docs, llm_settings(llm_window_tokens=400, llm_window_overlap_tokens=30),
                     use_cache=False)
    assert len(server.requests) == len(windows)
    assert sum(len(w.pages()) for w in windows) > 4  # some page went twice
    assert sorted(f.page for f in ev.findings) == [1, 2, 3, 4]  # ... and was merged


def test_jinja_markup_in_a_chart_is_sent_verbatim(make_chart, server, llm_settings):
    docs = make_chart(["Hand eczema note {{ secret }} and {% endraw %} stays {# as is #}"])
    server.push({"facts": []})
    llm.extract(docs, llm_settings(), use_cache=False)
    assert "{{ secret }} and {% endraw %} stays {# as is #}" in _user_text(server.requests[0])


def test_token_budget_reports_chart_and_sent_tokens(chart):
    budget = llm.token_budget(chart, Settings(_env_file=None))
    assert budget["pages"] == 2 and budget["pages_sent"] == 1 and budget["windows"] == 1
    page1 = len(chart[0].pages[0].text) / 4
    assert budget["chart_tokens"] > page1
    assert budget["tokens_to_send"] > budget["overhead_per_window"]
