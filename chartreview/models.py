"""The one models module every layer imports.

Documents come in (``Document`` / ``Page`` / ``Word``), extractors turn them into
``Finding`` objects (a value plus the verbatim quote and where it stands), the rules engine
turns findings into ``CriterionResult`` objects and a ``Decision``.

Field docstrings are real documentation: with ``use_attribute_docstrings`` pydantic copies
them into the JSON schema, which is what the LLM extractor shows the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_CONFIG = ConfigDict(use_attribute_docstrings=True, extra="forbid")


# ======================================================================================
# Documents
# ======================================================================================
class Word(BaseModel):
    """One word of a page, with its box and its offsets into ``Page.text``."""

    model_config = _CONFIG

    text: str
    """The word as it appears in the page text."""
    x0: float
    """Left edge, in PDF points from the page's left."""
    top: float
    """Top edge, in PDF points from the page's top."""
    x1: float
    """Right edge, in PDF points."""
    bottom: float
    """Bottom edge, in PDF points from the page's top."""
    char_start: int
    """Offset of the word's first character in ``Page.text``."""
    char_end: int
    """Offset one past the word's last character in ``Page.text``."""


class Page(BaseModel):
    """One page: its text and its words, with stable character offsets."""

    model_config = _CONFIG

    number: int
    """1-based page number within its document."""
    width: float
    """Page width in PDF points."""
    height: float
    """Page height in PDF points."""
    text: str
    """The page's text. Words are joined by single spaces and lines by newlines, so that
    ``text[w.char_start:w.char_end] == w.text`` for every word ``w``."""
    words: list[Word] = Field(default_factory=list)
    """The page's words, in reading order."""
    ocr: bool = False
    """True when the text came from OCR rather than the PDF's text layer."""
    rotation: float = 0.0
    """Degrees of skew corrected before OCR (0 for text-layer pages)."""
    tables: list[list[list[str | None]]] = Field(default_factory=list)
    """Tables found on the page (pdfplumber ``extract_tables``): rows of cells."""


class Document(BaseModel):
    """One uploaded file of a request."""

    model_config = _CONFIG

    file: str
    """The file's name as the user gave it (no directory); findings cite it."""
    sha256: str
    """SHA-256 of the file's bytes; keys caches and de-duplicates uploads."""
    pages: list[Page]
    """The pages, in order."""
    warnings: list[str] = Field(default_factory=list)
    """Problems met while reading (e.g. a page with no text that needs OCR)."""

    @property
    def ocr_pages(self) -> list[int]:
        """Numbers of the pages whose text came from OCR."""
        return [p.number for p in self.pages if p.ocr]


# ======================================================================================
# Findings
# ======================================================================================
class Alignment(StrEnum):
    """How a finding's quote was located in the cited page's text."""

    exact = "exact"
    """The quote occurs verbatim (after whitespace folding) in the page text."""
    fuzzy = "fuzzy"
    """The quote matches a span of the page text above the fuzzy threshold."""
    none = "none"
    """The quote could not be found; the finding is kept but flagged."""


class ExtractorKind(StrEnum):
    """Who produced a finding."""

    offline = "offline"
    llm = "llm"
    human = "human"


class ReviewStatus(StrEnum):
    """What the human reviewer did with a finding."""

    pending = "pending"
    confirmed = "confirmed"
    rejected = "rejected"
    edited = "edited"


FindingValue = bool | int | float | dt.date | str | None


