"""What the LLM is sent: the selected pages, packed into windows, behind a compact instruction.

**Token estimate.** ``estimate_tokens(text) = ceil(len(text) / 4)``: the usual English
average for BPE tokenizers. No tokenizer is downloaded (tiktoken fetches its tables from the
internet on first use, which these machines cannot), so the estimate is the same everywhere.

**Page selection.** A page is sent when it holds a *strong* keyword: a term that can state a
fact the policy decides on (date of birth, hand eczema, IGA-CHE/HECSI, a steroid or a
JAK/immunosuppressant name, a specialty, a medication list heading, ...), when the
vocabularies (``chartreview.vocab``, when present) name a term on it, or when the offline
extractor found a fact on it. Fax covers, lab tables, insurance pages and boilerplate are not
sent. ``page_hits`` explains the choice page by page.

**Windows.** Selected pages are packed, in order, into windows of at most
``settings.llm_window_tokens`` estimated tokens. When a window ends in the middle of a run
of consecutive pages, the next window opens with the tail of the previous page
(``settings.llm_window_overlap_tokens``), so a list or sentence that crosses the cut is
seen whole once. A page longer than a window is split at line breaks.

**Prompt.** One user message (some chat templates drop system messages): a short
instruction, then each page under a header ``=== file.pdf page 3 ===``. The schema goes in
the tool/JSON-schema definition instructor builds from ``extract.llm_schema.Extraction``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from chartreview.models import Document, Evidence, Page
from extract.llm_schema import Extraction

PROMPT_VERSION = "2"
"""Bump when the instruction or the page format changes: it keys the on-disk cache."""

def _selection() -> dict:
    """The instruction and line patterns, from ``chartreview/vocab/llm_selection.yaml``."""
    from chartreview import vocab

    return vocab.load("llm_selection")


INSTRUCTION: str = _selection()["instruction"]
"""The one-sentence instruction sent before the pages (the schema goes as the tool)."""

STRONG_TERMS: tuple[str, ...] = tuple(_selection()["line_patterns"])
"""Patterns of lines that can state a deciding fact, or the context that changes one."""
_STRONG_RE = re.compile("|".join(f"(?:{t})" for t in STRONG_TERMS), re.IGNORECASE)


def estimate_tokens(text: str) -> int:
    """Estimated tokens of ``text``: ``ceil(len(text) / 4)`` (see the module docstring)."""
    return math.ceil(len(text) / 4)


@lru_cache(maxsize=1)
def _vocab_regex() -> re.Pattern[str] | None:
    """Word-bounded regex of every drug surface form in ``chartreview.vocab``, if loadable."""
    try:
        from chartreview import vocab

        names = [n for n in vocab.all_drug_names() if len(n) >= 4]
    except Exception:  # noqa: BLE001 - a missing vocabulary must not stop extraction
        return None
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def page_hits(page: Page) -> list[str]:
    """The distinct strong terms and vocabulary drug names (lower-cased) found on ``page``."""
    hits = {m.group(0).lower() for m in _STRONG_RE.finditer(page.text)}
    vocab_re = _vocab_regex()
    if vocab_re is not None:
        hits.update(m.group(0).lower() for m in vocab_re.finditer(page.text))
    return sorted(hits)


def _header_lines(text: str) -> set[int]:
    """Indexes of the lines holding a section header (``extract.sections``), if available."""
    try:
        from extract.sections import default_detector

        sections = default_detector().find(text)
    except Exception:  # noqa: BLE001 - without headers, keyword lines still go
        return set()
    return {text.count("\n", 0, max(s.start - 1, 0)) for s in sections if s.name != "none"}


def select_lines(page: Page, keep_spans: list[tuple[int, int]] | None = None) -> str:
    """The page's lines worth sending, dropped runs shown as ``...`` (empty: nothing to send).

    A line is kept when it holds a strong term or a vocabulary drug name, is a section header
    (so that a mention keeps its section: family history, past medications, plan), or
    overlaps a span in ``keep_spans`` (the offline extractor's quotes); with it go the line
    before and after when the sentence runs across the line break.
    """
    lines = page.text.split("\n")
    keep = _header_lines(page.text)
    vocab_re = _vocab_regex()
    offset = 0
    hit_any = False
    for i, line in enumerate(lines):
        end = offset + len(line)
        hit = bool(_STRONG_RE.search(line)) or bool(vocab_re and vocab_re.search(line))
        hit = hit or any(a < end and b > offset for a, b in keep_spans or [])
        if hit:
            keep.add(i)
            hit_any = True
            if not line.rstrip().endswith((".", ":")) and i + 1 < len(lines):
                keep.add(i + 1)  # the sentence goes on
            if i > 0 and not lines[i - 1].rstrip().endswith((".", ":")):
                keep.add(i - 1)  # the sentence began on the line before
        offset = end + 1
    if not hit_any:
        return ""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in keep:
            out.append(line)
        elif not out or out[-1] != "...":
            out.append("...")
    return "\n".join(out)


def select_pages(
    documents: list[Document], offline: Evidence | None = None, *, lines: bool = True
) -> list[tuple[Document, Page, str]]:
    """The pages worth sending, in document order, each with the text to send for it.

    ``lines`` False sends whole pages (those with a hit); True sends ``select_lines``.
    """
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for f in offline.findings if offline else []:
        spans.setdefault((f.file, f.page), []).append((f.char_start, max(f.char_end,
                                                                            f.char_start + 1)))
    chosen: list[tuple[Document, Page, str]] = []
    for doc in documents:
        for page in doc.pages:
            text = select_lines(page, spans.get((doc.file, page.number)))
            if text:
                chosen.append((doc, page, text if lines else page.text))
    return chosen


@dataclass
class Chunk:
    """A piece of one page's text placed in a window, with the header the model sees."""

    file: str
    page: int
    text: str
    label: str = ""

    def render(self) -> str:
        """The header line and the text."""
        suffix = f" {self.label}" if self.label else ""
        return f"=== {self.file} page {self.page}{suffix} ===\n{self.text}"


@dataclass
class Window:
    """One request's worth of page text."""

    chunks: list[Chunk] = field(default_factory=list)

    def text(self) -> str:
        """The pages as the model sees them."""
        return "\n".join(c.render() for c in self.chunks)

    def pages(self) -> set[tuple[str, int]]:
        """The (file, page) pairs this window cites."""
        return {(c.file, c.page) for c in self.chunks}


def _split_page(doc: Document, page: Page, text: str, limit_chars: int) -> list[Chunk]:
    """``text`` (of ``page``) as one chunk, or several at line breaks when longer than a window."""
    if len(text) <= limit_chars:
        return [Chunk(doc.file, page.number, text)]
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit_chars:
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:limit_chars])
            line = line[limit_chars:]
        if current and len(current) + 1 + len(line) > limit_chars:
            parts.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        parts.append(current)
    return [
        Chunk(doc.file, page.number, t, f"(part {i} of {len(parts)})")
        for i, t in enumerate(parts, 1)
    ]


