# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset staging/y chart documents (``<name>.src`` -> ``<name>.pdf``) with fpdf2.

Usage: python make_pdfs.py [case-dir-or-src-file ...]   (default: every */*.src here)

The layouts deliberately stress text extraction: side-by-side narrative columns,
boxed history/medication panels, shaded sidebars in small type, per-page footnotes,
label/value rows with the value pushed to the right margin, and ruled tables whose cells
wrap onto several lines. Output is deterministic (fixed creation date, no randomness).

Source format
-------------
Front matter, ``%% key: value`` lines at the very top:
  font      sans | serif | mono | narrow          (default sans)
  size      body size in pt                        (default 9.5)
  header    text printed at the top of every page; ``A || B`` puts B flush right
  header2   optional second header line (same syntax)
  footer    text printed at the bottom of every page; ``{page}`` / ``{pages}`` substituted
  accent    r,g,b colour for rules and title bars   (default 40,70,120)
  margin    side margin in mm                       (default 15)
  footroom  mm reserved at the bottom for footnotes (default 14)

Body (one directive or paragraph per line):
  @title TEXT            large bold title
  @h TEXT                section heading with a rule under it
  @rule                  thin horizontal rule
  @space MM              vertical space
  @page                  page break
  @kv LABEL :: VALUE     label at the left margin, value flush right
  @kvat MM LABEL :: VALUE    value starts MM from the left margin
  @small TEXT            small-print paragraph
  @foot TEXT             footnote, printed in small type at the bottom of this page
  @cols A,B [| T1 | T2]  two independent columns (widths in %); left lines, @next, right lines, @end
  @boxes A,B | T1 | T2   same, each column drawn as a titled box
  @sidebar A,B | TITLE   main text left (A%), shaded small-type sidebar right (B%); main, @next, side, @end
  @table W1,W2,...       ruled table (widths in %); rows ``a | b | c``; first row is the header; @end
  anything else          a word-wrapped paragraph; a blank line is a small vertical space
Inside @cols / @boxes / @sidebar: ``# heading``, ``- bullet``, ``LABEL :: VALUE``,
``@small TEXT``, plain paragraphs and blank lines.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
LIB = Path("/usr/share/fonts/truetype/liberation")
DJV = Path("/usr/share/fonts/truetype/dejavu")
FAMILIES = {
    "sans": (LIB / "LiberationSans-Regular.ttf", LIB / "LiberationSans-Bold.ttf", LIB / "LiberationSans-Italic.ttf"),
    "serif": (LIB / "LiberationSerif-Regular.ttf", LIB / "LiberationSerif-Bold.ttf", LIB / "LiberationSerif-Italic.ttf"),
    "mono": (LIB / "LiberationMono-Regular.ttf", LIB / "LiberationMono-Bold.ttf", LIB / "LiberationMono-Italic.ttf"),
    "narrow": (
        LIB / "LiberationSansNarrow-Regular.ttf",
        LIB / "LiberationSansNarrow-Bold.ttf",
        LIB / "LiberationSansNarrow-Italic.ttf",
    ),
    "dejavu": (DJV / "DejaVuSans.ttf", DJV / "DejaVuSans-Bold.ttf", DJV / "DejaVuSans-Oblique.ttf"),
}
FIXED = datetime(2026, 1, 1, tzinfo=UTC)


def parse(text: str) -> tuple[dict[str, str], list[str]]:
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("%%"):
        k, _, v = lines[i][2:].partition(":")
        meta[k.strip().lower()] = v.strip()
        i += 1
    body = lines[i:]
    while body and not body[-1].strip():
        body.pop()
    return meta, body


class Doc(FPDF):
    def __init__(self, meta: dict[str, str]):
        super().__init__(format="letter", unit="mm")
        self.meta = meta
        self.fam = meta.get("font", "sans")
        self.size = float(meta.get("size", "9.5"))
        self.accent = tuple(int(x) for x in meta.get("accent", "40,70,120").split(","))
        m = float(meta.get("margin", "15"))
        self.footroom = float(meta.get("footroom", "14"))
        self.set_margins(m, 24 if meta.get("header2") else 20, m)
        self.set_auto_page_break(True, margin=12 + self.footroom)
        self.set_creation_date(FIXED)
        self.set_creator("staging-y typesetter")
        self.footnotes: dict[int, list[str]] = {}
        for fam, (r, b, it) in FAMILIES.items():
            self.add_font(fam, "", str(r))
            self.add_font(fam, "B", str(b))
            self.add_font(fam, "I", str(it))
        self.set_fallback_fonts(["dejavu"])
        self.alias_nb_pages("{pages}")

    # -- page furniture -------------------------------------------------
    def _split_lr(self, text: str, y: float, size: float, style: str = "") -> None:
        left, _, right = text.partition(" || ")
        self.set_font(self.fam, style, size)
        self.set_xy(self.l_margin, y)
        self.cell(self.epw, 4, left.replace("{page}", str(self.page_no())), align="L")
        if right:
            self.set_xy(self.l_margin, y)
            self.cell(self.epw, 4, right.replace("{page}", str(self.page_no())), align="R")

    def header(self) -> None:
        h = self.meta.get("header")
        if not h:
            return
        self.set_text_color(*self.accent)
        self._split_lr(h, 8, self.size - 0.5, "B")
        self.set_text_color(70, 70, 70)
        y = 12.5
        if self.meta.get("header2"):
            self._split_lr(self.meta["header2"], y, self.size - 1.5)
            y += 4.5
        self.set_text_color(0, 0, 0)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.4)
        self.line(self.l_margin, y + 0.5, self.w - self.r_margin, y + 0.5)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        notes = self.footnotes.get(self.page_no(), [])
        if notes:
            fs = max(self.size - 3, 6.5)
            lh = fs * 0.42
            hgt = 0.0
            self.set_font(self.fam, "", fs)
            for n in notes:
                hgt += len(self.multi_cell(self.epw, lh, n, dry_run=True, output="LINES")) * lh + 0.6
            y = self.h - 13 - hgt
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, y - 1.2, self.l_margin + 50, y - 1.2)
            self.set_draw_color(0, 0, 0)
            self.set_xy(self.l_margin, y)
            self.set_text_color(60, 60, 60)
            for n in notes:
                self.set_x(self.l_margin)
                self.multi_cell(self.epw, lh, n, new_x="LMARGIN", new_y="NEXT")
                self.set_y(self.get_y() + 0.6)
            self.set_text_color(0, 0, 0)
        f = self.meta.get("footer")
        if f:
            self.set_text_color(90, 90, 90)
            self._split_lr(f, self.h - 10, self.size - 2)
            self.set_text_color(0, 0, 0)

    # -- basic blocks ----------------------------------------------------
    @property
    def lh(self) -> float:
        return self.size * 0.47

    def body_font(self, style: str = "", size: float | None = None) -> None:
        self.set_font(self.fam, style, size or self.size)

    def para(self, text: str, x: float, w: float, size: float | None = None, style: str = "",
             dry: bool = False, lh: float | None = None) -> float:
        self.body_font(style, size)
        lh = lh or (size or self.size) * 0.47
        indent = len(text) - len(text.lstrip(" "))
        text = text.strip()
        ix = min(indent, 12) * 1.2
        n = len(self.multi_cell(w - ix, lh, text, dry_run=True, output="LINES"))
        if not dry:
            self.set_x(x + ix)
            self.multi_cell(w - ix, lh, text, new_x="LEFT", new_y="NEXT")
        return n * lh

    def kv(self, label: str, value: str, x: float, w: float, at: float | None = None,
           size: float | None = None, dry: bool = False) -> float:
        s = size or self.size
        lh = s * 0.47
        self.set_font(self.fam, "B", s)
        lw = self.get_string_width(label) + 2
        self.set_font(self.fam, "", s)
        if at is not None:
            vw = w - at
            n = len(self.multi_cell(vw, lh, value, dry_run=True, output="LINES"))
            if not dry:
                y = self.get_y()
                self.set_font(self.fam, "B", s)
                self.set_xy(x, y)
                self.cell(min(lw, at), lh, label)
                self.set_font(self.fam, "", s)
                self.set_xy(x + at, y)
                self.multi_cell(vw, lh, value, new_x="LEFT", new_y="NEXT")
                self.set_x(x)
            return n * lh
        vw = w - lw - 2
        n = len(self.multi_cell(vw, lh, value, dry_run=True, output="LINES"))
        if not dry:
            y = self.get_y()
            self.set_font(self.fam, "B", s)
            self.set_xy(x, y)
            self.cell(lw, lh, label)
            self.set_font(self.fam, "", s)
            self.set_draw_color(185, 185, 185)
            if n == 1:
                vwid = self.get_string_width(value)
                with self.local_context():
                    self.set_dash_pattern(dash=0.5, gap=1.2)
                    self.line(x + lw + 1, y + lh * 0.8, x + w - vwid - 2, y + lh * 0.8)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x + lw + 2, y)
            self.multi_cell(vw, lh, value, align="R", new_x="LEFT", new_y="NEXT")
            self.set_x(x)
        return n * lh

    # -- region content (columns, boxes, sidebars) -----------------------
    def region(self, lines: list[str], x: float, w: float, size: float, dry: bool) -> float:
        total = 0.0
        lh = size * 0.47
        for raw in lines:
            s = raw.strip()
            if not s:
                total += lh * 0.6
                if not dry:
                    self.set_y(self.get_y() + lh * 0.6)
                continue
            if not dry:
                self.set_x(x)
            if s.startswith("# "):
                if not dry:
                    self.set_text_color(*self.accent)
                total += self.para(s[2:], x, w, size, "B", dry)
                if not dry:
                    self.set_text_color(0, 0, 0)
            elif s.startswith("- "):
                self.body_font("", size)
                bw = 3.5
                if not dry:
                    y = self.get_y()
                    self.set_xy(x, y)
                    self.cell(bw, lh, "\u2022")
                    self.set_xy(x + bw, y)
                total += self.para(s[2:], x + bw, w - bw, size, "", dry)
            elif s.startswith("@small "):
                if not dry:
                    self.set_text_color(70, 70, 70)
                total += self.para(s[7:], x, w, size - 1.5, "", dry)
                if not dry:
                    self.set_text_color(0, 0, 0)
            elif " :: " in s:
                label, _, value = s.partition(" :: ")
                total += self.kv(label, value, x, w, size=size, dry=dry)
            else:
                total += self.para(raw, x, w, size, "", dry)
        return total

    def split_block(self, block: list[str]) -> tuple[list[str], list[str]]:
        if "@next" in [b.strip() for b in block]:
            i = [b.strip() for b in block].index("@next")
            return block[:i], block[i + 1:]
        return block, []

    def two_regions(self, kind: str, arg: str, block: list[str]) -> None:
        parts = [p.strip() for p in arg.split("|")]
        widths = [float(v) for v in parts[0].split(",")]
        titles = parts[1:] + ["", ""]
        left, right = self.split_block(block)
        gut = 7.0 if kind != "boxes" else 5.0
        avail = self.epw - gut
        wl = avail * widths[0] / sum(widths)
        wr = avail - wl
        xl = self.l_margin
        xr = xl + wl + gut
        pad = 2.2 if kind in ("boxes",) else 0.0
        side_pad = 2.5 if kind == "sidebar" else 0.0
        sl = self.size
        sr = self.size - 1.5 if kind == "sidebar" else self.size
        title_h = 5.5 if kind == "boxes" or (kind == "sidebar" and titles[0]) else 0.0
        col_title_h = 5.5 if kind == "cols" and (titles[0] or titles[1]) else 0.0
        # measure
        if kind == "sidebar":
            hl = self.region(left, xl, wl, sl, True)
            hr = self.region(right, xr + side_pad, wr - 2 * side_pad, sr, True) + title_h + 2 * side_pad
        else:
            hl = self.region(left, xl + pad, wl - 2 * pad, sl, True) + title_h + col_title_h + 2 * pad
            hr = self.region(right, xr + pad, wr - 2 * pad, sr, True) + title_h + col_title_h + 2 * pad
        h = max(hl, hr)
        bottom = self.h - self.b_margin
        if self.get_y() + h > bottom:
            self.add_page()
        if self.get_y() + h > bottom:
            raise SystemExit(f"block too tall for one page ({h:.0f} mm): {block[:2]}")
        y0 = self.get_y()
        self.set_auto_page_break(False)
        if kind == "boxes":
            for (x, w, t) in ((xl, wl, titles[0]), (xr, wr, titles[1])):
                self.set_fill_color(*self.accent)
                self.rect(x, y0, w, title_h, style="F")
                self.set_text_color(255, 255, 255)
                self.set_font(self.fam, "B", self.size)
                self.set_xy(x + pad, y0 + 0.6)
                self.cell(w - 2 * pad, title_h - 1.2, t)
                self.set_text_color(0, 0, 0)
                self.set_draw_color(*self.accent)
                self.rect(x, y0, w, h)
                self.set_draw_color(0, 0, 0)
        if kind == "sidebar":
            self.set_fill_color(236, 239, 244)
            self.rect(xr, y0, wr, h, style="F")
            if titles[0]:
                self.set_text_color(*self.accent)
                self.set_font(self.fam, "B", sr)
                self.set_xy(xr + side_pad, y0 + side_pad)
                self.cell(wr - 2 * side_pad, title_h - 1, titles[0].upper())
                self.set_text_color(0, 0, 0)
        if kind == "cols" and col_title_h:
            for (x, w, t) in ((xl, wl, titles[0]), (xr, wr, titles[1])):
                self.set_text_color(*self.accent)
                self.set_font(self.fam, "B", self.size + 0.5)
                self.set_xy(x, y0)
                self.cell(w, col_title_h - 1.5, t)
                self.set_draw_color(*self.accent)
                self.line(x, y0 + col_title_h - 1.2, x + w, y0 + col_title_h - 1.2)
                self.set_draw_color(0, 0, 0)
                self.set_text_color(0, 0, 0)
        if kind == "sidebar":
            self.set_y(y0)
            self.region(left, xl, wl, sl, False)
            self.set_y(y0 + title_h + side_pad)
            self.region(right, xr + side_pad, wr - 2 * side_pad, sr, False)
        else:
            off = title_h + col_title_h + pad
            self.set_y(y0 + off)
            self.region(left, xl + pad, wl - 2 * pad, sl, False)
            self.set_y(y0 + off)
            self.region(right, xr + pad, wr - 2 * pad, sr, False)
        self.set_auto_page_break(True, margin=12 + self.footroom)
        self.set_xy(self.l_margin, y0 + h + 2.5)

    def table_block(self, arg: str, block: list[str]) -> None:
        widths = [float(v) for v in arg.split(",")]
        rows = [[c.strip() for c in r.split(" | ")] for r in block if r.strip()]
        self.body_font("", self.size - 0.5)
        head = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
        with self.table(col_widths=widths, width=self.epw, line_height=(self.size - 0.5) * 0.47,
                        text_align="LEFT", headings_style=head, first_row_as_headings=True,
                        padding=1.2) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_y(self.get_y() + 2.5)


def build(src: Path) -> Path:
    meta, body = parse(src.read_text(encoding="utf-8"))
    pdf = Doc(meta)
    pdf.add_page()
    pdf.set_text_color(0, 0, 0)
    i = 0
    while i < len(body):
        line = body[i]
        s = line.strip()
        i += 1
        x, w = pdf.l_margin, pdf.epw
        if not s:
            pdf.set_y(pdf.get_y() + pdf.lh * 0.7)
            continue
        if s.startswith("@"):
            cmd, _, arg = s.partition(" ")
            if cmd in ("@cols", "@boxes", "@sidebar", "@table"):
                block = []
                while body[i].strip() != "@end":
                    block.append(body[i])
                    i += 1
                i += 1
                if cmd == "@table":
                    pdf.table_block(arg, block)
                else:
                    pdf.two_regions(cmd[1:], arg, block)
                continue
            pdf.set_x(x)
            if cmd == "@title":
                pdf.set_text_color(*pdf.accent)
                pdf.para(arg, x, w, pdf.size + 4.5, "B", lh=(pdf.size + 4.5) * 0.45)
                pdf.set_text_color(0, 0, 0)
                pdf.set_y(pdf.get_y() + 1.5)
            elif cmd == "@h":
                pdf.set_y(pdf.get_y() + 1.2)
                pdf.set_text_color(*pdf.accent)
                pdf.para(arg, x, w, pdf.size + 1, "B")
                pdf.set_draw_color(*pdf.accent)
                pdf.line(x, pdf.get_y() + 0.3, x + w, pdf.get_y() + 0.3)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_text_color(0, 0, 0)
                pdf.set_y(pdf.get_y() + 1.5)
            elif cmd == "@rule":
                pdf.set_draw_color(150, 150, 150)
                pdf.line(x, pdf.get_y() + 1, x + w, pdf.get_y() + 1)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_y(pdf.get_y() + 2.5)
            elif cmd == "@space":
                pdf.set_y(pdf.get_y() + float(arg))
            elif cmd == "@page":
                pdf.add_page()
            elif cmd == "@kv":
                label, _, value = arg.partition(" :: ")
                pdf.kv(label, value, x, w)
            elif cmd == "@kvat":
                at, _, rest = arg.partition(" ")
                label, _, value = rest.partition(" :: ")
                pdf.kv(label, value, x, w, at=float(at))
            elif cmd == "@small":
                pdf.set_text_color(70, 70, 70)
                pdf.para(arg, x, w, pdf.size - 2)
                pdf.set_text_color(0, 0, 0)
            elif cmd == "@foot":
                pdf.footnotes.setdefault(pdf.page_no(), []).append(arg)
            else:
                raise SystemExit(f"{src}: unknown directive {cmd}")
            continue
        pdf.set_x(x)
        pdf.para(line, x, w)
    out = src.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def main(argv: list[str]) -> None:
    targets: list[Path] = []
    for a in argv or [str(HERE)]:
        p = Path(a)
        if p.is_dir():
            targets += sorted(p.rglob("*.src"))
        else:
            targets.append(p)
    for t in targets:
        print("typeset", build(t))


if __name__ == "__main__":
    main(sys.argv[1:])
