"""A small ConText engine (Harkema et al. 2009) whose trigger rules are data.

Rules come from ``chartreview/vocab/context_rules.yaml``. For one page, every rule's regex
runs once over the page text; triggers are then cut to their sentence. Overlapping triggers
keep the longest (so the pseudo-trigger "no improvement" beats the negation "no"); pseudo
triggers are then dropped. A trigger's scope runs forward, backward or both from it, up to
the sentence's end, a terminator that ends its category, or its word window. A target span
takes the category of every trigger whose scope covers it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from chartreview.errors import VocabularyError
from extract.lexicon import spaced as _spaced
from extract.sections import VOCAB_DIR, Sentence

CONTEXT_CATEGORIES = ("negated", "historical", "family", "hypothetical", "planned")
"""Categories that go into ``Finding.context``. ``current`` is internal (medication status)."""

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Rule:
    """One trigger rule."""

    phrase: str
    category: str
    direction: str
    window: int
    ends: tuple[str, ...] | None
    cuts: tuple[str, ...] = ()
    """Categories whose scopes this trigger also ends (e.g. "currently" ends a negation)."""
    bounded: bool = True
    """Add word boundaries around the phrase (off for "-naive" or checkbox answers)."""
    gender: str | None = None
    """``f``/``m`` on family triggers and pronoun terminators: a pronoun does not end the
    scope of a relative of its own gender ("Daughter with Crohn's - she is on Rinvoq")."""
    line: bool = False
    anaphor: bool = False
    """A relative's possessive pronoun ("his", "her"): a family trigger only when a relative of
    its gender is named earlier in the sentence and a pronoun of the other gender (the
    patient) stands between ("her husband, who has RA - she gives him his weekly MTX")."""
    """Keep the scope on the trigger's own line (a list entry's post-modifier: "azathioprine -
    never used" says nothing of the entry on the line above)."""


@dataclass(frozen=True)
class Trigger:
    """One trigger matched in a page, with its scope."""

    start: int
    end: int
    rule: Rule
    scope_start: int
    scope_end: int


class ContextEngine:
    """Applies the trigger rules to pages and answers context questions about spans."""

    def __init__(self, rules: list[Rule], cut_filler: str = "") -> None:
        self.rules = rules
        self.cut_filler = re.compile(r"\s*(?:(?:" + cut_filler + r")\s+)*", re.I) if cut_filler else None
        self._rx = [
            re.compile(r"(?<![\w/'-])(?:" + spaced(r.phrase) + r")(?![\w/'])", re.I)
            if r.bounded else re.compile(r"(?:" + spaced(r.phrase) + r")(?![\w/'])", re.I)
            for r in rules
        ]

    def page_triggers(self, text: str, sentences: list[Sentence]) -> list[Trigger]:
        """All triggers of a page, with scopes limited to their sentence."""
        raw: list[tuple[int, int, int]] = []
        for i, rx in enumerate(self._rx):
            raw.extend((m.start(), m.end(), i) for m in rx.finditer(text) if m.end() > m.start())
        raw.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        chosen: list[tuple[int, int, Rule]] = []
        last_end = -1
        for s, e, i in raw:
            if s < last_end:
                continue
            chosen.append((s, e, self.rules[i]))
            last_end = e
        chosen = [c for c in chosen if c[2].category != "pseudo"]
        return self._scoped(text, chosen, sentences)

    def _scoped(
        self, text: str, chosen: list[tuple[int, int, Rule]], sentences: list[Sentence]
    ) -> list[Trigger]:
        out: list[Trigger] = []
        si = 0
        for s, e, rule in chosen:
            while si < len(sentences) and sentences[si].end <= s:
                si += 1
            if si >= len(sentences) or sentences[si].start > s:
                continue
            sent = sentences[si]
            if rule.category == "terminate":
                out.append(Trigger(s, e, rule, s, e))
                continue
            if rule.anaphor and not _refers_to_relative(chosen, rule, s, sent.start):
                continue
            lo, hi = e, e
            if rule.direction in ("forward", "bidirectional"):
                hi = _forward_limit(text, e, sent.end, rule.window)
                if rule.gender:  # "Mom asks ... she takes - she is on X": her pronoun in the
                    for ts, te, tr in chosen:  # scope refers to her, and renews the window
                        if tr.category == "terminate" and tr.gender == rule.gender and \
                                e <= ts < hi:
                            hi = max(hi, _forward_limit(text, te, sent.end, rule.window))
                hi = _extend_list(text, e, hi, sent.end)
            if rule.direction in ("backward", "bidirectional"):
                lo = _backward_limit(text, s, sent.start, rule.window)
            if rule.direction == "backward":
                hi = s
            if rule.line:
                lo = max(lo, text.rfind("\n", 0, s) + 1)
                nl = text.find("\n", e)
                hi = min(hi, nl) if nl >= 0 else hi
            lo, hi = _paren_bounds(text, s, e, lo, hi, label=rule.category == "family")
            out.append(Trigger(s, e, rule, lo, hi))
        return _apply_terminators(text, out, self.cut_filler)

    def categories(
        self, triggers: list[Trigger], start: int, end: int
    ) -> dict[str, int]:
        """Categories whose scope covers ``[start, end)``, each with its trigger distance."""
        found: dict[str, int] = {}
        for t in triggers:
            if t.rule.category == "terminate":
                continue
            if t.scope_start < end and start < t.scope_end:
                if t.start < end and start < t.end:
                    inside = t.start <= start and end <= t.end and t.end - t.start > end - start + 3
                    if not inside:
                        continue  # the trigger is the target itself
                dist = start - t.end if t.end <= start else t.start - end
                cat = t.rule.category
                if cat not in found or dist < found[cat]:
                    found[cat] = max(dist, 0)
        return found


