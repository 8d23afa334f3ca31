"""Facts: what the rules evaluate, derived deterministically from usable findings.

Only findings with ``Finding.usable`` count (negated, family and hypothetical mentions,
rejected or unaligned findings are ignored). Values are coerced with
``chartreview.models.coerce_value`` because findings that went through JSON carry strings.

Tie-breaks when findings conflict (documented here and applied below):
- a human (reviewer) finding beats an extractor's; otherwise the first in document order;
- the documented clinical fact beats a claim made on the request (EVAL_FORMAT.md: "where
  documents conflict ... the documented clinical fact decides"). ``Finding.source_kind`` says
  what kind of text a quote is in (chartreview/vocab/document_kinds.yaml): a PA form,
  attestation, cover letter or letter of medical necessity is administrative; a progress
  note, consult, e-consult, medication list or fill history (or a text of unknown kind) is
  clinical. Clinical findings come before administrative ones wherever one value is picked
  (DOB, stated age, prescriber specialty, a course's attributes); an administrative TCS
  course whose duration or response a clinical course of the same drug (or, for an unnamed
  "TCS" claim, any clinical TCS course) contradicts is dropped, its uncontradicted claims
  going to the clinical course(s) that state none (``_clinical_decides``); an
  administrative medication entry whose status a clinical entry of the same drug contradicts
  is dropped (``_clinical_meds``). When only administrative sources speak, they are used;
- the most specific source wins: date of birth beats a stated age, an onset date beats a
  stated duration, a stated recurrence count beats counted flare dates, a stated severity beats
  an IGA-CHE score, a stated course length beats start/stop dates;
- among several onset dates the earliest (the longest documented history) is used; among
  several stated severities the most severe ("according to the prescriber" at any point);
  among several IGA-CHE scores the highest.

Collections:
- ``therapies`` is None (missing) when the chart documents no topical course at all and does
  not say a TCS was never used; [] when it says "never used" and lists nothing.
- ``medications`` and ``consultants`` are always lists (nothing documented = none).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from chartreview import vocab
from chartreview.models import Alignment, ExtractorKind, Finding, ReviewStatus, coerce_value

DAYS_PER_MONTH = 30.44
# a later visit's history starting this long after an earlier visit is a new episode
RESTART_GAP_DAYS = 90

# Fact names the policy language may reference, with what they mean.
FACTS: dict[str, str] = {
    "age_years": "Age in whole years as of the request date.",
    "condition_duration_months": "Months since onset (or stated duration) as of the request date.",
    "recurrences_12mo": "Recurrences in the 12 months before the request date.",
    "severity": "mild / moderate / severe, stated or from a severity scale.",
    "therapies": "Topical courses tried (collection).",
    "tcs_never_used": "True when the chart says no topical corticosteroid was ever used.",
    "medications": "Medications (collection).",
    "prescriber_specialty": "The prescriber's specialty code.",
    "consultants": "Specialists consulted (collection).",
}

# Attributes of the items of each collection.
COLLECTIONS: dict[str, tuple[str, ...]] = {
    "therapies": ("drug", "strength", "vehicle", "class", "potency", "otc", "prn", "days",
                  "response"),
    "medications": ("name", "status", "drug_class", "is_requested"),
    "consultants": ("specialty",),
}


@dataclass
class Fact:
    """A fact's value, how to show it to a reviewer, and the findings it rests on."""

    value: Any
    display: str = "not documented"
    findings: list[str] = field(default_factory=list)


@dataclass
class Item:
    """One member of a collection fact (a therapy course, a medication, a consultant)."""

    attrs: dict[str, Any]
    label: str
    findings: list[str] = field(default_factory=list)


@dataclass
class FactContext:
    """Policy data the fact builder needs (kept out of code: it lives in the policy file)."""

    as_of: dt.date
    requested_drug: list[str]
    severity_scales: dict[str, dict[int, str]]
    prn_terms: list[str]
    thresholds: dict[str, tuple[float, ...]] = field(default_factory=dict)
    """The numbers the policy compares each fact with (``Policy.thresholds``): a stated age
    written before the request that may or may not have crossed one by then is unknown."""


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
@dataclass
class _V:
    """A usable finding's coerced value."""

    value: Any
    finding: Finding


def _usable(findings: Iterable[Finding], warnings: list[str]) -> list[_V]:
    out = []
    for f in findings:
        if not f.usable:
            continue
        try:
            value = coerce_value(f.field, f.value)
        except (ValueError, TypeError):
            warnings.append(f"finding {f.id} ({f.field}) has a value of the wrong type; ignored")
            continue
        if value is None or value == "":
            continue
        out.append(_V(value, f))
    return out


def _admin_kinds() -> frozenset[str]:
    """Kinds of text that state claims made on the request, not documented care."""
    kinds = vocab.load("document_kinds").get("kinds") or {}
    return frozenset(k for k, spec in kinds.items() if spec.get("class") == "administrative")


def _is_admin(f: Finding) -> bool:
    return f.source_kind is not None and f.source_kind in _admin_kinds()


def _kind_flag(f: Finding, key: str) -> bool:
    """Does the kind of document the finding stands in carry the flag ``key`` in
    document_kinds.yaml?"""
    kinds = vocab.load("document_kinds").get("kinds") or {}
    spec = kinds.get(f.source_kind) if f.source_kind else None
    return bool(spec and spec.get(key))


def _patient_authored(f: Finding) -> bool:
    """Is the finding in a text the patient wrote (document_kinds.yaml `patient_authored`)?"""
    return _kind_flag(f, "patient_authored")


def _clinician_note(f: Finding) -> bool:
    """Is the finding in a treating clinician's own note (document_kinds.yaml
    `clinician_note`)?"""
    return _kind_flag(f, "clinician_note")


def _human_first(vs: list[_V]) -> list[_V]:
    """Human findings first, then clinical before administrative ones (the documented
    clinical fact decides); stable: document order otherwise."""
    return sorted(vs, key=lambda v: (not _is_human(v), _is_admin(v.finding)))


def _is_human(v: _V) -> bool:
    """Entered, confirmed or edited by the reviewer."""
    f = v.finding
    return f.extractor == ExtractorKind.human or f.review in (
        ReviewStatus.confirmed,
        ReviewStatus.edited,
    )


def _of(vs: list[_V], name: str) -> list[_V]:
    return [v for v in vs if v.finding.field == name]


def _conflict(vs: list[_V], what: str, warnings: list[str]) -> None:
    if len({str(v.value) for v in vs}) > 1:
        ids = ", ".join(v.finding.id for v in vs)
        warnings.append(f"conflicting {what} in findings {ids}; tie-break applied")


