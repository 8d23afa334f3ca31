"""Read chart PDFs into ``Document`` objects: words with boxes and stable offsets.

One pass per page with pdfplumber (``extract_words``; ``extract_tables`` only on pages with
ruling lines), pages streamed and their caches released, OCR for pages without a text layer.
Every failure is an ``InputError`` subclass whose one-line message names the file, never
chart text.

Page text invariant: words joined by single spaces, lines by ``"\\n"``, and
``page.text[w.char_start:w.char_end] == w.text`` for every word.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from chartreview.errors import (
    ChartReviewError,
    CorruptPDFError,
    EmptyPDFError,
    EncryptedPDFError,
    FileMissingError,
    LimitExceededError,
    NoTextError,
    NotPDFError,
)
from chartreview.models import Document, Page, Word
from chartreview.settings import Settings, default_settings

# pdfminer's warnings can quote raw PDF bytes (chart content): keep them out of logs.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

X_TOLERANCE = 2.0
"""Max gap (points) between characters of one word."""
Y_TOLERANCE = 3.0
"""Max vertical offset (points) between words of one line."""
THIN_TEXT_CHARS = 12
"""A page with fewer letters/digits than this AND an image is treated as scanned."""
HEADER_WINDOW = 1024
"""``%PDF`` must occur within the first this-many bytes (as readers accept)."""

# pdfminer signals malformed input with its own exceptions and, deep inside its parser,
# with these built-ins; they are mapped to CorruptPDFError around pdfminer calls only.
_MALFORMED_BUILTINS = (
    ValueError, TypeError, KeyError, IndexError, AttributeError, AssertionError,
    RecursionError, OverflowError, ZeroDivisionError, UnicodeError, zlib.error, struct.error,
    EOFError, NotImplementedError,
)

# Letters that look Latin in Cyrillic/Greek scripts, folded only inside words that mix them
# with Latin letters (e.g. a spoofed "Сlobetasol"); wholly Cyrillic words are left alone.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁΑΒΕΗΙΚΜΝΟΡΤΧΥΖο",
    "ABEKMHOPCTXaeopcyxijsdABEHIKMNOPTXYZo",
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_WS = re.compile(r"\s+")


@dataclass
class _RawWord:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    direction: str = "ltr"


# --------------------------------------------------------------------------------------
# text normalisation and page building
# --------------------------------------------------------------------------------------
def normalize_word(text: str) -> str:
    """NFKC (ligatures, NBSP, full-width forms), drop invisible characters, fold look-alike
    letters in mixed-script words, collapse inner whitespace."""
    if text.isascii() and text.isprintable() and " " not in text:
        return text  # the common case: already normal
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    if _mixed_script(text):
        text = text.translate(_CONFUSABLES)
    return _WS.sub(" ", text).strip()


def _mixed_script(text: str) -> bool:
    latin = other = False
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii():
            latin = True
        elif ord(ch) in _CONFUSABLES:
            other = True
    return latin and other


def build_page(
    number: int, width: float, height: float, lines: Iterable[Sequence[_RawWord]], **extra
) -> Page:
    """Join lines of words into ``Page.text`` and ``Word`` offsets (the invariant above)."""
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    for line in lines:
        texts = [(w, normalize_word(w.text)) for w in line]
        texts = [(w, t) for w, t in texts if t]
        if not texts:
            continue
        if parts:
            parts.append("\n")
            pos += 1
        for j, (w, t) in enumerate(texts):
            if j:
                parts.append(" ")
                pos += 1
            words.append(  # fields are built typed here: skip re-validation (hot loop)
                Word.model_construct(text=t, x0=float(w.x0), top=float(w.top), x1=float(w.x1),
                                     bottom=float(w.bottom), char_start=pos, char_end=pos + len(t))
            )
            parts.append(t)
            pos += len(t)
    return Page(number=number, width=width, height=height, text="".join(parts), words=words,
                **extra)


_DIRECTIONS = {
    # direction: (line position, ordering of lines, position along a line)
    "ltr": (lambda w: (w.top + w.bottom) / 2, 1, lambda w: w.x0),
    "rtl": (lambda w: (w.top + w.bottom) / 2, 1, lambda w: -w.x1),
    "ttb": (lambda w: (w.x0 + w.x1) / 2, -1, lambda w: w.top),  # page shown rotated 90
    "btt": (lambda w: (w.x0 + w.x1) / 2, 1, lambda w: -w.bottom),  # rotated 270
}


def group_lines(words: list[_RawWord]) -> list[list[_RawWord]]:
    """Cluster words into lines in reading order.

    Horizontal text: lines top to bottom, words left to right. Text that runs down or up
    the displayed page (a ``/Rotate 90`` or ``270`` page) is grouped into columns and read
    in its own direction, so the page text reads naturally; boxes stay in display space.
    """
    out: list[list[_RawWord]] = []
    for direction, (line_pos, sign, along) in _DIRECTIONS.items():
        bucket = [w for w in words if (w.direction or "ltr") == direction]
        if direction == "ltr":
            bucket += [w for w in words if w.direction not in _DIRECTIONS]
        lines: list[list[_RawWord]] = []
        anchors: list[float] = []
        for w in sorted(bucket, key=lambda w: (sign * line_pos(w), along(w))):
            pos = line_pos(w)
            if lines and abs(pos - anchors[-1]) <= Y_TOLERANCE:
                lines[-1].append(w)
            else:
                lines.append([w])
                anchors.append(pos)
        out.extend(sorted(line, key=along) for line in lines)
    return out


COLUMN_GUTTER = 10.0
"""Min blank width (points) between a text column's words and the next column's start."""
_CELL_GAP = 12.0
_TERMINAL = re.compile(r"[.:;?!)\]]$")


def _band_ok(rows: list[tuple[list[_RawWord], list[_RawWord]]]) -> bool:
    """Is a band of (left words, right words) rows two columns of running text (a narrative
    column beside another column or a sidebar), not a table or a label/value grid? The left
    column must read as wrapped prose: most of its lines fill the column and run on into the
    next line (no terminal punctuation, next line starts lowercase), and no line of either
    column holds a cell gap."""
    for left, right in rows:
        for side in (left, right):
            if any(b.x0 - a.x1 >= _CELL_GAP for a, b in zip(side, side[1:], strict=False)):
                return False  # several cells on one side: a table row
    lefts = [left for left, _ in rows if left]
    if len(lefts) < 3 or sum(1 for _, r in rows if r) < 3:
        return False
    lo = min(w.x0 for left in lefts for w in left)
    hi = max(left[-1].x1 for left in lefts)
    full = [left for left in lefts if len(left) >= 4 and left[-1].x1 - lo >= 0.75 * (hi - lo)]
    runs_on = sum(1 for a, b in zip(lefts, lefts[1:], strict=False)
                  if not _TERMINAL.search(a[-1].text) and b[0].text[:1].islower())
    return len(full) >= 3 and 2 * len(full) >= len(lefts) and runs_on >= 2


def column_order(lines: list[list[_RawWord]]) -> list[list[_RawWord]]:
    """Lines of a page laid out in two columns side by side (a narrative column and a second
    narrative or a sidebar) read column by column: within a band of lines where no word
    crosses the blank gutter before a column start that several lines share, the left parts
    are read first, then the right parts; lines outside the band keep their order. Tables and
    label/value grids are left alone (_band_ok)."""
    if not lines or any(w.direction not in ("ltr", None) for line in lines for w in line):
        return lines
    margin = min(line[0].x0 for line in lines)
    starts: dict[int, int] = {}
    for line in lines:
        for a, b in zip([None, *line], line, strict=False):
            if (a is None and b.x0 - margin > 3 * COLUMN_GUTTER) or (
                    a is not None and b.x0 - a.x1 >= COLUMN_GUTTER):
                starts[round(b.x0 / 3)] = starts.get(round(b.x0 / 3), 0) + 1
    for key, n in sorted(starts.items(), key=lambda kv: -kv[1]):
        if n < 3:
            break
        c = key * 3.0

        def split(line: list[_RawWord], c: float = c):
            left = [w for w in line if w.x1 <= c - COLUMN_GUTTER]
            right = [w for w in line if w.x0 >= c - 3]
            return (left, right) if len(left) + len(right) == len(line) else None

        parts = [split(line) for line in lines]
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and parts[j] is not None:
                j += 1
            at_c = [k for k in range(i, j) if parts[k][1] and abs(parts[k][1][0].x0 - c) <= 3]
            if len(at_c) >= 3:
                a, b = at_c[0], at_c[-1] + 1
                band = parts[a:b]
                if _band_ok(band):
                    return lines[:a] + [lft for lft, _ in band if lft] + \
                        [rgt for _, rgt in band if rgt] + column_order(lines[b:])
            i = j + 1
    return lines


# --------------------------------------------------------------------------------------
# file checks
# --------------------------------------------------------------------------------------
def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_file(path: Path, label: str, settings: Settings) -> None:
    """Existence, size limit and PDF magic, before any parsing."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileMissingError(f"{label}: not a regular file")
        with open(path, "rb") as fh:
            head = fh.read(HEADER_WINDOW)
    except FileNotFoundError:
        raise FileMissingError(f"{label}: file not found") from None
    except OSError as exc:
        raise FileMissingError(f"{label}: cannot read file ({exc.strerror or 'I/O error'})") from None
    if size == 0:
        raise NotPDFError(f"{label}: file is empty (0 bytes)")
    if size > settings.max_file_mb * 1024 * 1024:
        raise LimitExceededError(
            f"{label}: file is {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit"
        )
    if b"%PDF" not in head:
        raise NotPDFError(f"{label}: not a PDF file (no %PDF header)")


