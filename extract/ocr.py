"""OCR of pages that have no text layer: pypdfium2 renders, numpy deskews, tesseract reads.

Nothing is downloaded: the Debian ``tesseract`` binary and its bundled English data are used
through pytesseract. Word boxes come back in PDF points, top-left origin, in the page's
displayed orientation (the same frame pdfplumber uses), so highlights land on the words.

``OcrEngine(path)`` opens the PDF once; ``ocr_page(index, timeout)`` returns an ``OcrPage``
(lines of words with boxes and confidences, plus the skew corrected) or ``None`` when the
page yields nothing. ``tesseract_available()`` says whether OCR can run at all.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

MAX_RENDER_PIXELS = 36_000_000
"""Cap on rendered pixels per page (300 dpi Letter is 8.4 M): huge pages render smaller."""
PAGE_TIMEOUT_S = 120.0
"""Upper bound on tesseract's time for one page."""
MAX_SKEW_DEG = 5.0
"""Deskew searches rotations in [-MAX_SKEW_DEG, +MAX_SKEW_DEG]."""
MIN_CONF_SYMBOL = 40.0
"""Words without a letter or digit are kept only at or above this confidence (scan specks)."""
DESKEW_WIDTH = 800
"""Width, in pixels, of the downscaled image the skew search runs on."""


@dataclass
class OcrWord:
    """One word tesseract read, with its box in PDF points (displayed page, top-left)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float


@dataclass
class OcrPage:
    """The words of one OCR'd page, grouped into lines, and the skew that was corrected."""

    lines: list[list[OcrWord]] = field(default_factory=list)
    skew_deg: float = 0.0
    """Detected skew in degrees, counter-clockwise positive (the page was corrected by
    rotating it by minus this)."""
    width: float = 0.0
    height: float = 0.0


class OcrUnavailableError(RuntimeError):
    """tesseract (or pytesseract) is not installed; OCR cannot run."""


def tesseract_available() -> bool:
    """True when pytesseract imports and the tesseract binary is on PATH."""
    try:
        import pytesseract
    except ImportError:
        return False
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


@contextmanager
def _single_thread_env() -> Iterator[None]:
    """tesseract with OpenMP threads is 7x slower on 2 cores: force one thread."""
    old = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = old


# --------------------------------------------------------------------------------------
# deskew
# --------------------------------------------------------------------------------------
def _profile_score(small: Image.Image, angle: float) -> float:
    """Variance of the row ink sums after rotating by ``angle``: sharp lines score high."""
    rotated = small.rotate(angle, resample=Image.NEAREST, fillcolor=0)
    rows = np.asarray(rotated, dtype=np.float32).sum(axis=1)
    return float(np.var(rows))


def estimate_skew(img: Image.Image) -> float:
    """Return the rotation (degrees, PIL's counter-clockwise) that straightens text lines.

    Projection-profile search on a downscaled, inverted image: coarse 0.5 deg steps over
    +-MAX_SKEW_DEG, then 0.1 deg steps around the best.
    """
    gray = img.convert("L")
    ratio = DESKEW_WIDTH / max(gray.width, 1)
    if ratio < 1:
        gray = gray.resize((DESKEW_WIDTH, max(1, int(gray.height * ratio))), Image.BILINEAR)
    ink = np.asarray(gray, dtype=np.uint8) < 160
    if ink.mean() < 0.0005:
        return 0.0
    small = Image.fromarray((ink * 255).astype(np.uint8))
    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-6, 0.5)
    best = max(coarse, key=lambda a: _profile_score(small, float(a)))
    fine = np.arange(best - 0.5, best + 0.5 + 1e-6, 0.1)
    best = max(fine, key=lambda a: _profile_score(small, float(a)))
    return round(float(best), 2)


def _rotate_point(x: float, y: float, deg: float) -> tuple[float, float]:
    """Rotate vector (x, y) counter-clockwise as displayed (y points down) by ``deg``."""
    t = math.radians(deg)
    return x * math.cos(t) + y * math.sin(t), -x * math.sin(t) + y * math.cos(t)


def _unrotate_box(box, total: float, src_c: tuple[float, float], dst_c: tuple[float, float]):
    """Map a box of an image that was rotated by ``total`` degrees (PIL, counter-clockwise,
    centre ``dst_c`` after any expansion) back to the original image (centre ``src_c``)."""
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = _rotate_point(x - dst_c[0], y - dst_c[1], -total)
        xs.append(src_c[0] + dx)
        ys.append(src_c[1] + dy)
    return min(xs), min(ys), max(xs), max(ys)


