"""Document kinds: is a page (or a part of one) a PA form, an attestation, a cover letter, a
letter of medical necessity (administrative: what the request claims) or a progress note,
consult, e-consult reply, medication list, fill history (clinical: what care documented)?

The cue phrases are data (``chartreview/vocab/document_kinds.yaml``). A page takes the
best-scoring kind (a title near its top outweighs cues); a page with no clear kind keeps
the kind of the page before it in the same document. A line that is nothing but a title
further down starts a new part (a mixed document). ``Finding.source_kind`` records the kind
of the text a quote stands in; ``rules/facts.py`` uses it to let the clinical fact decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chartreview import vocab
from chartreview.errors import VocabularyError
from chartreview.models import Document, Finding


@dataclass(frozen=True)
class _Kind:
    name: str
    klass: str
    title: re.Pattern[str]
    whole_title: re.Pattern[str]
    cues: tuple[re.Pattern[str], ...]
    starts_part: bool = True


@dataclass(frozen=True)
class KindRules:
    """The compiled ``document_kinds.yaml``."""

    kinds: tuple[_Kind, ...]
    title_weight: int
    head_lines: int
    min_score: int
    checkbox: re.Pattern[str]
    checkbox_min: int
    checkbox_score: int
    checkbox_kinds: tuple[str, ...]


@lru_cache(maxsize=1)
def rules() -> KindRules:
    """The kind rules from the vocabulary (cached)."""
    data = vocab.load("document_kinds")
    try:
        kinds = []
        for name, spec in data["kinds"].items():
            alt = "|".join(f"(?:{t})" for t in spec["titles"])
            kinds.append(_Kind(
                name, spec["class"], re.compile(alt, re.I),
                re.compile(r"^[\s#*\-–—=|]*(?:" + alt + r")[\s#*\-–—=|.:]*$", re.I),
                tuple(re.compile(c, re.I | re.M) for c in spec.get("cues") or ()),
                bool(spec.get("starts_part", True)),
            ))
        return KindRules(
            tuple(kinds), int(data["title_weight"]), int(data["head_lines"]),
            int(data["min_score"]), re.compile(data["checkbox"]), int(data["checkbox_min"]),
            int(data["checkbox_score"]), tuple(data.get("checkbox_kinds") or ()),
        )
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise VocabularyError(f"vocabulary document_kinds.yaml: {exc}") from None


def kind_class(kind: str | None) -> str | None:
    """``administrative`` or ``clinical`` for a kind name; None when unknown."""
    return next((k.klass for k in rules().kinds if k.name == kind), None)


@lru_cache(maxsize=1)
def _title_separator() -> re.Pattern[str] | None:
    """``title_separator`` of document_kinds.yaml: what parts a running header's title from
    the rest of its line ("PRIOR AUTHORIZATION – <drug> · <clinic, city>")."""
    sep = vocab.load("document_kinds").get("title_separator")
    return re.compile(sep) if sep else None


def score_page(text: str) -> dict[str, int]:
    """Each kind's score for a page's text. A head line's leading segment (before a
    ``title_separator``) is a title line of its own: a header too long to be a title as a
    whole can still begin with one."""
    r = rules()
    head = [ln for ln in text.split("\n") if ln.strip()][: r.head_lines]
    sep = _title_separator()
    if sep is not None:
        head += [lead for ln in head if (lead := sep.split(ln, maxsplit=1)[0]) != ln]
    scores: dict[str, int] = {}
    for k in r.kinds:
        s = 0
        if any(len(ln.split()) <= 10 and k.title.search(ln) for ln in head):
            s += r.title_weight
        s += sum(1 for c in k.cues if c.search(text))
        scores[k.name] = s
    if len(r.checkbox.findall(text)) >= r.checkbox_min:
        for name in r.checkbox_kinds:
            scores[name] = scores.get(name, 0) + r.checkbox_score
    return scores


def page_kind(text: str, inherited: str | None = None) -> str | None:
    """The best-scoring kind of a page, or None when no kind reaches the minimum score. The
    kind of the page before (``inherited``) scores ``title_weight - 1`` more: a continued
    document changes kind only at a page that is clearly another one (its title and cues)."""
    scores = score_page(text)
    if inherited in scores:
        scores[inherited] += rules().title_weight - 1
    best = max(scores, key=lambda k: scores[k], default=None)
    return best if best is not None and scores[best] >= rules().min_score else None


def page_parts(text: str, inherited: str | None) -> list[tuple[int, str | None]]:
    """``(offset, kind)`` pairs in order: the page's kind from offset 0 (or ``inherited``),
    then a new part at each later line that is nothing but a title of another kind."""
    kind = page_kind(text, inherited) or inherited
    parts: list[tuple[int, str | None]] = [(0, kind)]
    first = True
    pos = 0
    for ln in text.split("\n"):
        if ln.strip():
            if not first:
                hit = next((k.name for k in rules().kinds
                            if k.starts_part and k.whole_title.match(ln)), None)
                if hit and hit != parts[-1][1]:
                    parts.append((pos, hit))
            first = False
        pos += len(ln) + 1
    return parts


def document_parts(doc: Document) -> dict[int, list[tuple[int, str | None]]]:
    """Parts of every page of ``doc``, keyed by page number."""
    out: dict[int, list[tuple[int, str | None]]] = {}
    kind: str | None = None
    for page in doc.pages:
        parts = page_parts(page.text, kind)
        out[page.number] = parts
        kind = parts[-1][1]
    return out


def kind_at(parts: list[tuple[int, str | None]], offset: int) -> str | None:
    """The kind of the part that ``offset`` falls in."""
    kind = parts[0][1] if parts else None
    for start, k in parts:
        if start <= offset:
            kind = k
    return kind


_PARTS: dict[tuple[str, int], dict[int, list[tuple[int, str | None]]]] = {}
"""``document_parts`` by the document's hash and page texts (the extractor and the pipeline
both ask for the same document)."""


def parts_of(doc: Document) -> dict[int, list[tuple[int, str | None]]]:
    """``document_parts`` of ``doc``, computed once per document (cached)."""
    key = (doc.sha256, hash(tuple(p.text for p in doc.pages)))
    if key not in _PARTS:
        if len(_PARTS) >= 256:
            _PARTS.clear()
        _PARTS[key] = document_parts(doc)
    return _PARTS[key]


def annotate(findings: list[Finding], documents: list[Document]) -> None:
    """Set ``source_kind`` on findings that have none, from the part their quote stands in."""
    todo = [f for f in findings if f.source_kind is None]
    if not todo:
        return
    docs = {d.file: d for d in documents}
    for f in todo:
        doc = docs.get(f.file)
        parts = parts_of(doc).get(f.page) if doc is not None else None
        if parts:
            f.source_kind = kind_at(parts, f.char_start)
