"""LLM extraction through any OpenAI-compatible endpoint, with instructor.

``extract(documents, settings)`` sends the selected pages (``extract.llm_prompt``) to the
configured endpoint with the real ``openai.OpenAI`` client wrapped by
``instructor.from_openai(..., mode=settings.llm_mode)``, validates every quote inside the
response model (``extract.llm_schema``) so that instructor re-asks with the reason, grounds
the facts on the pages (``extract.align``) and returns ``Evidence`` with token usage and
cost. Nothing is sent unless ``settings.llm_base_url`` is set.

Faults: HTTP faults (timeout, 429 with Retry-After, 5xx, connection refused, an unreadable
body) and a truncated answer (finish_reason ``length``) are retried up to
``settings.llm_max_retries`` times with exponential backoff; invalid answers (broken JSON,
schema-invalid, invented or unsupported quotes) are re-asked by instructor up to the same
bound. Then a typed ``LLMError`` is raised. ``extract_with_fallback`` turns that into the
offline extractor's evidence plus a visible warning. Logs name the fault, never chart text.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from chartreview.errors import (
    ConfigError,
    LLMError,
    LLMRateLimitError,
    LLMResponseError,
    LLMTimeoutError,
    StorageError,
)
from chartreview.models import (
    FIELDS,
    Alignment,
    Document,
    Evidence,
    ExtractorKind,
    Finding,
    Page,
    Usage,
    coerce_value,
)
from chartreview.settings import Settings, default_settings
from extract import llm_cache
from extract.llm_prompt import Window, plan, prompt_hash, user_message
from extract.llm_prompt import token_budget as _token_budget
from extract.llm_schema import Extraction, Fact, parse_lenient

log = logging.getLogger(__name__)

MODES: dict[str, instructor.Mode] = {
    "TOOLS": instructor.Mode.TOOLS,
    "JSON": instructor.Mode.JSON,
    "JSON_SCHEMA": instructor.Mode.JSON_SCHEMA,
}


# ======================================================================================
# Configuration and client
# ======================================================================================
def _require_config(settings: Settings) -> instructor.Mode:
    """The instructor mode, or ConfigError when the LLM is not (fully) configured."""
    if not settings.llm_configured:
        raise ConfigError(
            "--extractor llm needs CHARTREVIEW_LLM_BASE_URL (an OpenAI-compatible endpoint); "
            "none is set, so no chart was sent anywhere"
        )
    if not settings.llm_model:
        raise ConfigError("--extractor llm needs CHARTREVIEW_LLM_MODEL (the model to request)")
    mode = MODES.get(settings.llm_mode.strip().upper())
    if mode is None:
        raise ConfigError(
            f"CHARTREVIEW_LLM_MODE must be one of {', '.join(MODES)}, not {settings.llm_mode!r}"
        )
    return mode


@dataclass
class _Meter:
    """Token and call counts summed over every completion, retries included."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def on_kwargs(self, *args: object, **kwargs: object) -> None:
        """instructor ``completion:kwargs`` hook: one HTTP call is about to be made."""
        self.calls += 1

    def on_response(self, response: object) -> None:
        """instructor ``completion:response`` hook: add the response's usage."""
        usage = getattr(response, "usage", None)
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def usage(self, settings: Settings) -> Usage:
        """The totals as ``models.Usage``, cost at the configured prices."""
        cost = (
            self.prompt_tokens / 1000 * settings.llm_price_in_per_1k
            + self.completion_tokens / 1000 * settings.llm_price_out_per_1k
        )
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            calls=self.calls,
            cost=round(cost, 6),
        )


def _quiet_phi_loggers() -> None:
    """Keep loggers that print request bodies (chart text) at DEBUG from doing so.

    openai's client logs every request's JSON (the chart pages) at DEBUG; chartreview never
    logs chart text, so those loggers are held at INFO whatever the root level is.
    """
    for name in ("openai", "instructor"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)
    # instructor logs every exhausted re-ask at ERROR, several lines each; chartreview handles
    # that case itself (the fact is kept, flagged) and says so in the result's warnings.
    logging.getLogger("instructor.v2.retry").setLevel(logging.CRITICAL)


