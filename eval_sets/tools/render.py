"""Render eval-set chart sources (``<name>.txt``) to PDFs (``<name>.pdf``).

Usage: ``python eval_sets/tools/render.py <dir-or-files...>``

Source format (see eval_sets/README.md):

- optional front matter at the very top: ``%% key: value`` lines. Keys: ``font``
  (helvetica | times | courier), ``size`` (pt), ``header`` / ``footer`` (``{page}`` and
  ``{pages}`` are substituted), ``scan: true`` (image-only PDF), ``rotate`` (degrees, scans).
- body: ``# Heading`` is a bold line; ``---page---`` a page break; lines between ``|table``
  and ``|end`` a ruled grid table (cells separated by `` | ``, first row is the header);
  a blank line is vertical space; any other line is a word-wrapped paragraph.

Rendering is deterministic: the same source gives the same PDF bytes.
"""

from __future__ import annotations

import hashlib
import io
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
# family -> (regular, bold) TTF candidates, first found wins
TTF_FONTS = {
    "helvetica": [
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ],
    "times": [
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
        ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ],
    "courier": [
        ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
        ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    ],
}
FALLBACK = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # glyphs Liberation lacks (e.g. ☐ ☒)
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
SCAN_DPI = 200
PAGE_BREAK = "---page---"


@dataclass
class Source:
    meta: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)

    @property
    def scan(self) -> bool:
        return self.meta.get("scan", "").strip().lower() in {"true", "yes", "1"}


