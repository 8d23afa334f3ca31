# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typesetter for the `aq` staging batch (d1304-d1327).

Usage (from /work/main):
    .venv/bin/python eval_sets/anzupgo/staging/aq/make_pdfs.py [case-dir-or-.src ...]

With no arguments every ``*.src`` under this folder is rendered to ``<name>.pdf`` next to it.
Scanned documents in this batch are ordinary ``.txt`` sources rendered by
``eval_sets/tools/render.py``; this script never touches them.

Source format (``<name>.src``), one directive per line:

Front matter (any order, before the body):
    %layout: portrait | landscape       page orientation of page 1 (US Letter)
    %font: sans | serif | narrow | mono body typeface (Liberation / DejaVu TTF)
    %size: 9.5                          body size in pt
    %faxline: text                      tiny fax-transmission line at the very top of each page
    %masthead: Org || line 2 || line 3  organisation block printed at the top of each page
    %letterhead: Org || line 2 || ...   centred letterhead on page 1 only (consult letters)
    %banner: text                       patient banner (shaded bar) repeated on every page
    %footer: text                       small-print footer; {page} and {pages} substituted
    %boxes: glyph                       inline [x] / [ ] in paragraphs printed as ☒ / ☐
    %sidebar: Title                     starts a sidebar panel (narrow right column, page 1);
        lines ...                       each following line is one sidebar line
    %endsidebar

Body:
    ## Title                  document title
    == Section                section heading on a shaded band
    :: Label | Value || Label | Value      label/value grid row (one or two pairs)
    [table 0.3,0.2,0.5]       ruled table; widths are fractions of the text width;
    header | cells            first row is the header, cells wrap inside their column
    [/table]
    [box Title]               boxed panel (e.g. Assessment); lines inside are paragraphs
    [/box]
    [x] text / [ ] text       checkbox line (glyphs, so they survive text extraction)
    ~ text                    small-print paragraph
    >> text                   signature line (italic)
    ---page---                page break (---page L--- / ---page P--- change orientation)
    blank line                vertical space
    anything else             word-wrapped paragraph (**bold** allowed)

Rendering is deterministic (fixed creation date).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = Path(__file__).resolve().parent
LIB = Path("/usr/share/fonts/truetype/liberation")
DJV = Path("/usr/share/fonts/truetype/dejavu")
FIXED = datetime(2026, 1, 1, tzinfo=UTC)

FAMILIES = {
    "sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
    "serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"),
    "narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic", "LiberationSansNarrow-BoldItalic"),
    "mono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic", "LiberationMono-BoldItalic"),
}
MARGIN = 13.0
SIDEBAR_W = 52.0
GAP = 5.0
GREY = (226, 229, 234)
DARK = (52, 70, 96)


class Doc:
    def __init__(self, text: str):
        self.meta: dict[str, str] = {}
        self.sidebar: list[tuple[str, list[str]]] = []
        self.body: list[str] = []
        in_side = False
        in_front = True
        for raw in text.splitlines():
            line = raw.rstrip()
            if in_side:
                if line.strip() == "%endsidebar":
                    in_side = False
                elif line.startswith("%sidebar:"):
                    self.sidebar.append((line.split(":", 1)[1].strip(), []))
                else:
                    self.sidebar[-1][1].append(line.strip())
                continue
            if in_front and line.startswith("%"):
                key, _, val = line[1:].partition(":")
                key = key.strip()
                if key == "sidebar":
                    self.sidebar.append((val.strip(), []))
                    in_side = True
                else:
                    self.meta[key] = val.strip()
                continue
            if in_front and not line.strip():
                continue
            in_front = False
            self.body.append(line)


