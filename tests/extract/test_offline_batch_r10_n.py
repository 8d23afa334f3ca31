"""Concurrent drugs (IP0759 NC.1 / NC.2): helper N, round 10.

- OCR of a boxed table: the grid's ruling lines are whitened before tesseract reads the
  page (tesseract otherwise drops the words of the boxed cells).
- A sentence saying only that a document mentions some drugs asserts no use of them.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from test_offline import groups, run

from extract import ocr

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_tesseract = pytest.mark.skipif(not ocr.tesseract_available(), reason="no tesseract")

ROWS = [("Drug", "Sig", "State"),
        ("azathioprine tablet", "100 mg by mouth daily", "CURRENT"),
        ("sirolimus tablet", "2 mg by mouth daily", "CURRENT"),
        ("losartan", "50 mg daily", "CURRENT")]


def _boxed_table(dpi: int = 300, size: float = 10.0, pad: float = 4.0) -> Image.Image:
    """A scanned-looking letter page: a heading and a fully ruled three-column table with a
    shaded header row, the page turned 2 degrees."""
    s = dpi / 72
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(SANS, int(size * s))
    d.text((int(72 * s), int(60 * s)), "OUTSIDE RHEUMATOLOGY - MEDICATION RECONCILIATION",
           fill=0, font=font)
    cols = [72 * s]
    for j in range(3):
        cols.append(cols[-1] + max(font.getlength(r[j]) for r in ROWS) + 2 * pad * s)
    top, row_h = 90 * s, size * 1.8 * s
    d.rectangle([cols[0], top, cols[-1], top + row_h], fill=215)
    for i, row in enumerate(ROWS):
        for j, cell in enumerate(row):
            d.text((int(cols[j] + pad * s), int(top + i * row_h + size * 0.35 * s)), cell,
                   fill=0, font=font)
    for i in range(len(ROWS) + 1):
        y = int(top + i * row_h)
        d.line([(int(cols[0]), y), (int(cols[-1]), y)], fill=0, width=4)
    for x in cols:
        d.line([(int(x), int(top)), (int(x), int(top + len(ROWS) * row_h))], fill=0, width=4)
    return img.rotate(-2, resample=Image.BILINEAR, fillcolor=255)


def test_strip_rules_whitens_table_grid_but_keeps_letters():
    img = _boxed_table().rotate(2, resample=Image.BILINEAR, fillcolor=255)
    scale = 300 / 72
    out = np.asarray(ocr.strip_rules(img, scale)) < 128
    ink = np.asarray(img) < 128
    assert out.sum() < ink.sum()  # the grid is gone ...
    assert out.sum() > 0.3 * ink.sum()  # ... the letters are not
    assert not (out & ~ink).any()  # nothing is added


def test_strip_rules_leaves_page_without_rules_untouched():
    img = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(img).text((50, 50), "Plain note, no table here.", fill=0,
                             font=ImageFont.truetype(SANS, 30))
    assert ocr.strip_rules(img, 100 / 72) is img


def test_strip_rules_leaves_page_with_only_horizontal_rules_untouched():
    # a letterhead's rule and a signature line box nothing: the page is not read twice
    img = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(img)
    draw.text((50, 50), "Lakeview Dermatology", fill=0, font=ImageFont.truetype(SANS, 30))
    draw.line((40, 100, 810, 100), fill=0, width=2)
    draw.line((40, 900, 400, 900), fill=0, width=1)
    assert ocr.strip_rules(img, 100 / 72) is img


@needs_tesseract
def test_boxed_table_cells_are_read_by_ocr_with_rows_kept_together():
    page = ocr.OcrEngine._read(None, _boxed_table(), 0, 300 / 72, time.monotonic() + 120)
    lines = [" ".join(w.text for w in ln).lower() for ln in page.lines]
    for drug in ("azathioprine", "sirolimus", "losartan"):
        row = next(ln for ln in lines if drug in ln)
        assert "current" in row


def _meds(findings, canon: str) -> list[dict]:
    return [g for g in groups(findings, "medication").values()
            if "name" in g and canon in str(g["name"].value).lower()]


def test_document_mentioning_drugs_is_not_their_use():
    fs = run("Purpose of outreach: the submitted notes reference methotrexate and Olumiant.\n"
             "Please confirm which of these is taken.\n")
    for canon in ("methotrexate", "olumiant"):
        (m,) = _meds(fs, canon)
        assert "hypothetical" in m["name"].context
        assert "status" not in m


def test_document_mention_that_goes_on_to_state_use_stays_active():
    fs = run("The outside records mention she is taking Olumiant 4 mg every day.\n")
    (m,) = _meds(fs, "olumiant")
    assert "hypothetical" not in m["name"].context
    assert m["status"].value == "active"
