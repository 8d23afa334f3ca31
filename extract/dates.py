"""Dates and durations as charts write them.

``find_dates(text)`` returns every date in a text with its span: numeric (03/02/2026,
3/2/26, 2026-03-02, 03-02-2026, 03/2026, 2026-03), written (March 2, 2026, Mar. 2 2026, 2 Mar 2026,
Mar 2026, March of 2026), seasonal ("fall 2022") and holidays ("Thanksgiving 2025"). ``find_durations(text)`` returns spans
such as "x 6 wks", "x6wk", "for 4 weeks", "42 days", "two months", "1.5 years" in days
(1 month = 30 days, as the policy says). All patterns are compiled once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}
# A season names its first month (meteorological seasons; winter is read as its January).
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}

# Holidays named with a year ("around Thanksgiving 2025"): their usual month and day.
_HOLIDAYS = {
    "new year": (1, 1), "valentine": (2, 14), "easter": (4, 1), "memorial day": (5, 28),
    "july 4th": (7, 4), "fourth of july": (7, 4), "4th of july": (7, 4),
    "independence day": (7, 4), "labor day": (9, 4), "halloween": (10, 31),
    "thanksgiving": (11, 24), "christmas": (12, 25), "xmas": (12, 25), "hanukkah": (12, 15),
}

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR4 = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    # 2026-03-02, 2026/03/02
    ("ymd", r"(?<![\d/.])(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d])"),
    # 03/02/2026, 3/2/26, 03-02-2026, 03.02.2026
    ("mdy", r"(?<![\d/.])(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})[/.-](?P<y>\d{4}|\d{2})(?![\d/])"),
    # 04 / 02 / 2008: a hand-printed or OCR'd date with spaces around its slashes (a 4-digit
    # year only, so that "1 / 2" and score fractions stay out)
    ("mdy", r"(?<![\d/.])(?P<m>\d{1,2})[ \t]{0,2}/[ \t]{0,2}(?P<d>\d{1,2})[ \t]{0,2}/[ \t]{0,2}"
     r"(?P<y>(?:19|20)\d\d)(?![\d/])"),
    # March 2, 2026 / Mar. 2 2026 / March 2nd, 2026
    ("mon_d_y", _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR4 + r"(?!\d)"),
    # 2 Mar 2026 / 2nd of March 2026 / 02-Mar-2026
    ("d_mon_y", r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+" + _MON
     + r",?[\s-]+" + _YEAR4 + r"(?!\d)"),
    # Mar 2026 / March of 2026 / March, 2026 / Jan-2025 (a hyphen, as in "02-Mar-2026")
    ("mon_y", _MON + r"(?:,?\s+(?:of\s+)?|-)" + _YEAR4 + r"(?!\d)"),
    # 03/2026
    ("my", r"(?<![\d/.])(?P<m>\d{1,2})/" + _YEAR4 + r"(?![\d/])"),
    # 2025-03, 2025/03 (ISO year-month; "2011-12" read as a school year is left out in _make)
    ("ym", r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)[-/](?P<m>0[1-9]|1[0-2])(?![\d/.]|-\d)"),
    # Sept '25 / Mar '24 (an apostrophe marks a two-digit year)
    ("mon_yy", _MON + r",?\s+['’](?P<y>\d\d)(?!\d)"),
    # Thanksgiving 2025 / Christmas of 2024 / New Year's 2026
    ("holiday", r"(?P<hol>new\s+year|valentine|easter|memorial\s+day|july\s+4th|"
     r"(?:fourth|4th)\s+of\s+july|independence\s+day|labor\s+day|halloween|thanksgiving|"
     r"christmas|xmas|hanukkah)(?:['’]s)?(?:\s+(?:day|eve|break|holidays?))?,?\s+(?:of\s+)?"
     + _YEAR4 + r"(?!\d)"),
    # fall 2022 / spring of 2023
    ("season", r"(?:early\s+|late\s+|mid[- ])?(?P<season>spring|summer|fall|autumn|winter)"
     r",?\s+(?:of\s+)?" + _YEAR4 + r"(?!\d)"),
]
def _compile() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(r"\b" + pat, re.I)) for kind, pat in _PATTERNS]


_COMPILED = _compile()


@dataclass(frozen=True)
class DateSpan:
    """One date found in a text."""

    start: int
    end: int
    date: dt.date
    precision: str
    """``day``, ``month``, ``season`` or ``holiday``."""


@dataclass(frozen=True)
class DurationSpan:
    """One duration found in a text, in days."""

    start: int
    end: int
    days: int
    unit: str
    max_days: int | None = None
    """A range's upper end ("3-4 weeks": days 21, max_days 28); None for a single length."""


