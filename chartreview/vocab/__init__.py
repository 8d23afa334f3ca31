"""Medical vocabularies as data: drug classes, TCS potency, specialties.

Every list lives in a YAML file beside this module that cites its sources; this module
loads and validates them (pydantic, ``extra="forbid"``) and offers the lookups that both the
extractors and the rules engine use:

- ``all_drug_names()``: every surface form (lower case) -> canonical generic name
- ``canonical_drug(text)``: generic name for a drug mention, or None
- ``drug_class(text)``: ``tcs`` | ``jak`` | ``immunosuppressant`` | ``topical_nonsteroid`` | None
- ``tcs_lookup(drug, strength, vehicle)``: potency of a topical corticosteroid
- ``normalize_specialty(text)`` / ``taxonomy_specialty(code)``: specialty codes

Imports only chartreview.models/errors, pydantic, yaml and the standard library.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chartreview.errors import VocabularyError

VOCAB_DIR = Path(__file__).parent
DrugClass = Literal["tcs", "jak", "immunosuppressant", "topical_nonsteroid"]
_STRICT = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------------------
# Schemas of the vocabulary files
# --------------------------------------------------------------------------------------
class TcsEntry(BaseModel):
    """One strength (and optionally vehicles) of a TCS with its US potency class."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    strength: str
    vehicles: list[str] | None = None
    """Vehicles this entry covers; None means every vehicle."""
    klass: int = Field(alias="class", ge=1, le=7)
    otc: bool = False
    note: str | None = None


class TcsDrug(BaseModel):
    """A TCS generic: its surface forms and its entries."""

    model_config = _STRICT
    synonyms: list[str]
    entries: list[TcsEntry]
    variants: dict[str, str] = Field(default_factory=dict)
    """A word in the mention (e.g. ``augmented``) that switches to another generic."""


class TcsFile(BaseModel):
    """Schema of tcs_potency.yaml."""

    model_config = _STRICT
    sources: list[str] = Field(min_length=1)
    potency_by_class: dict[int, str]
    potency_order: list[str]
    vehicles: dict[str, list[str]]
    generic_terms: list[str]
    generic_name: str
    drugs: dict[str, TcsDrug]


class DrugEntry(BaseModel):
    """A drug of a simple class list."""

    model_config = _STRICT
    synonyms: list[str]
    note: str | None = None
    appendix: bool = False


class DrugListFile(BaseModel):
    """Schema of jak_inhibitors.yaml and topical_nonsteroids.yaml."""

    model_config = _STRICT
    sources: list[str] = Field(min_length=1)
    drugs: dict[str, DrugEntry]


class RouteRule(BaseModel):
    """Class of a route-dependent drug by the route the mention states."""

    model_config = _STRICT
    topical: str
    systemic: str
    default: str
    ophthalmic: str | None = None
    """The class when the mention says the eye route (``other``: none of the listed classes);
    unset: the eye route is not told apart."""


class ImmunoFile(BaseModel):
    """Schema of immunosuppressants.yaml."""

    model_config = _STRICT
    sources: list[str] = Field(min_length=1)
    drugs: dict[str, DrugEntry]
    not_counted: dict[str, list[str]] = Field(default_factory=dict)
    route_dependent: dict[str, RouteRule] = Field(default_factory=dict)
    topical_words: list[str] = Field(default_factory=list)
    systemic_words: list[str] = Field(default_factory=list)
    ophthalmic_words: list[str] = Field(default_factory=list)


class Specialty(BaseModel):
    """One specialty code."""

    model_config = _STRICT
    label: str
    synonyms: list[str]
    taxonomy: list[str] = Field(default_factory=list)
    taxonomy_prefixes: list[str] = Field(default_factory=list)
    profession: bool = False
    """A profession (NP, PA), not a field of medicine: it does not tell the specialty."""


class SpecialtyFile(BaseModel):
    """Schema of specialties.yaml."""

    model_config = _STRICT
    sources: list[str] = Field(min_length=1)
    specialties: dict[str, Specialty]