def spaced(pattern: str) -> str:
    """A space in a trigger phrase matches any whitespace run, and also a stray period before
    a lower-case word (OCR noise: "Never. on MTX"; the sentence splitter keeps it one
    sentence too)."""
    return _spaced(pattern).replace(r"\s+", r"(?:\.?\s+(?=(?-i:[a-z]))|\s+)")


def _forward_limit(text: str, pos: int, limit: int, window: int) -> int:
    end = pos
    for n, m in enumerate(_WORD.finditer(text, pos, limit)):
        if n >= window:
            break
        end = m.end()
    return end


_TRAILING_SEP = re.compile(r"(?:,|\s+(?:or|and|nor)|\s*/)\s*$")
_LIST_SEP = re.compile(r",|\bor\b|\bnor\b|/")
# one more list item: a word, or "any/other/all" and up to two words ("or any JAK inhibitor"),
# with the parenthesis that names it ("(Opzelura/oral)")
_LIST_CONT = re.compile(r"(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?|\s+(?:or|and|nor)\s+|\s*/\s*)"
                        r"(?:(?:any|other|all)\s+[\w'-]+(?:\s+[\w'-]+)?|[\w'-]+)"
                        r"(?:\s*\([^()\n]{1,60}\))?")


def _extend_list(text: str, start: int, hi: int, limit: int) -> int:
    """Carry a scope that ends inside a list to the list's end ("no methotrexate,
    cyclosporine, Rinvoq, Olumiant or Opzelura")."""
    if not _LIST_SEP.search(text, start, hi):
        return hi
    orig = hi
    tail = _TRAILING_SEP.search(text, start, hi)
    if tail:
        hi = tail.start()  # the window ended on "," / "or": re-read the list from there
    else:  # the window ended inside the last item ("or any | JAK inhibitor"): re-read it
        seps = list(_LIST_SEP.finditer(text, start, hi))
        h2 = seps[-1].start()
        while h2 > start and text[h2 - 1].isspace():
            h2 -= 1
        if _LIST_CONT.match(text, h2):
            hi = h2
    while True:
        m = _LIST_CONT.match(text, hi)
        if not m or m.end() > limit:
            return max(hi, orig)
        hi = m.end()


def _backward_limit(text: str, pos: int, limit: int, window: int) -> int:
    words = list(_WORD.finditer(text, limit, pos))
    if not words:
        return pos
    return words[max(0, len(words) - window)].start()


