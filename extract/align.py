"""Ground quotes in page text: offsets, boxes, and whether a quote supports its value.

- ``align(quote, page)``: exact match after folding (case, whitespace, hyphenated line
  breaks, typographic quotes/dashes, NFKC), offsets mapped back to the original text; else
  a fuzzy match (rapidfuzz ``partial_ratio_alignment``) scoring at least FUZZY_THRESHOLD.
- ``bbox_for`` / ``boxes_for``: the union box of a span's words, or one box per line.
- ``ground(finding, documents)``: locate a finding's quote (cited page, then the cited
  file, then every document) and fill file/page/offsets/bbox/alignment.
- ``supports(value, quote, field)``: does the quote actually state the value?
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from chartreview.models import FIELDS, Alignment, Document, Finding, Page
from extract.dates import (
    MONTHS,
    SCORE_WORDS_RE,
    SEASONS,
    find_date_ranges,
    find_durations,
    find_yearless,
    md_range_days,
    md_range_in,
    score_value,
)
from extract.lexicon import lexicon as compiled_lexicon
from extract.lexicon import onset_age
from extract.pdf import normalize_word

FUZZY_THRESHOLD = 90.0
"""Minimum rapidfuzz partial-ratio score (0-100) for a fuzzy alignment."""
FUZZY_MIN_LEN = 8
"""Quotes shorter than this (after folding) are only matched exactly."""

_PUNCT_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})


# --------------------------------------------------------------------------------------
# folding with an offset map
# --------------------------------------------------------------------------------------
def fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for matching; return (folded, index) with ``index[k]`` the offset in
    ``text`` of folded character ``k``.

    Lower case, whitespace runs -> one space, ``word-\\nword`` -> ``wordword``, typographic
    quotes and dashes -> ASCII, NFKC per character. Cached: page texts are folded once.
    """
    folded, idx = _fold_cached(text)
    return folded, list(idx)


@lru_cache(maxsize=8192)
def _fold_cached(text: str) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    idx: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "-" and i + 1 < n and text[i + 1] == "\n" and out and out[-1].isalnum():
            i += 2  # hyphenated line break: join the halves
            while i < n and text[i] in " \t":
                i += 1
            continue
        if ch.isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            if out and out[-1] != " ":
                out.append(" ")
                idx.append(i)
            i = j
            continue
        if ch.isascii():
            out.append(ch.lower())
            idx.append(i)
        else:
            for c in normalize_word(ch.translate(_PUNCT_FOLD)).lower() or ch.lower():
                out.append(c)
                idx.append(i)
        i += 1
    while out and out[-1] == " ":
        out.pop()
        idx.pop()
    return "".join(out), tuple(idx)


def _span(idx: Sequence[int], text: str, k0: int, k1: int) -> tuple[int, int]:
    """Original offsets of folded span [k0, k1)."""
    return idx[k0], idx[k1 - 1] + 1


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _exact(fq: str, page: Page) -> tuple[int, int] | None:
    ft, idx = _fold_cached(page.text)
    k = ft.find(fq)
    if k < 0:
        return None
    return _span(idx, page.text, k, k + len(fq))


def _fuzzy(fq: str, page: Page) -> tuple[int, int, float] | None:
    if len(fq) < FUZZY_MIN_LEN:
        return None
    ft, idx = _fold_cached(page.text)
    if not ft:
        return None
    res = fuzz.partial_ratio_alignment(fq, ft, score_cutoff=FUZZY_THRESHOLD)
    if res is None or res.dest_end <= res.dest_start:
        return None
    if len(fq) > len(ft):  # the page is shorter than the quote: the page is the match
        return None
    start, end = _span(idx, page.text, res.dest_start, res.dest_end)
    start, end = _snap(page.text, start, end)
    return start, end, res.score


def align(quote: str, page: Page) -> tuple[int, int, Alignment]:
    """Locate ``quote`` in ``page.text``: exact (folded) first, then fuzzy; else (0, 0, none)."""
    fq, _ = fold(quote.strip())
    if not fq:
        return 0, 0, Alignment.none
    hit = _exact(fq, page)
    if hit:
        return hit[0], hit[1], Alignment.exact
    fz = _fuzzy(fq, page)
    if fz:
        return fz[0], fz[1], Alignment.fuzzy
    return 0, 0, Alignment.none


