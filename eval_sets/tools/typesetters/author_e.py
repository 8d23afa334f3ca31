# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src / .doc.txt sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset author-E chart documents: ``<case>/<name>.doc.txt`` -> ``<case>/<name>.pdf``.

Usage (from /work/main):
    .venv/bin/python eval_sets/anzupgo/staging/e/make_pdfs.py            # every case
    .venv/bin/python eval_sets/anzupgo/staging/e/make_pdfs.py d392 d400  # some cases

The ``.doc.txt`` sources use a small block markup of my own (NOT the project's render.py
format), so that the printouts look like EHR screens, faxed forms and e-Rx slips rather than
a plain text dump. Core PDF fonts only (latin-1). Output is deterministic.

Document settings (lines starting with ``%``, top of file):
    %paper letter|a4        %margins 16           (mm, left/right; top is margins too)
    %font helvetica 9.5     (helvetica | times | courier, body size in pt)
    %footer  text           left half of an 8pt footer; "Page X of Y" is always printed right
    %header  text           small grey running header on every page

Blocks (``::name args`` ... ``::end``), nesting allowed inside ``::box``:
    ::letterhead R|L|C      first line large bold, the rest small
    ::title TEXT            bold heading with a rule under it
    ::h TEXT                bold sub-heading
    ::fields [N]            lines "Label: value || Label: value" placed in N (default 2) columns
    ::box [Title]           framed section with a shaded title bar
    ::bullets               "- item" lines (use "  - item" for a second level)
    ::table [border=all|none|hlines] [widths=a,b,c] [size=8]   first line = header, cells split on "|"
    ::checks [at=110]       "question ?? [X] Yes [ ] No" (options printed at x=at mm)
    ::sig                   signature block with a rule above the first line
    ::mono [size]           preformatted Courier lines (e-Rx / pharmacy printouts)
Single-line directives:
    ::font family size | ::space mm | ::rule | ::page | ::right text | ::center text
Any other line is a wrapped paragraph; "**Label:** rest" prints the label bold.
A blank line gives a little vertical space.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 1, tzinfo=UTC)

REPL = {"\u2265": ">=", "\u2264": "<=", "\u2013": "-", "\u2014": "-", "\u2019": "'",
        "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2022": "-"}


