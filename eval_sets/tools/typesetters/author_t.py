# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset the batch-t chart documents (``<name>.src`` -> ``<name>.pdf``) with fpdf2.

Usage (from /work/main):
    .venv/bin/python eval_sets/anzupgo/staging/t/make_pdfs.py [case-dir-or-.src ...]
With no argument every ``*.src`` under this folder is typeset. Scanned documents of this
batch are ordinary ``.txt`` sources rendered by ``eval_sets/tools/render.py`` instead.

Source format (line oriented, my own; not render.py's):

Front matter, ``%% key: value`` lines at the very top:
  page        portrait | landscape
  font        sans | serif | mono                (Liberation TTF, DejaVu fallback)
  logo        WORDMARK | tagline                 text logo, boxed, top left of page 1
  letterhead  line // line // line               right-aligned block beside the logo
  banner      text                               inverse bar across the very top (fax / EHR)
  running     text                               small running head on pages 2+
  footer      small print; {page} and {pages} substituted
  stamp       RECEIVED | date | unit             red box stamp, page 1, top right
  accent      r,g,b                              colour of rules and section bars
  justify     true                               justify paragraphs (letters)

Body:
  = Title                          centred title with a rule
  # Section                        shaded section bar
  :: Label | Value || Label | Value    two-column label/value grid row (1 or 2 pairs)
  [] Label | Value || Label | Value    row of boxed fields (caption over value)
  ?? Question | [x] Opt | [ ] Opt  checkbox row, drawn boxes; a ticked box holds an X
  >> H1 | H2 | H3                  table header (widths from ``>>w 20,40,...`` optional)
  > c1 | c2 | c3                   table row (consecutive rows form one table)
  - text                           bullet
  ~ text                           small print paragraph
  __ text                          signature line with caption
  ! text                           bold paragraph
  ---page---                       page break
  blank line                       vertical space
  anything else                    wrapped paragraph
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
    "sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf", "LiberationMono-Italic.ttf"),
    "narrow": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
               "LiberationSansNarrow-Italic.ttf"),
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
        orient = "L" if meta.get("page", "portrait").startswith("land") else "P"
        super().__init__(orientation=orient, unit="pt", format="letter")
        self.meta = meta
        self.set_creation_date(FIXED)
        self.set_creator("staging/t make_pdfs.py")
        fam = meta.get("font", "sans")
        for name, files in FAMILIES.items():
            self.add_font(name, "", str(LIB / files[0]))
            self.add_font(name, "B", str(LIB / files[1]))
            self.add_font(name, "I", str(LIB / files[2]))
        self.add_font("dejavu", "", str(DJV / "DejaVuSans.ttf"))
        self.add_font("dejavu", "B", str(DJV / "DejaVuSans-Bold.ttf"))
        self.set_fallback_fonts(["dejavu"])
        self.fam = fam
        acc = meta.get("accent", "40,70,110")
        self.accent = tuple(int(x) for x in acc.split(","))
        self.set_margins(46, 40, 46)
        self.set_auto_page_break(True, margin=62)
        self.alias_nb_pages("{pages}")

    # ---- page furniture -------------------------------------------------------------
    def header(self) -> None:
        m = self.meta
        top = 22
        if m.get("banner"):
            self.set_fill_color(25, 25, 25)
            self.set_text_color(255, 255, 255)
            self.set_font("mono", "B", 8)
            self.set_xy(0, 8)
            self.cell(self.w, 13, "  " + m["banner"].replace("{page}", str(self.page_no())),
                      fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            top = 30
        if self.page_no() == 1:
            y = top
            if m.get("logo"):
                word, _, tag = m["logo"].partition("|")
                self.set_draw_color(*self.accent)
                self.set_line_width(1.6)
                self.set_font(self.fam, "B", 17)
                ww = self.get_string_width(word.strip()) + 18
                self.set_font(self.fam, "I", 7.5)
                ww = max(ww, self.get_string_width(tag.strip()) + 18)
                self.rect(self.l_margin, y, ww, 36)
                self.set_xy(self.l_margin, y + 3)
                self.set_text_color(*self.accent)
                self.set_font(self.fam, "B", 17)
                self.cell(ww, 20, word.strip(), align="C")
                self.set_xy(self.l_margin, y + 23)
                self.set_font(self.fam, "I", 7.5)
                self.cell(ww, 10, tag.strip(), align="C")
                self.set_text_color(0, 0, 0)
            if m.get("letterhead"):
                parts = [p.strip() for p in m["letterhead"].split("//")]
                self.set_font(self.fam, "", 8)
                yy = y
                right_w = 230
                x0 = self.w - self.r_margin - right_w
                if m.get("stamp"):
                    x0 -= 150
                for p in parts:
                    self.set_xy(x0, yy)
                    self.cell(right_w, 10, p, align="R")
                    yy += 10
            if m.get("logo") or m.get("letterhead"):
                self.set_y(y + 44)
                self.set_draw_color(*self.accent)
                self.set_line_width(0.8)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.set_y(self.get_y() + 8)
            else:
                self.set_y(top + 4)
            if m.get("stamp"):
                self._stamp(m["stamp"])
        else:
            self.set_y(top)
            if m.get("running"):
                self.set_font(self.fam, "I", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 10, m["running"], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.set_y(self.get_y() + 6)

    def _stamp(self, spec: str) -> None:
        parts = [p.strip() for p in spec.split("|")]
        w, h = 132, 16 + 10 * (len(parts) - 1) + 2
        x = self.w - self.r_margin - w - 4
        y = (30 if self.meta.get("banner") else 22) + 2
        keep = (self.x, self.y)
        ctx = self.rotation(angle=5, x=x + w / 2, y=y + h / 2)
        ctx.__enter__()
        self.set_draw_color(190, 30, 30)
        self.set_text_color(190, 30, 30)
        self.set_line_width(1.4)
        self.rect(x, y, w, h)
        self.rect(x + 2.5, y + 2.5, w - 5, h - 5)
        self.set_font("mono", "B", 12)
        self.set_xy(x, y + 3)
        self.cell(w, 13, parts[0], align="C")
        self.set_font("mono", "B", 8)
        for i, p in enumerate(parts[1:]):
            self.set_xy(x, y + 15 + 10 * i)
            self.cell(w, 10, p, align="C")
        ctx.__exit__(None, None, None)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(*keep)

    def footer(self) -> None:
        f = self.meta.get("footer")
        self.set_y(-50)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_y(-46)
        self.set_font(self.fam, "", 6.5)
        self.set_text_color(95, 95, 95)
        if f:
            self.multi_cell(0, 8, f.replace("{page}", str(self.page_no())), align="L")
        self.set_text_color(0, 0, 0)

    # ---- body blocks ----------------------------------------------------------------
    @property
    def usable(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def big_title(self, s: str) -> None:
        self.set_font(self.fam, "B", 14)
        self.cell(0, 20, s, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.6)
        y = self.get_y() + 1
        self.line(self.l_margin + 60, y, self.w - self.r_margin - 60, y)
        self.set_y(y + 6)

    def section(self, s: str) -> None:
        if self.get_y() > self.h - 110:
            self.add_page()
        self.set_y(self.get_y() + 3)
        r, g, b = self.accent
        self.set_fill_color(min(255, r + 170), min(255, g + 160), min(255, b + 130))
        self.set_font(self.fam, "B", 9.5)
        self.set_text_color(*self.accent)
        self.cell(0, 14, "  " + s.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(self.get_y() + 3)

    def para(self, s: str, style: str = "", size: float = 9.5, indent: float = 0) -> None:
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        align = "J" if self.meta.get("justify", "").lower() in {"true", "yes"} else "L"
        self.multi_cell(self.usable - indent, size * 1.32, s, new_x="LMARGIN", new_y="NEXT",
                        align=align)

    def bullet(self, s: str) -> None:
        self.set_font(self.fam, "", 9.5)
        y = self.get_y()
        self.set_xy(self.l_margin + 8, y)
        self.cell(10, 12.5, "\u2022")
        self.set_xy(self.l_margin + 20, y)
        self.multi_cell(self.usable - 20, 12.5, s, new_x="LMARGIN", new_y="NEXT", align="L")

    def kv_row(self, pairs: list[tuple[str, str]]) -> None:
        n = len(pairs)
        colw = self.usable / n
        labw = min(105, colw * 0.42) if n > 1 else 120
        lh = 12
        # measure heights
        heights = []
        for lab, val in pairs:
            self.set_font(self.fam, "", 9.5)
            lines = self.multi_cell(colw - labw - 4, lh, val or " ", dry_run=True, output="LINES")
            self.set_font(self.fam, "B", 8.5)
            llines = self.multi_cell(labw - 4, lh, lab, dry_run=True, output="LINES")
            heights.append(max(len(lines), len(llines)) * lh + 4)
        h = max(heights)
        if self.get_y() + h > self.h - 62:
            self.add_page()
        y = self.get_y()
        self.set_draw_color(200, 200, 200)
        self.set_line_width(0.4)
        for i, (lab, val) in enumerate(pairs):
            x = self.l_margin + i * colw
            self.set_fill_color(238, 240, 244)
            self.rect(x, y, labw, h, style="DF")
            self.rect(x + labw, y, colw - labw, h)
            self.set_xy(x + 2, y + 2)
            self.set_font(self.fam, "B", 8.5)
            self.multi_cell(labw - 4, lh, lab, align="L")
            self.set_xy(x + labw + 3, y + 2)
            self.set_font(self.fam, "", 9.5)
            self.multi_cell(colw - labw - 4, lh, val, align="L")
        self.set_xy(self.l_margin, y + h)

    def box_row(self, pairs: list[tuple[str, str]]) -> None:
        n = len(pairs)
        weights = [max(len(v), len(lab) * 0.8, 8) for lab, v in pairs]
        tot = sum(weights)
        gap = 6
        widths = [(self.usable - gap * (n - 1)) * w / tot for w in weights]
        lh = 11.5
        hs = []
        for (_lab, val), w in zip(pairs, widths, strict=False):
            self.set_font(self.fam, "", 9.5)
            lines = self.multi_cell(w - 8, lh, val or " ", dry_run=True, output="LINES")
            hs.append(len(lines) * lh + 16)
        h = max(hs)
        if self.get_y() + h > self.h - 62:
            self.add_page()
        y = self.get_y()
        x = self.l_margin
        self.set_line_width(0.7)
        self.set_draw_color(60, 60, 60)
        for (lab, val), w in zip(pairs, widths, strict=False):
            self.rect(x, y, w, h)
            self.set_xy(x + 3, y + 1.5)
            self.set_font(self.fam, "", 6.5)
            self.set_text_color(90, 90, 90)
            self.cell(w - 6, 8, lab.upper())
            self.set_text_color(0, 0, 0)
            self.set_xy(x + 4, y + 11)
            self.set_font(self.fam, "", 9.5)
            self.multi_cell(w - 8, lh, val, align="L")
            x += w + gap
        self.set_xy(self.l_margin, y + h + 5)

    def check_row(self, parts: list[str]) -> None:
        q, opts = parts[0], parts[1:]
        labels = [(o[3:].strip() if o.startswith("[") else o) for o in opts]
        ticks = [o.lower().startswith("[x]") for o in opts]
        self.set_font(self.fam, "", 9)
        need = sum(self.get_string_width(lb) + 24 for lb in labels)
        qw = self.usable * 0.46
        if need > self.usable - qw:
            qw = max(self.usable * 0.30, self.usable - need)
        optw_total = self.usable - qw
        weights = [self.get_string_width(lb) + 24 for lb in labels]
        # equal columns when they fit (a grid), otherwise proportional widths
        if opts and max(weights) * len(opts) <= optw_total:
            widths = [optw_total / len(opts)] * len(opts)
        else:
            tot = sum(weights) or 1
            widths = [optw_total * w / tot for w in weights]
        lh = 12
        self.set_font(self.fam, "", 9.5)
        qlines = self.multi_cell(qw - 4, lh, q, dry_run=True, output="LINES")
        olines = 1
        self.set_font(self.fam, "", 9)
        for lb, w in zip(labels, widths, strict=False):
            olines = max(olines, len(self.multi_cell(w - 13, 11, lb, dry_run=True, output="LINES")))
        h = max(len(qlines) * lh, olines * 11) + 5
        if self.get_y() + h > self.h - 62:
            self.add_page()
        y = self.get_y()
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.3)
        self.line(self.l_margin, y + h, self.w - self.r_margin, y + h)
        self.set_font(self.fam, "", 9.5)
        self.set_xy(self.l_margin, y + 2)
        self.multi_cell(qw - 4, lh, q, align="L")
        bx = self.l_margin + qw
        for lb, ticked, w in zip(labels, ticks, widths, strict=False):
            by = y + 3
            self.set_draw_color(20, 20, 20)
            self.set_line_width(0.8)
            self.rect(bx, by, 8.5, 8.5)
            if ticked:
                self.set_font("sans", "B", 8.5)
                self.set_xy(bx, by - 0.5)
                self.cell(8.5, 9.5, "X", align="C")
            self.set_font(self.fam, "", 9)
            self.set_xy(bx + 11, by - 1.5)
            self.multi_cell(w - 13, 11, lb, align="L")
            bx += w
        self.set_xy(self.l_margin, y + h + 1)

    def table_block(self, rows: list[list[str]], widths: list[float] | None) -> None:
        self.set_font(self.fam, "", 8.5)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.4)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.accent)
        self.set_fill_color(243, 245, 248)
        with self.table(
            col_widths=widths, headings_style=head, line_height=10.5, text_align="LEFT",
            cell_fill_color=(243, 245, 248), cell_fill_mode="ROWS", padding=2.5,
            width=self.usable,
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_y(self.get_y() + 4)

    def sig(self, s: str) -> None:
        if self.get_y() > self.h - 110:
            self.add_page()
        self.set_y(self.get_y() + 14)
        y = self.get_y()
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.6)
        self.line(self.l_margin, y, self.l_margin + 250, y)
        self.set_xy(self.l_margin, y + 2)
        self.set_font(self.fam, "", 8.5)
        self.multi_cell(self.usable, 11, s, new_x="LMARGIN", new_y="NEXT")


def split_pairs(s: str) -> list[tuple[str, str]]:
    out = []
    for chunk in s.split("||"):
        lab, _, val = chunk.partition("|")
        out.append((lab.strip(), val.strip()))
    return out


def build(src: Path) -> Path:
    meta, body = parse(src.read_text(encoding="utf-8"))
    pdf = Doc(meta)
    pdf.add_page()
    i = 0
    while i < len(body):
        line = body[i].rstrip()
        s = line.strip()
        if s == "---page---":
            pdf.add_page()
        elif not s:
            pdf.set_y(pdf.get_y() + 6)
        elif s.startswith("= "):
            pdf.big_title(s[2:].strip())
        elif s.startswith("# "):
            pdf.section(s[2:].strip())
        elif s.startswith(":: "):
            pdf.kv_row(split_pairs(s[3:]))
        elif s.startswith("[] "):
            pdf.box_row(split_pairs(s[3:]))
        elif s.startswith("?? "):
            pdf.check_row([p.strip() for p in s[3:].split("|")])
        elif s.startswith(">>"):
            widths = None
            if s.startswith(">>w "):
                widths = [float(x) for x in s[4:].split(",")]
                i += 1
                s = body[i].strip()
            rows = [[c.strip() for c in s[2:].split(" | ")]]
            while i + 1 < len(body) and body[i + 1].strip().startswith("> "):
                i += 1
                rows.append([c.strip() for c in body[i].strip()[2:].split(" | ")])
            pdf.table_block(rows, widths)
        elif s.startswith("- "):
            pdf.bullet(s[2:])
        elif s.startswith("~ "):
            pdf.set_text_color(70, 70, 70)
            pdf.para(s[2:], size=7.2)
            pdf.set_text_color(0, 0, 0)
        elif s.startswith("__ "):
            pdf.sig(s[3:])
        elif s.startswith("! "):
            pdf.para(s[2:], style="B")
        else:
            indent = (len(line) - len(line.lstrip())) * 4
            pdf.para(s, indent=indent)
        i += 1
    out = src.with_suffix(".pdf")
    out.write_bytes(bytes(pdf.output()))
    return out


def main(argv: list[str]) -> int:
    targets: list[Path] = []
    for a in argv or [str(HERE)]:
        p = Path(a)
        if p.is_dir():
            targets += sorted(p.rglob("*.src"))
        elif p.suffix == ".src":
            targets.append(p)
    rc = 0
    for t in targets:
        try:
            print(build(t))
        except Exception as e:  # keep going, report
            print(f"ERROR {t}: {e}", file=sys.stderr)
            rc = 1
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
