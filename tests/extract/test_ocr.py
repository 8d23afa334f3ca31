"""extract.ocr and OCR through load_document: real tesseract on generated scans."""

from __future__ import annotations

import time

import pytest
from pdfmaker import make_pdf, make_scanned_pdf, render_text_image, set_rotation
from PIL import Image

from chartreview.settings import load_settings
from extract import ocr
from extract.pdf import load_document

needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(), reason="no tesseract")

SCAN = ("PRIOR AUTHORIZATION REQUEST\nPatient: Jane Roe  DOB 04/11/1971\n"
        "Diagnosis: chronic hand eczema, severe\n"
        "Clobetasol propionate 0.05% ointment twice daily for eight weeks")


def _overlap(a, b) -> float:
    """Intersection area over the area of the smaller box (OCR boxes hug the ink; drawn
    boxes include the font's ascent and descent)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return max(w, 0) * max(h, 0) / area


@pytest.mark.parametrize("angle", [0.0, 1.5, -3.0])
def test_estimate_skew_finds_rotation(angle):
    img, _ = render_text_image(SCAN * 3, dpi=100, rotate_deg=angle)
    assert ocr.estimate_skew(img) == pytest.approx(-angle, abs=0.3)


def test_estimate_skew_blank_page_is_zero():
    assert ocr.estimate_skew(Image.new("L", (800, 1000), 255)) == 0.0


@needs_tesseract
def test_scanned_skewed_page_is_read_and_boxes_land_on_words(tmp_path, capsys):
    path = make_scanned_pdf(tmp_path / "scan.pdf", [SCAN], rotate_deg=1.5, noise=True)
    _, drawn = render_text_image(SCAN, dpi=200, rotate_deg=1.5, noise=True)
    t0 = time.perf_counter()
    doc = load_document(path, settings=load_settings())
    secs = time.perf_counter() - t0
    with capsys.disabled():
        print(f"\n[ocr] 1 scanned page at 300 dpi: {secs:.2f} s")
    page = doc.pages[0]
    assert page.ocr and doc.ocr_pages == [1]
    assert page.rotation == pytest.approx(1.5, abs=0.3)
    assert any("OCR'd" in w for w in doc.warnings)
    assert "chronic hand eczema" in page.text.lower()
    assert "0.05%" in page.text and "04/11/1971" in page.text
    for w in page.words:
        assert page.text[w.char_start:w.char_end] == w.text
    for target in ("Clobetasol", "eczema,", "04/11/1971"):
        got = next(w for w in page.words if w.text == target)
        want = next(b for t, b in drawn if t == target)
        box = [got.x0, got.top, got.x1, got.bottom]
        assert _overlap(box, want) > 0.8, target
        assert abs((box[0] + box[2]) - (want[0] + want[2])) / 2 < 4, target  # x centres, pt


@needs_tesseract
def test_mixed_document_only_scanned_page_ocrd(tmp_path):
    path = make_pdf(tmp_path / "mixed.pdf", ["Typed page one", "Faxed page: IGA-CHE 4"],
                    scanned_pages={1})
    doc = load_document(path, settings=load_settings())
    assert [p.ocr for p in doc.pages] == [False, True]
    assert "IGA-CHE 4" in doc.pages[1].text


def test_missing_tesseract_warns_and_keeps_text_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    path = make_pdf(tmp_path / "mixed.pdf", ["Typed page one", "Faxed page"], scanned_pages={1})
    doc = load_document(path, settings=load_settings())
    assert not doc.pages[1].ocr and doc.pages[1].text == ""
    assert any("tesseract is not installed" in w for w in doc.warnings)


@needs_tesseract
def test_ocr_time_budget_respected(tmp_path):
    path = make_pdf(tmp_path / "m.pdf", ["Typed page", "Faxed one", "Faxed two"],
                    scanned_pages={1, 2})
    doc = load_document(path, settings=load_settings(ocr_seconds=0))
    assert doc.ocr_pages == []
    assert any("time budget" in w for w in doc.warnings)


@needs_tesseract
def test_huge_page_render_is_capped(hostile_corpus):
    with ocr.OcrEngine(hostile_corpus["huge_image"][0], dpi=300) as engine:
        img, scale, width, height = engine.render(0)
    assert width == pytest.approx(7200)
    assert img.width * img.height <= ocr.MAX_RENDER_PIXELS * 1.01


@needs_tesseract
def test_sideways_scan_turned_upright_and_boxes_in_display_space(tmp_path):
    """A scan stored with /Rotate 90 is displayed sideways: OCR turns it upright and maps
    boxes back to the displayed (rotated) page."""
    path = set_rotation(make_scanned_pdf(tmp_path / "side.pdf", [SCAN], rotate_deg=0.0), 90)
    _, drawn = render_text_image(SCAN, dpi=200)
    page = load_document(path, settings=load_settings()).pages[0]
    assert page.ocr and page.width == pytest.approx(792) and page.height == pytest.approx(612)
    assert "chronic hand eczema" in page.text.lower()
    got = next(w for w in page.words if w.text == "Clobetasol")
    x0, top, x1, bottom = next(b for t, b in drawn if t == "Clobetasol")
    h = 792.0  # unrotated page height: /Rotate 90 maps (x, y) to (h - y, x)
    want = [h - bottom, x0, h - top, x1]
    assert _overlap([got.x0, got.top, got.x1, got.bottom], want) > 0.8


@needs_tesseract
def test_thin_text_layer_over_scan_is_ocrd(tmp_path):
    """A fax page: a scanned image plus a tiny stamped text layer ("Pg 1") is OCR'd."""
    from fpdf import FPDF

    img, _ = render_text_image(SCAN, dpi=200)
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=612, h=792)
    pdf.set_font("Helvetica", size=8)
    pdf.text(500, 780, "Pg 1")
    path = tmp_path / "fax.pdf"
    pdf.output(str(path))
    page = load_document(path, settings=load_settings()).pages[0]
    assert page.ocr and "chronic hand eczema" in page.text.lower()