def _year(text: str, pivot: int = 27) -> int:
    """A 4-digit year from a 2- or 4-digit one (2-digit years up to ``pivot`` are 20xx)."""
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y <= pivot else 1900 + y
    return y


def _make(kind: str, m: re.Match[str]) -> tuple[dt.date, str] | None:
    g = m.groupdict()
    try:
        if kind == "holiday":
            month, day = _HOLIDAYS[re.sub(r"\s+", " ", g["hol"].lower())]
            return dt.date(int(g["y"]), month, day), "holiday"
        if kind == "season":
            return dt.date(int(g["y"]), SEASONS[g["season"].lower()], 1), "season"
        year = _year(g["y"])
        if kind == "ym" and int(g["m"]) == (year + 1) % 100:
            return None  # "2011-12": two years (a season, a school year), not December 2011
        if g.get("mon"):
            month = MONTHS[g["mon"].lower().rstrip(".")]
        else:
            month = int(g["m"])
        if g.get("d"):
            day = int(g["d"])
            if kind == "mdy" and month > 12 >= day >= 1:
                # "17/10/1992": no month 17, so the date is written day first (a European
                # or Latin American record); an ambiguous "01/02/2026" stays month first
                month, day = day, month
            return dt.date(year, month, day), "day"
        return dt.date(year, month, 1), "month"
    except (ValueError, KeyError):
        return None


def find_dates(text: str) -> list[DateSpan]:
    """Every date in ``text``, left to right, longest match first where they overlap."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            made = _make(kind, m)
            if made is None:
                continue
            found.append(DateSpan(s, e, made[0], made[1]))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``, or None."""
    spans = find_dates(text)
    return spans[0].date if spans else None


# --------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------
_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20,
    "thirty": 30, "thirteen": 13, "seventeen": 17, "nineteen": 19, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# compound number words as dictation spells them out ("thirty-one days", "forty two days")
_NUM_WORDS.update({f"{t}{sep}{o}": _NUM_WORDS[t] + _NUM_WORDS[o]
                   for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                             "ninety")
                   for o in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                             "nine")
                   for sep in ("-", " ")})
# scores spelled out in dictation ("IGA-CHE of four", "HECSI of forty-one"): 0 to 99
SCORE_WORDS = {"zero": 0, **{w: v for w, v in _NUM_WORDS.items() if w not in ("a", "an")}}
SCORE_WORDS_RE = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in SCORE_WORDS),
                                 key=len, reverse=True))


def score_value(raw: str) -> float:
    """A score as written: digits ("41", "3.5") or words ("forty-one", "four")."""
    raw = re.sub(r"\s+", " ", raw.strip().lower())
    return float(raw) if raw[:1].isdigit() else float(SCORE_WORDS[raw])


_UNITS = {
    "d": 1, "day": 1, "days": 1,
    "w": 7, "wk": 7, "wks": 7, "week": 7, "weeks": 7,
    "mo": 30, "mos": 30, "mth": 30, "mths": 30, "month": 30, "months": 30,
    "y": 365, "yr": 365, "yrs": 365, "year": 365, "years": 365,
}
_NUM = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_UNIT = (
    r"(?P<unit>days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)"
)
# A range said with a hedge or "or" ("three, maybe four weeks", "3 or 4 weeks", "two to three
# weeks"): the second number is the range's upper end (a hedged length counts its lower end).
_NUM2 = r"\d+(?:\.\d+)?|" + "|".join(sorted((w for w in _NUM_WORDS if w not in ("a", "an")),
                                           key=len, reverse=True))
