"""Page images with a quote's words highlighted.

Boxes are ``[x0, top, x1, bottom]`` in PDF points from the page's top-left, as in
``Word``/``Finding.bbox`` (OCR'd pages too: their boxes are converted to points on reading),
so they scale onto a rendering by ``scale = pixels per point``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from chartreview.errors import CorruptPDFError
from chartreview.models import Page

Box = Sequence[float]
HIGHLIGHT = (255, 213, 0, 110)
OUTLINE = (230, 120, 0, 255)


def words_boxes(page: Page, start: int, end: int) -> list[list[float]]:
    """One box per line for the words of ``page`` overlapping ``[start, end)``."""
    lines: list[list[float]] = []
    for w in page.words:
        if w.char_end <= start or w.char_start >= end:
            continue
        last = lines[-1] if lines else None
        if last and abs(w.top - last[1]) < 0.5 * (w.bottom - w.top) and w.x0 >= last[0]:
            last[2], last[3] = max(last[2], w.x1), max(last[3], w.bottom)
        else:
            lines.append([w.x0, w.top, w.x1, w.bottom])
    return lines


def render_page(pdf: Path | str, page_number: int, boxes: Sequence[Box], *,
                scale: float = 2.0, band: float | None = 110.0) -> Image.Image:
    """Render page ``page_number`` (1-based) with ``boxes`` highlighted.

    With ``band`` set, crop to the boxes plus ``band`` points above and below, so the quote is
    legible in a narrow column (and ``1.5 * band`` left and right); with ``band=None`` (or no boxes) the whole page is returned.
    """
    try:
        doc = pdfium.PdfDocument(str(pdf))
    except pdfium.PdfiumError:
        raise CorruptPDFError(f"cannot render {Path(pdf).name}") from None
    try:
        if not 1 <= page_number <= len(doc):
            raise CorruptPDFError(f"{Path(pdf).name} has no page {page_number}")
        image = doc[page_number - 1].render(scale=scale).to_pil().convert("RGBA")
    finally:
        doc.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = 1.5
    for x0, top, x1, bottom in boxes:
        rect = [(x0 - pad) * scale, (top - pad) * scale, (x1 + pad) * scale,
                (bottom + pad) * scale]
        draw.rectangle(rect, fill=HIGHLIGHT, outline=OUTLINE, width=max(1, int(scale)))
    image = Image.alpha_composite(image, overlay).convert("RGB")
    if band is not None and boxes:
        top = max(0.0, min(b[1] for b in boxes) - band) * scale
        bottom = min(image.height, (max(b[3] for b in boxes) + band) * scale)
        left = max(0.0, min(b[0] for b in boxes) - 1.5 * band) * scale
        right = min(image.width, (max(b[2] for b in boxes) + 1.5 * band) * scale)
        image = image.crop((int(left), int(top), int(right), int(bottom)))
    return image


def png_bytes(image: Image.Image) -> bytes:
    """The image as PNG bytes."""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()
