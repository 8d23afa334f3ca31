"""Functions that write REAL PDFs for tests (fpdf2 / PIL / pypdf; nothing downloaded).

Import them as ``from pdfmaker import make_pdf`` (tests/ is on sys.path): a module named
``conftest`` is ambiguous once several conftest.py files are loaded in one session.

- ``make_pdf(path, pages, *, font_size=11, unicode_font=False, scanned_pages=(), rotate=None)``
  one page per string (lines split on ``\\n``; long lines wrap). ``scanned_pages`` holds
  0-based indexes of pages to render as images (no text layer) -> mixed documents.
- ``make_scanned_pdf(path, pages, rotate_deg=1.5, noise=True, dpi=200)`` image-only PDF.
- ``render_text_image(text, ...) -> (PIL.Image, [(word, [x0, top, x1, bottom] in points)])``
  the rendering make_scanned_pdf uses, with where each word was drawn.
- ``make_table_pdf(path, rows, *, title="")`` a page with a ruled table.
- ``set_rotation(path, degrees, pages=None)`` sets ``/Rotate`` on pages (pypdf).
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Sequence
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

PAGE_W, PAGE_H = 612.0, 792.0  # US Letter, points
MARGIN = 72.0
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = FONT_DIR / "DejaVuSans.ttf"


def _new_pdf(unicode_font: bool, font_size: float) -> tuple[FPDF, str]:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    family = "Helvetica"
    if unicode_font and SANS.exists():
        pdf.add_font("DejaVu", "", str(SANS))
        family = "DejaVu"
    pdf.set_font(family, size=font_size)
    return pdf, family


def _write_text_page(pdf: FPDF, text: str, font_size: float) -> None:
    pdf.add_page()
    line_h = font_size * 1.4
    for line in text.split("\n"):
        if line.strip():
            pdf.multi_cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(line_h)


def render_text_image(
    text: str,
    *,
    dpi: int = 200,
    font_size: float = 12.0,
    rotate_deg: float = 0.0,
    noise: bool = False,
    seed: int = 0,
) -> tuple[Image.Image, list[tuple[str, list[float]]]]:
    """Render ``text`` like a scanned Letter page; return the image and each word's box.

    Boxes are ``[x0, top, x1, bottom]`` in PDF points (top-left origin) AFTER the rotation,
    i.e. where the word really lands on the page. Rotation is counter-clockwise, as PIL.
    """
    scale = dpi / 72.0
    w_px, h_px = int(PAGE_W * scale), int(PAGE_H * scale)
    img = Image.new("L", (w_px, h_px), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(SANS), int(round(font_size * scale)))
    space = font.getlength(" ")
    ascent, descent = font.getmetrics()
    line_h = font_size * 1.5 * scale
    boxes: list[tuple[str, list[float]]] = []
    y = MARGIN * scale
    for line in text.split("\n"):
        x = MARGIN * scale
        for word in line.split():
            wlen = font.getlength(word)
            if x + wlen > (PAGE_W - MARGIN) * scale and x > MARGIN * scale:
                x, y = MARGIN * scale, y + line_h
            draw.text((x, y), word, fill=0, font=font)
            boxes.append((word, [x, y, x + wlen, y + ascent + descent]))
            x += wlen + space
        y += line_h
    if noise:
        rng = random.Random(seed)
        px = img.load()
        for _ in range(w_px * h_px // 800):
            px[rng.randrange(w_px), rng.randrange(h_px)] = rng.choice((0, 90, 160))
    if rotate_deg:
        img = img.rotate(rotate_deg, resample=Image.BILINEAR, fillcolor=255)
        boxes = [(w, _rotate_box(b, rotate_deg, w_px / 2, h_px / 2)) for w, b in boxes]
    return img, [(w, [v / scale for v in b]) for w, b in boxes]


def _rotate_box(box: list[float], deg: float, cx: float, cy: float) -> list[float]:
    """Bounding box of ``box`` rotated counter-clockwise (as displayed) about (cx, cy)."""
    t = math.radians(deg)
    pts = []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - cx, y - cy
        pts.append((cx + dx * math.cos(t) + dy * math.sin(t), cy - dx * math.sin(t) + dy * math.cos(t)))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]


def _write_image_page(pdf: FPDF, img: Image.Image) -> None:
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=PAGE_W, h=PAGE_H)


def make_pdf(
    path: str | Path,
    pages: Sequence[str],
    *,
    font_size: float = 11,
    unicode_font: bool = False,
    scanned_pages: Collection[int] = (),
    rotate: int | None = None,
    dpi: int = 200,
) -> Path:
    """Write a text PDF with one page per string; return its path.

    ``unicode_font`` embeds DejaVu Sans (needed for non-Latin-1 text). Pages whose 0-based
    index is in ``scanned_pages`` are rendered as images instead (no text layer). A long
    string may spill onto extra pages (auto page break). ``rotate`` sets ``/Rotate``.
    """
    path = Path(path)
    pdf, _ = _new_pdf(unicode_font, font_size)
    for i, text in enumerate(pages):
        if i in scanned_pages:
            img, _ = render_text_image(text, dpi=dpi, rotate_deg=0.0, noise=False)
            _write_image_page(pdf, img)
        else:
            _write_text_page(pdf, text, font_size)
    pdf.output(str(path))
    if rotate:
        set_rotation(path, rotate)
    return path


def make_scanned_pdf(
    path: str | Path,
    pages: Sequence[str],
    rotate_deg: float = 1.5,
    noise: bool = True,
    dpi: int = 200,
) -> Path:
    """Write an image-only PDF that looks like a slightly skewed, noisy scan."""
    path = Path(path)
    pdf, _ = _new_pdf(False, 11)
    for i, text in enumerate(pages):
        img, _ = render_text_image(text, dpi=dpi, rotate_deg=rotate_deg, noise=noise, seed=i)
        _write_image_page(pdf, img)
    pdf.output(str(path))
    return path


def make_table_pdf(
    path: str | Path, rows: Sequence[Sequence[str]], *, title: str = "", font_size: float = 10
) -> Path:
    """Write one page with an optional title line and a ruled table (first row = header)."""
    path = Path(path)
    pdf, _ = _new_pdf(False, font_size)
    pdf.add_page()
    if title:
        pdf.multi_cell(0, font_size * 1.4, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(font_size)
    with pdf.table() as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(str(cell))
    pdf.output(str(path))
    return path


def set_rotation(path: str | Path, degrees: int, pages: Collection[int] | None = None) -> Path:
    """Set ``/Rotate degrees`` on the given 0-based pages (all by default), in place."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    writer = PdfWriter()
    for i, page in enumerate(reader.pages):
        if pages is None or i in pages:
            page.rotate(degrees)
        writer.add_page(page)
    with open(path, "wb") as fh:
        writer.write(fh)
    return Path(path)