# --------------------------------------------------------------------------------------
# Scalar facts
# --------------------------------------------------------------------------------------
def _age(vs: list[_V], as_of: dt.date, warnings: list[str],
         thresholds: tuple[float, ...] = ()) -> Fact:
    def written(v: _V) -> dt.date:
        d = _visit_of(vs, v.finding) or _file_date(vs, v.finding.file, as_of)
        return d if d is not None and d <= as_of else as_of

    def age_on(d: dt.date, when: dt.date) -> int:
        return when.year - d.year - ((when.month, when.day) < (d.month, d.day))

    dobs = [v for v in _human_first(_of(vs, "patient.date_of_birth")) if v.value <= as_of]
    _conflict(dobs, "dates of birth", warnings)
    ages = _human_first([v for v in _of(vs, "patient.age") if 0 <= v.value < 130])
    if dobs and not _is_human(dobs[0]):
        # dates of birth that disagree across the criterion's line (a form's 2008 against a
        # pharmacy profile's 2007 for an 18-year limit): another document's stated age picks
        # the ones it fits ("17 y/o" two months ago), else the treating clinicians' own notes
        # do, else the one most documents give; when none settles it, the age is unknown
        # rather than taken from whichever document came first
        def straddle(cands: list[_V]) -> bool:
            got = {age_on(v.value, as_of) for v in cands}
            return any(min(got) < t <= max(got) for t in thresholds)

        if straddle(dobs):
            files: dict[dt.date, set[str]] = {}
            for v in dobs:
                files.setdefault(v.value, set()).add(v.finding.file)
            # an age stated beside a DOB in the same document was worked out from it: only
            # another document's stated age tells the two apart
            fit = [v for v in dobs if any(age_on(v.value, written(a)) == a.value
                                          and a.finding.file not in files[v.value] for a in ages)]
            if not fit or straddle(fit):
                fit = [v for v in dobs if _clinician_note(v.finding)]
            if not fit or straddle(fit):
                # else the date of birth more documents give than any other
                most = max(len(f) for f in files.values())
                top = [d for d, f in files.items() if len(f) == most]
                fit = [v for v in dobs if len(top) == 1 and v.value == top[0]]
            if not fit or straddle(fit):
                shown = sorted({v.value.isoformat() for v in dobs})
                return Fact(None, f"uncertain (dates of birth disagree: {', '.join(shown)})",
                            [v.finding.id for v in dobs])
            dobs = fit
    if dobs:  # DOB beats a stated age: exact birthday arithmetic as of the request date
        d = dobs[0].value
        age = age_on(d, as_of)
        return Fact(age, f"{age} (DOB {d.isoformat()})", [dobs[0].finding.id])
    _conflict(ages, "stated ages", warnings)
    if ages:
        # a stated age is the age on the date it was written ("17-year-old" in a referral
        # seven months before the request): the latest-written one, aged to the request date
        f0 = ages[0].finding
        if _is_human(ages[0]):
            return Fact(ages[0].value, f"{ages[0].value} (stated)", [f0.id])
        v = max(ages, key=written)
        seen = written(v)
        years = relativedelta(as_of, seen).years
        lo = v.value + years
        if seen + relativedelta(years=years) < as_of and any(
                lo < t <= lo + 1 for t in thresholds):
            # a birthday may have fallen in between: 17 then is 17 or 18 now
            return Fact(None, f"uncertain ({lo} or {lo + 1}: stated {v.value} on "
                        f"{seen.isoformat()})", [v.finding.id])
        if seen < as_of:
            return Fact(lo, f"{lo} (stated {v.value} on {seen.isoformat()})", [v.finding.id])
        return Fact(v.value, f"{v.value} (stated)", [v.finding.id])
    return Fact(None)


_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:spring|summer|"
    r"fall|autumn|winter)\b", re.I)


_SEASON_WORD = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\b", re.I)


def _latest_onset(v: _V) -> dt.date:
    """The latest day an onset date can stand for: a date read from a year alone ("Onset:
    2026", "since late 2025") is any day from its value to the end of that year."""
    q = v.finding.quote
    years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", q)
    nums = re.findall(r"\d+", q)
    if (v.value.day == 1 and len(years) == 1 and len(nums) == 1
            and not _MONTH_WORD.search(q)):
        return dt.date(v.value.year, 12, 31)
    # a month alone ("since Dec 2025", "12/2025", "2025-12") is any day of that month; a
    # season ("fall 2024") any day of its three months
    if v.value.day == 1 and len(years) == 1 and (
            (len(nums) == 1 and _MONTH_WORD.search(q))
            or (len(nums) == 2 and not _MONTH_WORD.search(q)
                and v.value.month in {int(n) for n in nums if n != years[0]})):
        span = 3 if _SEASON_WORD.search(q) and len(nums) == 1 else 1
        return v.value + relativedelta(months=span, days=-1)
    # a season or month with no number at all, its year taken from the note ("since spring",
    # "since last winter", "since Oct"): likewise any day of its three months or its month
    if v.value.day == 1 and not nums and _MONTH_WORD.search(q):
        span = 3 if _SEASON_WORD.search(q) else 1
        return v.value + relativedelta(months=span, days=-1)
    return v.value


def _months(a: dt.date, b: dt.date) -> float:
    rd = relativedelta(b, a)
    return rd.years * 12 + rd.months + rd.days / DAYS_PER_MONTH


def _after_clear_exam(vs: list[_V], as_of: dt.date) -> list[_V]:
    """Without the findings of a hand eczema episode that ended before a documented clear exam.
    An onset flagged "cleared" is a visit whose exam found the hands clear; the latest such
    visit before the chart's latest visit restarts the clock: onsets before it, ages at onset,
    and durations stated before it or reaching back past it ("lifelong" in today's letter)
    tell of an earlier episode, not of the present hand eczema. The flagged onsets themselves
    date no onset (the present one is only known to be later)."""
    def cleared(v: _V) -> bool:
        return v.finding.field == "condition.onset_date" and "cleared" in v.finding.flags

    latest = max((v.value for v in _of(vs, "request.date_of_service")
                  if isinstance(v.value, dt.date) and v.value <= as_of), default=None)
    clears = [v.value for v in vs if cleared(v) and latest is not None and v.value < latest]
    out = [v for v in vs if not cleared(v)]
    if not clears:
        return out
    c = max(clears)

    def older(v: _V) -> bool:
        if v.finding.extractor == ExtractorKind.human:
            return False
        if v.finding.field == "condition.onset_date":
            return v.value < c
        if v.finding.field == "condition.onset_age":
            return True
        if v.finding.field == "condition.duration_days":
            if "vague" in v.finding.flags:
                return True  # "long-standing": the least it means; it may reach back past c
            seen = _visit_of(vs, v.finding) or _file_date(vs, v.finding.file, as_of)
            return seen is None or seen - dt.timedelta(days=v.value) < c
        return False

    return [v for v in out if not older(v)]


def _no_prior_history(findings: Iterable[Finding]) -> bool:
    """Does the chart deny any earlier hand eczema ("No prior hx of hand eczema"): a hand
    eczema diagnosis read as both negated and historical?"""
    return any(f.field == "condition.diagnosis" and "hand" in str(f.value).lower()
               and {"negated", "historical"} <= set(f.context)
               and f.review != ReviewStatus.rejected and f.alignment != Alignment.none
               for f in findings)