def _open(path: Path, label: str):
    """Open with pdfplumber (empty user password), mapping failures to InputErrors.

    Returns (pdf, was_encrypted).
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path, password="")
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedPDFError(f"{label}: PDF is password-protected") from None
        if isinstance(cause, PDFEncryptionError):
            raise EncryptedPDFError(f"{label}: PDF uses unsupported encryption") from None
        raise CorruptPDFError(f"{label}: PDF structure is broken ({type(cause).__name__})") from None
    except _MALFORMED_BUILTINS as exc:
        raise CorruptPDFError(f"{label}: PDF structure is broken ({type(exc).__name__})") from None
    encrypted = bool(getattr(pdf.doc, "encryption", None))
    return pdf, encrypted


def _pdfminer_errors() -> tuple[type[BaseException], ...]:
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    return (PdfminerException, MalformedPDFException, PDFException, PSException,
            *_MALFORMED_BUILTINS)


def _close(pdf) -> None:
    """Close a pdfplumber PDF without re-parsing a broken page tree (``PDF.close`` would)."""
    for page in getattr(pdf, "_pages", None) or []:
        page.close()
    if not pdf.stream_is_external:
        pdf.stream.close()


# --------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------
def _text_page(pl_page, number: int) -> tuple[Page, bool]:
    """Read one pdfplumber page; return (page, needs_ocr)."""
    raw = pl_page.extract_words(
        x_tolerance=X_TOLERANCE, y_tolerance=Y_TOLERANCE, keep_blank_chars=False
    )
    words = [
        _RawWord(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w.get("direction", "ltr"))
        for w in raw
    ]
    tables: list[list[list[str | None]]] = []
    if pl_page.lines or pl_page.rects:
        tables = [
            [[normalize_word(c) if c else c for c in row] for row in table]
            for table in pl_page.extract_tables()
        ]
    page = build_page(number, float(pl_page.width), float(pl_page.height),
                      column_order(group_lines(words)), tables=tables)
    alnum = sum(ch.isalnum() for ch in page.text)
    has_picture = bool(pl_page.images) or bool(pl_page.curves)
    needs_ocr = (alnum == 0 and has_picture) or (0 < alnum < THIN_TEXT_CHARS and bool(pl_page.images))
    return page, needs_ocr


class _Ocr:
    """Lazily-started OCR for one document, bounded by ``settings.ocr_seconds``."""

    def __init__(self, path: Path, label: str, settings: Settings, deadline: float | None):
        self.path, self.label, self.settings = path, label, settings
        self.engine = None
        self.deadline = deadline if deadline is not None else time.monotonic() + settings.ocr_seconds
        self.warnings: list[str] = []
        self.disabled = not settings.ocr

    def page(self, index: int, base: Page) -> Page | None:
        """OCR'd replacement for ``base``, or None (with a warning when OCR could not run)."""
        if self.disabled:
            return None
        from extract.ocr import OcrEngine, OcrUnavailableError

        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            self._stop(f"{self.label}: OCR time budget ({self.settings.ocr_seconds:g} s) "
                       f"used up; page {index + 1} and later scanned pages were not read")
            return None
        try:
            if self.engine is None:
                self.engine = OcrEngine(self.path, dpi=self.settings.ocr_dpi)
            result = self.engine.ocr_page(index, timeout=remaining)
        except OcrUnavailableError:
            self._stop(f"{self.label}: tesseract is not installed; scanned pages cannot be read")
            return None
        except TimeoutError:
            self.warnings.append(f"{self.label}: OCR of page {index + 1} timed out")
            return None
        except Exception as exc:  # pdfium/tesseract failure on one page: keep the rest
            self.warnings.append(
                f"{self.label}: OCR of page {index + 1} failed ({type(exc).__name__})"
            )
            return None
        if result is None:
            return None
        lines = [[_RawWord(w.text, w.x0, w.top, w.x1, w.bottom) for w in ln] for ln in result.lines]
        return build_page(base.number, base.width, base.height, lines, ocr=True,
                          rotation=result.skew_deg, tables=base.tables)

    def _stop(self, message: str) -> None:
        self.disabled = True
        self.warnings.append(message)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()


