# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src / .doc.txt sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset author K's chart sources into PDFs with fpdf2 (core fonts, latin-1 only).

Usage (from anywhere):
    /work/main/.venv/bin/python /work/main/eval_sets/anzupgo/staging/k/make_pdfs.py [case ...]

Every ``<case>/<name>.src`` becomes ``<case>/<name>.pdf``.  (Scanned documents are written
in the project's own ``.txt`` format and rendered with eval_sets/tools/render.py instead.)

Source format (author K's own, deliberately simple):

  Front matter, lines starting ``#!`` at the very top, ``#! key: value``:
    style   epic | athena | ecw | form | letter     (overall look)
    font    helvetica | times | courier
    size    body size in pt (8-11)
    paper   letter | a4
    margin  page margin in mm
    org     organisation line(s), ``;`` separates lines (letterhead / first-page header)
    title   document title printed under the banner on page 1
    banner  ``Label=Value|Label=Value|...`` patient banner box printed at the top of EVERY page
    fax     tiny fax transmission line at the very top of every page ({p}/{n} substituted)
    footer  footer line ({p}/{n} substituted)
    boxes   draw | text   (how checkboxes are typeset on forms)
    fill    helvetica | times | courier  (font used for typed-in form values)

  Body lines:
    ## Heading            section heading (look depends on style)
    ### Sub               bold run-in sub-heading line
    K| label | value      bold label followed by wrapped value
    F| label | value [| label | value]   boxed form fields (2 or 4 columns)
    C| question || [x] opt | [ ] opt     checkbox line
    W| 20 | 30 | ...      column width percentages for the next table
    T| a | b | c          table row (consecutive T| lines are one table; first row = header)
    - text                bullet
    > text                indented paragraph
    SIG| text             signature line (italic)
    HR                    horizontal rule
    =page                 page break
    (blank)               small vertical space
    anything else         wrapped paragraph
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 2, 8, 0, tzinfo=UTC)
FAMILIES = {"helvetica": "Helvetica", "times": "Times", "courier": "Courier"}
REPL = {
    "\u2013": "-", "\u2014": "--", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2022": "*", "\u2265": ">=", "\u2264": "<=", "\u2026": "...",
}


def latin(s: str) -> str:
    s = "".join(REPL.get(c, c) for c in s)
    s.encode("latin-1")  # raise loudly on anything else
    return s


def parse(text: str) -> tuple[dict[str, str], list[str]]:
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].startswith("#!"):
        k, _, v = lines[i][2:].partition(":")
        meta[k.strip().lower()] = v.strip()
        i += 1
    body = lines[i:]
    while body and not body[-1].strip():
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    return meta, body