def latin(s: str) -> str:
    s = "".join(REPL.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


class Doc(FPDF):
    def __init__(self, settings: dict[str, str]):
        paper = settings.get("paper", "letter")
        super().__init__(orientation="P", unit="mm", format=paper)
        m = float(settings.get("margins", "16"))
        self.set_margins(m, m, m)
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(FIXED)
        self.set_creator("author-E make_pdfs.py")
        fam, _, size = settings.get("font", "helvetica 9.5").partition(" ")
        self.fam = fam.strip() or "helvetica"
        self.size = float(size or 9.5)
        self.footer_text = latin(settings.get("footer", ""))
        self.header_text = latin(settings.get("header", ""))
        self.alias_nb_pages("{nb}")

    # -- running header / footer -------------------------------------------------
    def header(self):
        if self.header_text:
            self.set_font("helvetica", "I", 7.5)
            self.set_text_color(110)
            self.set_xy(self.l_margin, 7)
            self.cell(self.epw, 4, self.header_text, align="L")
            self.set_text_color(0)
            self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(160)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_draw_color(0)
        self.set_font("helvetica", "", 8)
        self.set_text_color(80)
        half = self.epw / 2
        self.cell(half + 25, 4, self.footer_text, align="L")
        self.cell(half - 25, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0)

    # -- helpers -------------------------------------------------------------------
    def body_font(self, style: str = "", delta: float = 0):
        self.set_font(self.fam, style, self.size + delta)

    @property
    def lh(self) -> float:
        return self.size * 0.47

    def para(self, text: str, x0: float, w: float, style: str = ""):
        self.set_x(x0)
        self.body_font(style)
        md = "**" in text
        self.multi_cell(w, self.lh, latin(text), markdown=md, new_x="LMARGIN", new_y="NEXT")


def parse_blocks(lines: list[str]):
    """Turn markup lines into a nested list of (kind, arg, payload)."""
    out = []
    i = 0
    while i < len(lines):
        raw = lines[i].rstrip("\n")
        s = raw.strip()
        if s.startswith("::") and s != "::end":
            name, _, arg = s[2:].partition(" ")
            if name in {"letterhead", "fields", "box", "bullets", "table", "checks", "sig", "mono"}:
                depth, j, inner = 1, i + 1, []
                while j < len(lines):
                    t = lines[j].strip()
                    if t.startswith("::") and t[2:].split(" ")[0] in {
                        "letterhead", "fields", "box", "bullets", "table", "checks", "sig", "mono"}:
                        depth += 1
                    elif t == "::end":
                        depth -= 1
                        if depth == 0:
                            break
                    inner.append(lines[j].rstrip("\n"))
                    j += 1
                else:
                    raise ValueError(f"unclosed ::{name} block")
                payload = parse_blocks(inner) if name == "box" else inner
                out.append((name, arg.strip(), payload))
                i = j + 1
                continue
            out.append((name, arg.strip(), None))
        elif not s:
            out.append(("blank", "", None))
        else:
            out.append(("para", raw, None))
        i += 1
    return out


def kwargs(arg: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in arg.split() if "=" in p)


def render_blocks(pdf: Doc, blocks, x0: float, w: float):
    for kind, arg, payload in blocks:
        if kind == "blank":
            pdf.ln(pdf.lh * 0.6)
        elif kind == "para":
            indent = len(arg) - len(arg.lstrip(" "))
            pdf.para(arg.strip(), x0 + indent * 1.2, w - indent * 1.2)
        elif kind == "font":
            fam, _, size = arg.partition(" ")
            pdf.fam = fam
            if size:
                pdf.size = float(size)
        elif kind == "space":
            pdf.ln(float(arg or 3))
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(x0, y, x0 + w, y)
            pdf.set_y(y + 2)
        elif kind == "page":
            pdf.add_page()
        elif kind in {"right", "center"}:
            pdf.body_font()
            pdf.set_x(x0)
            pdf.multi_cell(w, pdf.lh, latin(arg), align="R" if kind == "right" else "C",
                           markdown="**" in arg, new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(1.5)
            pdf.set_x(x0)
            pdf.body_font("B", 3)
            pdf.multi_cell(w, pdf.lh + 1.6, latin(arg), new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 0.4
            pdf.set_line_width(0.5)
            pdf.line(x0, y, x0 + w, y)
            pdf.set_line_width(0.2)
            pdf.set_y(y + 2)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_x(x0)
            pdf.body_font("B", 0.5)
            pdf.multi_cell(w, pdf.lh + 0.5, latin(arg), new_x="LMARGIN", new_y="NEXT")
        elif kind == "letterhead":
            letterhead(pdf, arg or "R", payload, x0, w)
        elif kind == "fields":
            fields(pdf, payload, int(arg or 2), x0, w)
        elif kind == "box":
            box(pdf, arg, payload, x0, w)
        elif kind == "bullets":
            bullets(pdf, payload, x0, w)
        elif kind == "table":
            table(pdf, payload, kwargs(arg), x0, w)
        elif kind == "checks":
            checks(pdf, payload, kwargs(arg), x0, w)
        elif kind == "sig":
            sig(pdf, payload, x0, w)
        elif kind == "mono":
            mono(pdf, payload, float(arg or 8.5), x0, w)
        else:
            raise ValueError(f"unknown directive ::{kind}")


def letterhead(pdf: Doc, align: str, lines: list[str], x0: float, w: float):
    first = True
    for ln in lines:
        if not ln.strip():
            continue
        if first:
            pdf.set_font(pdf.fam, "B", pdf.size + 5)
            h = pdf.size * 0.7
        else:
            pdf.set_font(pdf.fam, "", pdf.size - 1.5)
            h = pdf.size * 0.42
        pdf.set_x(x0)
        pdf.cell(w, h, latin(ln.strip()), align=align, new_x="LMARGIN", new_y="NEXT")
        first = False
    y = pdf.get_y() + 1.5
    pdf.set_draw_color(90)
    pdf.line(x0, y, x0 + w, y)
    pdf.set_draw_color(0)
    pdf.set_y(y + 3)


def fields(pdf: Doc, lines: list[str], ncol: int, x0: float, w: float):
    colw = w / ncol
    for ln in lines:
        if not ln.strip():
            continue
        parts = [p.strip() for p in ln.split("||")]
        y = pdf.get_y()
        if y + pdf.lh > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        ymax = y
        for k, part in enumerate(parts):
            cx = x0 + k * colw
            label, sep, value = part.partition(":")
            if not sep:
                label, value = "", part
            pdf.set_xy(cx, y)
            if label:
                pdf.body_font("B")
                lw = pdf.get_string_width(latin(label + ":")) + 1.8
                pdf.cell(lw, pdf.lh + 0.4, latin(label + ":"))
            else:
                lw = 0
            pdf.body_font()
            pdf.set_xy(cx + lw, y)
            pdf.multi_cell(colw - lw - 2, pdf.lh + 0.4, latin(value.strip()),
                           new_x="LMARGIN", new_y="NEXT")
            ymax = max(ymax, pdf.get_y())
        pdf.set_y(ymax + 0.6)


def box(pdf: Doc, title: str, blocks, x0: float, w: float):
    pdf.ln(1.5)
    if pdf.get_y() + 20 > pdf.h - pdf.b_margin:
        pdf.add_page()
    page0, y0 = pdf.page, pdf.get_y()
    if title:
        pdf.set_fill_color(225, 228, 232)
        pdf.set_x(x0)
        pdf.body_font("B", 0.5)
        pdf.cell(w, pdf.lh + 2, latin(" " + title.upper()), fill=True, new_x="LMARGIN",
                 new_y="NEXT")
    pdf.ln(1.2)
    render_blocks(pdf, blocks, x0 + 2.5, w - 5)
    pdf.ln(1.2)
    y1 = pdf.get_y()
    top = y0 if pdf.page == page0 else pdf.t_margin
    pdf.set_draw_color(70)
    pdf.rect(x0, top, w, y1 - top)
    pdf.set_draw_color(0)
    pdf.ln(2)


def bullets(pdf: Doc, lines: list[str], x0: float, w: float):
    for ln in lines:
        if not ln.strip():
            continue
        level = 1 if ln.startswith("  ") else 0
        text = ln.strip()
        if text.startswith("- "):
            text = text[2:]
        bx = x0 + 2 + level * 5
        pdf.body_font()
        y = pdf.get_y()
        if y + pdf.lh > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(bx, y)
        pdf.cell(4, pdf.lh, chr(149) if pdf.fam != "courier" else "*")
        pdf.set_xy(bx + 4, y)
        pdf.multi_cell(w - (bx - x0) - 4, pdf.lh, latin(text), markdown="**" in text,
                       new_x="LMARGIN", new_y="NEXT")


def table(pdf: Doc, lines: list[str], kw: dict[str, str], x0: float, w: float):
    rows = [[c.strip() for c in ln.split("|")] for ln in lines if ln.strip()]
    if not rows:
        return
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    size = float(kw.get("size", pdf.size - 0.5))
    pdf.set_font(pdf.fam, "", size)
    if "widths" in kw:
        widths = [float(v) for v in kw["widths"].split(",")]
        scale = w / sum(widths)
        widths = [v * scale for v in widths]
    else:
        widths = [w / ncol] * ncol
    layout = {"all": TableBordersLayout.ALL, "none": TableBordersLayout.NONE,
              "hlines": TableBordersLayout.HORIZONTAL_LINES}[kw.get("border", "all")]
    fill = (238, 238, 238) if kw.get("border", "all") != "none" else None
    head = FontFace(emphasis="BOLD", fill_color=fill)
    pdf.ln(0.5)
    old_margin = pdf.l_margin
    pdf.set_left_margin(x0)
    pdf.set_x(x0)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=size * 0.45,
                   headings_style=head, borders_layout=layout, text_align="LEFT",
                   padding=1.1, cell_fill_mode="NONE") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(latin(c))
    pdf.set_left_margin(old_margin)
    pdf.ln(1.5)


def checks(pdf: Doc, lines: list[str], kw: dict[str, str], x0: float, w: float):
    at = float(kw.get("at", 0)) or w * 0.62
    for ln in lines:
        if not ln.strip():
            continue
        q, _, opts = ln.partition("??")
        y = pdf.get_y()
        if y + pdf.lh * 2 > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        pdf.body_font()
        pdf.set_xy(x0, y)
        pdf.multi_cell(at - 3, pdf.lh + 0.6, latin(q.strip()), align="L", new_x="LMARGIN",
                   new_y="NEXT")
        y1 = pdf.get_y()
        pdf.set_xy(x0 + at, y)
        pdf.set_font("courier", "B", pdf.size)
        pdf.multi_cell(w - at, pdf.lh + 0.6, latin(opts.strip()), new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y1, pdf.get_y()) + 0.8)


def sig(pdf: Doc, lines: list[str], x0: float, w: float):
    pdf.ln(4)
    if pdf.get_y() + 6 * pdf.lh > pdf.h - pdf.b_margin:
        pdf.add_page()
    y = pdf.get_y()
    pdf.line(x0, y, x0 + 75, y)
    pdf.set_y(y + 1)
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        italic = ln.strip().startswith("/")
        text = ln.strip().lstrip("/").strip() if italic else ln.strip()
        pdf.set_x(x0)
        pdf.body_font("B" if k == 0 else ("I" if italic else ""))
        pdf.multi_cell(w, pdf.lh, latin(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def mono(pdf: Doc, lines: list[str], size: float, x0: float, w: float):
    pdf.set_font("courier", "", size)
    h = size * 0.42
    for ln in lines:
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            pdf.set_font("courier", "", size)
        pdf.set_x(x0)
        pdf.cell(w, h, latin(ln), new_x="LMARGIN", new_y="NEXT")


def build(src: Path) -> Path:
    text = src.read_text(encoding="utf-8").splitlines()
    settings: dict[str, str] = {}
    while text and text[0].startswith("%"):
        key, _, val = text.pop(0)[1:].partition(" ")
        settings[key.strip()] = val.strip()
    pdf = Doc(settings)
    pdf.add_page()
    render_blocks(pdf, parse_blocks(text), pdf.l_margin, pdf.epw)
    out = src.with_name(src.name.replace(".doc.txt", ".pdf"))
    pdf.output(str(out))
    return out


def main(argv: list[str]) -> int:
    cases = argv or sorted(p.name for p in HERE.iterdir() if re.fullmatch(r"d\d{3}", p.name))
    for case in cases:
        for src in sorted((HERE / case).glob("*.doc.txt")):
            print("built", build(src).relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
