"""extract.pdf: real PDFs written with fpdf2, read back with pdfplumber."""

from __future__ import annotations

import time

import pytest
from pdfmaker import make_pdf, make_table_pdf, set_rotation

from chartreview.errors import (
    EncryptedPDFError,
    FileMissingError,
    LimitExceededError,
    NoTextError,
    NotPDFError,
)
from chartreview.settings import load_settings
from extract.pdf import load_document, load_documents

NOTE = ("Progress note  Date of service: 03/02/2026\nPatient: Jane Roe   DOB: 04/11/1971\n"
        "Assessment: chronic hand eczema, IGA-CHE 3 (moderate).\n"
        "Tried clobetasol propionate 0.05% ointment twice daily for 6 weeks.")


@pytest.fixture
def settings(tmp_path):
    return load_settings(data_dir=tmp_path / "data")


def _check_offsets(doc):
    for page in doc.pages:
        for w in page.words:
            assert page.text[w.char_start:w.char_end] == w.text
        assert "  " not in page.text


def test_reads_text_words_and_offsets(tmp_path, settings):
    path = make_pdf(tmp_path / "note.pdf", [NOTE, "Second page\nPlan: start delgocitinib."])
    doc = load_document(path, settings=settings)
    assert doc.file == "note.pdf" and len(doc.pages) == 2 and len(doc.sha256) == 64
    p1 = doc.pages[0]
    assert p1.text.splitlines()[1] == "Patient: Jane Roe DOB: 04/11/1971"
    assert "clobetasol propionate 0.05% ointment twice daily for 6 weeks" in p1.text
    assert not p1.ocr and doc.warnings == []
    _check_offsets(doc)
    w = next(w for w in p1.words if w.text == "clobetasol")
    assert 0 < w.x0 < w.x1 < p1.width and 0 < w.top < w.bottom < p1.height


def test_name_overrides_file_name(tmp_path, settings):
    path = make_pdf(tmp_path / "upload-123.pdf", [NOTE])
    assert load_document(path, name="chart.pdf", settings=settings).file == "chart.pdf"


def test_tables_filled_from_ruled_table(tmp_path, settings):
    rows = [["Medication", "Status"], ["methotrexate 15 mg", "stopped 2023"],
            ["clobetasol 0.05%", "active"]]
    doc = load_document(make_table_pdf(tmp_path / "t.pdf", rows, title="Medications"),
                        settings=settings)
    table = doc.pages[0].tables[0]
    assert table[0] == ["Medication", "Status"] and table[1][1] == "stopped 2023"
    _check_offsets(doc)


def test_plain_page_has_no_tables(tmp_path, settings):
    assert load_document(make_pdf(tmp_path / "n.pdf", [NOTE]), settings=settings).pages[0].tables == []


def test_unicode_normalized_offsets_valid(tmp_path, settings):
    text = "The ﬁnal oﬃce visit:\u00a0Сlobetasol 0.05%\u00a0cream. Пациент здоров."
    doc = load_document(make_pdf(tmp_path / "u.pdf", [text], unicode_font=True), settings=settings)
    t = doc.pages[0].text
    assert "final office visit: Clobetasol 0.05% cream." in t  # ligatures, NBSP, look-alike С
    assert "Пациент здоров." in t  # genuinely Cyrillic words untouched
    assert "\u00a0" not in t
    _check_offsets(doc)


def test_rotated_page_reads_in_order(tmp_path, settings):
    path = set_rotation(make_pdf(tmp_path / "r.pdf", [NOTE]), 90)
    doc = load_document(path, settings=settings)
    page = doc.pages[0]
    assert page.text.startswith("Progress note")
    assert "clobetasol propionate 0.05% ointment" in page.text
    assert page.width == pytest.approx(792) and page.height == pytest.approx(612)
    _check_offsets(doc)


@pytest.mark.parametrize("content, error", [
    (b"", NotPDFError), (b"hello, not a pdf", NotPDFError),
])
def test_not_pdf(tmp_path, settings, content, error):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    with pytest.raises(error, match="x.pdf"):
        load_document(path, settings=settings)


def test_missing_file(tmp_path, settings):
    with pytest.raises(FileMissingError, match="nope.pdf: file not found"):
        load_document(tmp_path / "nope.pdf", settings=settings)


def test_limits(tmp_path):
    path = make_pdf(tmp_path / "three.pdf", ["a page"] * 3)
    with pytest.raises(LimitExceededError, match="3 pages, over the 2-page limit"):
        load_document(path, settings=load_settings(max_pages=2))
    with pytest.raises(LimitExceededError, match="MB limit"):
        load_document(path, settings=load_settings(max_file_mb=0.0001))


def test_scanned_page_without_ocr_is_no_text(tmp_path):
    path = make_pdf(tmp_path / "s.pdf", ["Scanned letter"], scanned_pages={0})
    with pytest.raises(NoTextError, match="s.pdf: no page has readable text"):
        load_document(path, settings=load_settings(ocr=False))