class Finding(BaseModel):
    """One fact read from the chart: a value, the verbatim quote it came from, and where.

    ``field`` names what the fact is, from ``FIELDS`` below. Facts that belong together
    (the drug, strength and duration of one steroid course; one medication and its status)
    share a ``group``.
    """

    model_config = _CONFIG

    id: str = ""
    """Stable id within one result, e.g. ``f12``. Assigned after extraction."""
    field: str
    """Which fact this is; one of the keys of ``FIELDS`` (e.g. ``therapy.drug``)."""
    value: FindingValue = None
    """The normalized value (dates as dates, durations in days, severity as a word)."""
    quote: str = ""
    """The verbatim text from the document that states the fact."""
    file: str = ""
    """The document the quote is in (``Document.file``)."""
    page: int = 0
    """1-based page number of the quote; 0 when unknown."""
    char_start: int = 0
    """Offset of the quote's start in the page text (0 when not aligned)."""
    char_end: int = 0
    """Offset one past the quote's end in the page text (0 when not aligned)."""
    bbox: list[float] | None = None
    """Union box of the quote's words: ``[x0, top, x1, bottom]`` in PDF points."""
    alignment: Alignment = Alignment.none
    """How the quote was located in the page text."""
    extractor: ExtractorKind = ExtractorKind.offline
    """Which extractor produced the finding (``human`` for reviewer edits)."""
    group: str | None = None
    """Findings describing one entity share a group id (e.g. ``therapy-1``)."""
    supported: bool = True
    """False when the quote does not contain the value it claims to support."""
    context: list[str] = Field(default_factory=list)
    """Context the extractor saw around the mention: ``negated``, ``historical``,
    ``family``, ``hypothetical``, ``planned``. Rules ignore negated, family and
    hypothetical findings."""
    section: str | None = None
    """The chart section the quote is in (e.g. ``assessment``, ``medications``)."""
    source_kind: str | None = None
    """The kind of document (or part of one) the quote is in, from
    ``chartreview/vocab/document_kinds.yaml``: administrative (``pa_form``, ``attestation``,
    ``cover_letter``, ``lmn``: what the request claims) or clinical (``progress_note``,
    ``consult_note``, ``econsult``, ``medication_list``, ``fill_history``: what care
    documented). None when not told. Where findings conflict, the clinical one decides."""
    review: ReviewStatus = ReviewStatus.pending
    """The reviewer's action on this finding."""
    flags: list[str] = Field(default_factory=list)
    """Reasons to look twice: ``unaligned``, ``unsupported``, ``disagreement``; and how a
    value is bounded: ``exceeds`` (a duration that is a lower bound, "over 2 years"),
    ``vague`` (a long history without a date, "for years"), ``ongoing`` (a stop date that
    is only the last visit at which a course was still running)."""

    @property
    def position(self) -> tuple[int, int]:
        """Where the quote sits in its document, in reading order: ``(page, char_start)``."""
        return (self.page or 0, self.char_start or 0)

    def written_under(self, headings: Iterable[Finding]) -> Finding | None:
        """Of ``headings`` in this finding's own document, the one written last at or before
        it: for dates of service, the visit this finding is written under ("Visit 3 -
        04/08/2026" heading one section of a multi-visit chart). None when none precedes it.
        The extractor and the rules engine both date findings by their visit this way."""
        before = [h for h in headings if h.file == self.file and h.position <= self.position]
        return max(before, key=lambda h: h.position) if before else None

    @property
    def usable(self) -> bool:
        """May the rules engine rely on this finding?

        A rejected finding never counts. A human's finding always counts. Otherwise the quote
        must be aligned to the page and must support the value, and the mention must not be
        negated, hypothetical or about a family member.
        """
        if self.review == ReviewStatus.rejected:
            return False
        if self.extractor == ExtractorKind.human or self.review in (
            ReviewStatus.confirmed,
            ReviewStatus.edited,
        ):
            return True
        if self.alignment == Alignment.none or not self.supported:
            return False
        return not ({"negated", "family", "hypothetical"} & set(self.context))


class FieldSpec(BaseModel):
    """What one finding field means and what type its value has."""

    model_config = _CONFIG

    type: str
    """``date``, ``int``, ``float``, ``bool``, ``str`` or ``enum``."""
    description: str
    """What the value is, in words the model and the reviewer both read."""
    group: str | None = None
    """The kind of entity the field belongs to (``therapy``, ``medication``, ``consultant``)."""
    choices: list[str] | None = None
    """Allowed values for an ``enum`` field."""