def make_client(settings: Settings) -> tuple[instructor.Instructor, _Meter]:
    """The real openai client (no retries of its own) under instructor, with a usage meter."""
    mode = _require_config(settings)
    _quiet_phi_loggers()
    raw = openai.OpenAI(
        base_url=settings.llm_base_url,
        api_key=settings.effective_api_key or "unused",
        timeout=settings.llm_timeout,
        max_retries=0,
    )
    client = instructor.from_openai(raw, mode=mode)
    meter = _Meter()
    client.on("completion:kwargs", meter.on_kwargs)
    client.on("completion:response", meter.on_response)
    return client, meter


# ======================================================================================
# Faults
# ======================================================================================
@dataclass
class _Fault:
    """A classified failure of one request."""

    kind: str
    error: type[LLMError]
    message: str
    retryable: bool = True
    retry_after: float | None = None


def _retry_after(response: object) -> float | None:
    """Seconds a 429/503 response asks us to wait (Retry-After / retry-after-ms), if any."""
    headers = getattr(response, "headers", None) or {}
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(float(ms) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if re.search(r"[A-Za-z]", value) else None
        if when is None:
            return None
        return max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0)


def _classify(exc: BaseException, settings: Settings) -> _Fault:
    """What went wrong, as a fault kind, a typed error and a message without chart text."""
    url = settings.llm_base_url
    if isinstance(exc, IncompleteOutputException):
        return _Fault("truncated", LLMResponseError,
                      "the answer was cut off (finish_reason=length); raise "
                      "CHARTREVIEW_LLM_MAX_TOKENS or lower CHARTREVIEW_LLM_WINDOW_TOKENS")
    if isinstance(exc, openai.APITimeoutError):
        return _Fault("timeout", LLMTimeoutError,
                      f"{url} did not answer within {settings.llm_timeout:g} s")
    if isinstance(exc, openai.APIConnectionError):
        return _Fault("connection", LLMError, f"cannot connect to {url}")
    if isinstance(exc, openai.RateLimitError):
        return _Fault("rate_limit", LLMRateLimitError, f"{url} kept answering 429 (rate limit)",
                      retry_after=_retry_after(exc.response))
    if isinstance(exc, openai.APIStatusError):
        code = exc.status_code
        if code >= 500:
            return _Fault("server_error", LLMError, f"{url} answered HTTP {code}",
                          retry_after=_retry_after(exc.response))
        return _Fault("http_error", LLMError, f"{url} refused the request: HTTP {code}",
                      retryable=code in (408, 409))
    if isinstance(exc, openai.APIResponseValidationError | ValueError | KeyError):
        return _Fault("bad_response", LLMResponseError,
                      f"{url} sent a response that is not a chat completion")
    return _Fault("unexpected", LLMError, f"LLM call failed ({type(exc).__name__})",
                  retryable=False)


