"""The response schema the LLM fills, and the quote checks run inside its validators.

The schema mirrors ``chartreview.models.FIELDS``: the model returns a bounded list of facts,
each a field key, the value as the chart states it, a verbatim quote, and where the quote
is (file, page), plus a group id shared by the facts of one entity.

Validation runs inside pydantic with instructor's ``validation_context``::

    {"pages": {(file, page_number): Page, ...}, "strict": True}

With ``strict`` on, a fact whose page was not sent, whose value cannot be read as its
field's type, whose quote is not on the cited page (``extract.align.align``) or whose quote
does not state the value (``extract.align.supports``) raises ``ValueError`` with the reason,
so instructor re-asks the model. Without a context (the lenient parse after the last retry)
only the shape is checked; grounding then flags the fact instead of dropping it.

Error messages never echo the model's input (``hide_input_in_errors``): they name the fact's
position, its field and the cited page, never chart text.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from chartreview.models import FIELDS, Alignment, Page, coerce_value

SCHEMA_VERSION = "2"
"""Bump when the response schema changes: it keys the on-disk cache."""

MAX_FACTS = 80
"""Most facts one answer may hold (JSON-schema ``maxItems``): bounds the output tokens."""

MAX_QUOTE_CHARS = 300
"""Longest quote accepted: a quote is a phrase or a line, not a page."""

FieldKey = Literal[tuple(FIELDS)]  # type: ignore[valid-type]

_CONFIG = ConfigDict(use_attribute_docstrings=True, hide_input_in_errors=True, extra="ignore")


def _keys_text() -> str:
    """FIELDS' keys, compactly: ``patient.{date_of_birth,age}; ...`` (brace expansion)."""
    by_prefix: dict[str, list[str]] = {}
    for key in FIELDS:
        prefix, _, name = key.partition(".")
        by_prefix.setdefault(prefix, []).append(name)
    return "; ".join(
        f"{p}.{names[0]}" if len(names) == 1 else f"{p}.{{{','.join(names)}}}"
        for p, names in by_prefix.items()
    )


class Fact(BaseModel):
    """One fact as the chart states it."""

    model_config = _CONFIG

    field: FieldKey = Field(description=f"one of {_keys_text()}")
    """The field key (the description sent lists every key, brace-expanded)."""
    value: str | int | float | bool | None = None
    """as stated; dates YYYY-MM-DD; durations in days (6 weeks=42)"""
    quote: str = Field(max_length=MAX_QUOTE_CHARS)
    """exact words from the page"""
    file: str
    """file and page from the === header ==="""
    page: int = Field(ge=1)
    """1-based page number"""
    group: str | None = None
    """same id for facts of one therapy course, medication or consultant (therapy-1)"""

    @model_validator(mode="after")
    def _check_quote(self, info: ValidationInfo) -> Fact:
        """With a strict validation context, the quote must be on its page and state the value."""
        ctx: dict[str, Any] = info.context or {}
        if not ctx.get("strict"):
            return self
        reason = check_fact(self, ctx.get("pages") or {})
        if reason:
            raise ValueError(reason)
        return self


class Extraction(BaseModel):
    """Facts the chart pages state, each with its verbatim quote."""

    model_config = _CONFIG

    facts: list[Fact] = Field(default_factory=list, max_length=MAX_FACTS)
    """The facts."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """pydantic's schema, compacted (``compact_schema``): this is what the model is sent."""
        return compact_schema(super().model_json_schema(*args, **kwargs))


def compact_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The same JSON schema in fewer tokens.

    ``$defs`` are inlined, titles (except the top one, which names the tool) and ``null``
    defaults dropped, ``anyOf`` of plain types written as a type list, and the field-key enum
    left to the field's description (pydantic still enforces it, and a wrong key is
    re-asked with the reason).
    """
    defs = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return walk(defs[node["$ref"].rsplit("/", 1)[-1]])
        out = {k: walk(v) for k, v in node.items()
               if k not in ("title", "$defs") and not (k == "default" and v is None)}
        if "enum" in out and "description" in out:
            out.pop("enum")
        if out.get("type") in ("object", "array"):
            out.pop("description", None)
        any_of = out.get("anyOf")
        if any_of and all(set(a) == {"type"} for a in any_of):
            out.pop("anyOf")
            types = [a["type"] for a in any_of]
            out["type"] = [t for t in types if not (t == "integer" and "number" in types)]
        return out

    compact = walk(schema)
    compact["title"] = schema.get("title", "Extraction")
    compact["description"] = schema.get("description", "")
    return compact


def check_fact(fact: Fact, pages: dict[tuple[str, int], Page]) -> str | None:
    """Why ``fact`` fails the quote checks, or None when it passes. No chart text in the reason."""
    from extract.align import align, supports

    where = f"page {fact.page} of {fact.file}"
    page = pages.get((fact.file, fact.page))
    if page is None:
        return f"{where} was not among the pages sent; cite the file and page from the header"
    try:
        value = coerce_value(fact.field, fact.value)
    except (TypeError, ValueError) as exc:
        return f"value cannot be read as {FIELDS[fact.field].type}: {exc}"
    if not fact.quote.strip():
        return "quote is empty; copy the exact words that state the fact"
    _, _, alignment = align(fact.quote, page)
    if alignment == Alignment.none:
        return f"quote is not on {where}; copy the exact words from that page"
    if not supports(value, fact.quote, fact.field):
        return f"quote does not state the {fact.field} value; quote the words that state it"
    return None


def parse_lenient(payload: str) -> tuple[list[Fact], int]:
    """Parse an answer's JSON without the quote checks: (facts that have a valid shape, dropped).

    Used after the last retry, so that a fact whose quote still fails is kept (and flagged by
    grounding) rather than lost. Raises ``ValueError`` when the payload is not a JSON object
    with a ``facts`` list.
    """
    import json

    data = json.loads(_strip_fences(payload))
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise ValueError("answer is not an object with a facts list")
    facts: list[Fact] = []
    dropped = 0
    for item in data["facts"][:MAX_FACTS]:
        try:
            facts.append(Fact.model_validate(item))
        except ValueError:
            dropped += 1
    return facts, dropped


def _strip_fences(text: str) -> str:
    """The JSON inside a ```json fenced block, or the text itself."""
    t = text.strip()
    if t.startswith("```"):
        t = t.split("\n", 1)[1] if "\n" in t else ""
        if t.rstrip().endswith("```"):
            t = t.rstrip()[:-3]
    return t
