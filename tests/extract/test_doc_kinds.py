"""Document kinds (administrative vs clinical) from the cue phrases of document_kinds.yaml."""

from __future__ import annotations

from chartreview.models import Document, Finding, Page
from extract import doc_kinds

FORM = """PRIOR AUTHORIZATION REQUEST FORM
Member ID: X123   Prescriber: A. Smith, MD
Please check all that apply.
[X] Tried a topical corticosteroid for at least 28 days   Yes / No
[ ] Concurrent immunosuppressant
Current immunosuppressants: None"""

NOTE = """Progress Note   03/02/2026
HPI: hand dermatitis for 8 months. Used clobetasol for about 2 weeks.
Exam: fissures on palms.
Assessment:
Chronic hand eczema, moderate.
Plan: start Anzupgo."""

LMN = """Letter of Medical Necessity
To whom it may concern:
I am writing on behalf of my patient. The patient failed topical steroids.
Sincerely,
Dr. B"""


def _doc(name: str, *texts: str) -> Document:
    pages = [Page(number=i, width=612, height=792, text=t) for i, t in enumerate(texts, 1)]
    return Document(file=name, sha256="0", pages=pages)


def test_page_kinds_and_classes():
    assert doc_kinds.page_kind(FORM) == "pa_form"
    assert doc_kinds.page_kind(NOTE) == "progress_note"
    assert doc_kinds.page_kind(LMN) == "lmn"
    assert doc_kinds.kind_class("pa_form") == "administrative"
    assert doc_kinds.kind_class("lmn") == "administrative"
    assert doc_kinds.kind_class("progress_note") == "clinical"
    assert doc_kinds.page_kind("Some words with no cue at all.") is None


def test_continued_page_keeps_kind_and_attached_note_starts_a_part():
    doc = _doc("packet.pdf", FORM, "Diagnosis code L30.8\nSignature: A. Smith",
               "Page 3\n" + NOTE)
    parts = doc_kinds.document_parts(doc)
    assert parts[2][0][1] == "pa_form"  # a form's second page, no title of its own
    assert parts[3][-1][1] == "progress_note"
    mixed = FORM + "\n\nPROGRESS NOTE\n" + NOTE.split("\n", 1)[1]
    p = doc_kinds.page_parts(mixed, None)
    assert [k for _, k in p] == ["pa_form", "progress_note"]
    assert doc_kinds.kind_at(p, mixed.index("clobetasol")) == "progress_note"
    assert doc_kinds.kind_at(p, mixed.index("Member ID")) == "pa_form"


def test_annotate_sets_source_kind_from_the_quote_position():
    docs = [_doc("form.pdf", FORM), _doc("note.pdf", NOTE)]
    f1 = Finding(field="medication.name", value="x", file="form.pdf", page=1,
                 char_start=FORM.index("None"))
    f2 = Finding(field="therapy.drug", value="clobetasol", file="note.pdf", page=1,
                 char_start=NOTE.index("clobetasol"))
    f3 = Finding(field="therapy.drug", value="x", file="other.pdf", page=1)
    doc_kinds.annotate([f1, f2, f3], docs)
    assert (f1.source_kind, f2.source_kind, f3.source_kind) == ("pa_form", "progress_note", None)


def test_a_benefits_investigation_is_administrative():
    kind = doc_kinds.page_kind("BENEFITS INVESTIGATION WORKSHEET\nPayer: Aetna\nPA required: Y\n"
                               "Prior TCS: clobetasol - failed\n")
    assert kind == "pa_form" and doc_kinds.kind_class(kind) == "administrative"