class PDF(FPDF):
    def __init__(self, doc: Doc):
        orient = "L" if doc.meta.get("layout", "portrait").lower().startswith("l") else "P"
        super().__init__(orientation=orient, unit="mm", format="letter")
        self.src_doc = doc
        self.set_creation_date(FIXED)
        self.set_producer("aq-typeset")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=16)
        fam = doc.meta.get("font", "sans")
        self.fam = fam
        r, b, i, bi = FAMILIES[fam]
        self.add_font("body", "", str(LIB / f"{r}.ttf"))
        self.add_font("body", "B", str(LIB / f"{b}.ttf"))
        self.add_font("body", "I", str(LIB / f"{i}.ttf"))
        self.add_font("body", "BI", str(LIB / f"{bi}.ttf"))
        self.add_font("ui", "", str(LIB / "LiberationSans-Regular.ttf"))
        self.add_font("ui", "B", str(LIB / "LiberationSans-Bold.ttf"))
        self.add_font("ui", "I", str(LIB / "LiberationSans-Italic.ttf"))
        self.add_font("glyph", "", str(DJV / "DejaVuSans.ttf"))
        self.set_fallback_fonts(["glyph"])
        self.bsize = float(doc.meta.get("size", "9.5"))
        self.lh = self.bsize * 0.47
        self.sidebar_active = False

    # ---- page furniture -------------------------------------------------------------
    def header(self):
        m = self.src_doc.meta
        self.set_right_margin(MARGIN)
        y = 6.0
        if m.get("faxline"):
            self.set_xy(MARGIN, 4.0)
            self.set_font("ui", "", 6.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 3, m["faxline"].replace("{page}", str(self.page_no())).replace("{pages}", "{nb}"))
            y = 8.5
        self.set_text_color(0, 0, 0)
        self.set_y(y)
        if m.get("masthead"):
            parts = [p.strip() for p in m["masthead"].split("||")]
            self.set_font("ui", "B", 11.5)
            self.set_text_color(*DARK)
            self.cell(0, 5.5, parts[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("ui", "", 7.5)
            self.set_text_color(70, 70, 70)
            for p in parts[1:]:
                self.cell(0, 3.6, p, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(*DARK)
            self.set_line_width(0.5)
            self.line(MARGIN, self.get_y() + 1, self.w - MARGIN, self.get_y() + 1)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(2.5)
        if m.get("letterhead") and self.page_no() == 1:
            parts = [p.strip() for p in m["letterhead"].split("||")]
            self.set_font("body", "B", 14)
            self.set_text_color(*DARK)
            self.cell(0, 7, parts[0], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("body", "I", 8.5)
            self.set_text_color(60, 60, 60)
            for p in parts[1:]:
                self.cell(0, 4, p, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(150, 150, 150)
            self.line(MARGIN + 30, self.get_y() + 1.5, self.w - MARGIN - 30, self.get_y() + 1.5)
            self.set_draw_color(0, 0, 0)
            self.ln(5)
        if m.get("banner"):
            self.set_fill_color(*GREY)
            self.set_font("ui", "B", 8)
            txt = m["banner"]
            size = 8.0
            while self.get_string_width(txt) > self.w - 2 * MARGIN - 4 and size > 6:
                size -= 0.25
                self.set_font("ui", "B", size)
            self.cell(0, 5.5, "  " + txt, fill=True, border="TB", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2.5)
        self.body_top = self.get_y()
        if self.sidebar_active and self.page_no() == 1:
            self.set_right_margin(MARGIN + SIDEBAR_W + GAP)

    def footer(self):
        m = self.src_doc.meta
        self.set_y(-12)
        self.set_draw_color(170, 170, 170)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.set_font("ui", "", 6.5)
        self.set_text_color(95, 95, 95)
        txt = m.get("footer", "Page {page} of {pages}")
        txt = txt.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
        self.set_x(MARGIN)
        self.multi_cell(self.w - 2 * MARGIN, 3, txt, align="L")
        self.set_text_color(0, 0, 0)

    # ---- helpers ------------------------------------------------------------------------
    def text_w(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def need(self, h: float):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page(orientation=self.cur_orientation)

    def nlines(self, w: float, txt: str) -> int:
        lines = self.multi_cell(w, self.lh, txt, dry_run=True, output=MethodReturnValue.LINES,
                                markdown="**" in txt)
        return max(1, len(lines))

    def draw_sidebar(self):
        x = self.w - MARGIN - SIDEBAR_W
        y = self.body_top
        for title, lines in self.src_doc.sidebar:
            self.set_xy(x, y)
            self.set_fill_color(*DARK)
            self.set_text_color(255, 255, 255)
            self.set_font("ui", "B", 7.5)
            self.cell(SIDEBAR_W, 4.6, " " + title.upper(), fill=True, new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_font("ui", "", 7.5)
            top = self.get_y()
            self.set_fill_color(244, 246, 249)
            for ln in lines:
                self.set_x(x + 1.5)
                self.multi_cell(SIDEBAR_W - 3, 3.5, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)
            bottom = self.get_y() + 1.2
            self.set_draw_color(*DARK)
            self.rect(x, top, SIDEBAR_W, bottom - top)
            self.set_draw_color(0, 0, 0)
            y = bottom + 3
        self.set_xy(self.l_margin, self.body_top)

    # ---- body elements -----------------------------------------------------------------
    def para(self, txt: str, size: float | None = None, style: str = "", indent: float = 0.0,
             colour=(0, 0, 0)):
        size = size or self.bsize
        self.set_font("body", style, size)
        self.set_text_color(*colour)
        lh = size * 0.47
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.text_w() - indent, lh, txt, markdown="**" in txt, align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)

    def section(self, title: str):
        self.need(12)
        self.ln(1.5)
        self.set_fill_color(*GREY)
        self.set_font("ui", "B", self.bsize)
        self.cell(self.text_w(), self.lh + 1.6, " " + title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.2)

    def doc_title(self, txt: str):
        self.set_font("ui", "B", self.bsize + 4)
        self.set_text_color(*DARK)
        self.multi_cell(self.text_w(), (self.bsize + 4) * 0.5, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def grid_row(self, spec: str):
        pairs = [p.strip() for p in spec.split("||")]
        cells = []
        for p in pairs:
            lab, _, val = p.partition("|")
            cells.append((lab.strip(), val.strip()))
        tw = self.text_w()
        each = tw / len(cells)
        lab_w = min(each * 0.38, 40.0)
        val_w = each - lab_w
        pad = 1.2
        self.set_font("body", "", self.bsize)
        hs = []
        for lab, val in cells:
            self.set_font("ui", "B", self.bsize - 1.5)
            hl = len(self.multi_cell(lab_w - 2 * pad, self.lh, lab, dry_run=True, output=MethodReturnValue.LINES))
            self.set_font("body", "", self.bsize)
            hv = self.nlines(val_w - 2 * pad, val) if val else 1
            hs.append(max(hl, hv))
        h = max(hs) * self.lh + 2 * pad
        self.need(h)
        y0 = self.get_y()
        x = self.l_margin
        self.set_draw_color(160, 166, 176)
        for lab, val in cells:
            self.set_fill_color(236, 239, 243)
            self.rect(x, y0, lab_w, h, style="DF")
            self.rect(x + lab_w, y0, val_w, h)
            self.set_xy(x + pad, y0 + pad)
            self.set_font("ui", "B", self.bsize - 1.5)
            self.multi_cell(lab_w - 2 * pad, self.lh, lab, align="L")
            self.set_xy(x + lab_w + pad, y0 + pad)
            self.set_font("body", "", self.bsize)
            self.multi_cell(val_w - 2 * pad, self.lh, val, markdown="**" in val, align="L")
            x += lab_w + val_w
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y0 + h)

    def table(self, widths: list[float], rows: list[list[str]]):
        tw = self.text_w()
        ws = [f * tw for f in widths]
        pad = 1.0
        for ri, row in enumerate(rows):
            row = row + [""] * (len(ws) - len(row))
            head = ri == 0
            counts = []
            for w, c in zip(ws, row, strict=False):
                if head:
                    self.set_font("ui", "B", self.bsize - 1)
                else:
                    self.set_font("body", "", self.bsize - 0.5)
                counts.append(len(self.multi_cell(w - 2 * pad, self.lh, c, dry_run=True,
                                                  output=MethodReturnValue.LINES)) if c else 1)
            h = max(counts) * self.lh + 2 * pad
            if self.get_y() + h > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                rows_head = rows[0]
                self.table_row(ws, rows_head, True, pad)
            self.table_row(ws, row, head, pad, h)

    def table_row(self, ws, row, head, pad, h=None):
        if h is None:
            self.set_font("ui", "B", self.bsize - 1)
            h = max(len(self.multi_cell(w - 2 * pad, self.lh, c, dry_run=True, output=MethodReturnValue.LINES))
                    for w, c in zip(ws, row, strict=False)) * self.lh + 2 * pad
        y0 = self.get_y()
        x = self.l_margin
        self.set_draw_color(150, 150, 150)
        for w, c in zip(ws, row, strict=False):
            if head:
                self.set_fill_color(*DARK)
                self.rect(x, y0, w, h, style="DF")
                self.set_text_color(255, 255, 255)
                self.set_font("ui", "B", self.bsize - 1)
            else:
                self.rect(x, y0, w, h)
                self.set_text_color(0, 0, 0)
                self.set_font("body", "", self.bsize - 0.5)
            self.set_xy(x + pad, y0 + pad)
            self.multi_cell(w - 2 * pad, self.lh, c, align="L")
            x += w
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y0 + h)

    def box(self, title: str, lines: list[str]):
        pad = 2.5
        inner = self.text_w() - 2 * pad
        self.set_font("body", "", self.bsize)
        h = 5.5 + pad
        for ln in lines:
            h += self.lh * 0.6 if not ln.strip() else self.nlines(inner, ln) * self.lh
        h += pad
        self.need(h)
        y0 = self.get_y() + 1
        x0 = self.l_margin
        self.set_draw_color(*DARK)
        self.set_line_width(0.45)
        self.rect(x0, y0, self.text_w(), h)
        self.set_fill_color(*DARK)
        self.set_text_color(255, 255, 255)
        self.set_font("ui", "B", self.bsize - 0.5)
        self.set_xy(x0, y0)
        self.cell(self.text_w(), 5.5, "  " + title, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_xy(x0 + pad, y0 + 5.5 + pad * 0.6)
        for ln in lines:
            if not ln.strip():
                self.ln(self.lh * 0.6)
                continue
            self.set_x(x0 + pad)
            self.set_font("body", "", self.bsize)
            self.multi_cell(inner, self.lh, ln, markdown="**" in ln, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_xy(self.l_margin, y0 + h + 2)

    def checkbox(self, line: str):
        mark = "☒" if line[1].lower() == "x" else "☐"
        self.set_font("body", "", self.bsize)
        self.set_x(self.l_margin + 2)
        self.multi_cell(self.text_w() - 2, self.lh + 0.3, f"{mark} {line[3:].strip()}",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render(src: Path) -> Path:
    doc = Doc(src.read_text(encoding="utf-8"))
    pdf = PDF(doc)
    pdf.sidebar_active = bool(doc.sidebar)
    pdf.add_page()
    if doc.sidebar:
        pdf.draw_sidebar()
    i = 0
    body = doc.body
    if doc.meta.get("boxes", "") == "glyph":
        body = [b.replace("[x]", "☒").replace("[X]", "☒").replace("[ ]", "☐") for b in body]
    while i < len(body):
        line = body[i]
        s = line.strip()
        if s.startswith("---page"):
            o = s.strip("-").split()
            orient = o[1] if len(o) > 1 else pdf.cur_orientation
            pdf.add_page(orientation=orient)
        elif not s:
            pdf.ln(pdf.lh * 0.8)
        elif s.startswith("## "):
            pdf.doc_title(s[3:])
        elif s.startswith("== "):
            pdf.section(s[3:])
        elif s.startswith(":: "):
            pdf.grid_row(s[3:])
        elif s.startswith("[table"):
            widths = [float(x) for x in s[len("[table"):].strip(" ]").split(",")]
            rows = []
            i += 1
            while body[i].strip() != "[/table]":
                rows.append([c.strip() for c in re.split(r"\s*\|\s*", body[i].strip())])
                i += 1
            pdf.table(widths, rows)
        elif s.startswith("[box"):
            title = s[len("[box"):].strip(" ]")
            inner = []
            i += 1
            while body[i].strip() != "[/box]":
                inner.append(body[i].strip())
                i += 1
            pdf.box(title, inner)
        elif s.startswith("[x]") or s.startswith("[ ]") or s.startswith("[X]"):
            pdf.checkbox(s)
        elif s.startswith(("☒", "☐")):
            pdf.para(s, indent=2)
        elif s.startswith("~ "):
            pdf.para(s[2:], size=pdf.bsize - 2.5, colour=(80, 80, 80))
        elif s.startswith(">> "):
            pdf.para(s[3:], style="I")
        else:
            indent = (len(line) - len(line.lstrip())) * 1.2
            pdf.para(s, indent=indent)
        i += 1
    out = src.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def main(argv: list[str]) -> int:
    targets: list[Path] = []
    if not argv:
        targets = sorted(HERE.glob("*/*.src"))
    for a in argv:
        p = Path(a)
        targets += sorted(p.glob("*.src")) if p.is_dir() else [p]
    for t in targets:
        print("rendered", render(t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