def _duration(vs: list[_V], as_of: dt.date, thresholds: tuple[float, ...] = (),
              no_prior: bool = False) -> Fact:
    vs = _after_clear_exam(vs, as_of)
    if no_prior:  # "long-standing" (a vague least) against a chart denying any earlier episode
        vs = [v for v in vs if not (v.finding.field == "condition.duration_days"
                                    and "vague" in v.finding.flags)]
    # An onset flagged "at_latest" (a year alone: "since 2024") is the latest the onset can
    # be: it proves a history longer than the policy's thresholds (``thresholds``, IP0759:
    # 3 months), but a shorter one cannot be told from it.
    top = max(thresholds, default=0.0)
    onsets = [v for v in _of(vs, "condition.onset_date") if v.value <= as_of and not (
        "at_latest" in v.finding.flags and _months(v.value, as_of) <= top)]
    # an onset known only to its month or year yields to a more precise one within it
    # ("since Dec 2025" and "started 12/26/2025": the 26th)
    spans = {id(v): (v.value, _latest_onset(v)) for v in onsets}
    onsets = [v for v in onsets if not any(
        spans[id(v)][0] <= spans[id(u)][0] and spans[id(u)][1] <= spans[id(v)][1]
        and spans[id(u)] != spans[id(v)] for u in onsets)]
    if onsets:  # the earliest onset: the longest documented history
        o = min(onsets, key=lambda v: v.value)
        months = _months(o.value, as_of)
        # Least history the onsets allow (a year-only onset may be late in that year): when
        # a threshold lies between the least and the most, the onset cannot decide.
        least = max(_months(min(_latest_onset(v), as_of), as_of) for v in onsets)
        if not any(least <= t < months for t in thresholds):
            return Fact(round(months, 2), f"{months:.1f} months (onset {o.value.isoformat()})",
                        [o.finding.id])
    durs = _of(vs, "condition.duration_days")
    # a form's bare "> 3 months" (a lower bound) against the note's shorter stated duration
    # ("onset ~7 wks ago"): the documented clinical fact decides
    exact = [v.value for v in durs if not _is_admin(v.finding) and "exceeds" not in v.finding.flags]
    durs = [v for v in durs if not (_is_admin(v.finding) and "exceeds" in v.finding.flags
                                    and exact and max(exact) < v.value)]
    if durs:
        # a duration is as of the visit it was written at: "x 13 wks" in a consult a month
        # before the request is 13 weeks plus that month by the request date, unless a later
        # visit or flare date documents a return (a recurrence or a flare after it)
        returns = [v.value for v in _of(vs, "condition.flare_date")] + [
            d for d in (_visit_of(vs, r.finding) for r in _of(vs, "condition.recurrences_12mo")
                        if r.value >= 1) if d is not None]
        # a later visit's own history that began well after an earlier visit ("began six
        # weeks ago" in today's note beside "x 2 weeks" in a walk-in note years before) is a
        # new episode: the earlier one ended, so its length stops at its visit too. Only a
        # start more than RESTART_GAP_DAYS after that visit counts (loosely stated lengths).
        def began(v: _V) -> dt.date | None:
            if v.finding.extractor == ExtractorKind.human or {"exceeds", "vague"} & set(
                    v.finding.flags):
                return None
            seen = _visit_of(vs, v.finding) or _file_date(vs, v.finding.file, as_of)
            return None if seen is None else seen - dt.timedelta(days=v.value)
        restarts = [b for b in map(began, durs) if b is not None]

        def months_of(v: _V) -> float:
            seen = _visit_of(vs, v.finding) or _file_date(vs, v.finding.file, as_of)
            since = _months(seen, as_of) if seen is not None and seen <= as_of else 0.0
            if seen is not None and any(seen < d <= as_of for d in returns):
                since = 0.0  # it cleared and came back after that visit: the length stops there
            if seen is not None and any(
                    seen + dt.timedelta(days=RESTART_GAP_DAYS) < b <= as_of for b in restarts):
                since = 0.0
            # "more than 3 months" (flag "exceeds"): strictly longer than the number of months
            # it says (the extractor counts a month as 30 days)
            if "exceeds" in v.finding.flags and v.value % 30 == 0:
                return v.value / 30 + since + 0.01
            return v.value / DAYS_PER_MONTH + since

        human = [v for v in durs if v.finding.extractor == ExtractorKind.human]
        d = human[0] if human else max(durs, key=months_of)
        months = d.value / DAYS_PER_MONTH if human else months_of(d)
        by_age = None if human else _onset_by_age(vs, as_of)
        if by_age is not None and "exceeds" in d.finding.flags and \
                _months(by_age[0], as_of) > months:
            # two lower bounds ("more than a month", "since her early twenties"): the larger
            m = _months(by_age[0], as_of)
            return Fact(round(m, 2), f"at least {m:.1f} months (onset by age {by_age[1].value})",
                        [by_age[1].finding.id])
        over = "more than " if "exceeds" in d.finding.flags else ""
        seen = None if human else (_visit_of(vs, d.finding) or _file_date(vs, d.finding.file,
                                                                          as_of))
        later = " by the request date" if seen is not None and seen < as_of else ""
        return Fact(round(months, 2), f"{over}{months:.1f} months (stated {over}{d.value} days"
                    f"{later})", [d.finding.id])
    by_age = _onset_by_age(vs, as_of)
    if by_age is not None and _months(by_age[0], as_of) > top:
        # "since 8th grade": onset no later than a birthday; proves a long history only
        m = _months(by_age[0], as_of)
        return Fact(round(m, 2), f"at least {m:.1f} months (onset by age {by_age[1].value})",
                    [by_age[1].finding.id])
    if onsets:
        return Fact(None, f"uncertain ({least:.1f} to {months:.1f} months: onset known to the "
                    "year only)", [o.finding.id])
    return Fact(None)


def _file_date(vs: list[_V], file: str, as_of: dt.date) -> dt.date | None:
    """A document's latest date of service on or before the request date."""
    ds = [v.value for v in _of(vs, "request.date_of_service") if v.finding.file == file
          and isinstance(v.value, dt.date) and v.value <= as_of]
    return max(ds) if ds else None


def _onset_by_age(vs: list[_V], as_of: dt.date) -> tuple[dt.date, _V] | None:
    """The latest onset date an onset age allows ("since age 30" in a chart with the DOB:
    before the 31st birthday), with its finding; from the stated age when no DOB is given."""
    ages = [v for v in _of(vs, "condition.onset_age") if 0 <= v.value < 130]
    if not ages:
        return None
    v = min(ages, key=lambda a: a.value)
    dobs = [d for d in _human_first(_of(vs, "patient.date_of_birth")) if d.value <= as_of]
    if dobs:
        latest = dobs[0].value + relativedelta(years=v.value + 1)
    else:
        stated = [a for a in _human_first(_of(vs, "patient.age")) if 0 <= a.value < 130]
        if not stated:
            return None
        latest = as_of - relativedelta(years=stated[0].value - v.value - 1)
    return (latest, v) if latest <= as_of else None


def _recurrences(vs: list[_V], as_of: dt.date) -> Fact:
    stated = _human_first(_of(vs, "condition.recurrences_12mo"))
    if stated and not (stated[0].finding.extractor == ExtractorKind.human or stated[0].finding.review
                       in (ReviewStatus.confirmed, ReviewStatus.edited)):
        # a count stated at a later visit supersedes an earlier one ("first ever episode" at
        # the intake visit, "third episode" a year later): the latest dated statement decides
        # (among the clinical ones when there are any)
        pool = [v for v in stated if not _is_admin(v.finding)] or stated
        latest = {id(v) for v in _latest_dated(vs, pool)}
        stated = [v for v in stated if id(v) in latest]
    if stated:
        return Fact(stated[0].value, f"{stated[0].value} (stated)", [stated[0].finding.id])
    start = as_of - dt.timedelta(days=365)
    flares: dict[dt.date, str] = {}
    for v in _of(vs, "condition.flare_date"):
        if start < v.value <= as_of:
            flares.setdefault(v.value, v.finding.id)
    if _of(vs, "condition.flare_date"):
        n = len(flares)
        return Fact(n, f"{n} (flare dates within 365 days)", list(flares.values()))
    return Fact(None)


def _visit_of(vs: list[_V], f: Finding) -> dt.date | None:
    """The date of the visit a finding is written under: the nearest date of service before
    it in its document ("Visit 3 - 04/08/2026" heading a section of a multi-visit chart)."""
    dates = {id(v.finding): v for v in _of(vs, "request.date_of_service")
             if isinstance(v.value, dt.date)}
    h = f.written_under(v.finding for v in dates.values())
    return dates[id(h)].value if h else None


def _latest_visit(vs: list[_V], ratings: list[_V]) -> list[_V]:
    """Within one document of several dated visits, only the ratings of its latest visit
    (IGA-CHE 4 at visit 1, 2 at visit 2, 1 at visit 3: the current rating is 1)."""
    by_file: dict[str, list[_V]] = {}
    for r in ratings:
        by_file.setdefault(r.finding.file, []).append(r)
    out: list[_V] = []
    for rs in by_file.values():
        visits = {id(r): _visit_of(vs, r.finding) for r in rs}
        known = {d for d in visits.values() if d is not None}
        if len(known) < 2:
            out += rs
        else:
            out += [r for r in rs if visits[id(r)] == max(known)]
    return out


