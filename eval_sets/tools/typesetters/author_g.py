# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src / .doc.txt sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset author-G chart sources (``*.src``) into EHR/fax-looking PDFs with fpdf2.

Usage (from /work/main):
    .venv/bin/python eval_sets/anzupgo/staging/g/make_pdfs.py            # every case folder
    .venv/bin/python eval_sets/anzupgo/staging/g/make_pdfs.py d440 d447  # some cases

Each ``<case>/<name>.src`` becomes ``<case>/<name>.pdf``.  Scanned documents are written in
the project's own format (``<name>.txt`` with ``%% scan: true``) and are handed to
eval_sets/tools/render.py instead.

Source markup (one directive per line; core fonts, so latin-1 text only)
------------------------------------------------------------------------
Front matter, at the top, ``@key: value``:
  @paper: letter | a4            @font: helvetica | times | courier     @size: 9.5
  @fax: banner text at the very top of every page; {p} / {n} -> fax page / total (3 digits)
  @faxstart: first fax page number of this document (default 1)   @faxtotal: total pages
  @head: running header, "left || right"; {page} {pages} substituted (thin rule under it)
  @foot: small centred footer; {page} {pages} substituted
  @margin: side margin in mm (default 18)

Body:
  TITLE: text            centred bold title            SUB: text    centred small line
  == TEXT                section header, bold caps, ruled underneath
  -- text                bold run-in sub-heading (no rule)
  GRID: A: x | B: y      label/value grid; each cell "Label: value", label printed bold
  FIELD: Label | value   form field, value written on an underline
  TABLE: 30,20,50        ruled grid table (optional % widths), rows "| a | b | c", ends END
  TABLE-: ...            borderless table (rule under the heading row only)
  P: text                justified paragraph
  1. text / a) text      numbered item with hanging indent ("  " prefix indents further)
  * text                 bullet item
  SIG:                   right-hand signature block, one line a row, ends END
  STAMP: text            boxed stamp at the right margin
  SMALL: text            7 pt small print
  MONO: text             Courier line (claims / system printout rows), spaces kept
  RULE                   full-width hairline         PAGE   page break
  (blank line)           small vertical gap          anything else: left-aligned paragraph
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # /work/main
FIXED = datetime(2026, 1, 2, tzinfo=UTC)


def parse(text: str) -> tuple[dict[str, str], list[str]]:
    meta: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("@"):
        k, _, v = lines[i][1:].partition(":")
        meta[k.strip().lower()] = v.strip()
        i += 1
    body = lines[i:]
    while body and not body[-1].strip():
        body.pop()
    return meta, body