def _read_pages(
    pdf, path: Path, label: str, settings: Settings, deadline: float | None
) -> tuple[list[Page], list[str]]:
    """Stream pages: read, OCR if needed, release each page's cache."""
    ocr = _Ocr(path, label, settings, deadline)
    pages: list[Page] = []
    ocr_done: list[int] = []
    try:
        for index, pl_page in enumerate(pdf.pages):
            try:
                page, needs_ocr = _text_page(pl_page, index + 1)
            finally:
                pl_page.close()
            if needs_ocr:
                scanned = ocr.page(index, page)
                if scanned is not None:
                    page = scanned
                    ocr_done.append(page.number)
            pages.append(page)
    finally:
        ocr.close()
    warnings = list(ocr.warnings)
    if ocr_done:
        warnings.append(f"{label}: page(s) {_ranges(ocr_done)} had no text layer and were OCR'd")
    return pages, warnings


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


# --------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------
def load_document(
    path: str | Path,
    *,
    name: str | None = None,
    settings: Settings | None = None,
    ocr_deadline: float | None = None,
) -> Document:
    """Read one PDF into a ``Document``; raise an ``InputError`` subclass on bad input.

    ``ocr_deadline`` (a ``time.monotonic()`` value) shares one OCR time budget across the
    documents of a request; by default the budget is ``settings.ocr_seconds`` from now.
    """
    settings = settings or default_settings()
    path = Path(path)
    label = name or path.name
    _check_file(path, label, settings)
    sha = file_sha256(path)
    warnings: list[str] = []
    pdf, encrypted = _open(path, label)
    try:
        if encrypted:
            warnings.append(f"{label}: PDF is encrypted with an empty password; read anyway")
        try:
            count = len(pdf.pages)
        except _pdfminer_errors() as exc:
            raise CorruptPDFError(f"{label}: page tree is broken ({type(exc).__name__})") from None
        if count == 0:
            raise EmptyPDFError(f"{label}: PDF has no pages")
        if count > settings.max_pages:
            raise LimitExceededError(
                f"{label}: {count} pages, over the {settings.max_pages}-page limit"
            )
        try:
            pages, page_warnings = _read_pages(pdf, path, label, settings, ocr_deadline)
        except ChartReviewError:
            raise
        except _pdfminer_errors() as exc:
            raise CorruptPDFError(f"{label}: page content is broken ({type(exc).__name__})") from None
    finally:
        _close(pdf)
    warnings.extend(page_warnings)
    if not any(p.text.strip() for p in pages):
        why = "" if settings.ocr else " (OCR is off)"
        raise NoTextError(f"{label}: no page has readable text{why}")
    return Document(file=label, sha256=sha, pages=pages, warnings=warnings)


