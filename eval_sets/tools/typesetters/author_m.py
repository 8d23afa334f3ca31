# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src / .doc.txt sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset author-M case documents: ``<case>/<name>.src`` -> ``<case>/<name>.pdf``.

Run:  /work/main/.venv/bin/python eval_sets/anzupgo/staging/m/make_pdfs.py [case dirs or .src files]
(no arguments: every ``d*/*.src`` next to this script).

Scanned documents are NOT made here: they are project-format ``.txt`` sources rendered with
eval_sets/tools/render.py.

Source markup (.src, latin-1 text; one directive per line)
---------------------------------------------------------
Front matter (top of file, before the first body line):
  @page letter|a4            paper size (portrait)
  @font helvetica|times|courier SIZE
  @margins MM
  @header TEXT               running header (small), {page} / {pages} substituted
  @footer TEXT               running footer (small), {page} / {pages} substituted
  @creator TEXT              PDF creator metadata

Body:
  @banner A | B | C          dark filled bar: A bold white, B/C smaller white lines
  @letterhead A | B | C      centred letterhead with rule
  @title TEXT                large bold centred line
  @h TEXT                    section bar (grey fill, bold)
  @h2 TEXT                   bold underlined sub-heading
  @kv N ... @end             bordered grid of "Label: value" cells, N per row, cells split by " | "
  @table W1,W2,.. ... @end   ruled table, first row is the header (widths in % of page, optional)
  @plain W1,W2,.. ... @end   unruled table (no header fill) - for vitals-like grids
  @checks ... @end           checkbox rows: "Question :: [x] Opt | [ ] Opt"; "[x]" draws a ticked box
  @quote ... @end            indented italic block with a left rule
  @box ... @end              text inside a border
  @cols ... @next ... @endcols   two text columns (paragraphs / @h2 lines only)
  @sig ... @end              signature block (rule above first line)
  @size N                    body size from here on
  @fontname helvetica|times|courier   body family from here on
  @center TEXT / @right TEXT
  @space MM / @rule / @pagebreak
  other lines                paragraphs (leading spaces indent); blank line = small gap;
                             **bold** spans are honoured
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 1, tzinfo=UTC)
FAMILIES = {"helvetica": "helvetica", "times": "times", "courier": "courier"}


class Doc(FPDF):
    def __init__(self, meta: dict[str, str]):
        fmt = meta.get("page", "letter").lower()
        super().__init__(orientation="P", unit="mm", format="A4" if fmt == "a4" else "letter")
        fam, _, size = meta.get("font", "helvetica 10").partition(" ")
        self.fam = FAMILIES[fam.strip().lower()]
        self.size = float(size or 10)
        m = float(meta.get("margins", "15"))
        self.set_margins(m, m, m)
        self.set_auto_page_break(True, margin=m + 4)
        self.meta = meta
        self.set_creation_date(FIXED)
        self.set_creator(meta.get("creator", "make_pdfs.py (author M)"))
        self.alias_nb_pages("{pages}")

    # running header/footer ------------------------------------------------------------
    def header(self):
        t = self.meta.get("header")
        if t:
            self.set_font(self.fam, "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, t.replace("{page}", str(self.page_no())), align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(1)

    def footer(self):
        t = self.meta.get("footer")
        if t:
            self.set_y(-self.b_margin + 6)
            self.set_font(self.fam, "", 7)
            self.set_text_color(90, 90, 90)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
            self.cell(0, 4, t.replace("{page}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)

    # helpers -------------------------------------------------------------------------
    @property
    def lh(self) -> float:
        return self.size * 0.45

    def body_font(self, style: str = "", delta: float = 0):
        self.set_font(self.fam, style, self.size + delta)

    def para(self, text: str, w: float = 0, indent: float = 0, style: str = "", align="L"):
        self.body_font(style)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(w, self.lh, text, markdown="**" in text, align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def parse(path: Path) -> tuple[dict[str, str], list[str]]:
    lines = path.read_text(encoding="latin-1").replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    front = {"page", "font", "margins", "header", "footer", "creator"}
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith("@") and s[1:].split(" ", 1)[0] in front:
            k, _, v = s[1:].partition(" ")
            meta[k] = v.strip()
            i += 1
        elif not s:
            i += 1
        else:
            break
    body = lines[i:]
    while body and not body[-1].strip():
        body.pop()
    return meta, body


def block(body: list[str], i: int, end=("@end",)) -> tuple[list[str], int]:
    out = []
    i += 1
    while i < len(body) and body[i].strip() not in end:
        out.append(body[i])
        i += 1
    return out, i


def split_cells(line: str) -> list[str]:
    """Cells of a table/kv/checks row: split on every "|" (empty cells allowed)."""
    return [c.strip() for c in re.split(r"\|", line.strip())]


def split_parts(arg: str) -> list[str]:
    """Lines of a banner/letterhead: split on " | " only."""
    return [c.strip() for c in arg.split(" | ")]


def do_table(pdf: Doc, rows: list[list[str]], widths: list[float] | None, ruled: bool):
    if not rows:
        return
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    if not widths:
        widths = [100 / n] * n
    pdf.set_font(pdf.fam, "", pdf.size - 0.5)
    style = FontFace(emphasis="BOLD", fill_color=(215, 222, 232) if ruled else None)
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        line_height=pdf.lh,
        headings_style=style,
        first_row_as_headings=ruled,
        borders_layout="ALL" if ruled else "NONE",
        text_align="LEFT",
        padding=1,
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(1.5)


def do_kv(pdf: Doc, n: int, lines: list[str]):
    pdf.set_font(pdf.fam, "", pdf.size - 0.5)
    with pdf.table(
        col_widths=[1] * n, width=pdf.epw, line_height=pdf.lh, first_row_as_headings=False,
        borders_layout="ALL", text_align="LEFT", padding=1, markdown=True,
        cell_fill_color=(246, 246, 246), cell_fill_mode="ALL",
    ) as t:
        for ln in lines:
            if not ln.strip():
                continue
            cells = split_cells(ln)
            cells += [""] * (n - len(cells))
            row = t.row()
            for c in cells[:n]:
                lab, sep, val = c.partition(": ")
                row.cell(f"**{lab}:** {val}" if sep else c)
    pdf.ln(1.5)


def draw_box(pdf: Doc, checked: bool):
    s = pdf.size * 0.32
    x, y = pdf.get_x(), pdf.get_y() + (pdf.lh - s) / 2
    pdf.rect(x, y, s, s)
    if checked:
        pdf.set_font(pdf.fam, "B", pdf.size - 1)
        pdf.set_xy(x, pdf.get_y())
        pdf.cell(s, pdf.lh, "X", align="C")
    pdf.set_xy(x + s + 1.2, pdf.get_y())


def do_checks(pdf: Doc, lines: list[str]):
    for ln in lines:
        if not ln.strip():
            pdf.ln(1)
            continue
        q, sep, opts = ln.partition(" :: ")
        if not sep:
            q, opts = "", ln
        pdf.set_x(pdf.l_margin)
        if q:
            pdf.body_font("B")
            qw = pdf.epw * 0.40
            nlines = len(pdf.multi_cell(qw - 2, pdf.lh, q, align="L", dry_run=True,
                                        output="LINES"))
            if pdf.get_y() + nlines * pdf.lh > pdf.page_break_trigger:
                pdf.add_page()
            y0 = pdf.get_y()
            pdf.multi_cell(qw - 2, pdf.lh, q, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            qbottom = y0 + nlines * pdf.lh
            pdf.set_xy(pdf.l_margin + qw, y0)
        else:
            qbottom = pdf.get_y()
        for opt in split_cells(opts):
            checked = opt.lower().startswith("[x]")
            label = opt[3:].strip() if opt.startswith("[") else opt
            if opt.startswith("["):
                need = pdf.size * 0.32 + 1.2 + pdf.get_string_width(label) + 5
                if pdf.get_x() + need > pdf.w - pdf.r_margin:
                    pdf.ln(pdf.lh)
                    pdf.set_x(pdf.l_margin + (qw if q else 0))
                draw_box(pdf, checked)
            pdf.body_font()
            pdf.cell(pdf.get_string_width(label) + 5, pdf.lh, label)
        pdf.ln(pdf.lh + 0.8)
        if pdf.get_y() < qbottom:
            pdf.set_y(qbottom + 0.8)


def do_cols(pdf: Doc, left: list[str], right: list[str]):
    gap = 6
    w = (pdf.epw - gap) / 2
    y0 = pdf.get_y()
    ends = []
    for k, col in enumerate((left, right)):
        x = pdf.l_margin + k * (w + gap)
        pdf.set_xy(x, y0)
        for ln in col:
            s = ln.rstrip()
            pdf.set_x(x)
            if not s.strip():
                pdf.ln(pdf.lh * 0.5)
            elif s.startswith("@h2 "):
                pdf.body_font("B")
                pdf.multi_cell(w, pdf.lh + 0.5, s[4:].strip(), new_x=XPos.LEFT, new_y=YPos.NEXT)
            else:
                pdf.body_font()
                pdf.multi_cell(w, pdf.lh, s.strip(), markdown="**" in s,
                               new_x=XPos.LEFT, new_y=YPos.NEXT)
        ends.append(pdf.get_y())
    pdf.set_draw_color(170, 170, 170)
    mid = pdf.l_margin + w + gap / 2
    pdf.line(mid, y0, mid, max(ends))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, max(ends) + 2)


def render(src: Path) -> Path:
    meta, body = parse(src)
    pdf = Doc(meta)
    pdf.add_page()
    i = 0
    while i < len(body):
        raw = body[i]
        s = raw.strip()
        cmd, _, arg = s.partition(" ")
        if not s:
            pdf.ln(pdf.lh * 0.6)
        elif cmd == "@banner":
            parts = split_parts(arg)
            pdf.set_fill_color(38, 62, 99)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font(pdf.fam, "B", pdf.size + 3)
            pdf.cell(0, pdf.lh + 3, " " + parts[0], fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(pdf.fam, "", pdf.size - 1)
            for p in parts[1:]:
                pdf.cell(0, pdf.lh, " " + p, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif cmd == "@letterhead":
            parts = split_parts(arg)
            pdf.set_font(pdf.fam, "B", pdf.size + 5)
            pdf.cell(0, pdf.lh + 3, parts[0], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(pdf.fam, "", pdf.size - 1)
            for p in parts[1:]:
                pdf.cell(0, pdf.lh, p, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            pdf.set_line_width(0.6)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.set_line_width(0.2)
            pdf.ln(4)
        elif cmd == "@title":
            pdf.set_font(pdf.fam, "B", pdf.size + 4)
            pdf.multi_cell(0, pdf.lh + 2.5, arg, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif cmd == "@h":
            pdf.ln(1)
            pdf.set_fill_color(225, 225, 225)
            pdf.set_font(pdf.fam, "B", pdf.size + 0.5)
            pdf.cell(0, pdf.lh + 1.5, " " + arg, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif cmd == "@h2":
            pdf.set_font(pdf.fam, "BU", pdf.size)
            pdf.cell(0, pdf.lh + 1, arg, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif cmd == "@kv":
            lines, i = block(body, i)
            do_kv(pdf, int(arg or 3), lines)
        elif cmd in ("@table", "@plain"):
            lines, i = block(body, i)
            widths = [float(x) for x in arg.split(",")] if arg.strip() else None
            rows = [split_cells(ln) for ln in lines if ln.strip()]
            do_table(pdf, rows, widths, ruled=(cmd == "@table"))
        elif cmd == "@checks":
            lines, i = block(body, i)
            do_checks(pdf, lines)
        elif cmd == "@quote":
            lines, i = block(body, i)
            y0 = pdf.get_y()
            for ln in lines:
                pdf.set_font(pdf.fam, "I", pdf.size)
                pdf.set_x(pdf.l_margin + 10)
                if ln.strip():
                    pdf.multi_cell(pdf.epw - 20, pdf.lh, ln.strip(), new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                else:
                    pdf.ln(pdf.lh * 0.5)
            pdf.set_line_width(0.8)
            pdf.set_draw_color(120, 120, 120)
            pdf.line(pdf.l_margin + 7, y0, pdf.l_margin + 7, pdf.get_y())
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(1.5)
        elif cmd == "@box":
            lines, i = block(body, i)
            y0 = pdf.get_y()
            pdf.ln(1.5)
            for ln in lines:
                pdf.set_x(pdf.l_margin + 2)
                pdf.body_font()
                if ln.strip():
                    pdf.multi_cell(pdf.epw - 4, pdf.lh, ln.strip(), markdown="**" in ln,
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.ln(pdf.lh * 0.5)
            pdf.ln(1.5)
            pdf.rect(pdf.l_margin, y0, pdf.epw, pdf.get_y() - y0)
            pdf.ln(2)
        elif cmd == "@cols":
            left, i = block(body, i, end=("@next",))
            right, i = block(body, i, end=("@endcols",))
            do_cols(pdf, left, right)
        elif cmd == "@sig":
            lines, i = block(body, i)
            pdf.ln(4)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 70, pdf.get_y())
            pdf.ln(1)
            for ln in lines:
                pdf.para(ln.strip())
        elif cmd == "@size":
            pdf.size = float(arg)
        elif cmd == "@fontname":
            pdf.fam = FAMILIES[arg.strip().lower()]
        elif cmd == "@center":
            pdf.para(arg, align="C")
        elif cmd == "@right":
            pdf.para(arg, align="R")
        elif cmd == "@space":
            pdf.ln(float(arg))
        elif cmd == "@rule":
            pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
            pdf.ln(3)
        elif cmd == "@pagebreak":
            pdf.add_page()
        elif s.startswith("@"):
            raise SystemExit(f"{src}:{i + 1}: unknown directive {cmd}")
        else:
            indent = (len(raw) - len(raw.lstrip(" "))) * 1.2
            pdf.para(s, indent=indent)
        i += 1
    out = src.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def collect(args: list[str]) -> list[Path]:
    if not args:
        return sorted(HERE.glob("d*/*.src"))
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out += sorted(p.glob("*.src")) if p.is_dir() else [p]
    return out


def main() -> int:
    for src in collect(sys.argv[1:]):
        print(render(src.resolve()).relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