def _latest_dated(vs: list[_V], ratings: list[_V]) -> list[_V]:
    """The ratings of the latest dated document that has any (the prescriber's current
    rating: an IGA-CHE 3 at the first visit does not outlast an IGA-CHE 1 today), and within
    a document of several dated visits those of its latest visit. Undated documents' ratings
    stay only when no dated document rates the severity."""
    ratings = _latest_visit(vs, ratings)
    dated: dict[str, dt.date] = {}
    for v in _of(vs, "request.date_of_service"):
        f = v.finding.file
        if isinstance(v.value, dt.date) and (f not in dated or v.value > dated[f]):
            dated[f] = v.value
    with_date = [r for r in ratings if r.finding.file in dated]
    if len({dated[r.finding.file] for r in with_date}) < 2:
        return ratings
    last = max(dated[r.finding.file] for r in with_date)
    return [r for r in with_date if dated[r.finding.file] == last]


STALE_RATING_DAYS = 365
"""A severity rating written under a visit more than this many days before a later visit of
the same document (on or before the request date) is stale (_not_stale)."""


def _not_stale(vs: list[_V], ratings: list[_V], as_of: dt.date) -> list[_V]:
    """The ratings not outdated within their own document: a rating under a dated visit is
    dropped when the document records a visit more than STALE_RATING_DAYS later (a chart
    export whose ratings are all from 2023 and whose 2026 visit describes the exam only)."""
    out = []
    for r in ratings:
        seen = _visit_of(vs, r.finding)
        last = _file_date(vs, r.finding.file, as_of)
        if seen is None or last is None or (last - seen).days <= STALE_RATING_DAYS:
            out.append(r)
    return out


CLEARED_GAP_DAYS = 28
"""How long after a clear rating (IGA-CHE 0) a later visit of the same document must be for
the rating to describe an ended episode (not a signature or addendum date of the same visit)."""


def _cleared_before_later_visit(vs: list[_V], latest: list[_V], as_of: dt.date) -> bool:
    """Did the chart's latest rated visit find the hands clear (IGA-CHE 0) while a later
    visit of the same document is unrated (clear in 2025, a recurrence examined in 2026 with
    no score)? The clear rating describes an episode that ended, not the flare now treated."""
    for r in latest:
        if r.finding.field != "severity.iga_che" or r.value != 0:
            continue
        seen = _visit_of(vs, r.finding)
        last = _file_date(vs, r.finding.file, as_of)
        if seen is not None and last is not None and (last - seen).days > CLEARED_GAP_DAYS:
            return True
    return False


def _band(scale: dict[int, str], score: float) -> str | None:
    """The word of a banded score: each key is the lowest score of its band (HECSI 0-360:
    {0: mild, 17: moderate, 38: severe})."""
    lows = [k for k in scale if k <= score]
    return scale[max(lows)] if lows and score >= 0 else None


def _severity(vs: list[_V], ctx: FactContext) -> Fact:
    order = ["mild", "moderate", "severe"]
    scale = ctx.severity_scales.get("iga_che", {})
    hecsi = ctx.severity_scales.get("hecsi", {})
    rated = [v for v in _of(vs, "severity.stated")] + [
        v for v in _of(vs, "severity.iga_che") if v.value in scale] + [
        v for v in _of(vs, "severity.hecsi") if hecsi and 0 <= v.value <= 360]
    # the patient's own words ("the itching is severe" in her statement) rate nothing: the
    # severity is the prescriber's assessment
    rated = [v for v in rated if not _patient_authored(v.finding)]
    # the documented clinical fact decides: a form's "severe" does not outlast the note's
    # IGA-CHE 2 (mild); a form's rating counts only when no clinical text rates the severity
    clinical = [v for v in rated if not _is_admin(v.finding)]
    if clinical:
        rated = clinical
    # a rating placed at an earlier visit ("at intake she was IGA-CHE 4") yields to a current
    # one ("IGA-CHE today: 2")
    current_ratings = [v for v in rated if "historical" not in v.finding.context]
    if current_ratings:
        rated = current_ratings
        # ratings written at visits long before a later visit of the same chart (IGA-CHE 3
        # in 2023, an unrated exam in 2026) describe an earlier state, not today's severity
        fresh = _not_stale(vs, rated, ctx.as_of)
        if not fresh:
            return Fact(None)
        rated = fresh
        if _cleared_before_later_visit(vs, _latest_dated(vs, rated), ctx.as_of):
            return Fact(None)
    elif any(v.finding.field == "severity.iga_che" and v.value == 0 for v in rated):
        # only earlier visits are rated and one of them found the hands clear (IGA-CHE 0):
        # the old ratings describe an episode that ended, not the flare now treated
        return Fact(None)
    current = {id(v) for v in _latest_dated(vs, rated)}
    vs = [v for v in vs if not v.finding.field.startswith("severity.") or id(v) in current]
    stated = _human_first(_of(vs, "severity.stated"))
    if stated:
        human = [v for v in stated if v.finding.extractor == ExtractorKind.human]
        pick = human[0] if human else max(stated, key=lambda v: order.index(v.value))
        return Fact(pick.value, f"{pick.value} (stated)", [pick.finding.id])
    scores = [v for v in _of(vs, "severity.iga_che") if v.value in scale]
    if scores:
        top = max(scores, key=lambda v: v.value)
        word = scale[top.value]
        return Fact(word, f"{word} (IGA-CHE {top.value})", [top.finding.id])
    banded = [v for v in _of(vs, "severity.hecsi") if hecsi and 0 <= v.value <= 360]
    if banded:  # the scale a prescriber names last: no word and no IGA-CHE
        top = max(banded, key=lambda v: v.value)
        word = _band(hecsi, top.value)
        if word:
            return Fact(word, f"{word} (HECSI {top.value:g})", [top.finding.id])
    return Fact(None)


def _specialty_code(text: Any) -> str | None:
    """Specialty code of a value; professions (NP, PA-C) say nothing about the specialty."""
    s = str(text)
    code = vocab.taxonomy_specialty(s) or vocab.normalize_specialty(s)
    return None if vocab.is_profession(code) else code


def _former_specialty(v: _V) -> bool:
    """A specialty the extractor marked historical (its clinician has retired or left)."""
    return v.finding.field.endswith(".specialty") and "historical" in v.finding.context and \
        v.finding.extractor != ExtractorKind.human


def _prescriber(vs: list[_V]) -> Fact:
    # An explicit specialty beats one read from credentials (e.g. "MD, FAAD"). A specialty
    # marked historical (a clinician who has since retired or left) is no one's current one.
    for name in ("prescriber.specialty", "prescriber.credentials"):
        for v in _human_first(_of(vs, name)):
            if _former_specialty(v):
                continue
            code = _specialty_code(v.value)
            if code:
                return Fact(code, code, [v.finding.id])
    return Fact(None)


# --------------------------------------------------------------------------------------
# Collections
# --------------------------------------------------------------------------------------
def _groups(vs: list[_V], prefix: str) -> dict[str, list[_V]]:
    """Findings of one entity kind by group; ungrouped findings form their own group."""
    groups: dict[str, list[_V]] = {}
    for v in vs:
        if v.finding.field.startswith(prefix):
            key = v.finding.group or f"_{v.finding.id}"
            groups.setdefault(key, []).append(v)
    return groups


def _first(vs: list[_V], name: str) -> _V | None:
    hits = _human_first(_of(vs, name))
    return hits[0] if hits else None


def _val(v: _V | None) -> Any:
    return v.value if v else None


