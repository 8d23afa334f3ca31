"""Policy files: strict loading of the YAML and the closed expression language.

A policy file (``rules/policies/<ID>.yaml``) lists its criteria in policy order; each has a
``rule`` written in a small expression language of nested single-key mappings:

- ``all: [e, ...]``, ``any: [e, ...]``, ``not: e``       Kleene and / or / not
- ``gte|gt|lte|lt|eq|ne: [ref, literal]``                comparisons (unknown if ref missing)
- ``in: [ref, [literal, ...]]``                          membership
- ``exists: ref``                                        true iff the fact is documented
- ``some|none: {in: collection, where: e, test: e, empty: true|false|unknown}``
  quantifiers over a collection fact. ``where`` selects the items it does not rule out
  (true or unknown); ``some`` is the Kleene OR of ``test`` over them, ``none`` its negation.
  ``empty`` is the value when no item is selected (default false for some, true for none).
  A collection that is missing altogether (None) makes the quantifier unknown.

A ``ref`` is a fact name (see ``rules.facts.FACTS``) or, inside a quantifier, ``item.<attr>``
with an attribute of that collection. Anything else is a ``PolicyError`` naming the bad key,
where it is, and what is allowed.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from chartreview.errors import PolicyError
from chartreview.models import FIELDS
from rules.facts import COLLECTIONS, FACTS

POLICY_DIR = Path(__file__).parent / "policies"

COMPARISONS = ("gte", "gt", "lte", "lt", "eq", "ne")
OPERATORS = ("all", "any", "not", *COMPARISONS, "in", "exists", "some", "none")
QUANTIFIER_KEYS = ("in", "where", "test", "empty")
_EMPTY_VALUES = {"true": True, "false": False, "unknown": None}


# --------------------------------------------------------------------------------------
# Expression nodes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ref:
    """A reference to a fact (``age_years``) or an item attribute (``item.potency``)."""

    name: str

    @property
    def is_item(self) -> bool:
        return self.name.startswith("item.")

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Expr:
    """One node: ``op`` with its operands (sub-expressions, refs or literals)."""

    op: str
    args: tuple[Any, ...]
    where: Expr | None = None
    test: Expr | None = None
    empty: bool | None = None


class _Parser:
    """Turns the YAML mapping of a rule into ``Expr`` nodes, strictly."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, msg: str) -> PolicyError:
        return PolicyError(f"{self.source}: {where}: {msg}")

    def parse(self, node: Any, where: str, collection: str | None = None) -> Expr:
        if not isinstance(node, dict) or len(node) != 1:
            raise self.fail(
                where, f"an expression is a mapping with one operator; allowed: {', '.join(OPERATORS)}"
            )
        op, arg = next(iter(node.items()))
        if op not in OPERATORS:
            raise self.fail(
                where, f"unknown operator {op!r}; allowed operators: {', '.join(OPERATORS)}"
            )
        here = f"{where}.{op}"
        if op in ("all", "any"):
            if not isinstance(arg, list) or not arg:
                raise self.fail(here, "expects a non-empty list of expressions")
            return Expr(op, tuple(self.parse(a, f"{here}[{i}]", collection) for i, a in enumerate(arg)))
        if op == "not":
            return Expr(op, (self.parse(arg, here, collection),))
        if op == "exists":
            return Expr(op, (self.ref(arg, here, collection),))
        if op in ("some", "none"):
            return self.quantifier(op, arg, here)
        return self.comparison(op, arg, here, collection)

    def comparison(self, op: str, arg: Any, where: str, collection: str | None) -> Expr:
        if not isinstance(arg, list) or len(arg) != 2:
            raise self.fail(where, "expects [fact, value]")
        ref = self.ref(arg[0], where, collection)
        lit = arg[1]
        if op == "in" and not isinstance(lit, list):
            raise self.fail(where, "expects [fact, [value, ...]]")
        if isinstance(lit, dict):
            raise self.fail(where, "the second operand must be a literal value")
        return Expr(op, (ref, tuple(lit) if isinstance(lit, list) else lit))

    def ref(self, name: Any, where: str, collection: str | None) -> Ref:
        if not isinstance(name, str):
            raise self.fail(where, f"expected a fact name, got {name!r}")
        if name.startswith("item."):
            if collection is None:
                raise self.fail(where, f"{name!r} is only allowed inside some/none")
            attrs = COLLECTIONS[collection]
            if name[5:] not in attrs:
                raise self.fail(
                    where,
                    f"unknown attribute {name!r} of {collection}; allowed: "
                    + ", ".join(f"item.{a}" for a in attrs),
                )
            return Ref(name)
        if name not in FACTS:
            raise self.fail(where, f"unknown fact {name!r}; allowed facts: {', '.join(FACTS)}")
        return Ref(name)

    def quantifier(self, op: str, arg: Any, where: str) -> Expr:
        if not isinstance(arg, dict):
            raise self.fail(where, f"expects a mapping with keys {', '.join(QUANTIFIER_KEYS)}")
        bad = [k for k in arg if k not in QUANTIFIER_KEYS]
        if bad:
            raise self.fail(
                where, f"unknown key {bad[0]!r}; allowed keys: {', '.join(QUANTIFIER_KEYS)}"
            )
        coll = arg.get("in")
        if coll not in COLLECTIONS:
            raise self.fail(
                f"{where}.in", f"unknown collection {coll!r}; allowed: {', '.join(COLLECTIONS)}"
            )
        where_e = self.parse(arg["where"], f"{where}.where", coll) if "where" in arg else None
        test_e = self.parse(arg["test"], f"{where}.test", coll) if "test" in arg else None
        default = "false" if op == "some" else "true"
        empty_raw = str(arg.get("empty", default)).lower()
        if empty_raw not in _EMPTY_VALUES:
            raise self.fail(f"{where}.empty", "must be true, false or unknown")
        return Expr(op, (Ref(coll),), where_e, test_e, _EMPTY_VALUES[empty_raw])