# --------------------------------------------------------------------------------------
# boxes
# --------------------------------------------------------------------------------------
def _span_words(page: Page, start: int, end: int):
    return [w for w in page.words if w.char_start < end and w.char_end > start]


def bbox_for(page: Page, start: int, end: int) -> list[float] | None:
    """Union box ``[x0, top, x1, bottom]`` of the words overlapping [start, end), or None."""
    words = _span_words(page, start, end)
    if not words or end <= start:
        return None
    return [min(w.x0 for w in words), min(w.top for w in words),
            max(w.x1 for w in words), max(w.bottom for w in words)]


def boxes_for(page: Page, start: int, end: int) -> list[list[float]]:
    """One box per text line of the span (for highlighting multi-line quotes)."""
    if end <= start:
        return []
    groups: list[list] = []
    prev = None
    for w in _span_words(page, start, end):
        if prev is None or "\n" in page.text[prev.char_end:w.char_start]:
            groups.append([])
        groups[-1].append(w)
        prev = w
    return [[min(w.x0 for w in g), min(w.top for w in g), max(w.x1 for w in g),
             max(w.bottom for w in g)] for g in groups]


# --------------------------------------------------------------------------------------
# grounding
# --------------------------------------------------------------------------------------
def _candidates(finding: Finding, documents: Sequence[Document]):
    """(document, page) pairs in search order: cited page, cited file, everything else."""
    cited = [d for d in documents if d.file == finding.file]
    first = [(d, p) for d in cited for p in d.pages if p.number == finding.page]
    rest_cited = [(d, p) for d in cited for p in d.pages if p.number != finding.page]
    others = [(d, p) for d in documents if d.file != finding.file for p in d.pages]
    return first + rest_cited + others


def _fast_path(finding: Finding, documents: Sequence[Document]) -> Finding | None:
    if finding.char_end <= finding.char_start or not finding.quote.strip():
        return None
    for d in documents:
        if d.file != finding.file:
            continue
        for p in d.pages:
            if p.number != finding.page or finding.char_end > len(p.text):
                continue
            if fold(p.text[finding.char_start:finding.char_end])[0] == fold(finding.quote)[0]:
                return _located(finding, d, p, finding.char_start, finding.char_end,
                                Alignment.exact)
    return None


def _located(finding: Finding, doc: Document, page: Page, start: int, end: int,
             how: Alignment) -> Finding:
    flags = [f for f in finding.flags if f != "unaligned"]
    return finding.model_copy(update={
        "file": doc.file, "page": page.number, "char_start": start, "char_end": end,
        "bbox": bbox_for(page, start, end), "alignment": how, "flags": flags,
    })


def ground(finding: Finding, documents: Sequence[Document]) -> Finding:
    """Locate ``finding.quote`` and return a copy with its location; flag it when not found.

    Exact matches anywhere (in search order) beat fuzzy ones; among fuzzy matches the best
    score wins, ties going to the earlier candidate.
    """
    fast = _fast_path(finding, documents)
    if fast is not None:
        return fast
    fq, _ = fold(finding.quote.strip())
    cands = _candidates(finding, documents) if fq else []
    for doc, page in cands:
        hit = _exact(fq, page)
        if hit:
            return _located(finding, doc, page, hit[0], hit[1], Alignment.exact)
    best = None
    for doc, page in cands:
        fz = _fuzzy(fq, page)
        if fz and (best is None or fz[2] > best[0]):
            best = (fz[2], doc, page, fz[0], fz[1])
    if best:
        return _located(finding, best[1], best[2], best[3], best[4], Alignment.fuzzy)
    flags = finding.flags if "unaligned" in finding.flags else [*finding.flags, "unaligned"]
    return finding.model_copy(update={
        "char_start": 0, "char_end": 0, "bbox": None, "alignment": Alignment.none,
        "flags": flags,
    })


# --------------------------------------------------------------------------------------
# supports
# --------------------------------------------------------------------------------------
@cache
def _lexicon() -> dict:
    try:
        from chartreview import vocab

        return vocab.load("extractor_lexicon")
    except Exception:  # vocabulary missing or malformed: fall back to plain matching
        return {}


@cache
def _scales() -> dict:
    try:
        from chartreview import vocab

        return vocab.load("severity_scales").get("scales", {})
    except Exception:
        return {}