def _is_prn(members: list[_V], ctx: FactContext) -> bool | None:
    """True for as-needed use; None when the fragment does not say (a bare "clobetasol:
    inadequate" is not evidence of daily use, so it may join a PRN fragment of that drug)."""
    flag = _first(members, "therapy.prn")
    if flag is not None:
        return bool(flag.value)
    freq = _val(_first(members, "therapy.frequency"))
    if not freq or not ctx.prn_terms:
        return None
    return True if vocab_words(ctx.prn_terms).search(str(freq).lower()) else None


def vocab_words(words: list[str]) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern for any of ``words``."""
    alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def _days(members: list[_V]) -> tuple[int | None, list[str]]:
    stated = _first(members, "therapy.duration_days")
    if stated is not None:  # a stated course length beats dates
        return stated.value, [stated.finding.id]
    start, stop = _first(members, "therapy.start_date"), _first(members, "therapy.stop_date")
    if start and stop and stop.value >= start.value:
        return (stop.value - start.value).days + 1, [start.finding.id, stop.finding.id]
    return None, []  # never guessed


def _therapy(members: list[_V], ctx: FactContext) -> Item:
    drug_v = _first(members, "therapy.drug")
    strength = _val(_first(members, "therapy.strength"))
    vehicle = _val(_first(members, "therapy.vehicle"))
    drug = _val(drug_v)
    mention = " ".join(str(x) for x in (drug, strength, vehicle) if x)
    klass = vocab.drug_class(mention) if drug else None
    info = vocab.tcs_lookup(str(drug), strength, vehicle) if klass == "tcs" else None
    otc_v = _first(members, "therapy.otc")
    otc = otc_v.value if otc_v is not None else (info.otc if info else None)
    days, _ = _days(members)
    stop_v = _first(members, "therapy.stop_date")
    runs_on = _runs_on(members, days, ctx)
    if runs_on:  # still running at its last documented day: its length is not known
        days, stop_v = None, None
    attrs = {
        "drug": (info.generic if info else vocab.canonical_drug(str(drug)) or drug) if drug else None,
        "strength": (info.strength if info and info.strength else strength),
        "vehicle": (info.vehicle if info and info.vehicle else vehicle),
        "class": klass,
        "potency": info.potency if info else None,
        "otc": otc,
        "prn": _is_prn(members, ctx),
        "days": days,
        # 1.D.iii asks for the prescriber's word: the patient's own letter saying "it didn't
        # work" is no documented response
        "response": _val(_first([v for v in members if not _patient_authored(v.finding)],
                                "therapy.response")),
        "start_date": _val(_first(members, "therapy.start_date")),
        "stop_date": _val(stop_v),
    }
    return Item(attrs, _therapy_label(attrs), [v.finding.id for v in members])


def _runs_on(members: list[_V], days: int | None, ctx: FactContext) -> bool:
    """Is the course's length, from its start to a stop flagged "ongoing" (the visit at
    which a still-running course was last documented: "daily since 1/26" in a 2/20 note),
    under a day count the policy compares with (``item.days``) that the course may have
    reached by the request's later date? Then its length is unknown, not that short."""
    stop = _first(members, "therapy.stop_date")
    if days is None or stop is None or "ongoing" not in stop.finding.flags or \
            _first(members, "therapy.duration_days") is not None or ctx.as_of <= stop.value:
        return False
    reach = days + (ctx.as_of - stop.value).days
    return any(days < t <= reach for t in ctx.thresholds.get("item.days", ()))


def _therapy_label(a: dict[str, Any]) -> str:
    name = " ".join(str(a[k]) for k in ("drug", "strength", "vehicle") if a.get(k)) or "a therapy"
    bits = []
    if a["class"] == "tcs":
        bits.append(f"{a['potency']} potency" if a["potency"] else "potency unknown")
    elif a["class"]:
        bits.append(a["class"].replace("_", " "))
    if a["otc"]:
        bits.append("OTC")
    if a["days"] is not None:
        bits.append(f"{a['days']} days")
    if a["prn"]:
        bits.append("as needed")
    if a["response"]:
        bits.append(f"{a['response']} response")
    return f"{name} ({', '.join(bits)})" if bits else name


_COURSE_KEYS = ("strength", "vehicle", "days", "response", "otc", "prn", "start_date", "stop_date")


def _compatible(a: Item, b: Item) -> bool:
    """Same named drug and no attribute that both state differently."""
    if a.attrs["drug"] is None or a.attrs["drug"] != b.attrs["drug"]:
        return False
    if a.attrs["drug"] == vocab.load("tcs_potency")["generic_name"]:
        return False  # two unnamed steroids may be different drugs
    for x, y in ((a, b), (b, a)):  # a daily course of stated length and PRN use of that drug
        if x.attrs["prn"] and y.attrs["days"] is not None and not y.attrs["prn"]:
            return False  # are two episodes ("x 6 wks, now prn"), not one course
    return all(
        a.attrs[k] is None or b.attrs[k] is None or a.attrs[k] == b.attrs[k]
        for k in _COURSE_KEYS
    )


def _merge_fragments(items: list[Item], admin_ids: frozenset[str] | set[str] = frozenset()
                     ) -> list[Item]:
    """Join groups that describe the same course in pieces (one names the strength, another
    the duration). Two courses of one drug that state different values stay separate. An
    administrative fragment (PA form, letter) joins only administrative ones, so that a form's
    claim stays a claim the clinical courses can contradict (_clinical_decides)."""
    def admin(it: Item) -> bool:
        return bool(it.findings) and all(i in admin_ids for i in it.findings)

    out: list[Item] = []
    for it in items:
        into = next((o for o in out if _compatible(o, it) and admin(o) == admin(it)), None)
        if into is None:
            out.append(it)
            continue
        for k in _COURSE_KEYS:
            if into.attrs[k] is None:
                into.attrs[k] = it.attrs[k]
        into.findings += [i for i in it.findings if i not in into.findings]
        a = into.attrs  # a start date in one fragment and the stop date in another
        if a["days"] is None and a["start_date"] and a["stop_date"] and (
                a["stop_date"] >= a["start_date"]):
            a["days"] = (a["stop_date"] - a["start_date"]).days + 1
        if into.attrs["class"] == "tcs":
            info = vocab.tcs_lookup(into.attrs["drug"], into.attrs["strength"], into.attrs["vehicle"])
            if info:
                into.attrs["potency"] = info.potency
                if into.attrs["otc"] is None:
                    into.attrs["otc"] = info.otc
        into.label = _therapy_label(into.attrs)
    return out


def _drop_summary_mentions(items: list[Item]) -> list[Item]:
    """An unnamed TCS mention that carries no course detail of its own ("TCS: failed") when
    the chart names its TCS courses refers to those courses, not to another trial: its
    response is given to the named courses that state none, and the mention is dropped.
    An unnamed course WITH details (a vehicle, a strength, a duration) is a trial of its own
    whose potency cannot be told, and stays."""
    generic = vocab.load("tcs_potency")["generic_name"]
    named = any(it.attrs["class"] == "tcs" and it.attrs["drug"] != generic for it in items)

    def summary(it: Item) -> bool:
        a = it.attrs
        return a["drug"] == generic and not any(a[k] for k in ("strength", "vehicle", "days"))

    if not named:
        return items
    for it in [i for i in items if summary(i) and i.attrs["response"]]:
        for other in items:
            a = other.attrs
            if a["class"] == "tcs" and a["drug"] != generic and a["response"] is None:
                a["response"] = it.attrs["response"]
                other.findings += [i for i in it.findings if i not in other.findings]
                other.label = _therapy_label(a)
    return [it for it in items if not summary(it)]


_CLAIM_KEYS = ("days", "response")


