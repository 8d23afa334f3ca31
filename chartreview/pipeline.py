"""Parse -> extract -> ground -> decide, in one call.

This is the only module that wires the layers together: ``extract`` (reading and
extraction) and ``rules`` (the policy engine) never import each other.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from chartreview.errors import ConfigError, InvalidArgumentError
from chartreview.models import (
    Alignment,
    Decision,
    Document,
    Evidence,
    ExtractorKind,
    Finding,
    coerce_value,
)
from chartreview.settings import Settings, default_settings
from extract import align as align_mod
from extract import doc_kinds
from extract import offline as offline_mod
from extract.pdf import load_documents
from rules.engine import evaluate, load_policy

log = logging.getLogger("chartreview.pipeline")

EXTRACTORS = ("offline", "llm")


def parse_as_of(text: str | None) -> dt.date | None:
    """Parse ``--as-of YYYY-MM-DD``; ``InvalidArgumentError`` when malformed."""
    if text is None or text == "":
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidArgumentError(
            f"invalid --as-of {text!r}: expected a date as YYYY-MM-DD"
        ) from None


def default_as_of(findings: Iterable[Finding]) -> dt.date | None:
    """The latest date of service found in the documents, if any.

    Dates in the future of today are ignored (an OCR misread must not move the request).
    """
    today = dt.date.today()
    dates = []
    for f in findings:
        if f.field != "request.date_of_service" or not f.usable:
            continue
        try:
            d = coerce_value(f.field, f.value)
        except (ValueError, TypeError):
            continue
        if isinstance(d, dt.date) and d <= today:
            dates.append(d)
    return max(dates) if dates else None


def extract_evidence(
    documents: list[Document],
    extractor: str = "offline",
    settings: Settings | None = None,
    *,
    use_cache: bool = True,
) -> Evidence:
    """Run the chosen extractor. The LLM one runs only when an endpoint is configured."""
    settings = settings or default_settings()
    if extractor == "offline":
        return offline_mod.extract(documents)
    if extractor == "llm":
        if not settings.llm_configured:
            raise ConfigError(
                "--extractor llm needs an endpoint: set CHARTREVIEW_LLM_BASE_URL "
                "(and CHARTREVIEW_LLM_MODEL); the default extractor is offline"
            )
        from extract import llm

        # Runs the offline extractor too, and flags the deciding facts the two disagree on.
        return llm.extract_with_fallback(
            documents, settings, offline_mod.extract, use_cache=use_cache
        )
    raise InvalidArgumentError(
        f"unknown extractor {extractor!r}: choose one of {', '.join(EXTRACTORS)}"
    )


def ground_findings(findings: Sequence[Finding], documents: list[Document]) -> list[Finding]:
    """Align every quote to its page and check that it supports its value.

    Findings are never dropped: unaligned or unsupported ones are kept with flags, and
    ``Finding.usable`` keeps them out of the rules engine.
    """
    out: list[Finding] = []
    for i, f in enumerate(findings, start=1):
        g = align_mod.ground(f, documents) if f.quote else f.model_copy(
            update={"alignment": Alignment.none}
        )
        flags = list(g.flags)
        supported = g.supported
        if g.quote and g.extractor != ExtractorKind.human:
            supported = supported and align_mod.supports(g.value, g.quote, g.field)
        if not supported and "unsupported" not in flags:
            flags.append("unsupported")
        if g.alignment == Alignment.none and g.extractor != ExtractorKind.human:
            if "unaligned" not in flags:
                flags.append("unaligned")
        out.append(
            g.model_copy(update={"id": g.id or f"f{i}", "supported": supported, "flags": flags})
        )
    doc_kinds.annotate(out, documents)  # any extractor: the kind of text each quote is in
    return out


def decide_documents(
    documents: list[Document],
    *,
    policy: str = "IP0759",
    as_of: dt.date | None = None,
    extractor: str = "offline",
    settings: Settings | None = None,
    warnings: Sequence[str] = (),
    use_cache: bool = True,
) -> Decision:
    """Decide a request whose documents are already read."""
    pol = load_policy(policy)
    evidence = extract_evidence(documents, extractor, settings, use_cache=use_cache)
    findings = ground_findings(evidence.findings, documents)
    found = default_as_of(findings)
    when = as_of or found or dt.date.today()
    all_warnings = list(warnings)
    for doc in documents:
        all_warnings.extend(doc.warnings)
        if doc.ocr_pages:
            pages = ", ".join(str(n) for n in doc.ocr_pages)
            all_warnings.append(f"{doc.file}: page(s) {pages} read by OCR")
    all_warnings.extend(evidence.warnings)
    if as_of is None and found is None:
        all_warnings.append("no date of service found; judged as of today")
    decision = evaluate(pol, findings, when)
    return decision.model_copy(
        update={
            "extractor": evidence.extractor,
            "warnings": _dedupe(list(decision.warnings) + all_warnings),
            "as_of": when,
            "usage": evidence.usage,
        }
    )


def decide(
    paths: Sequence[str | Path],
    *,
    policy: str = "IP0759",
    as_of: dt.date | None = None,
    extractor: str = "offline",
    settings: Settings | None = None,
    use_cache: bool = True,
) -> Decision:
    """Read one request's documents together and decide it under ``policy``."""
    if extractor not in EXTRACTORS:
        raise InvalidArgumentError(
            f"unknown extractor {extractor!r}: choose one of {', '.join(EXTRACTORS)}"
        )
    settings = settings or default_settings()
    load_policy(policy)  # an unknown policy fails before any file is read
    documents, warnings = load_documents(list(paths), settings=settings)
    return decide_documents(
        documents,
        policy=policy,
        as_of=as_of,
        extractor=extractor,
        settings=settings,
        warnings=warnings,
        use_cache=use_cache,
    )


def recompute(
    findings: Sequence[Finding],
    *,
    policy: str = "IP0759",
    as_of: dt.date,
    extractor: str | ExtractorKind = "offline",
    warnings: Sequence[str] = (),
) -> Decision:
    """Re-run the same rules engine on reviewed findings (the review screen's recompute)."""
    pol = load_policy(policy)
    decision = evaluate(pol, list(findings), as_of)
    return decision.model_copy(
        update={
            "extractor": ExtractorKind(extractor),
            "warnings": _dedupe(list(decision.warnings) + list(warnings)),
            "as_of": as_of,
        }
    )


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