_HEDGED_OR = (r"(?:\s*(?:-|–|to)\s*|\s*,?\s*(?:or|maybe|possibly|perhaps|probably)"
              r"(?:\s+(?:maybe|possibly|perhaps|even|so))?\s+|\s*,\s*(?:or\s+)?(?:maybe|possibly|perhaps)"
              r"\s+)")
_DURATION_RE = re.compile(
    r"(?:(?P<x>\bx|×)\s*|\b)(?:(?P<half>a\s+half|half\s+a)\s+(?P<hunit>year|month)\b|"
    + _NUM + r"(?P<frac>\s+1/2|\s*-\s*1/2|\s*½)?(?:\s*(?:-|to)\s*(?P<num2>\d+(?:\.\d+)?)"
    + r"|" + _HEDGED_OR + r"(?P<num2w>" + _NUM2 + r"))?(?:\s*\+)?[\s-]*"
    + r"(?:(?:consecutive|straight|continuous|full|total)\s+)?"
    + r"(?:and\s+a\s+half\s+)?" + _UNIT + r"s?(?:\s+and\s+a\s+half)?"
    # the upper end said after the unit: "three weeks, maybe four", "5 weeks or 6"
    + r"(?:" + _HEDGED_OR + r"(?P<num3>" + _NUM2 + r")(?![ \t]*[\w%/]))?)(?![a-z])",
    re.I,
)


# British clinical shorthand: "8/52" is 8 weeks, "6/12" six months, "10/7" ten days.
# "/12" and "/7" could be a month/day without a year, so they need a leading "x" or "for".
_FRACTION_RE = re.compile(r"(?<![\d/.])(?P<num>\d{1,2})/(?P<den>52)(?![\d/])|"
                          r"(?:\bx\s*|\bfor\s+)(?P<num2>\d{1,2})/(?P<den2>12|7)(?![\d/])", re.I)
_FRACTION_DAYS = {"52": (7, "week"), "12": (30, "month"), "7": (1, "day")}

_PER_BEFORE = re.compile(r"(?:once|twice|thrice|times|\dx|x\d|\d+|per|every)\s*$", re.I)