def _clinical_decides(items: list[Item], admin_ids: set[str], warnings: list[str]) -> list[Item]:
    """Where a PA form, attestation or letter (administrative) and the clinical documents
    describe the same TCS course differently, the clinical fact decides: "TCS >= 28 days:
    Yes" on a form against "clobetasol for about 2 weeks" in the note, "inadequate response"
    against "cleared with clobetasol". The administrative course is compared with the
    clinical courses of the same drug (an unnamed "TCS" claim: with every clinical TCS course
    not known to be low potency or OTC). A claim is contradicted when some of those courses
    state the attribute and none states the claimed value (PRN use contradicts a claimed
    daily duration). A contradicted course is dropped; its uncontradicted claims go to the
    clinical courses that state none. An uncontradicted course completes a compatible
    clinical course of its drug. A course only administrative sources describe stays."""
    def admin(it: Item) -> bool:
        return bool(it.findings) and all(i in admin_ids for i in it.findings)

    generic = vocab.load("tcs_potency")["generic_name"]
    clinical = [it for it in items if not admin(it) and it.attrs["class"] == "tcs"]
    out: list[Item] = []
    for it in items:
        a = it.attrs
        if not admin(it) or a["class"] != "tcs":
            out.append(it)
            continue
        same = [c for c in clinical if c.attrs["drug"] == a["drug"] or (
            a["drug"] == generic and c.attrs["potency"] != "low" and not c.attrs["otc"])]
        if a["drug"] == generic and not same and any(
                c.attrs["drug"] not in (None, generic) for c in clinical):
            # an unnamed "failed topical steroids for years" on a letter or form, where the
            # clinical documents name every TCS used and each is low potency or OTC: the claim
            # is about those courses, not a qualifying trial of its own
            warnings.append(f"{it.label} on an administrative document refers to the TCS "
                            "courses the clinical documents name (low potency or OTC only)")
            continue
        bad = [k for k in _CLAIM_KEYS if a[k] is not None
               and any(c.attrs[k] is not None for c in same)
               and not any(c.attrs[k] == a[k] for c in same)]
        if a["days"] is not None and "days" not in bad and same and all(
                c.attrs["prn"] for c in same):
            bad.append("days")
        if not bad:
            # an uncontradicted form fragment of a clinical course completes that course
            into = next((c for c in same if _compatible(c, it)), None)
            if into is None:
                out.append(it)
                continue
            for k in _COURSE_KEYS:
                if into.attrs[k] is None:
                    into.attrs[k] = a[k]
            into.findings += [i for i in it.findings if i not in into.findings]
            info = vocab.tcs_lookup(into.attrs["drug"], into.attrs["strength"],
                                    into.attrs["vehicle"])
            if info:
                into.attrs["potency"] = info.potency
            into.label = _therapy_label(into.attrs)
            continue
        warnings.append(f"the clinical documents contradict the {' and '.join(bad)} claimed "
                        f"for {it.label} on an administrative document; the clinical fact "
                        "decides")
        for k in _CLAIM_KEYS:
            if k in bad or a[k] is None:
                continue
            for c in same:
                if c.attrs[k] is None:
                    c.attrs[k] = a[k]
                    c.findings += [i for i in it.findings if i not in c.findings]
                    c.label = _therapy_label(c.attrs)
    return out


LOW_ONLY = "tcs_above_low"
"""therapy.never_used value: no topical steroid above low potency was ever used."""


def _low_only_decides(items: list[Item], admin_ids: set[str], vs: list[_V], ctx: FactContext,
                      warnings: list[str]) -> list[Item]:
    """A treating clinician's dated word that no TCS above low potency was ever used ("has
    never been prescribed a stronger steroid", "only low-potency topical steroids to date"),
    in a chart whose clinical documents name only low-potency or OTC TCS courses, outweighs a
    medium-or-higher course only a PA form or letter claims, when the statement is no older
    than that course's latest possible start (its start date; else its stop date, or the
    form's date, less its length; else the form's date): the clinical record decides. A
    course begun after the statement (an early "no stronger steroid yet", then a course a
    later form records) still counts, as does any course when a clinical document names a
    TCS of another or unknown potency."""
    def admin(it: Item) -> bool:
        return bool(it.findings) and all(i in admin_ids for i in it.findings)

    def low(it: Item) -> bool:
        return it.attrs["potency"] == "low" or bool(it.attrs["otc"])

    said = [v for v in _of(vs, "therapy.never_used") if str(v.value).strip().lower() == LOW_ONLY
            and not _is_admin(v.finding) and not _patient_authored(v.finding)]
    dates = [d for v in said
             if (d := _visit_of(vs, v.finding) or _file_date(vs, v.finding.file, ctx.as_of))]
    if not dates or any(not admin(it) and it.attrs["class"] == "tcs" and not low(it)
                        for it in items):
        return items
    latest_said = max(dates)
    by_id = {v.finding.id: v.finding for v in vs}
    out: list[Item] = []
    for it in items:
        a = it.attrs
        if not admin(it) or a["class"] != "tcs" or low(it):
            out.append(it)
            continue
        files = {by_id[i].file for i in it.findings if i in by_id}
        form = max((d for f in files if (d := _file_date(vs, f, ctx.as_of))), default=None)
        end = a["stop_date"] or form
        if a["start_date"]:
            start = a["start_date"]
        elif end and a["days"]:
            start = end - dt.timedelta(days=a["days"])
        else:
            start = end
        if start is None or latest_said < start:
            out.append(it)
            continue
        warnings.append(f"{it.label} on an administrative document is not a documented trial: "
                        "the clinical record says no topical steroid above low potency was used")
    return out


def _unnamed_is_named_low(items: list[Item], warnings: list[str]) -> list[Item]:
    """An unnamed TCS course that states its vehicle ("steroid cream x 2 months"), in a chart
    that names its TCS courses, where every named course in that vehicle is low potency or
    OTC and no named course is of any other potency (medium or higher, or unknown): the
    unnamed course is one of those named low-potency ones, not another trial, and is left
    out (a resubmission that names "hydrocortisone 2.5% ointment, desonide 0.05% cream" for
    the first form's "steroid cream"). So is an unnamed course whose stated length is a
    named course's ("two steroid courses failed, one of them 6 weeks" beside "desonide x 6
    weeks")."""
    generic = vocab.load("tcs_potency")["generic_name"]
    named = [it for it in items if it.attrs["class"] == "tcs"
             and it.attrs["drug"] not in (None, generic)]
    if not named or any(it.attrs["potency"] != "low" and not it.attrs["otc"] for it in named):
        return items
    out = []
    for it in items:
        a = it.attrs
        if a["class"] == "tcs" and a["drug"] == generic and a["vehicle"] and any(
                n.attrs["vehicle"] == a["vehicle"] for n in named):
            warnings.append(f"{it.label}: the chart names its {a['vehicle']} steroids, all "
                            "low potency or OTC; the unnamed course is taken to be one of them")
            continue
        if a["class"] == "tcs" and a["drug"] == generic and a["days"] is not None and any(
                n.attrs["days"] == a["days"] for n in named):
            # "two failed steroid courses, one of them six weeks" beside a named six-week
            # desonide course: the unnamed length is that named course's, not another trial
            warnings.append(f"{it.label}: a named low-potency or OTC course has the same "
                            "length; the unnamed course is taken to be that one")
            continue
        out.append(it)
    return out


PRN_SPAN_MIN_DAYS = 90
"""A stated length of TCS use beyond this (months on end), with no frequency, is read as the
span of the as-needed use the chart documents for that drug (_prn_span); shorter lengths
("x 6 weeks" beside "now prn") are a daily course and a later PRN episode."""