def gather_documents(
    entries: Iterable[tuple[str, str | None, Callable[[], Document]]],
) -> tuple[list[Document], list[str]]:
    """The rules for reading one request's documents, shared by every reader.

    ``entries`` are ``(name, sha256 or None, load)``. Identical content is read once (the
    duplicate is named in a warning); a document with no readable text is left out with a
    warning when another has text, and when none has, the first ``NoTextError`` is raised.
    Every other error raises.
    """
    docs: list[Document] = []
    warnings: list[str] = []
    no_text: list[NoTextError] = []
    seen: dict[str, str] = {}
    for name, sha, load in entries:
        if sha is not None and sha in seen:
            warnings.append(f"{name}: same content as {seen[sha]}; duplicate ignored")
            continue
        try:
            doc = load()
        except NoTextError as exc:
            no_text.append(exc)
            continue
        if sha is not None:
            seen[sha] = doc.file
        docs.append(doc)
        warnings.extend(doc.warnings)
    if not docs and no_text:
        raise no_text[0]
    warnings.extend(f"{exc}; document left out" for exc in no_text)
    return docs, warnings


def load_documents(
    paths: Sequence[str | Path], *, settings: Settings | None = None
) -> tuple[list[Document], list[str]]:
    """Read a request's documents from disk; return (documents, warnings).

    The request rules are ``gather_documents``'s; all documents share one OCR time budget.
    """
    settings = settings or default_settings()
    deadline = time.monotonic() + settings.ocr_seconds  # one OCR budget for the request

    def entries() -> Iterator[tuple[str, str | None, Callable[[], Document]]]:
        for p in paths:
            path = Path(p)
            try:
                sha = file_sha256(path)
            except OSError:
                sha = None  # load_document reports the problem properly
            yield path.name, sha, partial(
                load_document, path, settings=settings, ocr_deadline=deadline
            )

    return gather_documents(entries())