# --------------------------------------------------------------------------------------
# File schema
# --------------------------------------------------------------------------------------
_STRICT = ConfigDict(extra="forbid")


class Reasons(BaseModel):
    """Reason templates per status; ``{fact}`` and ``{witness}`` are filled in."""

    model_config = _STRICT
    met: str
    not_met: str
    unknown: str


class CriterionSpec(BaseModel):
    """One criterion of the policy file."""

    model_config = _STRICT
    id: str
    text: str
    """The policy's own words."""
    rule: dict[str, Any]
    missing: str
    """What documentation to request when the criterion is unknown."""
    reasons: Reasons
    never_unknown: bool = False
    """Unknown counts as met (Conditions Not Covered: met unless concurrent use is shown)."""
    group: str | None = None
    """The enclosing criterion (e.g. ``1.D``), for display."""
    fields: list[str] = Field(default_factory=list)
    """The finding fields that bear on the criterion (keys of ``models.FIELDS``): the review
    screen lists their findings under it and offers them when a reviewer adds a finding."""

    @field_validator("fields")
    @classmethod
    def _known_fields(cls, value: list[str]) -> list[str]:
        unknown = [f for f in value if f not in FIELDS]
        if unknown:
            raise ValueError(
                f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(FIELDS))}"
            )
        return value


class PolicyFile(BaseModel):
    """Schema of a policy YAML file."""

    model_config = _STRICT
    id: str
    title: str
    drug: str
    requested_drug: list[str] = Field(min_length=1)
    approval_days: int = Field(gt=0)
    source: str
    effective: str | None = None
    structure: str | None = None
    """Free text: how the leaf criteria combine (documentation)."""
    severity_scales: dict[str, dict[int, str]] = Field(default_factory=dict)
    prn_terms: list[str] = Field(default_factory=list)
    criteria: list[CriterionSpec] = Field(min_length=1)


@dataclass(frozen=True)
class Criterion:
    """A loaded criterion: its spec plus the parsed rule."""

    spec: CriterionSpec
    expr: Expr

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class Policy:
    """A loaded, validated policy."""

    data: PolicyFile
    criteria: tuple[Criterion, ...]
    path: Path
    revision: str
    """SHA-256 of the policy file bytes."""

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def approval_days(self) -> int:
        return self.data.approval_days

    def thresholds(self) -> dict[str, tuple[float, ...]]:
        """The numbers each fact is compared with in the criteria's rules (``age_years``:
        ``(18,)``), so the fact builder can tell when an imprecise value straddles one."""
        out: dict[str, set[float]] = {}

        def walk(node: Any) -> None:
            if isinstance(node, Expr):
                refs = [a for a in node.args if isinstance(a, Ref)]  # (item.days too)
                nums = [a for a in node.args if isinstance(a, (int, float))
                        and not isinstance(a, bool)]
                for r in refs:
                    out.setdefault(r.name, set()).update(float(n) for n in nums)
                for a in (*node.args, node.where, node.test):
                    walk(a)

        for c in self.criteria:
            walk(c.expr)
        return {k: tuple(sorted(v)) for k, v in out.items() if v}


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------
def list_policies() -> list[str]:
    """Ids of the policies in rules/policies/ (files ``<ID>.yaml``, cases excluded)."""
    return sorted(
        p.stem for p in POLICY_DIR.glob("*.yaml") if not p.name.endswith(".cases.yaml")
    )