# The evidence schema. Groups: each ``therapy`` is one course of a topical treatment; each
# ``medication`` is one entry of a medication list or a mention of a drug the patient takes;
# each ``consultant`` is one specialist involved in the care.
FIELDS: dict[str, FieldSpec] = {
    "request.date_of_service": FieldSpec(
        type="date", description="Date of the visit, letter or request form."
    ),
    "patient.date_of_birth": FieldSpec(type="date", description="Patient's date of birth."),
    "patient.age": FieldSpec(type="int", description="Patient's age in years as stated."),
    "condition.diagnosis": FieldSpec(
        type="str", description="The diagnosis as written (e.g. 'chronic hand eczema')."
    ),
    "condition.onset_date": FieldSpec(
        type="date", description="When the condition began (first presentation)."
    ),
    "condition.onset_age": FieldSpec(
        type="int",
        description="The patient's age in years (the oldest it can be) when the condition "
        "began, when the chart dates the onset by age or school grade ('since age 30').",
    ),
    "condition.duration_days": FieldSpec(
        type="int", description="How long the condition has been present, in days, as stated."
    ),
    "condition.recurrences_12mo": FieldSpec(
        type="int",
        description="Number of times it returned after clearing within the past 12 months.",
    ),
    "condition.flare_date": FieldSpec(
        type="date", description="Date of one flare or recurrence after clearance."
    ),
    "severity.stated": FieldSpec(
        type="enum",
        choices=["mild", "moderate", "severe"],
        description="Severity as the prescriber states it.",
    ),
    "severity.iga_che": FieldSpec(type="int", description="IGA-CHE score, 0 to 4."),
    "severity.hecsi": FieldSpec(type="float", description="HECSI score, 0 to 360."),
    "therapy.drug": FieldSpec(
        type="str", group="therapy", description="A topical treatment tried (generic or brand)."
    ),
    "therapy.strength": FieldSpec(
        type="str", group="therapy", description="Its strength, e.g. '0.05%'."
    ),
    "therapy.vehicle": FieldSpec(
        type="str", group="therapy", description="Its vehicle: ointment, cream, lotion, ..."
    ),
    "therapy.otc": FieldSpec(
        type="bool", group="therapy", description="True if over the counter, False if Rx."
    ),
    "therapy.start_date": FieldSpec(type="date", group="therapy", description="Course start."),
    "therapy.stop_date": FieldSpec(type="date", group="therapy", description="Course end."),
    "therapy.frequency": FieldSpec(
        type="str", group="therapy", description="How often applied: BID, daily, PRN, ..."
    ),
    "therapy.prn": FieldSpec(
        type="bool",
        group="therapy",
        description="True if used as needed or intermittently rather than daily.",
    ),
    "therapy.duration_days": FieldSpec(
        type="int",
        group="therapy",
        description="Consecutive days of daily use, as stated ('x6 wks' is 42).",
    ),
    "therapy.response": FieldSpec(
        type="enum",
        group="therapy",
        choices=["inadequate", "adequate"],
        description="The prescriber's judgement of the response.",
    ),
    "therapy.never_used": FieldSpec(
        type="str",
        description="A drug class the chart says was never tried (e.g. 'tcs').",
    ),
    "prescriber.name": FieldSpec(type="str", description="Prescriber's name."),
    "prescriber.credentials": FieldSpec(type="str", description="Credentials, e.g. 'MD, FAAD'."),
    "prescriber.specialty": FieldSpec(
        type="str", description="Prescriber's specialty code from the specialty vocabulary."
    ),
    "prescriber.npi": FieldSpec(type="str", description="Prescriber's NPI number."),
    "consultant.specialty": FieldSpec(
        type="str",
        group="consultant",
        description="Specialty code of a specialist the prescriber consulted.",
    ),
    "consultant.name": FieldSpec(type="str", group="consultant", description="Their name."),
    "medication.name": FieldSpec(
        type="str", group="medication", description="A medication (generic or brand)."
    ),
    "medication.status": FieldSpec(
        type="enum",
        group="medication",
        choices=["active", "discontinued", "planned"],
        description="Whether the patient takes it now, took it before, or will start it.",
    ),
    "medication.start_date": FieldSpec(type="date", group="medication", description="Start."),
    "medication.stop_date": FieldSpec(type="date", group="medication", description="Stop."),
}


class Usage(BaseModel):
    """Token accounting for one extraction (LLM only)."""

    model_config = _CONFIG

    prompt_tokens: int = 0
    """Input tokens, summed over every call and retry."""
    completion_tokens: int = 0
    """Output tokens, summed over every call and retry."""
    calls: int = 0
    """HTTP calls made (retries included)."""
    cost: float = 0.0
    """Cost at the configured per-1k prices."""
    cached: bool = False
    """True when every response came from the on-disk cache."""