# --------------------------------------------------------------------------------------
# ruling lines
# --------------------------------------------------------------------------------------
RULE_MIN_PT = 36.0
"""A straight dark run at least this long (points) is a ruling line, not a letter stroke."""
RULE_MAX_THICK_PT = 3.0
"""Ruling lines are at most this thick (points); thicker dark areas (filled bars, bold
display type) are left alone."""


RUN_BAND_ROWS = 256
"""Rows processed at once when finding runs, so the int32 work arrays of a huge page (up to
MAX_RENDER_PIXELS) stay small; the result does not depend on it."""


def _runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels of ``dark`` lying in a horizontal run (along axis 1) of at least ``length``."""
    width = dark.shape[1]
    if length < 1 or length > width:
        return np.zeros_like(dark)
    out = np.empty(dark.shape, dtype=bool)
    for r in range(0, dark.shape[0], RUN_BAND_ROWS):  # rows are independent: band them
        band = dark[r:r + RUN_BAND_ROWS]
        c = np.cumsum(np.pad(band.astype(np.int32), ((0, 0), (1, 0))), axis=1)
        full = (c[:, length:] - c[:, :-length]) == length  # window starting here is all dark
        f = np.pad(full.astype(np.int32), ((0, 0), (length, length - 1)))
        s = np.cumsum(f, axis=1)
        out[r:r + RUN_BAND_ROWS] = (s[:, length:length + width] - s[:, :width]) > 0
    return out


def _thin_runs(dark: np.ndarray, length: int, thick: int) -> np.ndarray:
    """Horizontal runs of at least ``length`` that are at most ``thick`` pixels tall."""
    runs = _runs(dark, length)
    too_thick = _runs(runs.T, thick + 1).T
    return runs & ~too_thick


def strip_rules(img: Image.Image, scale: float) -> Image.Image:
    """Whiten thin horizontal and vertical ruling lines (table grids, form boxes).

    tesseract's layout analysis drops the text of boxed table cells when the grid is left
    in; the words read cleanly once the rules are gone. Returns ``img`` unchanged when the
    page has no boxes (rules running both across and down): a page with only horizontal
    rules (a letterhead's line, signature lines) is not read twice.
    """
    a = np.asarray(img.convert("L"), dtype=np.uint8)
    dark = a < 128
    length = max(8, int(RULE_MIN_PT * scale))
    thick = max(1, int(round(RULE_MAX_THICK_PT * scale)))
    across = _thin_runs(dark, length, thick)
    down = _thin_runs(dark.T, length, thick).T
    if not (across.any() and down.any()):
        return img  # no boxes: a letterhead's rule or a signature line hides no words
    mask = across | down
    out = a.copy()
    out[mask] = 255
    return Image.fromarray(out)


# --------------------------------------------------------------------------------------
# engine
# --------------------------------------------------------------------------------------
class OcrEngine:
    """Render-and-read pages of one PDF; open once, call ``ocr_page`` per page, ``close``."""

    def __init__(self, path: str | Path, *, dpi: int = 300, password: str | None = None):
        import pypdfium2 as pdfium

        if not tesseract_available():
            raise OcrUnavailableError("tesseract is not installed")
        self.dpi = dpi
        self._pdf = pdfium.PdfDocument(str(path), password=password)

    def close(self) -> None:
        """Release the pdfium document."""
        self._pdf.close()

    def __enter__(self) -> OcrEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def render(self, index: int) -> tuple[Image.Image, float, float, float]:
        """Render page ``index`` (0-based) as grayscale; return (image, scale, width, height).

        ``scale`` is pixels per point; it is lowered for huge pages (MAX_RENDER_PIXELS).
        """
        page = self._pdf[index]
        try:
            width, height = page.get_size()
            scale = self.dpi / 72.0
            pixels = width * height * scale * scale
            if pixels > MAX_RENDER_PIXELS:
                scale *= math.sqrt(MAX_RENDER_PIXELS / pixels)
            bitmap = page.render(scale=scale, grayscale=True)
            img = bitmap.to_pil().convert("L")
        finally:
            page.close()
        return img, scale, width, height

    def ocr_page(self, index: int, *, timeout: float = PAGE_TIMEOUT_S) -> OcrPage | None:
        """OCR page ``index``; None when nothing legible was found.

        Deskews slight rotation; when the first reading is poor, asks tesseract's
        orientation detection whether the page lies sideways or upside down and reads it
        again turned upright, keeping the better reading. Raises ``TimeoutError`` when
        tesseract exceeds ``timeout`` seconds.
        """
        img, scale, width, height = self.render(index)
        end = time.monotonic() + min(timeout, PAGE_TIMEOUT_S)
        result = self._read(img, 0, scale, end)
        if _quality(result) < POOR_READING:
            quarter = _orientation(img, end)
            if quarter:
                turned = self._read(img, quarter, scale, end)
                if _quality(turned) > _quality(result):
                    result = turned
        if result is None or not result.lines:
            return None
        result.width, result.height = width, height
        return result

    def _read(self, img: Image.Image, quarter: int, scale: float, end: float) -> OcrPage | None:
        """Turn ``img`` clockwise by ``quarter`` degrees, deskew, OCR; boxes in page points."""
        base = img.rotate(-quarter, expand=True) if quarter else img
        angle = estimate_skew(base)
        straight = base.rotate(angle, resample=Image.BILINEAR, fillcolor=255) if angle else base
        data = _tesseract_data(straight, end - time.monotonic())
        lines = _group_words(data, angle - quarter, (img.width / 2, img.height / 2),
                             (straight.width / 2, straight.height / 2), scale)
        clean = strip_rules(straight, scale)
        if clean is not straight:  # ruled page: read it again without the grid, keep the better
            data = _tesseract_data(clean, end - time.monotonic())
            unruled = _group_words(data, angle - quarter, (img.width / 2, img.height / 2),
                                   (straight.width / 2, straight.height / 2), scale)
            if _quality(OcrPage(lines=unruled)) > RULED_GAIN * _quality(OcrPage(lines=lines)):
                lines = unruled
        return OcrPage(lines=lines, skew_deg=round(quarter - angle, 2))


RULED_GAIN = 1.25
"""A ruled page's reading without its grid replaces the first reading only when its quality
is this many times better (the grid made tesseract drop the boxed cells' words); otherwise
the first reading, which keeps table rows on one line more reliably, stays."""
POOR_READING = 5.0
"""Below this quality (confident words, see ``_quality``) the page orientation is checked."""


def _quality(page: OcrPage | None) -> float:
    """Sum of confidences (0-1) of words with letters or digits."""
    if page is None:
        return 0.0
    return sum(w.conf / 100 for ln in page.lines for w in ln if any(c.isalnum() for c in w.text))


def _tesseract_data(img: Image.Image, seconds: float) -> dict:
    import pytesseract

    if seconds <= 0:
        raise TimeoutError("OCR time is up")
    try:
        with _single_thread_env():
            return pytesseract.image_to_data(
                img, lang="eng", config="--psm 3", output_type=pytesseract.Output.DICT,
                timeout=max(1.0, seconds),
            )
    except RuntimeError as exc:  # pytesseract reports its timeout as RuntimeError
        if "timeout" in str(exc).lower():
            raise TimeoutError("OCR of a page timed out") from None
        raise


def _orientation(img: Image.Image, end: float) -> int:
    """Clockwise degrees (0/90/180/270) that make the page upright, per tesseract OSD; 0
    when OSD is unsure or cannot run (too little text)."""
    import pytesseract

    seconds = end - time.monotonic()
    if seconds <= 1:
        return 0
    small = img if img.width <= 1700 else img.resize(
        (1700, int(img.height * 1700 / img.width)), Image.BILINEAR)
    try:
        with _single_thread_env():
            osd = pytesseract.image_to_osd(small, config="--psm 0",
                                           output_type=pytesseract.Output.DICT, timeout=seconds)
    except (pytesseract.TesseractError, RuntimeError):
        return 0
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0)) % 360


def _keep(text: str, conf: float) -> bool:
    if not text or conf < 0:
        return False
    return any(c.isalnum() for c in text) or conf >= MIN_CONF_SYMBOL


def _group_words(data: dict, total: float, src_c, dst_c, scale: float) -> list[list[OcrWord]]:
    """tesseract's word rows -> lines of OcrWord in PDF points of the unrotated page."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for i, raw in enumerate(data["text"]):
        text = (raw or "").strip()
        conf = float(data["conf"][i])
        if not _keep(text, conf):
            continue
        box = (
            float(data["left"][i]),
            float(data["top"][i]),
            float(data["left"][i] + data["width"][i]),
            float(data["top"][i] + data["height"][i]),
        )
        if total:
            box = _unrotate_box(box, total, src_c, dst_c)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(
            OcrWord(text, box[0] / scale, box[1] / scale, box[2] / scale, box[3] / scale, conf)
        )
    return [ws for _, ws in sorted(lines.items())]
