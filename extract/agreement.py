"""Agreement between the offline and the LLM extractor on the facts that decide criteria.

``compare(offline, llm)`` returns the LLM evidence with every finding the two disagree on
flagged ``disagreement``, and one line per disagreement in ``Evidence.warnings``. A line
names the fact and both sides' values, never a quote.

Deciding facts, compared after light normalization (``chartreview.vocab``):

- date of birth (1.A);
- severity (1.C): stated words, with an IGA-CHE score read as 0-2 mild, 3 moderate, 4 severe;
- prescriber and consultant specialty (1.E), as specialty codes;
- topical corticosteroid courses (1.D): which drugs, and per drug the days of use and the
  response;
- active JAK inhibitors (NC.1) and potent immunosuppressants (NC.2).

Two sides disagree on a fact when both report it with no value in common, or when one side
reports it and the other does not. Negated, family and hypothetical mentions do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chartreview import vocab
from chartreview.models import Evidence, Finding

_IGNORED_CONTEXT = {"negated", "family", "hypothetical"}
_IGA = {0: "mild", 1: "mild", 2: "mild", 3: "moderate", 4: "severe"}


def _counts(f: Finding) -> bool:
    """Does the finding speak for the patient now (not negated, family or hypothetical)?"""
    return f.value is not None and not (_IGNORED_CONTEXT & set(f.context))


def _drug(name: object) -> str:
    """A drug mention as its canonical generic name (else its folded text)."""
    text = str(name)
    try:
        canon = vocab.canonical_drug(text)
    except Exception:  # noqa: BLE001 - a broken vocabulary degrades to text comparison
        canon = None
    return (canon or " ".join(text.lower().split())).lower()


def _drug_class(name: str) -> str | None:
    try:
        return vocab.drug_class(name)
    except Exception:  # noqa: BLE001
        return None


def _specialty(text: object) -> str:
    try:
        code = vocab.normalize_specialty(str(text))
    except Exception:  # noqa: BLE001
        code = None
    return code or str(text).strip().lower()


def _groups(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    by_group: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.group:
            by_group[f.group].append(f)
    return by_group


def _facts(ev: Evidence) -> dict[str, dict[str, list[Finding]]]:
    """fact name -> normalized value -> the findings saying it."""
    out: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    usable = [f for f in ev.findings if _counts(f)]
    for f in usable:
        if f.field == "patient.date_of_birth":
            out["date of birth"][str(f.value)].append(f)
        elif f.field == "severity.stated":
            out["severity"][str(f.value).lower()].append(f)
        elif f.field == "severity.iga_che" and isinstance(f.value, int) and f.value in _IGA:
            out["severity"][_IGA[f.value]].append(f)
        elif f.field in ("prescriber.specialty", "consultant.specialty"):
            out["specialty"][_specialty(f.value)].append(f)
    for members in _groups(usable).values():
        _therapy_facts(members, out)
        _medication_facts(members, out)
    return out


def _therapy_facts(members: list[Finding], out: dict) -> None:
    """TCS courses: the drug, and per drug its days and response."""
    drugs = [f for f in members if f.field == "therapy.drug"]
    for d in drugs:
        name = _drug(d.value)
        if _drug_class(str(d.value)) not in ("tcs", None):
            continue
        out["TCS tried"][name].append(d)
        for f in members:
            if f.field == "therapy.duration_days":
                out[f"{name} days"][str(f.value)].append(f)
            elif f.field == "therapy.response":
                out[f"{name} response"][str(f.value)].append(f)


def _medication_facts(members: list[Finding], out: dict) -> None:
    """Active JAK inhibitors and immunosuppressants (a medication with no status is active)."""
    statuses = {str(f.value) for f in members if f.field == "medication.status"}
    if statuses and "active" not in statuses:
        return
    for f in members:
        if f.field != "medication.name":
            continue
        klass = _drug_class(str(f.value))
        if klass == "jak":
            out["active JAK inhibitor"][_drug(f.value)].append(f)
        elif klass == "immunosuppressant":
            out["active immunosuppressant"][_drug(f.value)].append(f)


def _fmt(values: Iterable[str]) -> str:
    vals = sorted(values)
    return ", ".join(vals) if vals else "none"


_SET_FACTS = {"TCS tried", "active JAK inhibitor", "active immunosuppressant"}


def _comparable(name: str, off: dict, mine: dict) -> bool:
    """Per-drug days and response are compared only for a drug both sides report."""
    for suffix in (" days", " response"):
        if name.endswith(suffix):
            drug = name[: -len(suffix)]
            return drug in off.get("TCS tried", {}) and drug in mine.get("TCS tried", {})
    return True


def compare(offline: Evidence, llm: Evidence) -> Evidence:
    """The LLM evidence, with disagreements on deciding facts flagged and listed in warnings."""
    off, mine = _facts(offline), _facts(llm)
    result = llm.model_copy(deep=True)
    by_id = {id(f): i for i, f in enumerate(llm.findings)}
    flagged: set[int] = set()
    lines: list[str] = []
    for name in sorted(set(off) | set(mine)):
        if not _comparable(name, off, mine):
            continue
        a, b = set(off.get(name, {})), set(mine.get(name, {}))
        if name in _SET_FACTS:
            differ = b - a
            disagree = bool(a ^ b)
        else:
            differ = b if not a & b else set()
            disagree = not (a & b)
        if not disagree:
            continue
        lines.append(f"offline and LLM disagree on {name}: offline {_fmt(a)}; LLM {_fmt(b)}")
        for value in differ:
            for f in mine[name][value]:
                flagged.add(by_id[id(f)])
    for i in flagged:
        f = result.findings[i]
        if "disagreement" not in f.flags:
            f.flags.append("disagreement")
    result.warnings.extend(lines)
    return result