def _resolve(policy: str | Path) -> Path:
    p = Path(policy)
    if p.suffix in (".yaml", ".yml") or p.exists():
        if not p.is_file():
            raise PolicyError(f"policy file not found: {p}")
        return p
    candidate = POLICY_DIR / f"{policy}.yaml"
    if not candidate.is_file():
        raise PolicyError(
            f"unknown policy {str(policy)!r}; available: {', '.join(list_policies()) or 'none'}"
        )
    return candidate


def _pydantic_error(source: str, exc: ValidationError, raw: dict[str, Any]) -> PolicyError:
    errors = exc.errors()
    # A typo'd key shows up as an extra key AND a missing one: report the typo first.
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = list(err["loc"])
    where = _describe_loc(loc, raw)
    if err["type"] == "extra_forbidden":
        model = PolicyFile if len(loc) == 1 else CriterionSpec if len(loc) == 3 else Reasons
        allowed = list(model.model_fields)
        hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        mean = f" (did you mean {hint[0]!r}?)" if hint else ""
        return PolicyError(
            f"{source}: {where}: unknown key {loc[-1]!r}{mean}; allowed keys: {', '.join(allowed)}"
        )
    return PolicyError(f"{source}: {where}: {err['msg']}")


def _describe_loc(loc: list[Any], raw: dict[str, Any]) -> str:
    parts: list[str] = []
    for i, p in enumerate(loc):
        if isinstance(p, int) and i > 0 and loc[i - 1] == "criteria":
            cid = ""
            try:
                cid = f" ({raw['criteria'][p]['id']})"
            except (KeyError, IndexError, TypeError):
                pass
            parts[-1] = f"criteria[{p}]{cid}"
        else:
            parts.append(str(p))
    return ".".join(parts) or "top level"


_LOADED: dict[tuple[str, str], Policy] = {}
"""Parsed policies keyed by (path, sha256 of the bytes): an edited file is parsed again."""

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_policy(policy: str | Path) -> Policy:
    """Load ``rules/policies/<ID>.yaml`` (or a path) strictly; ``PolicyError`` if bad.

    The file is read every call (its hash is the decision's ``policy_revision``), but parsed
    and validated only when its content changed.
    """
    path = _resolve(policy)
    raw_bytes = path.read_bytes()
    key = (str(path.resolve()), hashlib.sha256(raw_bytes).hexdigest())
    cached = _LOADED.get(key)
    if cached is not None:
        return cached
    loaded = _parse_policy(path, raw_bytes)
    _LOADED[key] = loaded
    return loaded


def _parse_policy(path: Path, raw_bytes: bytes) -> Policy:
    source = path.name
    try:
        raw = yaml.load(raw_bytes.decode("utf-8"), Loader=_YAML_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        raise PolicyError(f"{source}: not valid YAML{at}") from None
    if not isinstance(raw, dict):
        raise PolicyError(f"{source}: a policy file must be a mapping at the top level")
    try:
        data = PolicyFile.model_validate(raw)
    except ValidationError as exc:
        raise _pydantic_error(source, exc, raw) from None
    parser = _Parser(source)
    seen: set[str] = set()
    criteria = []
    for i, c in enumerate(data.criteria):
        if c.id in seen:
            raise PolicyError(f"{source}: criteria[{i}]: duplicate criterion id {c.id!r}")
        seen.add(c.id)
        criteria.append(Criterion(c, parser.parse(c.rule, f"criteria[{i}] ({c.id}).rule")))
    return Policy(data, tuple(criteria), path, hashlib.sha256(raw_bytes).hexdigest())