def _paren_bounds(text: str, s: int, e: int, lo: int, hi: int,
                  label: bool = False) -> tuple[int, int]:
    """A trigger inside a parenthesis ("(records requested, not yet received): clobetasol")
    says nothing beyond it: its scope stops at the parenthesis' ends. A relative's word that
    fills the parenthesis after a name opening its line (``label``: "Julia (spouse) | Rinvoq
    15 mg | active", a household pharmacy profile's member column) names whose entry the line
    is: its scope runs on to the line's end."""
    opened = text.rfind("(", max(0, s - 200), s)
    if opened < 0 or text.rfind(")", opened, s) >= 0:
        return lo, hi
    closed = text.find(")", e, hi)
    if label and closed >= 0 and not text[opened + 1:s].strip() and not text[e:closed].strip():
        line_start = text.rfind("\n", 0, opened) + 1
        if re.fullmatch(r"[ \t|*•-]*(?:[A-Z][\w.'-]*[ \t]+){0,2}[A-Z][\w.'-]*[ \t]*",
                        text[line_start:opened]):
            nl = text.find("\n", e)
            return lo, (min(hi, nl) if nl >= 0 else hi)
    if closed >= 0:
        hi = closed
    return max(lo, opened + 1), hi


def _refers_to_relative(chosen: list[tuple[int, int, Rule]], rule: Rule, pos: int,
                        sent_start: int) -> bool:
    """Does the anaphoric pronoun at ``pos`` refer to a relative: a family trigger of its
    gender earlier in the sentence, then a pronoun of the other gender (the patient's)?"""
    for rs, re_, rel in chosen:
        if sent_start <= rs < pos and rel.category == "family" and not rel.anaphor \
                and rel.gender == rule.gender:
            if any(tr.category == "terminate" and tr.gender and tr.gender != rule.gender
                   and re_ <= ts < pos for ts, _te, tr in chosen):
                return True
    return False


def _apply_terminators(text: str, triggers: list[Trigger],
                       cut_filler: re.Pattern[str] | None = None) -> list[Trigger]:
    """Cut scopes at terminators that end their category. A pronoun does not end the scope
    of a relative of its gender; a cutter ("taking") right after a trigger, or after only
    filler words (``cut_filler``), belongs to its phrase ("denies ever taking") and cuts nothing."""
    terms = [t for t in triggers if t.rule.category == "terminate" or t.rule.cuts]
    if not terms:
        return triggers
    out: list[Trigger] = []
    for t in triggers:
        if t.rule.category == "terminate":
            out.append(t)
            continue
        lo, hi = t.scope_start, t.scope_end
        for term in terms:
            if term is t:
                continue
            if term.rule.category == "terminate":
                ends = term.rule.ends
                if ends is not None and t.rule.category not in ends:
                    continue
                if term.rule.gender and term.rule.gender == t.rule.gender:
                    continue
            elif t.rule.category not in term.rule.cuts:
                continue
            elif (cut_filler is not None and t.end <= term.start
                  and cut_filler.fullmatch(text, t.end, term.start)):
                continue
            if t.end <= term.start < hi:
                hi = term.start
            if lo < term.end <= t.start:
                lo = term.end
        out.append(Trigger(t.start, t.end, t.rule, lo, hi))
    return out


def load_rules(data: dict) -> list[Rule]:
    """Rules from the parsed YAML document."""
    window = int(data.get("defaults", {}).get("window", 10))
    rules = []
    for r in data["rules"]:
        ends = r.get("ends")
        rules.append(
            Rule(
                phrase=r["phrase"],
                category=r["category"],
                direction=r.get("direction", "forward"),
                window=int(r.get("window", window)),
                ends=tuple(ends) if ends else None,
                cuts=tuple(r.get("cuts") or ()),
                bounded=bool(r.get("bounded", True)),
                gender=r.get("gender"),
                line=bool(r.get("line", False)),
                anaphor=bool(r.get("anaphor", False)),
            )
        )
    return rules


@lru_cache(maxsize=1)
def default_engine() -> ContextEngine:
    """The engine built from ``context_rules.yaml`` (cached)."""
    path = VOCAB_DIR / "context_rules.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ContextEngine(load_rules(data), str(data.get("defaults", {}).get("cut_filler", "")))
    except (OSError, KeyError, TypeError, yaml.YAMLError, re.error) as exc:
        raise VocabularyError(f"cannot load context rules {path.name}: {exc}") from exc