def find_durations(text: str) -> list[DurationSpan]:
    """Every duration in ``text`` with its length in days.

    Single-letter units (d, w, y) only count right after an ``x`` ("x6w"), so that stray
    letters are not read as units. Ranges ("4-6 weeks") count their lower end.
    """
    out: list[DurationSpan] = []
    for m in _DURATION_RE.finditer(text):
        if m.group("half"):
            unit = m.group("hunit").lower()
            out.append(DurationSpan(m.start(), m.end(), _UNITS[unit] // 2, unit))
            continue
        unit = m.group("unit").lower()
        if unit in ("d", "w", "y") and not m.group("x"):
            continue
        raw = m.group("num").lower()
        if raw in ("a", "an") and (m.group("x") or _PER_BEFORE.search(text[:m.start()])):
            continue  # "twice a day", "3 times a week": a frequency, not a duration
        num = float(raw) if raw[0].isdigit() else float(_NUM_WORDS[raw])
        if "and a half" in m.group(0).lower() or m.group("frac"):
            num += 0.5  # "a year and a half", "3 1/2 months", "3½ months"
        days = int(round(num * _UNITS[unit]))
        if days <= 0:
            continue
        up = m.group("num2") or m.group("num2w") or m.group("num3")
        up = up and re.sub(r"\s+", " ", up.lower())
        hi = int(round((float(up) if up[0].isdigit() else _NUM_WORDS[up]) * _UNITS[unit])) \
            if up else None
        out.append(DurationSpan(m.start(), m.end(), days, unit.rstrip("s"),
                                hi if hi is not None and hi > days else None))
    for m in _FRACTION_RE.finditer(text):
        per, unit = _FRACTION_DAYS[m.group("den") or m.group("den2")]
        num = int(m.group("num") or m.group("num2"))
        if 0 < num and (unit != "month" or num <= 12) and (unit != "day" or num <= 7 * 4):
            out.append(DurationSpan(m.start(), m.end(), num * per, unit))
    out.sort(key=lambda d: d.start)
    return out


def months_between(a: dt.date, b: dt.date) -> int:
    """Whole months from ``a`` to ``b``."""
    return (b.year - a.year) * 12 + (b.month - a.month) - (1 if b.day < a.day else 0)


# --------------------------------------------------------------------------------------
# Date ranges
# --------------------------------------------------------------------------------------
# "<date> <sep> <date>", where the first date may leave out what the second one says:
# "7/7-9/1/26" and "May 4 - June 15, 2026" (year), "March 3-24, 2026" and "3-24 March 2026"
# (month and year), "March to April 2026" (month precision: the exact days are unknown).
# Range separators, also used by the extractor's own range patterns ("5/4 -> 6/15").
RANGE_DASH = r"(?:-+>|→|=>|-|–|—)"
RANGE_WORD = r"(?:to|through|thru|until|till)"
RANGE_SEP_ANY = r"(?:" + RANGE_DASH + "|" + RANGE_WORD + ")"
# (a word and a dash together, "04/01/2026 to-05/15/2026", as a scan's text layer reads a
# spaced "to": one separator)
_RANGE_SEP = r"(?:\s*" + RANGE_DASH + r"\s*|\s+" + RANGE_WORD + r"(?:\s+|\s*[-–—]\s*))"
_RANGE_SEP_END = re.compile(_RANGE_SEP + r"$", re.I)
# "between January 14 and March 3, 2026": "and" joins a range only after "between"
_AND_SEP_END = re.compile(r"\s+and\s+$", re.I)
_BETWEEN_END = re.compile(r"\bbetween\s+$", re.I)
_PARTIAL_MD = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})$")
_PARTIAL_MON_D = re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?$", re.I)
_PARTIAL_D_MON = re.compile(r"(?<![\d/.:])(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+" + _MON
                            + r"$", re.I)
_PARTIAL_MON = re.compile(r"\b" + _MON + r"$", re.I)
_PARTIAL_D = re.compile(r"(?<![\d/.:,])(?P<d>\d{1,2})(?:st|nd|rd|th)?$")
_MON_D_D_Y = re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _RANGE_SEP
                        + r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR4 + r"(?!\d)", re.I)


@dataclass(frozen=True)
class DateRangeSpan:
    """A range of two dates, each known to lie between its ``lo`` and ``hi`` (equal when
    the day is written; the first and last day of the month when only the month is)."""

    start: int
    end: int
    first_lo: dt.date
    first_hi: dt.date
    second_lo: dt.date
    second_hi: dt.date

    @property
    def exact(self) -> bool:
        return self.first_lo == self.first_hi and self.second_lo == self.second_hi

    @property
    def min_days(self) -> int:
        """Fewest days the range can cover, both ends counted."""
        return (self.second_lo - self.first_hi).days + 1

    @property
    def max_days(self) -> int:
        return (self.second_hi - self.first_lo).days + 1


