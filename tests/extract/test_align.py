"""extract.align: quote alignment, boxes, grounding and value support."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfmaker import make_pdf

from chartreview.models import Alignment, Finding
from chartreview.settings import load_settings
from extract.align import align, bbox_for, boxes_for, durations_days, fold, ground, supports
from extract.pdf import _RawWord, build_page, load_document

P1 = ("Progress note  03/02/2026\nAssessment: chronic hand eczema, IGA-CHE 3.\n"
      "Used clobetasol propionate 0.05% ointment twice daily for 6 weeks without improvement.")
P2 = "Medications\nmethotrexate 15 mg weekly - stopped 2023\nPlan: delgocitinib 2% cream BID"


def _page(lines: list[str], number: int = 1):
    raw = [[_RawWord(t, 10.0 * i, 20.0 * n, 10.0 * i + 8, 20.0 * n + 10)
            for i, t in enumerate(line.split())] for n, line in enumerate(lines)]
    return build_page(number, 612, 792, raw)


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("align")
    s = load_settings(ocr=False)
    return [load_document(make_pdf(tmp / "note.pdf", [P1, P2]), settings=s),
            load_document(make_pdf(tmp / "form.pdf", ["PA form\nDOB: 04/11/1971"]), settings=s)]


def test_exact_case_and_whitespace_folded(docs):
    page = docs[0].pages[0]
    s, e, how = align("CLOBETASOL  propionate\n0.05% ointment", page)
    assert how == Alignment.exact and page.text[s:e] == "clobetasol propionate 0.05% ointment"


def test_exact_across_line_break_and_hyphenation():
    page = _page(["applied clobeta-", "sol twice daily"])
    s, e, how = align("clobetasol twice daily", page)
    assert how == Alignment.exact and page.text[s:e] == "clobeta-\nsol twice daily"
    assert len(boxes_for(page, s, e)) == 2


def test_fuzzy_ocr_noise_and_threshold(docs):
    page = docs[0].pages[0]
    s, e, how = align("clobetasol propionate 0.O5% ointrnent twice dai1y", page)
    assert how == Alignment.fuzzy
    assert page.text[s:e].startswith("clobetasol") and page.text[s:e].endswith("daily")
    assert align("tacrolimus ointment twice daily for months", page)[2] == Alignment.none
    assert align("", page) == (0, 0, Alignment.none)


def test_bbox_union_of_words(docs):
    page = docs[0].pages[0]
    s, e, _ = align("clobetasol propionate", page)
    box = bbox_for(page, s, e)
    words = [w for w in page.words if w.text in ("clobetasol", "propionate")]
    assert box == [words[0].x0, min(w.top for w in words), words[1].x1,
                   max(w.bottom for w in words)]
    assert bbox_for(page, 5, 5) is None


def test_ground_prefers_cited_page_then_other_docs(docs):
    f = Finding(field="patient.date_of_birth", value=dt.date(1971, 4, 11),
                quote="DOB: 04/11/1971", file="note.pdf", page=1)
    g = ground(f, docs)
    assert (g.file, g.page, g.alignment) == ("form.pdf", 1, Alignment.exact)
    assert docs[1].pages[0].text[g.char_start:g.char_end] == "DOB: 04/11/1971"
    assert g.bbox is not None and f.alignment == Alignment.none  # original untouched
    m = ground(Finding(field="medication.name", value="methotrexate",
                       quote="methotrexate 15 mg weekly", file="note.pdf", page=1), docs)
    assert (m.file, m.page) == ("note.pdf", 2)


def test_ground_unaligned_flag_and_fast_path(docs):
    g = ground(Finding(field="condition.diagnosis", value="psoriasis",
                       quote="plaque psoriasis of the scalp", file="note.pdf", page=1), docs)
    assert g.alignment == Alignment.none and g.flags == ["unaligned"] and not g.usable
    page = docs[0].pages[1]
    s = page.text.index("delgocitinib")
    f = Finding(field="medication.name", value="delgocitinib", quote="delgocitinib",
                file="note.pdf", page=2, char_start=s, char_end=s + 12)
    assert ground(f, docs).char_start == s and ground(f, docs).alignment == Alignment.exact


@given(st.lists(st.text(alphabet="abcXYZ-é ﬁ\u00a0\n\t", min_size=1, max_size=12),
                min_size=1, max_size=8))
@settings(max_examples=80, deadline=None)
def test_fold_index_maps_into_original(lines):
    text = "\n".join(lines)
    folded, idx = fold(text)
    assert len(folded) == len(idx)
    assert all(0 <= i < len(text) for i in idx) and idx == sorted(idx)


@pytest.mark.parametrize("value, quote, field, ok", [
    (42, "applied twice daily for 6 weeks", "therapy.duration_days", True),
    (42, "x6 wks", "therapy.duration_days", True),
    (42, "six weeks", "therapy.duration_days", True),
    (42, "42 days", "therapy.duration_days", True),
    (30, "for 1 month", "therapy.duration_days", True),
    (14, "x6 wks", "therapy.duration_days", False),
    # number words a dictated note spells out
    (480, "for roughly sixteen months", "condition.duration_days", True),
    (1278, "going on three and a half years", "condition.duration_days", True),
    (450, "for roughly sixteen months", "condition.duration_days", False),
    (42, "from 01/05/2026 to 02/16/2026", "therapy.duration_days", True),
    (dt.date(1971, 4, 11), "DOB: 04/11/1971", "patient.date_of_birth", True),
    (dt.date(1971, 4, 11), "born April 11, 1971", "patient.date_of_birth", True),
    (dt.date(1971, 4, 11), "1971-04-11", "patient.date_of_birth", True),
    (dt.date(1971, 4, 12), "DOB: 04/11/1971", "patient.date_of_birth", False),
    ("clobetasol propionate", "Temovate 0.05% oint", "therapy.drug", True),
    ("clobetasol propionate", "triamcinolone 0.1% ointment", "therapy.drug", False),
    ("0.05%", "clobetasol .05% cream", "therapy.strength", True),
    ("0.05%", "clobetasol 0.5% cream", "therapy.strength", False),
    ("moderate", "IGA-CHE 3", "severity.stated", True),
    ("severe", "IGA-CHE 3", "severity.stated", False),
    ("moderate", "moderate-to-severe hand eczema", "severity.stated", True),
    (3, "IGA-CHE 3/4", "severity.iga_che", True),
    (4, "IGA-CHE 3/5", "severity.iga_che", False),
    (54, "54-year-old woman", "patient.age", True),
    ("dermatology", "Jane Doe, MD, FAAD (Dermatology)", "prescriber.specialty", True),
    ("dermatology", "Family medicine", "prescriber.specialty", False),
    ("inadequate", "no improvement after 6 weeks", "therapy.response", True),
    ("inadequate", "cleared completely", "therapy.response", False),
    (True, "used PRN for flares", "therapy.prn", True),
    (True, "twice daily", "therapy.prn", False),
    ("discontinued", "methotrexate stopped 2023", "medication.status", True),
    ("active", "methotrexate stopped 2023", "medication.status", False),
    ("tcs", "has never used topical steroids", "therapy.never_used", True),
    (None, "anything", "patient.age", True),
    ("eczema", "", "condition.diagnosis", False),
])
def test_supports(value, quote, field, ok):
    assert supports(value, quote, field) is ok


def test_durations_in_many_forms():
    got = durations_days("x2 wks then 1 month, later 3 days")
    assert (14, 14) in got and (28, 31) in got and (3, 3) in got