def _any(patterns: Sequence[str], text: str) -> bool:
    text = re.sub(r"\s+", " ", text)  # a quote may wrap a line: "no\nimprovement"
    return any(re.search(rf"(?<![\w]){p}(?![\w])", text, re.I) for p in patterns if p)


_NUM = r"\d+(?:\.\d+)?"


def _number_words() -> dict[str, int]:
    words = dict(_lexicon().get("number_words") or {})
    words.update({str(k): v for k, v in (_lexicon().get("count_words") or {}).items()})
    out = {str(k).lower(): int(v) for k, v in words.items() if v is not None}
    # compound words as dictation spells them ("thirty-one", "forty two")
    tens = {w: n for w, n in out.items() if n in (20, 30, 40, 50, 60, 70, 80, 90) and " " not in w}
    ones = {w: n for w, n in out.items() if 1 <= n <= 9 and w not in ("a", "an")
            and " " not in w}
    out.update({f"{t}{sep}{o}": tn + on for t, tn in tens.items() for o, on in ones.items()
                for sep in ("-", " ")})
    return out


_UNITS = [  # (regex, days per unit, tolerance range per unit for months/years)
    (r"d(?:ays?)?|dys?", 1, (1, 1)),
    (r"w(?:ee)?ks?|weeks?|w", 7, (7, 7)),
    (r"mo(?:nths?|s)?|mths?", 30, (28, 31)),
    (r"y(?:ea)?rs?|y", 365, (365, 366)),
]


def durations_days(text: str) -> list[tuple[float, float]]:
    """Every duration stated in ``text`` as a (min_days, max_days) range.

    Reads "6 weeks", "x6 wks", "6-week", "42 days", "six weeks", "1 month", "1.5 years".
    """
    words = _number_words()
    num_alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    num = rf"(?P<n>{_NUM}|{num_alt})" if num_alt else rf"(?P<n>{_NUM})"
    out: list[tuple[float, float]] = []
    for unit_re, _, (lo, hi) in _UNITS:
        pat = (rf"(?:(?<=x)|(?<![\w.])){num}\+?\s*(?:-|\s)?\s*"  # "2+ years"
               rf"(?:(?:consecutive|straight|continuous|full|total)\s+)?(?:{unit_re})\b")
        for m in re.finditer(pat, text, re.I):
            raw = m.group("n").lower()
            n = float(raw) if re.fullmatch(_NUM, raw) else float(words.get(raw, -1))
            if n >= 0:
                if re.match(r"\s+and\s+a\s+half\b", text[m.end():], re.I):
                    n += 0.5  # "a year and a half"
                out.append((n * lo, n * hi))
        # "3 1/2 months", "3½ months"; a range "3-4 years" states anything from its low end
        for m in re.finditer(rf"(?<![\w./])(?P<n>{_NUM})(?:\s+1/2|\s*-\s*1/2|\s*½)[\s-]*(?:{unit_re})\b",
                             text, re.I):
            n = float(m.group("n")) + 0.5
            out.append((n * lo, n * hi))
        for m in re.finditer(rf"(?<![\w./])(?P<a>{_NUM})\s*(?:-|–|to)\s*(?P<b>{_NUM})\+?[\s-]*"
                             rf"(?:{unit_re})\b", text, re.I):
            out.append((float(m.group("a")) * lo, float(m.group("b")) * hi))
    for m in re.finditer(r"(?<![\d/.])(\d{1,2})/(52|12|7)(?![\d/])", text):  # "8/52" = 8 weeks
        per = {"52": 7, "12": 30, "7": 1}[m[2]]
        out.append((int(m[1]) * per * (28 / 30 if per == 30 else 1), int(m[1]) * per * (31 / 30 if per == 30 else 1)))
    for entry in _lexicon().get("long_duration_phrases") or []:  # "for several years"
        if re.search(rf"\b(?:{entry['phrase']})\b", text, re.I):
            out.append((float(entry["days"]), float(entry["days"])))
    for m in re.finditer(r"\b(?:a\s+half|half\s+a)\s+(year|month)\b", text, re.I):
        out.append((182, 183) if m[1].lower() == "year" else (14, 16))
    return out


_MONTHS = ("jan feb mar apr may jun jul aug sep oct nov dec").split()