def _delay(fault: _Fault, attempt: int, settings: Settings) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based)."""
    if fault.retry_after is not None:
        return min(fault.retry_after, settings.llm_backoff_max)
    return min(settings.llm_backoff_base * 2 ** (attempt - 1), settings.llm_backoff_max)


# ======================================================================================
# One window
# ======================================================================================
def _raw_payload(completion: object) -> str | None:
    """The JSON text of a raw completion: the tool call's arguments, else the content."""
    try:
        message = completion.choices[0].message  # type: ignore[attr-defined]
    except (AttributeError, IndexError, TypeError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls and calls[0].function.arguments:
        return calls[0].function.arguments
    return getattr(message, "content", None)


def _lenient(exc: InstructorRetryException, settings: Settings) -> tuple[list[Fact], list[str]]:
    """After the last re-ask: keep the facts whose only fault is their quote, flagged later."""
    payload = _raw_payload(exc.last_completion) if exc.last_completion is not None else None
    attempts = exc.n_attempts
    try:
        facts, dropped = parse_lenient(payload or "")
    except ValueError as err:
        raise LLMResponseError(
            f"{settings.llm_base_url} gave no valid extraction after {attempts} attempts "
            "(broken or schema-invalid JSON)"
        ) from err
    warnings = [
        f"LLM: the answer still failed validation after {attempts} attempts; its "
        f"{len(facts)} facts are kept and those whose quote fails are flagged for review"
    ]
    if dropped:
        warnings.append(f"LLM: {dropped} facts with an invalid shape were dropped")
    return facts, warnings


def _call_window(
    client: instructor.Instructor, settings: Settings, window: Window, pages: dict
) -> tuple[list[Fact], list[str]]:
    """Extract one window's facts, retrying HTTP faults and truncation with backoff."""
    messages = [{"role": "user", "content": _jinja_literal(user_message(window))}]
    context = {"pages": pages, "strict": True}
    faults = 0
    while True:
        try:
            result = client.chat.completions.create(
                response_model=Extraction,
                messages=messages,
                model=settings.llm_model,
                max_tokens=settings.llm_max_tokens,
                temperature=0,
                max_retries=settings.llm_max_retries,
                context=context,
                strict=False,
            )
            return list(result.facts), []
        except InstructorRetryException as exc:
            cause = exc.__cause__
            if cause is None or isinstance(cause, _PARSE_ERRORS):
                return _lenient(exc, settings)
            fault = _classify(cause, settings)
        except Exception as exc:  # noqa: BLE001 - every fault is classified below
            fault = _classify(exc, settings)
        faults += 1
        log.warning("LLM fault %s (attempt %d of %d)", fault.kind, faults,
                    settings.llm_max_retries + 1)
        if not fault.retryable or faults > settings.llm_max_retries:
            raise fault.error(f"{fault.message} (after {faults} attempts)")
        time.sleep(_delay(fault, faults, settings))


def _parse_errors() -> tuple[type[BaseException], ...]:
    """Exceptions meaning 'the model answered, but not validly' (re-asked by instructor)."""
    import json

    from instructor.core.exceptions import ResponseParsingError
    from pydantic import ValidationError

    return (ValidationError, json.JSONDecodeError, ResponseParsingError)


_PARSE_ERRORS = _parse_errors()

_JINJA_END = re.compile(r"endraw")


def _jinja_literal(text: str) -> str:
    """``text`` protected from instructor's Jinja templating (applied when a context is given).

    The whole message is wrapped in a raw block; an ``endraw`` inside the chart text is split
    by closing and reopening the block, so the rendered message equals ``text``.
    """
    body = _JINJA_END.sub("end{% endraw %}{% raw %}raw", text)
    return "{% raw %}" + body + "{% endraw %}"


# ======================================================================================
# Facts -> findings
# ======================================================================================
def _norm(text: object) -> str:
    """Case- and whitespace-folded text for de-duplication."""
    return " ".join(str(text).lower().split())


def _finding(fact: Fact, group: str | None) -> Finding:
    """A Finding from one fact: value coerced to its field's type, or flagged."""
    flags: list[str] = []
    try:
        value = coerce_value(fact.field, fact.value)
    except (TypeError, ValueError):
        value, flags = None, ["invalid_value"]
    return Finding(
        field=fact.field, value=value, quote=fact.quote, file=fact.file, page=fact.page,
        extractor=ExtractorKind.llm, group=group if FIELDS[fact.field].group else None,
        flags=flags,
    )


def merge_windows(windows: list[list[Fact]]) -> list[Finding]:
    """Findings from every window, duplicates across windows removed, groups kept apart.

    A fact repeated in a later window (same field, value, file, page and quote, as happens
    in the overlap) is dropped, and its group in that window is mapped onto the earlier
    group, so the rest of that entity's facts join it. Other groups are renamed per window.
    """
    seen: dict[tuple, Finding] = {}
    out: list[Finding] = []
    for wi, facts in enumerate(windows):
        mapping: dict[str, str] = {}
        fresh: list[tuple[Fact, str | None]] = []
        for fact in facts:
            key = (fact.field, _norm(fact.value), fact.file, fact.page, _norm(fact.quote))
            if key in seen and wi > 0:
                if fact.group and seen[key].group:
                    mapping.setdefault(fact.group, seen[key].group)
                continue
            fresh.append((fact, fact.group))
        for fact, group in fresh:
            if group and wi > 0:
                group = mapping.get(group, f"{group}.w{wi + 1}")
            finding = _finding(fact, group)
            key = (fact.field, _norm(fact.value), fact.file, fact.page, _norm(fact.quote))
            seen.setdefault(key, finding)
            out.append(finding)
    return out


def ground_findings(findings: list[Finding], documents: list[Document]) -> list[Finding]:
    """Locate each quote (offsets, box, alignment) and check it states its value; assign ids."""
    from extract.align import ground, supports

    grounded: list[Finding] = []
    for i, finding in enumerate(findings, 1):
        g = ground(finding, documents)
        flags = list(g.flags)
        if g.alignment == Alignment.none and "unaligned" not in flags:
            flags.append("unaligned")
        supported = g.value is not None and supports(g.value, g.quote, g.field)
        if not supported and "unsupported" not in flags:
            flags.append("unsupported")
        grounded.append(g.model_copy(update={"id": f"f{i}", "flags": flags,
                                             "supported": supported}))
    return grounded


# ======================================================================================
# Public API
# ======================================================================================
def token_budget(documents: list[Document], settings: Settings | None = None) -> dict:
    """Estimated chart tokens and tokens to send (see ``extract.llm_prompt.token_budget``)."""
    s = settings or default_settings()
    return _token_budget(
        documents, window_tokens=s.llm_window_tokens, overlap_tokens=s.llm_window_overlap_tokens,
        lines=s.llm_select_lines,
    )


def _pages(documents: list[Document]) -> dict[tuple[str, int], Page]:
    """Every page by (file, number): the validation context."""
    return {(d.file, p.number): p for d in documents for p in d.pages}


def _ask(
    documents: list[Document], settings: Settings, windows: list[Window]
) -> tuple[list[list[Fact]], list[str], Usage]:
    """Call the endpoint once per window; facts per window, warnings, usage."""
    client, meter = make_client(settings)
    pages = _pages(documents)
    per_window: list[list[Fact]] = []
    warnings: list[str] = []
    for window in windows:
        sent = {k: v for k, v in pages.items() if k in window.pages()}
        facts, warns = _call_window(client, settings, window, sent)
        per_window.append(facts)
        warnings.extend(warns)
    return per_window, warnings, meter.usage(settings)


def extract(
    documents: list[Document],
    settings: Settings | None = None,
    *,
    use_cache: bool = True,
    offline: Evidence | None = None,
) -> Evidence:
    """LLM evidence for one request's documents.

    ``offline`` (the offline extractor's evidence, optional) adds the pages it found facts
    on to the pages sent. Raises ``ConfigError`` when no endpoint is configured (nothing is
    sent) and an ``LLMError`` subclass when the endpoint fails after bounded retries.
    """
    settings = settings or default_settings()
    _require_config(settings)
    windows = plan(
        documents,
        window_tokens=settings.llm_window_tokens,
        overlap_tokens=settings.llm_window_overlap_tokens,
        offline=offline,
        lines=settings.llm_select_lines,
    )
    key = llm_cache.cache_key(documents, settings, prompt_hash(windows))
    hit = llm_cache.load(settings, key) if use_cache else None
    if hit is not None:
        per_window, warnings, _ = hit
        usage = Usage(cached=True)
    else:
        per_window, warnings, usage = _ask(documents, settings, windows) if windows else (
            [], [], Usage())
        try:
            llm_cache.store(settings, key, per_window, warnings, usage)
        except StorageError as exc:
            warnings = [*warnings, f"LLM answers not cached: {exc}"]
    if not windows:
        warnings = [*warnings, "LLM: no page mentions anything the policy asks about; "
                    "nothing was sent"]
    findings = ground_findings(merge_windows(per_window), documents)
    log.info("LLM extraction: %d windows, %d findings, %d+%d tokens%s", len(windows),
             len(findings), usage.prompt_tokens, usage.completion_tokens,
             " (cached)" if usage.cached else "")
    return Evidence(findings=findings, extractor=ExtractorKind.llm, warnings=warnings,
                    usage=usage)


def extract_with_fallback(
    documents: list[Document],
    settings: Settings | None,
    offline_fn: Callable[[list[Document]], Evidence],
    *,
    use_cache: bool = True,
) -> Evidence:
    """LLM evidence checked against the offline extractor, or the offline evidence on a fault.

    The offline extractor always runs: its hits add pages to send, ``extract.agreement``
    flags the deciding facts the two disagree on, and when the LLM fails (an ``LLMError``
    after its retries) its evidence is returned with a warning saying so. ``ConfigError``
    (no endpoint) is not a fault: it propagates.
    """
    from extract.agreement import compare

    settings = settings or default_settings()
    _require_config(settings)
    offline = offline_fn(documents)
    try:
        llm = extract(documents, settings, use_cache=use_cache, offline=offline)
    except LLMError as exc:
        log.warning("LLM extraction failed (%s); using the offline extractor",
                    type(exc).__name__)
        fallback = offline.model_copy(deep=True)
        fallback.warnings.append(
            f"LLM extraction failed ({type(exc).__name__}: {exc}); these findings come from "
            "the offline extractor"
        )
        return fallback
    return compare(offline, llm)