class Doc(FPDF):
    def __init__(self, meta: dict[str, str], total_pages: int | None = None):
        paper = meta.get("paper", "letter").lower()
        super().__init__(orientation="P", unit="mm", format="A4" if paper == "a4" else "Letter")
        self.meta = meta
        self.total_pages = total_pages
        self.fam = meta.get("font", "helvetica").lower()
        self.size = float(meta.get("size", "9.5"))
        m = float(meta.get("margin", "18"))
        top = 14.0
        if meta.get("fax"):
            top += 5
        if meta.get("head"):
            top += 7
        self.set_margins(m, top, m)
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(FIXED)
        self.set_creator("staging/g make_pdfs.py")
        self.set_author(meta.get("author", ""))

    # ---- page furniture -------------------------------------------------------------
    def _sub(self, s: str) -> str:
        n = self.total_pages or 1
        start = int(self.meta.get("faxstart", "1"))
        ftotal = int(self.meta.get("faxtotal", str(n + start - 1)))
        return (s.replace("{page}", str(self.page_no())).replace("{pages}", str(n))
                 .replace("{p}", f"{self.page_no() + start - 1:03d}").replace("{n}", f"{ftotal:03d}"))

    def header(self) -> None:
        y = 5.0
        if self.meta.get("fax"):
            self.set_font("courier", "", 7.5)
            self.set_xy(self.l_margin - 8, y)
            self.cell(self.w - 2 * (self.l_margin - 8), 3.5, self._sub(self.meta["fax"]), align="L")
            y += 5.5
        if self.meta.get("head"):
            left, _, right = self.meta["head"].partition("||")
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(70)
            self.set_xy(self.l_margin, y + 1)
            self.cell(self.epw / 2, 4, self._sub(left.strip()), align="L")
            self.set_xy(self.l_margin + self.epw / 2, y + 1)
            self.cell(self.epw / 2, 4, self._sub(right.strip()), align="R")
            self.set_draw_color(150)
            self.set_line_width(0.2)
            self.line(self.l_margin, y + 5.6, self.w - self.r_margin, y + 5.6)
            self.set_text_color(0)
            self.set_draw_color(0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        f = self.meta.get("foot")
        if f:
            self.set_y(-12)
            self.set_font(self.fam, "", 6.5)
            self.set_text_color(90)
            self.cell(0, 4, self._sub(f), align="C")
            self.set_text_color(0)

    # ---- blocks ---------------------------------------------------------------------
    def lh(self, size: float | None = None) -> float:
        return (size or self.size) * 0.47

    def b_title(self, s: str) -> None:
        self.set_font(self.fam, "B", self.size + 4)
        self.multi_cell(0, self.lh(self.size + 4), s, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def b_subtitle(self, s: str) -> None:
        self.set_font(self.fam, "", self.size - 1)
        self.multi_cell(0, self.lh(self.size - 1), s, align="C", new_x="LMARGIN", new_y="NEXT")

    def b_section(self, s: str) -> None:
        if self.get_y() > self.h - 35:
            self.add_page()
        self.ln(1.5)
        self.set_font(self.fam, "B", self.size + 0.5)
        self.cell(0, self.lh(self.size + 0.5), s.upper(), new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 0.4
        self.set_line_width(0.35)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(1.6)

    def b_runin(self, s: str) -> None:
        self.set_font(self.fam, "B", self.size)
        self.multi_cell(0, self.lh(), s, new_x="LMARGIN", new_y="NEXT")

    def b_grid(self, cells: list[str]) -> None:
        n = len(cells)
        w = self.epw / n
        y = self.get_y()
        for k, c in enumerate(cells):
            label, sep, value = c.partition(":")
            x = self.l_margin + k * w
            self.set_xy(x, y)
            if sep:
                size = self.size
                while size > 6.5:  # shrink a crowded cell rather than overprint the next one
                    self.set_font(self.fam, "B", size)
                    lw = self.get_string_width(label + ":") + 1.6
                    self.set_font(self.fam, "", size)
                    if lw + self.get_string_width(value.strip()) < w - 2.5:
                        break
                    size -= 0.25
                self.set_font(self.fam, "B", size)
                lw = self.get_string_width(label + ":") + 1.6
                self.cell(lw, self.lh() + 0.6, label + ":")
                self.set_font(self.fam, "", size)
                self.cell(max(w - lw - 1, 5), self.lh() + 0.6, value.strip())
            else:
                self.set_font(self.fam, "", self.size)
                self.cell(w - 1, self.lh() + 0.6, c.strip())
        self.set_xy(self.l_margin, y + self.lh() + 1.2)

    def b_field(self, label: str, value: str) -> None:
        self.set_font(self.fam, "", self.size)
        lw = self.get_string_width(label) + 2
        y = self.get_y()
        self.cell(lw, self.lh() + 1.2, label)
        x0 = self.get_x()
        self.set_font(self.fam, "", self.size)
        vw = self.w - self.r_margin - x0
        self.cell(vw, self.lh() + 1.2, " " + value if value else "")
        self.set_line_width(0.15)
        self.line(x0, y + self.lh() + 0.9, x0 + vw, y + self.lh() + 0.9)
        self.set_line_width(0.2)
        self.set_xy(self.l_margin, y + self.lh() + 2.2)

    def b_para(self, s: str, align: str = "L", size: float | None = None, indent: float = 0) -> None:
        self.set_font(self.fam, "", size or self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, self.lh(size), s, align=align,
                        new_x="LMARGIN", new_y="NEXT")

    def b_item(self, marker: str, s: str, indent: float = 0) -> None:
        self.set_font(self.fam, "", self.size)
        hang = max(self.get_string_width(marker) + 2, 6)
        y = self.get_y()
        self.set_xy(self.l_margin + indent, y)
        self.cell(hang, self.lh(), marker)
        self.set_xy(self.l_margin + indent + hang, y)
        self.multi_cell(self.epw - indent - hang, self.lh(), s, align="L",
                        new_x="LMARGIN", new_y="NEXT")

    def b_table_block(self, spec: str, rows: list[list[str]], bordered: bool) -> None:
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        widths = [float(x) for x in spec.split(",")] if spec.strip() else [1.0] * ncol
        self.set_font(self.fam, "", self.size - 0.5)
        layout = TableBordersLayout.ALL if bordered else TableBordersLayout.HORIZONTAL_LINES
        head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225) if bordered else None)
        with self.table(col_widths=widths, width=self.epw, line_height=self.lh(self.size - 0.5) + 0.6,
                        borders_layout=layout, headings_style=head, text_align="LEFT",
                        padding=(0.8, 1.2, 0.8, 1.2), first_row_as_headings=True) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(1.5)

    def b_sig(self, lines: list[str]) -> None:
        w = 78
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(3)
        x = self.w - self.r_margin - w
        for k, s in enumerate(lines):
            self.set_x(x)
            if k == 0:
                self.set_font("times", "I", self.size + 3)
                self.cell(w, self.lh(self.size + 3), s, new_x="LMARGIN", new_y="NEXT")
                y = self.get_y() + 0.3
                self.line(x, y, x + w, y)
                self.ln(1)
            else:
                self.set_font(self.fam, "B" if k == 1 else "", self.size - (0 if k == 1 else 0.5))
                self.cell(w, self.lh() + 0.2, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def b_stamp(self, s: str) -> None:
        self.set_font("helvetica", "B", 8)
        w = self.get_string_width(s) + 6
        self.set_text_color(120, 20, 20)
        self.set_draw_color(120, 20, 20)
        self.set_x(self.w - self.r_margin - w)
        self.cell(w, 6, s, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_draw_color(0)
        self.ln(1)

    def b_mono(self, s: str) -> None:
        self.set_font("courier", "", self.size - 1.5)
        self.cell(0, self.lh(self.size - 1.5) + 0.3, s, new_x="LMARGIN", new_y="NEXT")


def build(meta: dict[str, str], body: list[str], total: int | None) -> Doc:
    d = Doc(meta, total)
    d.add_page()
    i = 0
    while i < len(body):
        raw = body[i]
        s = raw.strip()
        if not s:
            d.ln(2.2)
        elif s == "PAGE":
            d.add_page()
        elif s == "RULE":
            y = d.get_y() + 1
            d.line(d.l_margin, y, d.w - d.r_margin, y)
            d.ln(2.5)
        elif s.startswith("TITLE:"):
            d.b_title(s[6:].strip())
        elif s.startswith("SUB:"):
            d.b_subtitle(s[4:].strip())
        elif s.startswith("== "):
            d.b_section(s[3:].strip())
        elif s.startswith("-- "):
            d.b_runin(s[3:].strip())
        elif s.startswith("GRID:"):
            d.b_grid([c.strip() for c in s[5:].split(" | ")])
        elif s.startswith("FIELD:"):
            label, _, value = s[6:].strip().partition("|")
            d.b_field(label.strip(), value.strip())
        elif s.startswith("TABLE:") or s.startswith("TABLE-:"):
            bordered = s.startswith("TABLE:")
            spec = s.split(":", 1)[1]
            rows = []
            i += 1
            while i < len(body) and body[i].strip() != "END":
                r = body[i].strip()
                if r.startswith("|"):
                    rows.append([c.strip() for c in r[1:].split("|")])
                i += 1
            d.b_table_block(spec, rows, bordered)
        elif s == "SIG:":
            lines = []
            i += 1
            while i < len(body) and body[i].strip() != "END":
                lines.append(body[i].strip())
                i += 1
            d.b_sig(lines)
        elif s.startswith("STAMP:"):
            d.b_stamp(s[6:].strip())
        elif s.startswith("SMALL:"):
            d.b_para(s[6:].strip(), size=7)
        elif s.startswith("MONO:"):
            d.b_mono(raw.split("MONO:", 1)[1][1:] if raw.split("MONO:", 1)[1][:1] == " "
                   else raw.split("MONO:", 1)[1])
        elif s.startswith("P:"):
            d.b_para(s[2:].strip(), align="J")
        elif s.startswith("* "):
            ind = (len(raw) - len(raw.lstrip())) * 2.0
            d.b_item("-", s[2:], indent=ind)
        elif (len(s) > 2 and (s[0].isdigit() and s[1:3] in (". ", ") ")) or
              (len(s) > 3 and s[:2].isdigit() and s[2:4] in (". ", ") ")) or
              (len(s) > 2 and s[0] in "abcdefgh" and s[1:3] == ") ")):
            ind = (len(raw) - len(raw.lstrip())) * 2.0
            marker, rest = s.split(" ", 1)
            d.b_item(marker, rest, indent=ind)
        else:
            ind = (len(raw) - len(raw.lstrip())) * 1.5
            d.b_para(s, indent=ind)
        i += 1
    return d


def render_src(path: Path) -> Path:
    text = path.read_text(encoding="utf-8")
    text.encode("latin-1")  # core fonts: fail loudly on anything else
    meta, body = parse(text)
    pages = build(meta, body, None).page_no()  # first pass counts pages
    doc = build(meta, body, pages)
    out = path.with_suffix(".pdf")
    doc.output(str(out))
    return out


def main(argv: list[str]) -> int:
    cases = [HERE / a for a in argv] if argv else sorted(p for p in HERE.iterdir() if p.is_dir())
    for c in cases:
        for src in sorted(c.glob("*.src")):
            print("typeset", render_src(src).relative_to(HERE))
        for txt in sorted(c.glob("*.txt")):
            if "%% scan: true" in txt.read_text(encoding="utf-8"):
                subprocess.run([sys.executable, str(ROOT / "eval_sets/tools/render.py"), str(txt)],
                               check=True, cwd=ROOT)
                print("scan   ", txt.with_suffix(".pdf").relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