def dates_in(text: str) -> list[tuple[dt.date, bool]]:
    """Every date in ``text`` as (date, has_day); month-year dates have day 1, has_day False."""
    out: list[tuple[dt.date, bool]] = []

    def add(y: int, m: int, d: int | None) -> None:
        if y < 100:
            y += 2000 if y < 70 else 1900
        try:
            out.append((dt.date(y, m, d or 1), d is not None))
        except ValueError:
            pass

    for m in re.finditer(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b", text):
        add(int(m[1]), int(m[2]), int(m[3]))
    for m in re.finditer(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b", text):
        add(int(m[3]), int(m[1]), int(m[2]))  # US month/day/year
        if int(m[1]) > 12:
            add(int(m[3]), int(m[2]), int(m[1]))  # day/month/year
    mon = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    for m in re.finditer(rf"\b{mon}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
                         text, re.I):
        add(int(m["y"]), _MONTHS.index(m["mon"][:3].lower()) + 1, int(m["d"]))
    for m in re.finditer(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{mon},?\s+(?P<y>\d{{4}})\b",
                         text, re.I):
        add(int(m["y"]), _MONTHS.index(m["mon"][:3].lower()) + 1, int(m["d"]))
    for m in re.finditer(rf"\b{mon},?\s+(?P<y>\d{{4}})\b", text, re.I):
        add(int(m["y"]), _MONTHS.index(m["mon"][:3].lower()) + 1, None)
    for m in re.finditer(rf"\b{mon},?\s+['’](?P<y>\d\d)\b", text, re.I):  # "Sept '25"
        add(int(m["y"]), _MONTHS.index(m["mon"][:3].lower()) + 1, None)
    for m in re.finditer(r"(?<![\d/.])(\d{1,2})/(\d{4})\b", text):  # "08/2026-09/2026"
        if 1 <= int(m[1]) <= 12:
            add(int(m[2]), int(m[1]), None)
    for r in find_date_ranges(text):  # "7/7-9/1/26": the first date takes the second's year
        add(r.first_lo.year, r.first_lo.month, r.first_lo.day if r.exact else None)
        add(r.second_lo.year, r.second_lo.month, r.second_lo.day if r.exact else None)
    # seasons and bare years ("fall 2022", "since 2021", "mid-2024"; extract/dates.py):
    # a bare year supports any month of that year
    seasons = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
    for m in re.finditer(r"\b(spring|summer|fall|autumn|winter),?\s+(?:of\s+)?(\d{4})\b",
                         text, re.I):
        add(int(m[2]), seasons[m[1].lower()], None)
    for m in re.finditer(r"(?<![\d/.])((?:19|20)\d\d)(?![\d/])", text):
        for month in range(1, 13):
            add(int(m[1]), month, None)
    return out


def _numbers(text: str) -> list[float]:
    vals = [float(x) for x in re.findall(rf"(?<![\w.]){_NUM}", text)]
    words = {w: v for w, v in _number_words().items() if w not in ("a", "an")}
    vals += [float(v) for w, v in words.items() if re.search(rf"\b{re.escape(w)}\b", text, re.I)]
    # scores spelled out in dictation ("HECSI of forty-one")
    vals += [score_value(m.group(0)) for m in re.finditer(
        rf"(?<![\w-])(?:{SCORE_WORDS_RE})(?![\w-])", text, re.I)]
    return vals


def _supports_date(value: dt.date, quote: str) -> bool:
    m = compiled_lexicon().relative_season.search(quote)
    if m and (value.day == 1 or m.group("part")) and value.month == (
            SEASONS[m.group("season").lower()] if m.group("season")
            else MONTHS[m.group("month").lower()]):
        return True  # "since last winter", "since Oct": dated from the note (extract/offline.py)
    for d, has_day in dates_in(quote):
        if d == value or (not has_day and (d.year, d.month) == (value.year, value.month)):
            return True
    # "since 1/13", "on January 8": a day and month the extractor dated from the visit
    return not dates_in(quote) and any(d == value for d, _, _ in find_yearless(quote, value))


def _supports_days(value: float, quote: str) -> bool:
    if any(lo - 0.5 <= value <= hi + 0.5 for lo, hi in durations_days(quote)):
        return True
    if any(abs(d.days - value) <= 0.5 for d in find_durations(quote)):
        return True  # the extractor's own reading: "fourteen months", "two and a half years"
    for pat in _lexicon().get("course_stopped_at_day") or []:  # "stopped at day 10"
        m = re.search(pat.replace(" ", r"\s+"), quote, re.I)
        if m and abs(int(m.group("n")) - value) <= 0.5:
            return True
    r = md_range_in(quote)  # "9/8 to 10/13"
    if r and abs(r[0] - value) <= 1:
        return True
    mds = list(re.finditer(r"(?<![\d/.])(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?![\d/])", quote))
    for i, a in enumerate(mds):  # "3/3 - Rx'd X, used daily until f/u 4/14" (no year)
        for b in mds[i + 1:]:
            days = md_range_days({"m1": a["m1"], "d1": a["d1"], "m2": b["m1"], "d2": b["d1"]})
            if days and abs(days - value) <= 1:
                return True
    if any(r.min_days - 1 <= value <= r.max_days for r in find_date_ranges(quote)):
        return True  # "March to May 2026": the fewest days the months allow
    ds = sorted({d for d, has_day in dates_in(quote) if has_day})
    return any(abs((b - a).days - value) <= 1 for i, a in enumerate(ds) for b in ds[i + 1:])


def _supports_drug(value: str, quote: str) -> bool:
    try:
        from chartreview.vocab import all_drug_names, canonical_drug
    except ImportError:
        return fold(value)[0] in fold(quote)[0]
    canon = canonical_drug(value)
    if canon is None:
        if fold(value)[0] in fold(quote)[0]:
            return True
        for cm in _lexicon().get("class_mentions") or []:  # "topical corticosteroid"
            if _any([cm["phrase"]], value) and _any([cm["phrase"]], quote):
                return True
        return False
    names = [s for s, c in all_drug_names().items() if c == canon]
    q = fold(quote)[0]
    if any(re.search(rf"(?<![\w-]){re.escape(fold(s)[0])}(?![\w-])", q) for s in names):
        return True
    from extract.lexicon import lexicon  # a one-letter slip of the name ("clobetsol")
    typos = lexicon().drug_typos
    return any(canonical_drug(typos[w]) == canon for w in re.findall(r"[a-z]+", q) if w in typos)


def _supports_strength(value: str, quote: str) -> bool:
    want = re.findall(_NUM, value)
    if value == "unknown" and compiled_lexicon().strength_unknown_cue.search(" ".join(quote.split())):
        return True  # "strength not legible": the strength is stated to be unknown
    if not want:
        return fold(value)[0] in fold(quote)[0]
    got = {float(x) for x in re.findall(r"(?<![\d])(\d*\.?\d+)\s*%", quote)}
    got |= {float(x) for x in re.findall(_NUM, quote)} if "%" not in value else set()
    return float(want[0]) in got


def _supports_severity(value: str, quote: str) -> bool:
    for entry in _lexicon().get("severity") or []:
        if entry["value"] == value and _any([entry["phrase"]], quote):
            return True
    if re.search(rf"\b{re.escape(value)}\b", quote, re.I):
        return True
    for scale in _scales().values():
        labels = "|".join(scale.get("labels") or [])
        bands = scale.get("bands")
        num = r"(\d{1,3}(?:\.\d)?)" if bands else r"(\d)(?:\s*/\s*\d)?"
        for m in re.finditer(rf"(?:{labels})\D{{0,20}}?{num}", quote, re.I):
            n = float(m[1])
            if bands:
                lows = [k for k in bands if k <= n <= scale.get("max", 10**6)]
                word = bands[max(lows)] if lows else None
            else:
                word = scale["severity"].get(int(n))
            if word == value:
                return True
    return False


def _supports_enum(field: str, value: str, quote: str) -> bool:
    lex = _lexicon()
    if field == "severity.stated":
        return _supports_severity(value, quote)
    if field == "therapy.response":
        inadequate = _any(lex.get("response_inadequate") or ["inadequate"], quote)
        if value == "inadequate":
            return inadequate
        return not inadequate and _any(lex.get("response_adequate") or ["adequate"], quote)
    if field == "medication.status":
        status = lex.get("med_status") or {}
        cues = {k: _any(v, quote) for k, v in status.items()}
        if value == "active":  # active is the default reading of a medication mention
            return cues.get("active", False) or not any(cues.values())
        return cues.get(value, False)
    return re.search(rf"\b{re.escape(value)}\b", quote, re.I) is not None


def _supports_bool(field: str, value: bool, quote: str) -> bool:
    lex = _lexicon()
    if field == "therapy.prn":
        prn = _any(lex.get("prn") or ["prn", "as needed"], quote) or _any(
            lex.get("daily_course_denied") or [], quote) or (  # "never had a daily course"
            # "the same way" as the PRN course before it (extract/offline.py _prev_course_prn)
            value and _any(lex.get("course_same_use_as_before") or [], quote))
        return prn if value else _any(lex.get("frequency_daily") or ["daily"], quote) and not prn
    if field == "therapy.otc":
        otc = _any(lex.get("otc") or ["otc"], quote)
        return otc if value else _any(lex.get("rx") or ["rx", "prescription"], quote)
    return True


def _supports_str(field: str, value: str, quote: str) -> bool:
    if field in ("therapy.drug", "medication.name"):
        return _supports_drug(value, quote)
    if field == "therapy.strength":
        return _supports_strength(value, quote)
    if field in ("prescriber.specialty", "consultant.specialty"):
        try:
            from chartreview.vocab import normalize_specialty
        except ImportError:
            return fold(value.replace("_", " "))[0] in fold(quote)[0]
        return normalize_specialty(quote) == value or normalize_specialty(value) == (
            normalize_specialty(quote) or "")
    if field == "therapy.vehicle":
        pats = (_lexicon().get("vehicles") or {}).get(value.lower())
        return _any([pats], quote) if pats else fold(value)[0] in fold(quote)[0]
    if field == "therapy.frequency" and _any(_lexicon().get("prn") or [], value):
        return _any(_lexicon().get("prn") or [], quote)
    if field == "therapy.never_used":
        mentions = [c["phrase"] for c in _lexicon().get("class_mentions") or []
                    if c.get("cls") == value]
        # a kind of TCS never used ("tcs_above_low"): its statement's own wording
        mentions += (_lexicon().get("never_used_statements") or {}).get(value) or []
        return _any(mentions, quote) if mentions else fold(value)[0] in fold(quote)[0]
    if field == "prescriber.npi":
        return re.sub(r"\D", "", value) in re.sub(r"\D", "", quote)
    fv, fq = fold(value)[0], fold(quote)[0]
    if fv in fq:
        return True
    tokens = [t for t in re.findall(r"\w+", fv) if len(t) > 1]
    return bool(tokens) and all(re.search(rf"\b{re.escape(t)}\b", fq) for t in tokens)


def supports(value: object, quote: str, field: str) -> bool:
    """Does ``quote`` state ``value`` for ``field``? Permissive in form, strict in substance.

    Durations in any unit or spelling, dates in any common format, drugs by any synonym or
    brand, specialties by any synonym or taxonomy code, severity by word or IGA-CHE score,
    booleans and enums by their cue words (chartreview/vocab/extractor_lexicon.yaml).
    A None value claims nothing and is supported.
    """
    if value is None:
        return True
    if not quote or not quote.strip():
        return False
    spec = FIELDS.get(field)
    kind = spec.type if spec else type(value).__name__
    if isinstance(value, dt.date) or kind == "date":
        d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        return _supports_date(d, quote)
    if isinstance(value, bool) or kind == "bool":
        return _supports_bool(field, bool(value), quote)
    if field.endswith("duration_days"):
        return _supports_days(float(value), quote)
    if field == "condition.recurrences_12mo" and value == 0 and any(
            re.search(rf"\b(?:{p})\b", " ".join(quote.split()), re.I)
            for p in _lexicon().get("first_episode") or []):
        # "never had a rash on his hands before": a first episode, no recurrence (the quote's
        # line breaks read as the phrase's spaces)
        return True
    if field == "condition.recurrences_12mo" and isinstance(value, int) and any(
            int(n) - 1 == value and re.search(rf"(?<![\w.]){re.escape(str(w))}(?!\w)", quote, re.I)
            for w, n in (_lexicon().get("ordinal_words") or {}).items()):
        return True  # "3rd episode in a year": the first presentation and two returns
    if field == "condition.onset_age" and any(
            h[0] == value for h in onset_age(compiled_lexicon(), quote)):
        return True  # "since 8th grade" states an onset by age 14
    if kind in ("int", "float") and isinstance(value, int | float):
        return any(abs(n - float(value)) < 0.05 for n in _numbers(quote))
    if kind == "enum":
        return _supports_enum(field, str(value).lower(), quote)
    return _supports_str(field, str(value), quote)