class Evidence(BaseModel):
    """Everything an extractor read from one request's documents."""

    model_config = _CONFIG

    findings: list[Finding] = Field(default_factory=list)
    """All findings, aligned and unaligned alike."""
    extractor: ExtractorKind = ExtractorKind.offline
    """Which extractor produced this evidence."""
    warnings: list[str] = Field(default_factory=list)
    """Things the reviewer should know (OCR'd pages, fallbacks, disagreements)."""
    usage: Usage | None = None
    """Tokens and cost, for the LLM extractor."""


# ======================================================================================
# Decisions
# ======================================================================================
class Status(StrEnum):
    """Three-valued (Kleene) status of a criterion."""

    met = "met"
    not_met = "not_met"
    unknown = "unknown"


class DecisionKind(StrEnum):
    """approve iff all criteria met; deny iff any not met; else needs_info."""

    approve = "approve"
    deny = "deny"
    needs_info = "needs_info"


class CriterionResult(BaseModel):
    """The engine's verdict on one policy criterion, with its trace."""

    model_config = _CONFIG

    id: str
    """Stable criterion id from the policy file (``1.A`` ... ``NC.2``)."""
    text: str
    """The policy's own words for the criterion."""
    status: Status
    """met, not_met or unknown."""
    reason: str
    """One sentence saying why."""
    findings: list[str] = Field(default_factory=list)
    """Ids of the findings the verdict rests on."""
    trace: list[str] = Field(default_factory=list)
    """Each sub-expression the engine evaluated, with its value, in order."""
    missing: str | None = None
    """For an unknown criterion: the documentation that would settle it."""


class Approval(BaseModel):
    """The approval window, for an approve decision."""

    model_config = _CONFIG

    days: int
    """Length of the approval in days (1 month = 30 days)."""
    start: dt.date
    """First day (the request date)."""
    end: dt.date
    """Last day covered."""


class Decision(BaseModel):
    """The whole result for one request: the CLI's JSON contract."""

    model_config = _CONFIG

    policy: str
    """Policy id, e.g. ``IP0759``."""
    policy_revision: str
    """SHA-256 of the policy file the engine used."""
    decision: DecisionKind
    """approve, deny or needs_info."""
    approval: Approval | None = None
    """The approval window when approved, else None."""
    criteria: list[CriterionResult]
    """One result per criterion, in policy order."""
    findings: list[Finding] = Field(default_factory=list)
    """Every finding, with its id."""
    missing: list[str] = Field(default_factory=list)
    """For each unknown criterion, the documentation that would settle it."""
    extractor: ExtractorKind = ExtractorKind.offline
    """Which extractor produced the findings."""
    warnings: list[str] = Field(default_factory=list)
    """Warnings from reading, extraction and the engine."""
    as_of: dt.date | None = None
    """The request date that age and durations were judged against."""
    usage: Usage | None = None
    """Tokens and cost of the LLM extraction (None for the offline extractor)."""

    def to_contract(self) -> dict[str, Any]:
        """The JSON-ready dict of the CLI's ``--format json`` contract."""
        data = self.model_dump(mode="json")
        data["findings"] = [
            {
                k: f[k]
                for k in (
                    "id", "field", "value", "quote", "file", "page", "char_start",
                    "char_end", "bbox", "alignment", "extractor", "group", "supported",
                    "context", "flags", "review",
                )
            }
            for f in data["findings"]
        ]
        for c in data["criteria"]:
            c.pop("missing", None)
        return data


def coerce_value(field: str, value: Any) -> FindingValue:
    """Coerce a (possibly JSON-decoded) value to the type ``FIELDS[field]`` declares.

    Raises ``ValueError`` when the value cannot be read as that type.
    """
    spec = FIELDS.get(field)
    if value is None or spec is None:
        return value
    t = spec.type
    if t == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value)[:10])
    if t == "int":
        if isinstance(value, bool):
            raise ValueError(f"{field}: expected a whole number")
        return int(round(float(value)))
    if t == "float":
        return float(value)
    if t == "bool":
        if isinstance(value, str):
            low = value.strip().lower()
            if low in ("true", "yes", "1"):
                return True
            if low in ("false", "no", "0"):
                return False
            raise ValueError(f"{field}: expected true or false")
        return bool(value)
    if t == "enum":
        v = str(value).strip().lower()
        if spec.choices and v not in spec.choices:
            raise ValueError(f"{field}: expected one of {', '.join(spec.choices)}")
        return v
    return str(value)