def test_load_documents_dedupes_and_skips_textless(tmp_path):
    s = load_settings(ocr=False)
    a = make_pdf(tmp_path / "a.pdf", [NOTE])
    b = tmp_path / "b.pdf"
    b.write_bytes(a.read_bytes())
    scan = make_pdf(tmp_path / "scan.pdf", ["Fax cover"], scanned_pages={0})
    docs, warnings = load_documents([a, b, scan], settings=s)
    assert [d.file for d in docs] == ["a.pdf"]
    assert any("b.pdf: same content as a.pdf" in w for w in warnings)
    assert any("scan.pdf" in w and "left out" in w for w in warnings)
    with pytest.raises(NoTextError):
        load_documents([scan], settings=s)


def test_load_documents_raises_other_errors(tmp_path, hostile_corpus):
    good = make_pdf(tmp_path / "a.pdf", [NOTE])
    with pytest.raises(EncryptedPDFError):
        load_documents([good, hostile_corpus["encrypted_password"][0]])


@pytest.mark.slow
def test_speed_200_pages_vs_pdfplumber(tmp_path, settings, capsys):
    """Benchmark: load_document vs pdfplumber extract_text on every page (best of 2 each,
    so a busy machine does not decide the result); reports pages/second."""
    import pdfplumber

    path = make_pdf(tmp_path / "big.pdf", [NOTE * 6] * 200)

    def plumber() -> int:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
            return len(pdf.pages)

    def best(fn) -> tuple[float, object]:
        runs = []
        for _ in range(2):
            t0 = time.perf_counter()
            out = fn()
            runs.append((time.perf_counter() - t0, out))
        return min(runs, key=lambda r: r[0])

    base, n = best(plumber)
    ours, doc = best(lambda: load_document(path, settings=settings))
    with capsys.disabled():
        print(f"\n[pdf speed] {n} pages: pdfplumber extract_text {n / base:.1f} p/s, "
              f"load_document {len(doc.pages) / ours:.1f} p/s (ratio {ours / base:.2f})")
    assert len(doc.pages) == n
    assert ours <= 1.5 * base


# ---- two columns side by side -----------------------------------------------------------------
def _row(y: float, *cells: tuple[float, str]) -> list:
    """One line of words: each cell is (x where it starts, its words), 5 pt per character."""
    from extract.pdf import _RawWord

    out = []
    for x, words in cells:
        for w in words.split():
            out.append(_RawWord(w, x, y, x + 5 * len(w), y + 9))
            x += 5 * len(w) + 3
    return out


def _text(lines) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


def test_two_narrative_columns_read_one_after_the_other():
    from extract.pdf import column_order

    left, right = 40.0, 330.0
    lines = [
        _row(100, (left, "Patient story"), (right, "Findings and plan")),
        _row(112, (left, "She used halcinonide cream every night for"),
             (right, "Scaling plaques over both palms with")),
        _row(124, (left, "seven weeks and the cracks on her fingers"),
             (right, "deep fissures at the fingertips today.")),
        _row(136, (left, "never closed, even when she was careful"), (right, "Plan: a new cream.")),
        _row(148, (left, "with gloves at the bakery."), (right, "Recheck in two months.")),
        _row(170, (left, "Signed by the treating dermatologist")),
    ]
    got = _text(column_order(lines))
    assert got[:5] == ["Patient story", "She used halcinonide cream every night for",
                       "seven weeks and the cracks on her fingers",
                       "never closed, even when she was careful", "with gloves at the bakery."]
    assert got[5] == "Findings and plan" and got[-1] == "Signed by the treating dermatologist"


def test_label_value_grid_is_not_read_as_columns():
    from extract.pdf import column_order

    lines = [_row(100 + 12 * i, (40.0, label), (200.0, value)) for i, (label, value) in enumerate(
        [("Patient", "Ann Example"), ("Date of birth", "02/03/1970"),
         ("Prescriber", "Dr. Someone, Dermatology"), ("Steroid tried", "clobetasol 0.05% oint"),
         ("Dates", "1/5/2026 - 2/20/2026")])]
    assert column_order(lines) == lines


def test_table_rows_with_several_cells_are_not_read_as_columns():
    from extract.pdf import column_order

    lines = [_row(100 + 12 * i, (40.0, drug), (260.0, start), (330.0, stop), (400.0, note))
             for i, (drug, start, stop, note) in enumerate(
                 [("mometasone 0.1% cream twice a day", "1/5/26", "1/26/26", "no change"),
                  ("clobetasol 0.05% ointment twice a day", "1/27/26", "3/9/26", "no change"),
                  ("fluocinonide 0.05% cream twice a day", "3/10/26", "4/1/26", "stinging"),
                  ("halobetasol 0.05% ointment twice a day", "4/2/26", "5/1/26", "no change")])]
    assert column_order(lines) == lines