_SCHEMAS: dict[str, type[BaseModel]] = {
    "tcs_potency": TcsFile,
    "jak_inhibitors": DrugListFile,
    "topical_nonsteroids": DrugListFile,
    "immunosuppressants": ImmunoFile,
    "specialties": SpecialtyFile,
}


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------
def available() -> list[str]:
    """Names of the vocabulary files present (without ``.yaml``)."""
    return sorted(p.stem for p in VOCAB_DIR.glob("*.yaml"))


@cache
def _load_raw(name: str) -> dict[str, Any]:
    path = VOCAB_DIR / f"{name}.yaml"
    if not path.is_file():
        raise VocabularyError(
            f"vocabulary {name!r} not found in {VOCAB_DIR}; available: {', '.join(available())}"
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise VocabularyError(f"vocabulary {name}.yaml is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"vocabulary {name}.yaml must be a mapping at the top level")
    return data


def _validate(name: str, data: dict[str, Any]) -> BaseModel | None:
    schema = _SCHEMAS.get(name)
    if schema is None:  # a file owned by another module (e.g. extractor rules): no schema here
        return None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise VocabularyError(f"vocabulary {name}.yaml: {loc}: {err['msg']}") from None


def load(name: str) -> dict[str, Any]:
    """The parsed vocabulary ``name`` (cached), validated against its schema.

    Raises ``VocabularyError`` when the file is missing, not YAML or malformed.
    """
    data = _load_raw(name)
    _validate(name, data)
    return data


@cache
def _model(name: str) -> Any:
    model = _validate(name, _load_raw(name))
    assert model is not None
    return model


def clear_cache() -> None:
    """Forget every loaded vocabulary (tests edit files)."""
    for fn in (_load_raw, _model, _surface_index, _surface_regex, _specialty_index):
        fn.cache_clear()


# --------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------
def norm(text: str) -> str:
    """Lower case, trademark signs dropped, whitespace folded."""
    text = text.replace("®", " ").replace("™", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def _word_pattern(surfaces: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


# surface -> (canonical, class)
@cache
def _surface_index() -> dict[str, tuple[str, str | None]]:
    idx: dict[str, tuple[str, str | None]] = {}
    tcs: TcsFile = _model("tcs_potency")
    for generic, drug in tcs.drugs.items():
        for s in [generic, *drug.synonyms]:
            idx[norm(s)] = (generic, "tcs")
    for s in tcs.generic_terms:
        idx[norm(s)] = (tcs.generic_name, "tcs")
    for fname, klass in (
        ("topical_nonsteroids", "topical_nonsteroid"),
        ("jak_inhibitors", "jak"),
        ("immunosuppressants", "immunosuppressant"),
    ):
        for generic, entry in _model(fname).drugs.items():
            for s in [generic, *entry.synonyms]:
                idx.setdefault(norm(s), (generic, klass))
    immuno: ImmunoFile = _model("immunosuppressants")
    for generic, syns in immuno.not_counted.items():
        for s in [generic, *syns]:
            idx.setdefault(norm(s), (generic, None))
    for generic in immuno.route_dependent:
        idx[norm(generic)] = (generic, "route")
    return idx


@cache
def _surface_regex() -> re.Pattern[str]:
    return _word_pattern(list(_surface_index()))


def _find(text: str) -> tuple[str, str | None] | None:
    """(canonical, class) of the longest known drug name in ``text``."""
    t = norm(text)
    idx = _surface_index()
    if t in idx:
        return idx[t]
    best: str | None = None
    for m in _surface_regex().finditer(t):
        if best is None or len(m.group(0)) > len(best):
            best = m.group(0)
    return idx[best] if best else None


def all_drug_names() -> dict[str, str]:
    """Every known drug surface form (lower case) -> its canonical generic name.

    Includes TCS, JAK inhibitors, immunosuppressants (and recognised not-counted systemic
    drugs) and topical non-steroids; generic mentions such as "topical steroid" map to
    ``"topical corticosteroid (unspecified)"``.
    """
    return {s: canon for s, (canon, _) in _surface_index().items()}


def canonical_drug(name: str) -> str | None:
    """The generic name for any surface form of a drug (or a mention containing one)."""
    if not name:
        return None
    hit = _find(name)
    return hit[0] if hit else None


def _route_class(text: str, rule: RouteRule) -> str:
    immuno: ImmunoFile = _model("immunosuppressants")
    t = norm(text)
    if rule.ophthalmic and immuno.ophthalmic_words and \
            _word_pattern(immuno.ophthalmic_words).search(t) and \
            not _word_pattern(immuno.systemic_words).search(t):
        return rule.ophthalmic  # eye drops, unless a systemic word says otherwise
    if _word_pattern(immuno.topical_words).search(t):
        return rule.topical
    if _word_pattern(immuno.systemic_words).search(t):
        return rule.systemic
    return rule.default


def drug_class(name: str) -> DrugClass | None:
    """``tcs``, ``jak``, ``immunosuppressant``, ``topical_nonsteroid`` or None (unknown/other).

    Route-dependent drugs (tacrolimus) are classed by the route words in the mention, see
    immunosuppressants.yaml.
    """
    if not name:
        return None
    hit = _find(name)
    if hit is None:
        return None
    canon, klass = hit
    if klass == "route":
        rule = _model("immunosuppressants").route_dependent[canon]
        routed = _route_class(name, rule)
        return None if routed == "other" else routed  # type: ignore[return-value]
    return klass  # type: ignore[return-value]


# --------------------------------------------------------------------------------------
# TCS potency
# --------------------------------------------------------------------------------------
class TcsInfo(BaseModel):
    """What the vocabulary says about one TCS mention."""

    model_config = _STRICT
    generic: str
    """Canonical generic name (``topical corticosteroid (unspecified)`` for generic mentions)."""
    potency: str | None
    """low / medium / medium-high / high / super-high, or None when it cannot be told."""
    class_number: int | None
    """US potency class 1 (strongest) to 7, when a single class applies."""
    otc: bool | None
    """True when over the counter at this strength, False when prescription, None unknown."""
    strength: str | None = None
    """The strength used for the lookup, normalized (e.g. ``0.05%``)."""
    vehicle: str | None = None
    """The vehicle used for the lookup, normalized (e.g. ``ointment``)."""


_STRENGTH_RE = re.compile(r"(\d*\.?\d+)\s*%")


def _strength_value(text: str | None) -> float | None:
    if not text:
        return None
    m = _STRENGTH_RE.search(text)
    if m:
        return float(m.group(1))
    m = re.fullmatch(r"\s*(\d*\.?\d+)\s*", text)
    return float(m.group(1)) if m else None


def _vehicle(text: str) -> str | None:
    tcs: TcsFile = _model("tcs_potency")
    t = norm(text)
    best: tuple[int, str] | None = None
    for canon, syns in tcs.vehicles.items():
        m = _word_pattern(syns).search(t)
        if m and (best is None or len(m.group(0)) > best[0]):
            best = (len(m.group(0)), canon)
    return best[1] if best else None


def vehicle_phrases() -> list[str]:
    """The vehicles' surface forms of more than one word ("emollient cream"), lower case."""
    tcs: TcsFile = _model("tcs_potency")
    return [v for syns in tcs.vehicles.values() for v in syns if " " in v.strip()]


def _narrow(entries: list[TcsEntry], strength: float | None, vehicle: str | None):
    if strength is not None:
        hit = [e for e in entries if _strength_value(e.strength) == strength]
        entries = hit or entries
    if vehicle is not None:
        hit = [e for e in entries if e.vehicles is None or vehicle in e.vehicles]
        entries = hit or entries
    return entries


def tcs_lookup(
    drug: str, strength: str | None = None, vehicle: str | None = None
) -> TcsInfo | None:
    """Potency of a topical corticosteroid mention; None if ``drug`` is not a TCS.

    Strength and vehicle are also read from the drug text itself ("clobetasol 0.05% oint").
    See tcs_potency.yaml for the rule applied when they are missing.
    """
    tcs: TcsFile = _model("tcs_potency")
    whole = " ".join(x for x in (drug, strength, vehicle) if x)
    hit = _find(drug or "")
    if hit is None or hit[1] != "tcs":
        return None
    generic = hit[0]
    s_val = _strength_value(strength) or _strength_value(whole)
    veh = _vehicle(vehicle) if vehicle else None
    veh = veh or _vehicle(drug)
    s_text = f"{s_val:g}%" if s_val is not None else None
    if generic == tcs.generic_name:
        return TcsInfo(generic=generic, potency=None, class_number=None, otc=None,
                       strength=s_text, vehicle=veh)
    entry = tcs.drugs[generic]
    low = norm(whole)
    for word, other in entry.variants.items():
        if re.search(rf"\b{re.escape(word)}\b", low):
            generic, entry = other, tcs.drugs[other]
    cands = _narrow(entry.entries, s_val, veh)
    info = _summarize(generic, cands, tcs, s_text, veh)
    if s_val is None and norm(strength or "") == "unknown" and len(
            {tcs.potency_by_class[e.klass] for e in cands}) > 1:
        # the chart says the strength is not known ("strength not legible"): where the
        # drug's strengths differ in potency, its potency cannot be told
        info = info.model_copy(update={"potency": None})
    return info


def _summarize(generic: str, cands: list[TcsEntry], tcs: TcsFile, s_text, veh) -> TcsInfo:
    words = {tcs.potency_by_class[e.klass] for e in cands}
    classes = {e.klass for e in cands}
    order = tcs.potency_order
    if len(words) == 1:
        potency: str | None = words.pop()
    elif all(order.index(w) >= order.index("medium") for w in words):
        potency = min(words, key=order.index)  # all qualifying: the lowest, conservatively
    else:
        potency = None
    otcs = {e.otc for e in cands}
    return TcsInfo(
        generic=generic,
        potency=potency,
        class_number=classes.pop() if len(classes) == 1 else None,
        otc=otcs.pop() if len(otcs) == 1 else None,
        strength=s_text,
        vehicle=veh,
    )


def potency_rank(potency: str | None) -> int | None:
    """Index of a potency word in ``potency_order`` (0 = low), or None."""
    order = _model("tcs_potency").potency_order
    return order.index(potency) if potency in order else None


# --------------------------------------------------------------------------------------
# Specialties
# --------------------------------------------------------------------------------------
@cache
def _specialty_index() -> tuple[dict[str, str], re.Pattern[str]]:
    spec: SpecialtyFile = _model("specialties")
    idx: dict[str, str] = {}
    for code, s in spec.specialties.items():
        for syn in [code, code.replace("_", " "), s.label, *s.synonyms]:
            idx.setdefault(norm(syn), code)
    return idx, _word_pattern(list(idx))


def specialty_codes() -> list[str]:
    """Every specialty code of specialties.yaml."""
    return list(_model("specialties").specialties)


def is_profession(code: str | None) -> bool:
    """True for codes that name a profession (NP, PA) rather than a specialty."""
    spec = _model("specialties").specialties.get(code or "")
    return bool(spec and spec.profession)


def normalize_specialty(text: str) -> str | None:
    """The specialty code named in ``text`` (a code, a word, a credential), or None.

    The longest synonym found wins; a NUCC taxonomy code in the text also works.
    """
    if not text:
        return None
    idx, pattern = _specialty_index()
    t = norm(text)
    if t in idx:
        return idx[t]
    best: str | None = None
    for m in pattern.finditer(t):
        if best is None or len(m.group(0)) > len(best):
            best = m.group(0)
    if best:
        return idx[best]
    m = re.search(r"\b[0-9]{3}[0-9A-Z]{6}X\b", text.upper())
    return taxonomy_specialty(m.group(0)) if m else None


def taxonomy_specialty(code: str) -> str | None:
    """The specialty code for a NUCC taxonomy code (exact, else by branch prefix)."""
    if not code:
        return None
    c = code.strip().upper()
    spec: SpecialtyFile = _model("specialties")
    for name, s in spec.specialties.items():
        if c in s.taxonomy:
            return name
    best: tuple[int, str] | None = None
    for name, s in spec.specialties.items():
        for p in s.taxonomy_prefixes:
            if c.startswith(p) and (best is None or len(p) > best[0]):
                best = (len(p), name)
    return best[1] if best else None