def _tail(text: str, chars: int) -> str:
    """The last ``chars`` characters of ``text``, cut at a line or word start."""
    if len(text) <= chars:
        return text
    tail = text[-chars:]
    for sep in ("\n", " "):
        cut = tail.find(sep)
        if 0 <= cut < len(tail) - 1:
            return tail[cut + 1 :]
    return tail


def build_windows(
    selected: list[tuple[Document, Page, str]], window_tokens: int, overlap_tokens: int
) -> list[Window]:
    """Pack the selected pages into windows (see the module docstring)."""
    limit = max(window_tokens, 64) * 4
    overlap = max(overlap_tokens, 0) * 4
    windows: list[Window] = []
    current = Window()
    size = 0
    prev: tuple[Document, Page] | None = None
    for doc, page, text in selected:
        for chunk in _split_page(doc, page, text, limit):
            n = len(chunk.render()) + 1
            if current.chunks and size + n > limit:
                windows.append(current)
                current, size = Window(), 0
                if overlap and prev is not None and _follows(prev, (doc, page)):
                    last = windows[-1].chunks[-1]
                    tail = Chunk(last.file, last.page, _tail(last.text, overlap), "(end)")
                    current.chunks.append(tail)
                    size += len(tail.render()) + 1
            current.chunks.append(chunk)
            size += n
            prev = (doc, page)
    if current.chunks:
        windows.append(current)
    return windows


def _follows(prev: tuple[Document, Page], nxt: tuple[Document, Page]) -> bool:
    """True when ``nxt`` is the same page as ``prev`` or the page right after it."""
    return prev[0].file == nxt[0].file and nxt[1].number - prev[1].number in (0, 1)


def schema_text() -> str:
    """The JSON schema instructor sends for the response model (for the token estimate)."""
    return json.dumps(Extraction.model_json_schema(), separators=(",", ":"))


def user_message(window: Window) -> str:
    """The one user message of a window's request."""
    return f"{INSTRUCTION}\n\n{window.text()}"


def prompt_hash(windows: list[Window]) -> str:
    """SHA-256 of everything the windows would send (keys the cache; holds no chart text)."""
    h = hashlib.sha256()
    for w in windows:
        h.update(user_message(w).encode())
        h.update(b"\x00")
    return h.hexdigest()


def plan(
    documents: list[Document],
    *,
    window_tokens: int = 6000,
    overlap_tokens: int = 150,
    offline: Evidence | None = None,
    lines: bool = True,
) -> list[Window]:
    """Select pages (and lines) and pack them into windows: exactly what ``extract.llm`` sends."""
    return build_windows(
        select_pages(documents, offline, lines=lines), window_tokens, overlap_tokens
    )


def token_budget(
    documents: list[Document],
    *,
    window_tokens: int = 6000,
    overlap_tokens: int = 150,
    offline: Evidence | None = None,
    lines: bool = True,
) -> dict[str, float | int]:
    """Estimated tokens of the chart itself and of what extraction would send for it.

    ``chart_tokens``: all pages' text. ``tokens_to_send``: per window, the instruction, the
    page headers and texts, and the JSON schema, summed over windows. ``ratio`` is the second
    over the first (the benchmark's goal is <= 1.3). Also: pages in the chart, pages sent,
    windows, and the overhead (instruction + schema) per window.
    """
    chart = sum(estimate_tokens(p.text) for d in documents for p in d.pages)
    windows = plan(
        documents, window_tokens=window_tokens, overlap_tokens=overlap_tokens, offline=offline,
        lines=lines,
    )
    schema = estimate_tokens(schema_text())
    send = sum(estimate_tokens(user_message(w)) + schema for w in windows)
    return {
        "chart_tokens": chart,
        "tokens_to_send": send,
        "ratio": round(send / chart, 3) if chart else 0.0,
        "pages": sum(len(d.pages) for d in documents),
        "pages_sent": len({pc for w in windows for pc in w.pages()}),
        "windows": len(windows),
        "overhead_per_window": estimate_tokens(INSTRUCTION) + schema,
    }