def parse_source(text: str) -> Source:
    """Split front matter (``%% key: value`` lines at the very top) from the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    src = Source()
    i = 0
    while i < len(lines) and lines[i].startswith("%%"):
        key, _, value = lines[i][2:].partition(":")
        src.meta[key.strip().lower()] = value.strip()
        i += 1
    src.body = lines[i:]
    while src.body and not src.body[-1].strip():
        src.body.pop()
    return src


def source_plain_text(text: str) -> str:
    """The text a reader would see on the rendered page, without markup (for scanned docs)."""
    out: list[str] = []
    for line in parse_source(text).body:
        s = line.strip()
        if s in {PAGE_BREAK, "|table", "|end"}:
            continue
        if s.startswith("# "):
            s = s[2:]
        out.append(" ".join(c.strip() for c in s.split(" | ")))
    return "\n".join(out)


def _find_font(name: str) -> Path | None:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return p
    return None


class ChartPDF(FPDF):
    def __init__(self, meta: dict[str, str], pages_total: int | None):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.meta = meta
        self.pages_total = pages_total
        self.base_size = float(meta.get("size", "10") or 10)
        self.set_margins(54, 50, 54)
        self.set_auto_page_break(True, margin=54)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("chartreview eval_sets/tools/render.py")
        self.family = self._setup_fonts(meta.get("font", "helvetica").strip().lower())

    def _setup_fonts(self, family: str) -> str:
        if family not in TTF_FONTS:
            raise ValueError(f"unknown font {family!r} (helvetica | times | courier)")
        for regular, bold in TTF_FONTS[family]:
            r, b = _find_font(regular), _find_font(bold)
            if r and b:
                self.add_font("body", "", str(r))
                self.add_font("body", "B", str(b))
                fr, fb = _find_font(FALLBACK[0]), _find_font(FALLBACK[1])
                if fr and fb and regular != FALLBACK[0]:
                    self.add_font("fallback", "", str(fr))
                    self.add_font("fallback", "B", str(fb))
                    self.set_fallback_fonts(["fallback"])
                self.unicode = True
                return "body"
        self.unicode = False  # core fonts: latin-1 only
        return family

    def text_ok(self, s: str) -> str:
        if self.unicode:
            return s
        repl = {"≥": ">=", "≤": "<=", "–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "☐": "[ ]",
                "☒": "[X]", "•": "-"}
        s = "".join(repl.get(c, c) for c in s)
        return s.encode("latin-1", "replace").decode("latin-1")

    def _sub(self, s: str) -> str:
        total = str(self.pages_total) if self.pages_total else "?"
        return self.text_ok(s.replace("{page}", str(self.page_no())).replace("{pages}", total))

    def header(self) -> None:
        h = self.meta.get("header")
        if h:
            self.set_font(self.family, "", max(self.base_size - 2, 6))
            self.set_text_color(90)
            self.set_y(24)
            self.cell(0, 10, self._sub(h), align="L")
            self.set_text_color(0)
            self.set_y(self.t_margin)

    def footer(self) -> None:
        f = self.meta.get("footer")
        if f:
            self.set_font(self.family, "", max(self.base_size - 2, 6))
            self.set_text_color(90)
            self.set_y(-36)
            self.cell(0, 10, self._sub(f), align="C")
            self.set_text_color(0)


def _table(pdf: ChartPDF, rows: list[list[str]], line_h: float) -> None:
    if not rows:
        return
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    pdf.set_font(pdf.family, "", pdf.base_size - 0.5)
    widths = [
        max(pdf.get_string_width(pdf.text_ok(r[c])) for r in rows) + 8 for c in range(ncol)
    ]
    avail = pdf.epw
    if sum(widths) > avail:
        # cap the widest columns (water-filling) but never below a column's longest word
        floor = [
            max(pdf.get_string_width(pdf.text_ok(w)) for r in rows for w in r[c].split() or [""]) + 8
            for c in range(ncol)
        ]
        lo, hi = 0.0, max(widths)
        for _ in range(40):
            cap = (lo + hi) / 2
            total = sum(max(min(w, cap), f) for w, f in zip(widths, floor, strict=True))
            lo, hi = (cap, hi) if total < avail else (lo, cap)
        widths = [max(min(w, lo), f) for w, f in zip(widths, floor, strict=True)]
    with pdf.table(
        col_widths=widths,
        width=min(sum(widths), avail),
        align="LEFT",
        line_height=line_h,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        text_align="LEFT",
        padding=2,
    ) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(pdf.text_ok(c))
    pdf.ln(line_h * 0.5)


def _render_text_pdf(src: Source, pages_total: int | None) -> ChartPDF:
    pdf = ChartPDF(src.meta, pages_total)
    size = pdf.base_size
    line_h = size * 1.3
    pdf.add_page()
    body = src.body
    i = 0
    while i < len(body):
        line = body[i]
        s = line.rstrip()
        if s.strip() == PAGE_BREAK:
            pdf.add_page()
        elif s.strip() == "|table":
            rows = []
            i += 1
            while i < len(body) and body[i].strip() != "|end":
                if body[i].strip():
                    rows.append([c.strip() for c in body[i].strip().split(" | ")])
                i += 1
            _table(pdf, rows, line_h)
        elif s.startswith("# "):
            pdf.set_font(pdf.family, "B", size + 1)
            pdf.multi_cell(
                0, line_h + 1, pdf.text_ok(s[2:].strip()), new_x="LMARGIN", new_y="NEXT", align="L"
            )
        elif not s.strip():
            pdf.ln(line_h * 0.6)
        else:
            pdf.set_font(pdf.family, "", size)
            indent = len(s) - len(s.lstrip(" "))
            if indent:
                pdf.set_x(pdf.l_margin + indent * size * 0.3)
            pdf.multi_cell(
                0, line_h, pdf.text_ok(s.strip()), new_x="LMARGIN", new_y="NEXT", align="L"
            )
        i += 1
    return pdf


def render_text(src: Source) -> bytes:
    """Text PDF bytes (two passes so that ``{pages}`` is known)."""
    first = _render_text_pdf(src, None)
    return bytes(_render_text_pdf(src, first.pages_count).output())


def _scan(pdf_bytes: bytes, rotate: float, seed: int) -> bytes:
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt", format="letter")
    out.set_creation_date(FIXED_DATE)
    out.set_creator("chartreview eval_sets/tools/render.py (scan)")
    out.set_auto_page_break(False)
    try:
        for n in range(len(doc)):
            page = doc[n]
            w_pt, h_pt = page.get_size()
            img = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            # slight blur (scanner optics), rotation, uneven paper tone, speckles
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            angle = rotate + float(rng.uniform(-0.25, 0.25))
            img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(img).astype(np.int16)
            a = a - rng.integers(0, 10, size=a.shape, dtype=np.int16) // 3 - 6
            speck = rng.random(a.shape) < 0.0006
            a[speck] = rng.integers(20, 140, size=int(speck.sum()))
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
            img = img.filter(ImageFilter.MedianFilter(1))
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=60, optimize=True)
            buf.seek(0)
            out.add_page(format=(w_pt, h_pt))
            out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    finally:
        doc.close()
    return bytes(out.output())


def render_file(txt: Path) -> Path:
    """Render one source file next to itself; returns the PDF path."""
    text = txt.read_text(encoding="utf-8")
    src = parse_source(text)
    data = render_text(src)
    if src.scan:
        rotate = float(src.meta.get("rotate", "1.0") or 1.0)
        if abs(rotate) > 3:
            raise ValueError(f"{txt}: rotate {rotate} outside ±3 degrees")
        seed = int.from_bytes(hashlib.sha256(str(txt.name).encode() + text.encode()).digest()[:8])
        data = _scan(data, rotate, seed)
    pdf_path = txt.with_suffix(".pdf")
    pdf_path.write_bytes(data)
    return pdf_path


def collect(args: list[str]) -> list[Path]:
    files: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            files.extend(sorted(p.rglob("*.txt")))
        elif p.suffix == ".txt" and p.exists():
            files.append(p)
        else:
            raise SystemExit(f"not a .txt file or directory: {a}")
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    rc = 0
    for txt in collect(args):
        try:
            out = render_file(txt)
            print(out)
        except Exception as e:  # report and continue with the other files
            print(f"ERROR {txt}: {e}", file=sys.stderr)
            rc = 1
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