class Doc(FPDF):
    def __init__(self, meta: dict[str, str]):
        paper = meta.get("paper", "letter").lower()
        super().__init__(orientation="P", unit="mm", format="A4" if paper == "a4" else "Letter")
        self.meta = meta
        self.kind = meta.get("style", "epic").lower()
        self.fam = FAMILIES[meta.get("font", "helvetica").lower()]
        self.fill_fam = FAMILIES[meta.get("fill", meta.get("font", "helvetica")).lower()]
        self.fs = float(meta.get("size", "10"))
        self.lh = self.fs * 0.42  # mm per line
        m = float(meta.get("margin", "15"))
        self.set_margins(m, m, m)
        self.set_auto_page_break(True, margin=m + 6)
        self.set_creation_date(FIXED)
        self.set_creator("staging/k make_pdfs.py")
        self.set_title(meta.get("title", ""))
        self.banner = [p.split("=", 1) for p in meta.get("banner", "").split("|") if "=" in p]
        self.boxes = meta.get("boxes", "text").lower()

    # ---------------------------------------------------------------- page furniture
    def _sub(self, s: str) -> str:
        return latin(s.replace("{p}", str(self.page_no())).replace("{n}", "{nb}"))

    def header(self) -> None:
        if self.meta.get("fax"):
            self.set_font("Courier", "", 7)
            self.set_xy(self.l_margin, 4)
            self.cell(0, 3, self._sub(self.meta["fax"]))
            self.set_y(max(self.t_margin, 9))
        if self.kind == "letter":
            if self.page_no() == 1:
                self._letterhead()
            elif self.banner:
                self.set_font(self.fam, "", self.fs - 1)
                bits = "   ".join(f"{k}: {v}" for k, v in self.banner[:3])
                self.cell(0, self.lh, latin("Re: " + bits), new_x="LMARGIN", new_y="NEXT")
                self.cell(0, self.lh, latin(f"Page {self.page_no()}"), new_x="LMARGIN", new_y="NEXT")
                self.ln(self.lh)
            return
        if self.kind == "form":
            self._form_top()
            return
        if self.banner:
            self._banner()
        if self.page_no() == 1 and (self.meta.get("org") or self.meta.get("title")):
            for j, line in enumerate(self.meta.get("org", "").split(";")):
                if line.strip():
                    self.set_font(self.fam, "B" if j == 0 else "", self.fs + (1 if j == 0 else -1))
                    self.cell(0, self.lh + 0.5, latin(line.strip()), new_x="LMARGIN", new_y="NEXT")
            if self.meta.get("title"):
                self.set_font(self.fam, "B", self.fs + 2)
                self.cell(0, self.lh + 2, latin(self.meta["title"]), new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def fit(self, w: float, h: float, text: str, style: str = "", size: float | None = None) -> None:
        """A one-line cell whose font shrinks until the text fits the width."""
        size = size or self.fs
        t = latin(text)
        self.set_font(self.fam, style, size)
        while self.get_string_width(t) > w - 0.5 and size > 5:
            size -= 0.25
            self.set_font(self.fam, style, size)
        self.cell(w, h, t)

    def _banner(self) -> None:
        x0, y0 = self.l_margin, self.get_y()
        w = self.epw
        name_k, name_v = self.banner[0]
        rest = self.banner[1:]
        if self.kind == "athena":
            ncol = 3
            self.set_font(self.fam, "B", self.fs + 3)
            rows = (len(rest) + ncol - 1) // ncol
            h = self.lh * 1.6 + rows * (self.lh + 0.4) + 2
            self.set_line_width(0.6)
            self.rect(x0, y0, w, h)
            self.set_line_width(0.2)
            self.set_xy(x0 + 2, y0 + 1)
            self.cell(w - 4, self.lh * 1.6, latin(name_v))
            self.set_font(self.fam, "", self.fs - 1)
            for i, (k, v) in enumerate(rest):
                r, c = divmod(i, ncol)
                self.set_xy(x0 + 2 + c * (w - 4) / ncol, y0 + 1 + self.lh * 1.6 + r * (self.lh + 0.4))
                self.fit((w - 4) / ncol - 1, self.lh, f"{k}: {v}", size=self.fs - 1)
        elif self.kind == "ecw":
            ncol = 2
            self.set_font(self.fam, "", self.fs - 0.5)
            rows = (len(self.banner) + ncol - 1) // ncol
            h = rows * (self.lh + 0.6) + 2
            self.rect(x0, y0, w, h)
            self.line(x0 + w / 2, y0, x0 + w / 2, y0 + h)
            for i, (k, v) in enumerate(self.banner):
                r, c = divmod(i, ncol)
                self.set_xy(x0 + 1.5 + c * w / 2, y0 + 1 + r * (self.lh + 0.6))
                self.set_font(self.fam, "B", self.fs - 0.5)
                lab = latin(f"{k}: ")
                self.cell(self.get_string_width(lab), self.lh, lab)
                self.fit(w / 2 - 3 - self.get_string_width(lab), self.lh, v, size=self.fs - 0.5)
        else:  # epic-like: grey band, name bold then pairs
            ncol = 4
            rows = (len(rest) + ncol - 1) // ncol
            h = self.lh + 1.5 + rows * (self.lh + 0.3) + 1.5
            self.set_fill_color(228, 228, 228)
            self.rect(x0, y0, w, h, style="DF")
            self.set_xy(x0 + 1.5, y0 + 1)
            self.set_font(self.fam, "B", self.fs + 1)
            self.cell(w - 3, self.lh + 0.5, latin(name_v))
            self.set_font(self.fam, "", self.fs - 1.5)
            for i, (k, v) in enumerate(rest):
                r, c = divmod(i, ncol)
                self.set_xy(x0 + 1.5 + c * (w - 3) / ncol, y0 + 1 + self.lh + 1.5 + r * (self.lh + 0.3))
                self.fit((w - 3) / ncol - 1, self.lh, f"{k}: {v}", size=self.fs - 1.5)
        self.set_xy(x0, y0 + h + 3)

    def _letterhead(self) -> None:
        org = [s.strip() for s in self.meta.get("org", "").split(";") if s.strip()]
        if not org:
            return
        self.set_font(self.fam, "B", self.fs + 5)
        self.cell(0, self.lh * 2, latin(org[0]), align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.fam, "", self.fs - 1)
        for line in org[1:]:
            self.cell(0, self.lh, latin(line), align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1.5
        self.set_line_width(0.5)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_y(y + 4)

    def _form_top(self) -> None:
        org = [s.strip() for s in self.meta.get("org", "").split(";") if s.strip()]
        x0, w = self.l_margin, self.epw
        y0 = self.get_y()
        self.set_fill_color(40, 40, 40)
        self.set_text_color(255)
        self.set_font(self.fam, "B", self.fs + 2)
        self.set_xy(x0, y0)
        self.cell(w, self.lh * 1.8, latin(org[0] if org else "PRIOR AUTHORIZATION"), fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_font(self.fam, "", self.fs - 1)
        for line in org[1:]:
            self.cell(w, self.lh, latin(line), new_x="LMARGIN", new_y="NEXT")
        if self.meta.get("title") and self.page_no() == 1:
            self.set_font(self.fam, "B", self.fs + 1)
            self.cell(w, self.lh * 1.5, latin(self.meta["title"]), new_x="LMARGIN", new_y="NEXT")
        if self.page_no() > 1 and self.banner:
            self.set_font(self.fam, "", self.fs - 1)
            self.cell(w, self.lh, latin("   ".join(f"{k}: {v}" for k, v in self.banner[:3])),
                      border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        f = self.meta.get("footer")
        if not f:
            return
        self.set_y(-(self.b_margin - 1))
        self.set_font(self.fam, "I" if self.fam != "Courier" else "", max(self.fs - 2, 6.5))
        self.set_text_color(80)
        self.cell(0, 4, self._sub(f), align="C")
        self.set_text_color(0)

    # ---------------------------------------------------------------- body elements
    def heading(self, s: str) -> None:
        self.ln(1.2)
        if self.get_y() > self.h - self.b_margin - 4 * self.lh:
            self.add_page()
        if self.kind == "athena":
            self.set_fill_color(210, 218, 230)
            self.set_font(self.fam, "B", self.fs)
            self.cell(0, self.lh + 1.2, latin(s.upper()), fill=True, new_x="LMARGIN", new_y="NEXT")
        elif self.kind == "ecw":
            self.set_font(self.fam, "B", self.fs)
            self.cell(0, self.lh + 1, latin(s + ":"), new_x="LMARGIN", new_y="NEXT")
        elif self.kind in ("letter", "form"):
            self.set_font(self.fam, "B", self.fs + 0.5)
            self.cell(0, self.lh + 1, latin(s), new_x="LMARGIN", new_y="NEXT")
        else:
            self.set_font(self.fam, "B", self.fs + 1)
            self.cell(0, self.lh + 1, latin(s), new_x="LMARGIN", new_y="NEXT")
            y = self.get_y()
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.ln(0.8)
        self.set_font(self.fam, "", self.fs)

    def para(self, s: str, indent: float = 0.0, style: str = "") -> None:
        self.set_font(self.fam, style, self.fs)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, self.lh, latin(s), new_x="LMARGIN", new_y="NEXT")

    def bullet(self, s: str) -> None:
        self.set_font(self.fam, "", self.fs)
        self.set_x(self.l_margin + 2)
        self.cell(4, self.lh, "-")
        self.multi_cell(self.epw - 6, self.lh, latin(s), new_x="LMARGIN", new_y="NEXT")

    def keyval(self, k: str, v: str) -> None:
        self.set_font(self.fam, "B", self.fs)
        lab = latin(k.strip() + ": ")
        lw = self.get_string_width(lab) + 0.5
        self.cell(lw, self.lh, lab)
        self.set_font(self.fam, "", self.fs)
        self.multi_cell(self.epw - lw, self.lh, latin(v.strip()), new_x="LMARGIN", new_y="NEXT")

    def _lines(self, text: str, width: float) -> list[str]:
        if not text:
            return [""]
        return self.multi_cell(width, self.lh, latin(text), dry_run=True, output="LINES")

    def table(self, rows: list[list[str]], pct: list[float] | None) -> None:
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        if not pct or len(pct) != ncol:
            pct = [100.0 / ncol] * ncol
        tot = sum(pct)
        widths = [self.epw * p / tot for p in pct]
        fs = self.fs - 0.5
        pad = 1.0
        for ri, row in enumerate(rows):
            self.set_font(self.fam, "B" if ri == 0 else "", fs)
            cells = [self._lines(c, w - 2 * pad) for c, w in zip(row, widths, strict=True)]
            h = max(len(c) for c in cells) * self.lh + 2 * pad * 0.6
            if self.get_y() + h > self.h - self.b_margin:
                self.add_page()
            x, y = self.l_margin, self.get_y()
            for lines, w in zip(cells, widths, strict=True):
                if ri == 0:
                    self.set_fill_color(235, 235, 235)
                    self.rect(x, y, w, h, style="DF")
                else:
                    self.rect(x, y, w, h)
                for j, ln in enumerate(lines):
                    self.set_xy(x + pad, y + pad * 0.6 + j * self.lh)
                    self.cell(w - 2 * pad, self.lh, ln)
                x += w
            self.set_xy(self.l_margin, y + h)
        self.ln(self.lh * 0.6)
        self.set_font(self.fam, "", self.fs)

    def fields(self, parts: list[str]) -> None:
        pairs = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
        colw = self.epw / len(pairs)
        labw = min(colw * 0.38, 46.0)
        valw = colw - labw
        self.set_font(self.fill_fam, "", self.fs)
        hs = []
        for lab, val in pairs:
            self.set_font(self.fam, "B", self.fs - 1.5)
            nl = len(self._lines(lab, labw - 2))
            self.set_font(self.fill_fam, "", self.fs)
            nv = len(self._lines(val, valw - 2))
            hs.append(max(nl, nv))
        h = max(hs) * self.lh + 1.6
        if self.get_y() + h > self.h - self.b_margin:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        for lab, val in pairs:
            self.set_fill_color(242, 242, 242)
            self.rect(x, y, labw, h, style="DF")
            self.rect(x + labw, y, valw, h)
            self.set_font(self.fam, "B", self.fs - 1.5)
            for j, ln in enumerate(self._lines(lab, labw - 2)):
                self.set_xy(x + 1, y + 0.8 + j * self.lh)
                self.cell(labw - 2, self.lh, ln)
            self.set_font(self.fill_fam, "", self.fs)
            for j, ln in enumerate(self._lines(val, valw - 2)):
                self.set_xy(x + labw + 1, y + 0.8 + j * self.lh)
                self.cell(valw - 2, self.lh, ln)
            x += colw
        self.set_xy(self.l_margin, y + h)
        self.set_font(self.fam, "", self.fs)

    def checks(self, question: str, opts: list[str]) -> None:
        self.set_font(self.fam, "", self.fs)
        if question:
            self.multi_cell(self.epw, self.lh, latin(question), new_x="LMARGIN", new_y="NEXT")
        x = self.l_margin + 4
        y = self.get_y()
        for o in opts:
            o = o.strip()
            ticked = o[:3].lower() == "[x]"
            label = o[3:].strip() if o.startswith("[") else o
            if self.boxes == "draw":
                s = self.lh * 0.8
                if x + s + 2 + self.get_string_width(latin(label)) > self.w - self.r_margin:
                    x, y = self.l_margin + 4, y + self.lh + 0.8
                self.rect(x, y + 0.3, s, s)
                if ticked:
                    self.set_font("Helvetica", "B", self.fs - 1)
                    self.set_xy(x, y + 0.2)
                    self.cell(s, s, "X", align="C")
                    self.set_font(self.fam, "", self.fs)
                self.set_xy(x + s + 1.2, y)
                t = latin(label)
                self.cell(self.get_string_width(t) + 1, self.lh, t)
                x += s + 1.2 + self.get_string_width(t) + 6
            else:
                t = latin(("[X] " if ticked else "[ ] ") + label)
                if x + self.get_string_width(t) > self.w - self.r_margin:
                    x, y = self.l_margin + 4, y + self.lh + 0.8
                self.set_xy(x, y)
                self.cell(self.get_string_width(t) + 1, self.lh, t)
                x += self.get_string_width(t) + 6
        self.set_xy(self.l_margin, y + self.lh + 1)

    def sig(self, s: str) -> None:
        self.set_font(self.fam, "I" if self.fam != "Courier" else "", self.fs)
        self.multi_cell(self.epw, self.lh, latin(s), new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.fam, "", self.fs)

    def rule(self) -> None:
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 1.5)


def render(src: Path) -> Path:
    meta, body = parse(src.read_text(encoding="utf-8"))
    pdf = Doc(meta)
    pdf.add_page()
    i = 0
    pct: list[float] | None = None
    while i < len(body):
        line = body[i].rstrip()
        s = line.strip()
        if s == "=page":
            pdf.add_page()
        elif s.startswith("W|"):
            pct = [float(x) for x in s[2:].split("|")]
        elif s.startswith("T|"):
            rows = []
            while i < len(body) and body[i].strip().startswith("T|"):
                rows.append([c.strip() for c in body[i].strip()[2:].split("|")])
                i += 1
            pdf.table(rows, pct)
            pct = None
            continue
        elif s.startswith("F|"):
            pdf.fields([c.strip() for c in s[2:].split("|")])
        elif s.startswith("C|"):
            q, _, rest = s[2:].partition("||")
            pdf.checks(q.strip(), [o for o in rest.split("|") if o.strip()])
        elif s.startswith("K|"):
            _, k, v = s.split("|", 2)
            pdf.keyval(k, v)
        elif s.startswith("SIG|"):
            pdf.sig(s[4:].strip())
        elif s == "HR":
            pdf.rule()
        elif s.startswith("### "):
            pdf.para(s[4:], style="B")
        elif s.startswith("## "):
            pdf.heading(s[3:])
        elif s.startswith("- "):
            pdf.bullet(s[2:])
        elif s.startswith("> "):
            pdf.para(s[2:], indent=6)
        elif not s:
            pdf.ln(pdf.lh * 0.5)
        else:
            pdf.para(s)
        i += 1
    out = src.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def main(argv: list[str]) -> int:
    cases = argv or sorted(p.name for p in HERE.iterdir() if p.is_dir())
    n = 0
    for c in cases:
        for src in sorted((HERE / c).glob("*.src")):
            render(src)
            n += 1
    print(f"rendered {n} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