def _bounds(d: DateSpan) -> tuple[dt.date, dt.date]:
    if d.precision != "month":
        return d.date, d.date
    nxt = (d.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return d.date, nxt - dt.timedelta(days=1)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    return _bounds(DateSpan(0, 0, first, "month"))


def find_date_ranges(text: str) -> list[DateRangeSpan]:
    """Every date range in ``text`` (see above), left to right. A first date written without
    a year takes the second one's year (the year before when it would fall after it)."""
    out: list[DateRangeSpan] = []
    for m in _MON_D_D_Y.finditer(text):
        try:
            month = MONTHS[m.group("mon").lower().rstrip(".")]
            a = dt.date(int(m.group("y")), month, int(m.group("d")))
            b = dt.date(int(m.group("y")), month, int(m.group("d2")))
        except (ValueError, KeyError):
            continue
        if a <= b:
            out.append(DateRangeSpan(m.start(), m.end(), a, a, b, b))
    ds = find_dates(text)
    for j, d2 in enumerate(ds):
        if any(r.start <= d2.start < r.end for r in out):
            continue
        prev = ds[j - 1] if j else None
        head = text[max(0, d2.start - 30):d2.start]
        sep = _RANGE_SEP_END.search(head)
        between = sep is None and bool(_AND_SEP_END.search(head))
        if between:
            sep = _AND_SEP_END.search(head)
        if not sep:
            continue
        lo2, hi2 = _bounds(d2)
        if prev and (_RANGE_SEP_END.fullmatch(text[prev.end:d2.start]) or (
                between and _AND_SEP_END.fullmatch(text[prev.end:d2.start])
                and _BETWEEN_END.search(text, max(0, prev.start - 10), prev.start))):
            lo1, hi1 = _bounds(prev)
            if lo1 <= hi2:
                out.append(DateRangeSpan(prev.start, d2.end, lo1, hi1, lo2, hi2))
            continue
        before = head[:sep.start()]
        s0 = max(0, d2.start - 30)
        y = d2.date.year
        lo1 = hi1 = None
        start = None
        written = text[d2.start:d2.end]
        m = _PARTIAL_MD.search(before)
        if m and d2.precision == "day" and "/" in written:
            try:
                lo1 = hi1 = dt.date(y, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            start = s0 + m.start()
        if start is None:
            m = _PARTIAL_MON_D.search(before) or (
                _PARTIAL_D_MON.search(before) if d2.precision == "day" else None)
            if m and d2.precision == "day":
                try:
                    lo1 = hi1 = dt.date(y, MONTHS[m.group("mon").lower().rstrip(".")],
                                        int(m.group("d")))
                except (ValueError, KeyError):
                    continue
                start = s0 + m.start()
        if start is None and d2.precision == "day" and re.match(r"\d", written) and \
                re.search(r"[A-Za-z]", written):
            m = _PARTIAL_D.search(before)  # "3-24 March 2026"
            if m:
                try:
                    lo1 = hi1 = d2.date.replace(day=int(m.group("d")))
                except ValueError:
                    continue
                start = s0 + m.start()
        if start is None and d2.precision == "month" and not re.match(r"\d", written):
            m = _PARTIAL_MON.search(before)  # "March to April 2026"
            if m and (m.group(0)[0].isupper() or m.group("mon").lower() != "may"):
                lo1, hi1 = _month_bounds(y, MONTHS[m.group("mon").lower().rstrip(".")])
                start = s0 + m.start()
        if start is None or lo1 is None or hi1 is None:
            continue
        if between and not _BETWEEN_END.search(text, max(0, start - 10), start):
            continue  # "... 3/4 and 5/6/26": two dates, not a range
        if lo1 > hi2:  # "Dec 20 - Jan 31, 2026": the first date is in the year before
            try:
                lo1, hi1 = lo1.replace(year=y - 1), hi1.replace(year=y - 1)
            except ValueError:
                continue
        out.append(DateRangeSpan(start, d2.end, lo1, hi1, lo2, hi2))
    out.sort(key=lambda r: r.start)
    return out


# Month/day ranges without a year ("9/8 to 10/13", "5/4 -> 6/15"): one course's dates.
MD_RANGE = re.compile(r"(?<![\d/.])(?P<m1>\d{1,2})/(?P<d1>\d{1,2})\s*" + RANGE_SEP_ANY +
                       r"\s*(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![\d/])", re.I)


def md_range_days(m: re.Match[str]) -> int | None:
    """Days between two month/day dates of one course ("9/8 to 10/13"), across New Year."""
    try:
        a = dt.date(2001, int(m["m1"]), int(m["d1"]))
        b = dt.date(2001, int(m["m2"]), int(m["d2"]))
    except ValueError:
        return None
    if b < a:
        b = b.replace(year=2002)
    days = (b - a).days
    return days if 0 < days <= 366 else None


# A start and a stop month/day said apart ("started 10/1, stopped 10/20", "from 3/2 until she
# ran out on 3/18"): the same course's first and last day.
MD_START_STOP = re.compile(
    r"\b(?:start(?:ed|ing)?|began|begun|begin|from|initiated|commenced)\s+(?:on\s+|it\s+(?:on\s+)?)?"
    # (a line wrap of the text layer may fall right before the stop word: "from 7/1\nuntil")
    r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?![\d/])[^.;\n]{0,40}?(?:\n[ \t]*)?\b(?:stop(?:ped)?|ended|end|quit|"
    r"d/c'?d|dc'?d|discontinued|until|till|through|thru|ran\s+out)\b(?:\s+(?:it|on|at|of|the|"
    r"tube|she|he|they|ran|out|was|were)){0,5}\s+"
    # a hedged last day ("from 7/1 until about 8/12", as a relative recalls it): the caller
    # treats the length as an estimate (offline.py, _ESTIMATE_SLACK)
    r"(?P<hedge>(?:about|around|approx(?:imately|\.)?|roughly|~)\s*)?"
    r"(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![\d/])", re.I)


# The same with month names and no year ("Jan 26 - Mar 2", "February 3rd to March 9th"); a
# year after the second day makes it a dated range (find_date_ranges), not this.
MON_D_RANGE = re.compile(
    r"\b" + _MON.replace("?P<mon>", "?P<mon1>") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*"
    + RANGE_SEP_ANY + r"\s*" + _MON.replace("?P<mon>", "?P<mon2>")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?![,/]?\s*\d)", re.I)


def md_range_in(text: str, bs: int = 0, be: int | None = None) -> tuple[int, int, int] | None:
    """The first month/day range in ``text[bs:be]``: (days, start, end)."""
    be = len(text) if be is None else be
    for rx in (MD_RANGE, MD_START_STOP):
        for m in rx.finditer(text, bs, be):
            days = md_range_days(m)
            if days:
                return (days, m.start(), m.end())
    for m in MON_D_RANGE.finditer(text, bs, be):
        days = md_range_days({"m1": MONTHS[m["mon1"].lower().rstrip(".")], "d1": m["d1"],
                              "m2": MONTHS[m["mon2"].lower().rstrip(".")], "d2": m["d2"]})
        if days:
            return (days, m.start(), m.end())
    return None


# A month and day written without a year ("since 1/13", "on January 20", "through the 16th
# of February"), read as the latest such day on or before a reference date (the visit's).
_YEARLESS = re.compile(
    r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])|"
    r"\b" + _MON.replace("?P<mon>", "?P<mon1>") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{2})|"
    r"(?<![\d/.:])(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+"
    + _MON.replace("?P<mon>", "?P<mon2>") + r"(?![\w,]*\s*\d{2})", re.I)


def _yearless_value(m: re.Match[str], ref: dt.date) -> dt.date | None:
    if m["m"]:
        month, day = int(m["m"]), int(m["d"])
    else:
        month = MONTHS[(m["mon1"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2"])
    for year in (ref.year, ref.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d <= ref:
            return d
    return None


def yearless_date(text: str, pos: int, ref: dt.date) -> tuple[dt.date, int, int] | None:
    """The month/day date starting at ``text[pos]`` (after spaces and "on"/"the"), dated in
    the year that puts it on or before ``ref``; None when there is none or it cannot be."""
    m = re.compile(r"[ \t]*(?:(?:on|the)[ \t]+)?").match(text, pos)
    m = _YEARLESS.match(text, m.end()) if m else None
    d = _yearless_value(m, ref) if m else None
    return (d, m.start(), m.end()) if d else None


def find_yearless(text: str, ref: dt.date, start: int = 0,
                  end: int | None = None) -> list[tuple[dt.date, int, int]]:
    """Every month/day date without a year in ``text[start:end]`` (see ``yearless_date``)."""
    out = []
    for m in _YEARLESS.finditer(text, start, len(text) if end is None else end):
        d = _yearless_value(m, ref)
        if d:
            out.append((d, m.start(), m.end()))
    return out