def _prn_span(items: list[Item], by_id: dict[str, _V], ctx: FactContext,
              warnings: list[str]) -> None:
    """A long time on a named TCS that says nothing of how it was applied ("on mometasone
    ointment for more than a year": over PRN_SPAN_MIN_DAYS, no frequency, no dates) is not a
    daily course when the chart documents that drug's use as as-needed (a PRN course of it)
    and never as daily (no daily sig, no daily course of stated length): it is the span of
    that as-needed use, and PRN use never meets the daily requirement."""
    generic = vocab.load("tcs_potency")["generic_name"]

    def said_daily(it: Item) -> bool:
        prn_rx = vocab_words(ctx.prn_terms) if ctx.prn_terms else None
        return any(v.finding.field == "therapy.frequency" and not (
            prn_rx and prn_rx.search(str(v.value).lower()))
            for v in (by_id.get(i) for i in it.findings) if v is not None)

    for it in items:
        a = it.attrs
        if a["class"] != "tcs" or a["drug"] in (None, generic) or a["days"] is None or \
                a["days"] <= PRN_SPAN_MIN_DAYS or a["prn"] is not None or a["start_date"] or \
                a["stop_date"] or said_daily(it):
            continue
        same = [o for o in items if o is not it and o.attrs["drug"] == a["drug"]]
        if any(o.attrs["prn"] for o in same) and not any(
                not o.attrs["prn"] and (said_daily(o) or o.attrs["days"] is not None)
                for o in same):
            a["prn"] = True
            it.label = _therapy_label(a)
            warnings.append(f"{it.label}: the chart documents this drug only as needed; its "
                            "stated length is taken as the span of as-needed use")


def _shared_adequate(items: list[Item]) -> None:
    """Courses of one named TCS kept apart (a daily course and later PRN maintenance, "x 4 wks,
    cleared; now weekends only and stays clear") share the chart's word that the drug works:
    a course that states no response takes "adequate" when every other course of that drug
    that states one says adequate. (Only an adequate response is shared, so a PRN complaint
    never turns a daily course into a failed trial.)"""
    generic = vocab.load("tcs_potency")["generic_name"]
    for it in items:
        a = it.attrs
        if a["class"] != "tcs" or a["drug"] in (None, generic) or a["response"] is not None:
            continue
        said = [o for o in items if o is not it and o.attrs["drug"] == a["drug"]
                and o.attrs["response"] is not None]
        if said and all(o.attrs["response"] == "adequate" for o in said):
            a["response"] = "adequate"
            it.findings += [i for o in said for i in o.findings if i not in it.findings]
            it.label = _therapy_label(a)


def _therapies(vs: list[_V], ctx: FactContext, warnings: list[str]) -> tuple[Fact, Fact]:
    # A planned course ("will start clobetasol") has not been tried: its findings are left out.
    tried = [
        v for v in vs
        if v.finding.field != "therapy.never_used" and "planned" not in v.finding.context
    ]
    groups = _groups(tried, "therapy.")
    # An ungrouped detail (a strength, a duration) with no drug of its own joins the one
    # therapy when there is exactly one; otherwise it cannot be placed and is dropped.
    with_drug = {k: g for k, g in groups.items() if _of(g, "therapy.drug") or not k.startswith("_")}
    loose = [g for k, g in groups.items() if k not in with_drug]
    if loose and len(with_drug) == 1:
        next(iter(with_drug.values())).extend(v for g in loose for v in g)
    elif loose:
        warnings.append(f"{len(loose)} ungrouped therapy detail(s) could not be placed")
    admin_ids = {v.finding.id for v in vs if _is_admin(v.finding)}
    # A strength filled in from another document's plan (extract: _strength_from_plans) into
    # a course a letter or form names is a detail of that claimed course: the course stays
    # administrative, so the clinical courses can still contradict its claims.
    named_admin = {v.finding.group for v in tried if v.finding.field == "therapy.drug"
                   and v.finding.group and v.finding.id in admin_ids}
    admin_ids |= {v.finding.id for v in tried if v.finding.field == "therapy.strength"
                  and v.finding.group in named_admin}
    items = _drop_summary_mentions(_merge_fragments([_therapy(g, ctx) for g in with_drug.values()],
                                                    admin_ids))
    items = _clinical_decides(items, admin_ids, warnings)
    items = _low_only_decides(items, admin_ids, vs, ctx, warnings)
    items = _unnamed_is_named_low(items, warnings)
    _prn_span(items, {v.finding.id: v for v in tried}, ctx, warnings)
    for it in items:  # unstated PRN (None while merging fragments) is not PRN use
        if it.attrs["prn"] is None:
            it.attrs["prn"] = False
    _shared_adequate(items)
    never = [
        v for v in _of(vs, "therapy.never_used")
        if str(v.value).strip().lower() == "tcs" or vocab.drug_class(str(v.value)) == "tcs"
    ]
    never_fact = Fact(bool(never), "yes" if never else "no", [v.finding.id for v in never])
    if not items and not never:
        return Fact(None), never_fact
    ids = [i for it in items for i in it.findings] + never_fact.findings
    display = "; ".join(it.label for it in items) or "none (TCS never used)"
    return Fact(items, display, ids), never_fact


def _is_requested(name: str, ctx: FactContext) -> bool:
    return bool(ctx.requested_drug) and bool(vocab_words(ctx.requested_drug).search(name.lower()))


def _medication(members: list[_V], ctx: FactContext) -> Item | None:
    name_v = _first(members, "medication.name")
    if name_v is None:
        return None
    raw = str(name_v.value)
    status = _val(_first(members, "medication.status"))
    if status is None:  # context of the mention, then a past stop date; default active
        if "planned" in name_v.finding.context:
            status = "planned"
        elif "historical" in name_v.finding.context:
            status = "discontinued"
        else:
            stop = _val(_first(members, "medication.stop_date"))
            status = "discontinued" if stop and stop < ctx.as_of else "active"
    attrs = {
        "name": vocab.canonical_drug(raw) or raw,
        "status": status,
        "drug_class": vocab.drug_class(raw) or "other",  # unrecognised: not a listed class
        "is_requested": _is_requested(raw, ctx),
        "start_date": _val(_first(members, "medication.start_date")),
        "stop_date": _val(_first(members, "medication.stop_date")),
    }
    label = f"{attrs['name']} ({status}, {attrs['drug_class'].replace('_', ' ')})"
    return Item(attrs, label, [v.finding.id for v in members])


def _apply_stop_dates(items: list[Item], as_of: dt.date) -> None:
    """Most specific wins: a past stop date documented for a drug beats an undated "active"
    mention of the same drug elsewhere (a refill list, a copied med list), unless the drug
    was (re)started after that stop date. An active entry dated only by the start of a
    course documented as stopped (an older print's "03/2024 ... Active" beside a later
    "03/2024 - 04/02/2026" discontinued row) is that course, since stopped. So is one
    whose course is documented stopped after its start without a start of its own, or
    with a start only to the month ("started 04/2025 ... Active" beside "Apr-Sep 2025" or
    "discontinued 8/2025"), when no start of the drug is documented after that stop."""
    for it in items:
        a = it.attrs
        if a["status"] != "active" or a["stop_date"]:
            continue
        every = [o.attrs for o in items if o.attrs["name"] == a["name"]]
        same = every
        if a["start_date"]:
            same = [o for o in every if o["start_date"] == a["start_date"]]
            if not any(o["stop_date"] and o["stop_date"] < as_of for o in same):
                same = _stops_of_course(a["start_date"], every, as_of)
        stops = [o["stop_date"] for o in same if o["stop_date"] and o["stop_date"] < as_of]
        starts = [o["start_date"] for o in same if o["start_date"]]
        if stops and not any(st > max(stops) for st in starts):
            a["status"] = "discontinued"
            it.label = f"{a['name']} (discontinued {max(stops).isoformat()}, " + (
                f"{a['drug_class'].replace('_', ' ')})"
            )


