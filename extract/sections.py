"""Section detection and sentence splitting, with the header rules as data.

Headers come from ``chartreview/vocab/sections.yaml``. A header is recognised at the start of
a line, either alone on the line (``ASSESSMENT``) or followed by a colon (``Plan: ...``);
one-letter SOAP headers (``S:``, ``A:``) need the colon. The text after the colon belongs
to the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from chartreview.errors import VocabularyError

VOCAB_DIR = Path(__file__).resolve().parent.parent / "chartreview" / "vocab"


@dataclass(frozen=True)
class SectionRule:
    """One section kind: its name, default contexts and default medication status."""

    name: str
    context: tuple[str, ...] = ()
    med_status: str | None = None


@dataclass(frozen=True)
class Section:
    """A run of page text under one header."""

    name: str
    start: int
    end: int
    rule: SectionRule = field(default_factory=lambda: SectionRule("none"))


@dataclass(frozen=True)
class Sentence:
    """One sentence (or table row / form line) of a page."""

    start: int
    end: int
    section: Section


class SectionDetector:
    """Finds section headers in page text with one compiled regex."""

    def __init__(self, rules: list[dict]) -> None:
        self.rules: dict[str, SectionRule] = {}
        alts: list[str] = []
        for i, r in enumerate(rules):
            name = r["name"]
            self.rules[f"s{i}"] = SectionRule(
                name, tuple(r.get("context") or ()), r.get("med_status")
            )
            pats = [p for p in r["patterns"]]
            alts.append(f"(?P<s{i}>{'|'.join(pats)})")
        body = "|".join(alts)
        # header at line start, optional numbering/bullet, then ':' or end of line
        self._rx = re.compile(
            r"^[ \t]*(?:[-*•]\s*|\d{1,2}[.)]\s*|[IVX]+\.\s*)?(?:" + body + r")"
            # a short qualifier before the colon: "Past treatments per pt + records:",
            # "Medications (reconciled today):"
            r"(?P<qual>[ \t]+(?:per|from|according to|as reported by|reported by)\b[^:\n]{0,30}"
            r"|[ \t]*\([^()\n]{0,30}\))?"
            r"(?P<colon>[ \t]*:|[ \t]*$)",
            re.I | re.M,
        )

    def find(self, text: str) -> list[Section]:
        """The sections of ``text`` in order; text before the first header is ``none``."""
        heads: list[tuple[int, int, SectionRule]] = []
        for m in self._rx.finditer(text):
            key = next(k for k, v in m.groupdict().items()
                       if v is not None and k not in ("colon", "qual"))
            if m.group("qual") and ":" not in m.group("colon"):
                continue  # a qualified header needs its colon
            word = m.group(key)
            if len(word) <= 2 and ":" not in m.group("colon"):
                continue  # one/two-letter SOAP headers need a colon
            if ":" not in m.group("colon") and not _looks_like_header(word):
                continue
            heads.append((m.start(), m.end(), self.rules[key]))
        out: list[Section] = []
        prev_end, prev_rule = 0, SectionRule("none")
        for start, end, rule in heads:
            if start > prev_end or out or prev_rule.name != "none":
                out.append(Section(prev_rule.name, prev_end, start, prev_rule))
            prev_end, prev_rule = end, rule
        out.append(Section(prev_rule.name, prev_end, len(text), prev_rule))
        return [s for s in out if s.end > s.start or s.name != "none"]


def _looks_like_header(word: str) -> bool:
    """A colon-less header must be written as a header: Title Case or UPPER CASE."""
    letters = [w for w in re.split(r"\W+", word) if w]
    return bool(letters) and all(w[0].isupper() for w in letters if len(w) > 3)


@lru_cache(maxsize=1)
def default_detector() -> SectionDetector:
    """The detector built from ``sections.yaml`` (cached)."""
    path = VOCAB_DIR / "sections.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return SectionDetector(data["sections"])
    except (OSError, KeyError, TypeError, yaml.YAMLError, re.error) as exc:
        raise VocabularyError(f"cannot load section rules {path.name}: {exc}") from exc


# --------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------
_ABBREV = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|vs|approx|oint|inc|st|jr|sr|no|pt|pts|hx|dx|tx|rx|e\.g|i\.e|etc"
    r"|b\.i\.d|t\.i\.d|q\.d|p\.r\.n|q\.h\.s|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|sig|approx|fig|ref|dept|sol|soln|lot|crm)|(?<![\w/])(?-i:[A-Z]))$",
    re.I,
)
# a line ending in a personal title ("Dr.", "Mrs."): the name follows on the next line
_TITLE_END = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof)\.[ \t]*$", re.I)
_BREAK = re.compile(r"[.!?](?=\s+[\"(\[]?[A-Z0-9])|;|\n")
# (a form's row answered in a Y/N column, "Y  -  Applied daily ...", is an item too)
_LINE_START_BREAK = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,2}[.)]\s|[A-Za-z][A-Za-z /&'-]{0,40}:"
                               r"|[YN][ \t]*[-–][ \t])")


# a line opening with a date range and then a product ("2026-04-02 to 2026-05-04 mometasone
# ...", "3/1/2025 - present | desonide ...") starts a row of a treatment table, not the wrapped
# end of the line above, unless that line leads into a date ("... used daily from"); a range
# followed by anything else ("BID daily\n07/13/2026 - 08/24/2026. Excellent ...") may wrap
_DATE_ROW = re.compile(
    r"^\s*(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4})"
    r"[ \t]*(?:to|through|thru|until|-|–|—)[ \t]*"
    r"(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}"
    r"|present|now|current|ongoing|today)\b[ \t|:]*", re.I)
_DATE_LEAD_END = re.compile(
    r"\b(?:from|on|between|since|of|in|and|to|until|through|dated|during|started|began|"
    r"stopped|was|were|at|by)[ \t]*$", re.I)


def split_sentences(text: str, sections: list[Section],
                    row_product: re.Pattern[str] | None = None) -> list[Sentence]:
    """Split page text into sentences, joining lines that wrap a running sentence.

    A newline ends a sentence unless the line wraps (it is long, or the next line starts in
    lower case), does not end in punctuation, and the next line does not start a list item or
    a ``Label:``. With ``row_product`` (the product names), a line opening with a date range
    and a product starts a table row.
    """
    lines = text.split("\n")
    long_line = 0.6 * max((len(ln) for ln in lines), default=0)
    out: list[Sentence] = []
    for sec in sections:
        start = sec.start
        pos = sec.start
        chunk = text[sec.start:sec.end]
        for m in _BREAK.finditer(chunk):
            cut = sec.start + m.start()
            ch = m.group(0)
            if ch == "\n":
                line = text[text.rfind("\n", 0, cut) + 1:cut]
                nxt_end = text.find("\n", cut + 1)
                nxt = text[cut + 1:nxt_end if nxt_end >= 0 else len(text)]
                wraps = len(line) >= long_line or (
                    re.match(r"\s*[a-z(]", nxt) and len(line.split()) >= 6)
                if (
                    wraps
                    and not re.search(r"[.:;!?]\s*$", line)
                    and not _LINE_START_BREAK.match(nxt)
                    and not _date_row(nxt, line, row_product)
                    and nxt.strip()
                ):
                    continue
                if _TITLE_END.search(line) and re.match(r"[ \t]*[A-Z]", nxt):
                    continue  # "... In June 2021 Dr.\nLee recorded ...": a name wrapped
                end = cut
            elif ch in ".!?":
                if _ABBREV.search(text[max(start, cut - 8):cut]):
                    continue
                end = cut + 1
            else:
                end = cut
            _add(out, text, start, end, sec)
            start = pos = cut + 1
        _add(out, text, max(start, pos), sec.end, sec)
    return out


def _date_row(nxt: str, line: str, row_product: re.Pattern[str] | None) -> bool:
    """Does ``nxt`` open a table row with its dates then its product (``line`` not leading
    into a date)?"""
    m = _DATE_ROW.match(nxt) if row_product is not None else None
    return bool(m) and bool(row_product.match(nxt, m.end())) and \
        not _DATE_LEAD_END.search(line)


def _add(out: list[Sentence], text: str, start: int, end: int, sec: Section) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, sec))
