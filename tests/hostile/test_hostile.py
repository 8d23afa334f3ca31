"""Every hostile file through load_document: the expected error with a one-line message
naming the file, or a sensible Document. The corpus comes from make_corpus.py."""

from __future__ import annotations

import resource

import pytest

from chartreview import errors
from chartreview.settings import load_settings
from extract.ocr import tesseract_available
from extract.pdf import load_document

NAMES = [
    "not_a_pdf", "html_named_pdf", "zero_bytes", "header_only", "garbage_body", "truncated",
    "broken_xref", "junk_before_header", "encrypted_password", "encrypted_empty_user",
    "zero_pages", "huge_image", "pages_1000", "pages_1001", "rotated_90", "mixed_text_scan",
    "scanned_only", "unusual_unicode",
]
OCR_NEEDED = {"mixed_text_scan", "scanned_only"}


def test_corpus_lists_every_case(hostile_corpus):
    assert sorted(hostile_corpus) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_hostile_file(hostile_corpus, name):
    if name in OCR_NEEDED and not tesseract_available():
        pytest.skip("no tesseract")
    path, expected = hostile_corpus[name]
    if expected is None:
        doc = load_document(path, settings=load_settings())
        assert doc.pages and any(p.text.strip() for p in doc.pages)
        for page in doc.pages:
            for w in page.words:
                assert page.text[w.char_start:w.char_end] == w.text
        return
    with pytest.raises(getattr(errors, expected)) as info:
        load_document(path, settings=load_settings())
    msg = str(info.value)
    assert "\n" not in msg and msg.startswith(path.name) and len(msg) < 200


def test_sensible_results(hostile_corpus):
    s = load_settings(ocr=False)
    enc = load_document(hostile_corpus["encrypted_empty_user"][0], settings=s)
    assert any("empty password" in w for w in enc.warnings)
    uni = load_document(hostile_corpus["unusual_unicode"][0], settings=s).pages[0].text
    assert "final flare noted, office visit. Clobetasol" in uni
    rot = load_document(hostile_corpus["rotated_90"][0], settings=s).pages[0]
    assert rot.text.startswith("Progress note") and rot.width > rot.height
    broken = load_document(hostile_corpus["broken_xref"][0], settings=s)
    assert "clobetasol propionate 0.05%" in broken.pages[0].text
    assert len(load_document(hostile_corpus["pages_1000"][0], settings=s).pages) == 1000


def test_page_limit_lowered(hostile_corpus):
    with pytest.raises(errors.LimitExceededError, match="1000 pages, over the 999-page limit"):
        load_document(hostile_corpus["pages_1000"][0], settings=load_settings(max_pages=999))


def test_huge_image_memory_bounded(hostile_corpus):
    """Rendering a 10,000 px image on a 100-inch page stays far below 2 GiB."""
    with pytest.raises(errors.NoTextError):
        load_document(hostile_corpus["huge_image"][0], settings=load_settings())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 1500
