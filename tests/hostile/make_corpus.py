"""Generate the hostile-input corpus: files a user might upload that must not crash us.

``build_corpus(out_dir)`` writes every file and returns ``name -> (path, expected)`` where
``expected`` is the name of the ``chartreview.errors`` class ``load_document`` must raise
under default settings, or ``None`` when it must return a sensible ``Document``.
Run as a script to write the corpus into a directory: ``python make_corpus.py OUT``.
"""

from __future__ import annotations

import io
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pdfmaker import make_pdf, make_scanned_pdf, set_rotation  # noqa: E402

NOTE = (
    "Progress note\nPatient: Test Person  DOB: 04/11/1971\n"
    "Assessment: chronic hand eczema, moderate (IGA-CHE 3).\n"
    "Plan: clobetasol propionate 0.05% ointment applied twice daily for 6 weeks."
)


def _valid_bytes(tmp: Path) -> bytes:
    return make_pdf(tmp / "_valid.pdf", [NOTE, "Page two\nNo further findings."]).read_bytes()


def _encrypted(path: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def _zero_pages(path: Path) -> Path:
    from pypdf import PdfWriter

    with open(path, "wb") as fh:
        PdfWriter().write(fh)
    return path


def _huge_image(path: Path) -> Path:
    """A 7200 x 7200 pt page holding one blank 10,000 x 10,000 px image (no text)."""
    from fpdf import FPDF
    from PIL import Image

    img = Image.new("1", (10_000, 10_000), 1)
    pdf = FPDF(unit="pt", format=(7200, 7200))
    pdf.add_page()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PIL's decompression-bomb warning is the point here
        pdf.image(img, x=0, y=0, w=7200, h=7200)
    pdf.output(str(path))
    return path


def _broken_xref(valid: bytes) -> bytes:
    """Offsets in the xref table and startxref garbled: pdfminer must rebuild them."""
    head, sep, tail = valid.rpartition(b"startxref")
    xref_at = head.rfind(b"xref")
    broken = head[:xref_at] + b"xref\n0 3\nGARBAGE GARBAGE\n" + head[xref_at + 4 :]
    return broken.replace(b"0000000", b"9999999") + sep + b"\n999999999\n%%EOF\n"


def build_corpus(out: Path) -> dict[str, tuple[Path, str | None]]:
    """Write every hostile file into ``out``; return name -> (path, expected error name)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    valid = _valid_bytes(out)
    corpus: dict[str, tuple[Path, str | None]] = {}

    def put(name: str, data: bytes, expected: str | None) -> None:
        p = out / name
        p.write_bytes(data)
        corpus[p.stem] = (p, expected)

    put("not_a_pdf.pdf", b"Name,DOB\nJane,1971-04-11\n" * 20, "NotPDFError")
    put("html_named_pdf.pdf", b"<!doctype html><html><body>login</body></html>", "NotPDFError")
    put("zero_bytes.pdf", b"", "NotPDFError")
    put("header_only.pdf", b"%PDF-1.7\n", "CorruptPDFError")
    put("garbage_body.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40, "CorruptPDFError")
    put("truncated.pdf", valid[: len(valid) // 3], "CorruptPDFError")
    put("broken_xref.pdf", _broken_xref(valid), None)
    put("junk_before_header.pdf", b"\x00JUNK" * 100 + valid, None)

    corpus["encrypted_password"] = (
        _encrypted(make_pdf(out / "encrypted_password.pdf", [NOTE]), "s3cret"),
        "EncryptedPDFError",
    )
    corpus["encrypted_empty_user"] = (
        _encrypted(make_pdf(out / "encrypted_empty_user.pdf", [NOTE]), ""),
        None,
    )
    corpus["zero_pages"] = (_zero_pages(out / "zero_pages.pdf"), "EmptyPDFError")
    corpus["huge_image"] = (_huge_image(out / "huge_image.pdf"), "NoTextError")
    corpus["pages_1000"] = (
        make_pdf(out / "pages_1000.pdf", [f"Page {i + 1}" for i in range(1000)]),
        None,
    )
    corpus["pages_1001"] = (
        make_pdf(out / "pages_1001.pdf", [f"Page {i + 1}" for i in range(1001)]),
        "LimitExceededError",
    )
    rotated = make_pdf(out / "rotated_90.pdf", [NOTE])
    corpus["rotated_90"] = (set_rotation(rotated, 90), None)
    corpus["mixed_text_scan"] = (
        make_pdf(out / "mixed_text_scan.pdf", [NOTE, "Scanned page\nIGA-CHE score 3"],
                 scanned_pages={1}),
        None,
    )
    corpus["scanned_only"] = (make_scanned_pdf(out / "scanned_only.pdf", [NOTE]), None)
    corpus["unusual_unicode"] = (
        make_pdf(
            out / "unusual_unicode.pdf",
            ["Patient: ﬁnal ﬂare\u00a0noted, oﬃce visit. Сlobetasol (Cyrillic С) 0.05%\u00a0ointment\u2009BID"],
            unicode_font=True,
        ),
        None,
    )
    (out / "_valid.pdf").unlink()
    return corpus


if __name__ == "__main__":
    for name, (path, expected) in build_corpus(Path(sys.argv[1])).items():
        print(f"{name}\t{expected}\t{path}")