def _stops_of_course(start: Any, every: list[dict[str, Any]], as_of: dt.date) -> list[dict]:
    """The entries of a drug whose stop ends the course an active entry started on ``start``:
    a stop after that start, from an entry with no start or one in the same month (a course
    told "Apr-Sep 2025" or "discontinued 8/2025"). None when any entry of the drug starts
    after such a stop (a restart: the active entry may be the new course)."""
    if not isinstance(start, dt.date):
        return []
    out = [o for o in every if isinstance(o["stop_date"], dt.date) and start < o["stop_date"]
           < as_of and (o["start_date"] is None or isinstance(o["start_date"], dt.date) and (
               o["start_date"].year, o["start_date"].month) == (start.year, start.month))]
    if not out:
        return []
    last = max(o["stop_date"] for o in out)
    if any(isinstance(o["start_date"], dt.date) and o["start_date"] > last for o in every):
        return []
    return out


def _clinical_meds(items: list[Item], admin_ids: set[str]) -> list[Item]:
    """An administrative entry (a PA form's "methotrexate: discontinued", an attestation's
    medication list) for a drug whose status a clinical entry contradicts ("methotrexate 15 mg
    weekly Active" on the medication list) is dropped: the documented clinical fact decides.
    Entries that agree, and drugs only administrative sources name, stay."""
    def admin(it: Item) -> bool:
        return bool(it.findings) and all(i in admin_ids for i in it.findings)

    clinical: dict[str, set[str]] = {}
    for it in items:
        if not admin(it):
            clinical.setdefault(it.attrs["name"], set()).add(it.attrs["status"])
    return [it for it in items if not admin(it) or it.attrs["name"] not in clinical
            or it.attrs["status"] in clinical[it.attrs["name"]]]


def _relatives_only(findings: Iterable[Finding]) -> set[str]:
    """Drugs the clinical documents name only as a relative's ("Mom uses Opzelura on her own
    hands"), never as the patient's own (usable) mention."""
    fam: set[str] = set()
    own: set[str] = set()
    for f in findings:
        if f.field != "medication.name" or _is_admin(f):
            continue
        name = vocab.canonical_drug(str(f.value)) or str(f.value)
        if f.usable:
            own.add(name)
        elif "family" in f.context:
            fam.add(name)
    return fam - own


def _medications(vs: list[_V], ctx: FactContext,
                 relatives_only: set[str] | frozenset[str] = frozenset()) -> Fact:
    items = [m for g in _groups(vs, "medication.").values() if (m := _medication(g, ctx))]
    admin_ids = {v.finding.id for v in vs if _is_admin(v.finding)}
    # an administrative mention (a denial's "the note references Opzelura") of a drug the
    # clinical record attributes only to a relative is that relative's drug, not the patient's
    items = [it for it in items if it.attrs["name"] not in relatives_only
             or not it.findings or not all(i in admin_ids for i in it.findings)]
    items = _clinical_meds(items, admin_ids)
    _apply_stop_dates(items, ctx.as_of)
    display = "; ".join(i.label for i in items) or "none documented"
    return Fact(items, display, [i for it in items for i in it.findings])


def _surnames(vs: list[_V], file: str | None) -> set[str]:
    """Last words of the prescriber names one file gives ("Gwendolyn Ashby, DO": "ashby")."""
    out = set()
    for v in _of(vs, "prescriber.name"):
        words = re.findall(r"[A-Za-z][A-Za-z'-]+", str(v.value).split(",")[0])
        words = [w for w in words if not w.isupper()] or words  # not "MD", "DO", "FAAD"
        if v.finding.file == file and words:
            out.add(words[-1].lower())
    return out


def _other_authors(vs: list[_V], prescriber: Fact) -> list[Item]:
    """Specialists who wrote another of the request's documents: when the documents' authors
    differ in specialty, the one taken as the prescriber is the first; the author of another
    document about the patient's care (a dermatologist's visit note next to an occupational
    health note) has at least been consulted."""
    by_file: dict[str, _V] = {}
    for name in ("prescriber.specialty", "prescriber.credentials"):
        for v in _of(vs, name):
            if v.finding.file not in by_file and _specialty_code(v.value) and \
                    not _former_specialty(v):
                by_file[v.finding.file] = v
    out, seen = [], {prescriber.value}
    # A form the office staff filled in (a PA form) giving another specialty to the very
    # prescriber a clinical document names (same surname) contradicts that document about
    # her; it names no second specialist (the documented clinical fact decides).
    chosen = [v.finding for v in vs if v.finding.id in prescriber.findings]
    clinical_names = {n for f in chosen if not _is_admin(f) for n in _surnames(vs, f.file)}
    for v in by_file.values():
        code = _specialty_code(v.value)
        if _is_admin(v.finding) and clinical_names & _surnames(vs, v.finding.file):
            continue
        if code not in seen:
            seen.add(code)
            out.append(Item({"specialty": code}, f"{code} (author of {v.finding.file})",
                            [v.finding.id]))
    return out


def _consultants(vs: list[_V], prescriber: Fact | None = None) -> Fact:
    items = _other_authors(vs, prescriber) if prescriber is not None else []
    unstated: list[_V] = []
    for g in _groups(vs, "consultant.").values():
        g = [v for v in g if not _former_specialty(v)]
        spec = _first(g, "consultant.specialty")
        if spec is None:
            unstated += [v for v in _of(g, "consultant.name") if "planned" not in v.finding.context]
        # A planned referral ("will refer to dermatology") is not a consultation yet.
        if spec is None or "planned" in spec.finding.context:
            continue
        if "unverified" in spec.finding.flags and spec.finding.extractor != ExtractorKind.human \
                and spec.finding.review not in (ReviewStatus.confirmed, ReviewStatus.edited):
            # a visit known only from the patient, its note not received: whether that
            # specialist was consulted cannot be told yet (1.E unknown, not met)
            items.append(Item({"specialty": None}, f"{spec.value} (unverified)",
                              [v.finding.id for v in g]))
            continue
        code = _specialty_code(spec.value)
        if code:
            items.append(Item({"specialty": code}, code, [v.finding.id for v in g]))
    if unstated and not any(_of(vs, "consultant.specialty")):
        # a consultant is named (a consult note's author) but no consultant's specialty is
        # said anywhere: whether a specialist was consulted cannot be told (1.E unknown, not
        # "no specialist involved")
        items.append(Item({"specialty": None}, f"{unstated[0].value} (specialty not stated)",
                          [unstated[0].finding.id]))
    display = ", ".join(i.label for i in items) or "none documented"
    return Fact(items, display, [i for it in items for i in it.findings])


# --------------------------------------------------------------------------------------
def build_facts(
    findings: Iterable[Finding], ctx: FactContext, warnings: list[str] | None = None
) -> dict[str, Fact]:
    """Every fact of ``FACTS`` from the usable findings, as of ``ctx.as_of``."""
    warnings = warnings if warnings is not None else []
    findings = list(findings)
    vs = _usable(findings, warnings)
    therapies, never = _therapies(vs, ctx, warnings)
    prescriber = _prescriber(vs)
    return {
        "age_years": _age(vs, ctx.as_of, warnings, ctx.thresholds.get("age_years", ())),
        "condition_duration_months": _duration(vs, ctx.as_of,
                                               ctx.thresholds.get("condition_duration_months",
                                                                  ()),
                                               _no_prior_history(findings)),
        "recurrences_12mo": _recurrences(vs, ctx.as_of),
        "severity": _severity(vs, ctx),
        "therapies": therapies,
        "tcs_never_used": never,
        "medications": _medications(vs, ctx, _relatives_only(findings)),
        "prescriber_specialty": prescriber,
        "consultants": _consultants(vs, prescriber),
    }
