# Kept as written by an independent eval-case author (see eval_sets/README.md): it typeset
# that author's cases from their .src / .doc.txt sources in the staging folder they wrote in,
# before the cases moved to dev/. Not part of the package; not run by CI.
"""Typeset author P's eval documents.

Usage (from /work/main):
    .venv/bin/python eval_sets/anzupgo/staging/p/make_pdfs.py [case ...]

Every case folder dNNN/ holds its documents as readable sources:

* ``<name>.src``  -> ``<name>.pdf``  typeset here with plain fpdf2 and core fonts
  (office look: letterheads, justified letters, EHR notes, PA forms, tables).
* ``<name>.txt``  -> ``<name>.pdf``  a faxed/scanned page in the project's own chart format
  (``%% scan: true``), rendered by eval_sets/tools/render.py (image only, no text layer).

.src format (line based; a line starting with ``@`` is a directive)

  @doc font=times size=11 margin=25 align=J     first line; page setup
  @header TEXT / @footer TEXT                    every page; {page} {pages} substituted
  @c STYLE SIZE | TEXT                           centred line   (STYLE: - B I BI U)
  @l STYLE SIZE | TEXT                           left line
  @r TEXT                                        right-aligned line
  @rule / @rule2                                 thin rule / heavy rule
  @h TEXT                                        bold heading
  @bar TEXT                                      heading on a grey band (EHR section)
  @lbl LABEL | TEXT                              bold run-in label + wrapped text
  @kv LABEL | VALUE                              label column + value
  @field LABEL | VALUE [|| LABEL | VALUE ...]    form line(s): value underlined ('' = blank)
  @table W1,W2,... [nohead]                      rows "a | b | c" until @end; 1st row header
  @lines ... @end                                each line printed as is (addresses, sigs)
  @indent MM   @align J|L   @sp MM   @page
  other lines: paragraphs (joined until a blank line); "- " starts a bullet;
  **bold** inline inside paragraphs and @lbl text.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # /work/main
FIXED = datetime(2026, 1, 2, 9, 0, tzinfo=UTC)
FAMILIES = {"times": "Times", "helvetica": "Helvetica", "courier": "Courier", "arial": "Helvetica"}
SUBST = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
         "\u2265": ">=", "\u2264": "<=", "\u2022": "-"}


def latin(s: str) -> str:
    s = "".join(SUBST.get(ch, ch) for ch in s)
    s.encode("latin-1")  # fail loudly on anything a core font cannot print
    return s


def md(s: str) -> str:
    """Our inline markup is only **bold**; escape every other fpdf2 markdown marker."""
    s = latin(s)
    for m in ("--", "__", "~~"):
        s = s.replace(m, "\\" + m)
    return s


class Doc(FPDF):
    def __init__(self, opts: dict[str, str]):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.fam = FAMILIES[opts.get("font", "helvetica").lower()]
        self.size = float(opts.get("size", "10"))
        m = float(opts.get("margin", "20"))
        self.set_margins(m, m * 0.8, m)
        self.set_auto_page_break(True, margin=20)
        self.align = opts.get("align", "L")
        self.lh = float(opts.get("lh", str(round(self.size * 0.47, 2))))
        self.head_text = ""
        self.foot_text = ""
        self.indent = 0.0
        self.set_creation_date(FIXED)
        self.set_creator("Microsoft Word")  # ordinary office output
        self.set_producer("fpdf2")

    def header(self):
        if self.head_text:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(70)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, latin(self.head_text.replace("{page}", str(self.page_no()))
                                  .replace("{pages}", "{nb}")))
            self.set_text_color(0)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if self.foot_text:
            self.set_y(-14)
            self.set_font(self.fam, "", 8)
            self.set_text_color(80)
            self.cell(0, 4, latin(self.foot_text.replace("{page}", str(self.page_no()))
                                  .replace("{pages}", "{nb}")), align="C")
            self.set_text_color(0)

    # helpers -------------------------------------------------------------
    def para(self, text: str, bullet: bool = False):
        self.set_font(self.fam, "", self.size)
        x0 = self.l_margin + self.indent
        if bullet:
            self.set_x(x0)
            self.cell(5, self.lh, "-")
            x0 += 5
        self.set_x(x0)
        self.multi_cell(self.w - self.r_margin - x0, self.lh, md(text), align=self.align,
                        markdown=True, new_x="LMARGIN", new_y="NEXT")

    def line_styled(self, style: str, size: float, text: str, align: str):
        style = "" if style == "-" else style
        self.set_font(self.fam, style.replace("U", ""), size)
        if "U" in style:
            self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + (self.indent if align == "L" else 0))
        self.multi_cell(0, size * 0.45, latin(text), align=align, new_x="LMARGIN", new_y="NEXT")

    def rule(self, heavy=False):
        y = self.get_y() + 1
        self.set_line_width(0.6 if heavy else 0.2)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        if heavy:
            self.set_line_width(0.2)
            self.line(self.l_margin, y + 1, self.w - self.r_margin, y + 1)
        self.set_y(y + (3 if heavy else 2))

    def bar(self, text: str):
        self.ln(1.5)
        self.set_fill_color(225, 225, 225)
        self.set_font(self.fam, "B", self.size)
        self.cell(0, self.lh + 1.2, " " + latin(text), fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def heading(self, text: str):
        self.ln(1)
        self.set_font(self.fam, "B", self.size + 1)
        self.multi_cell(0, self.lh + 0.5, latin(text), new_x="LMARGIN", new_y="NEXT")

    def lbl(self, label: str, text: str):
        self.set_x(self.l_margin + self.indent)
        self.multi_cell(self.epw - self.indent, self.lh, md(f"**{label}** {text}".rstrip()),
                        align=self.align, markdown=True, new_x="LMARGIN", new_y="NEXT")

    def kv(self, label: str, value: str):
        self.set_font(self.fam, "B", self.size)
        self.set_x(self.l_margin + self.indent)
        self.cell(40, self.lh, latin(label))
        self.set_font(self.fam, "", self.size)
        self.multi_cell(self.epw - 40 - self.indent, self.lh, latin(value),
                        new_x="LMARGIN", new_y="NEXT")

    def fields(self, spec: str):
        parts = [p.strip() for p in spec.split("||")]
        slot = self.epw / len(parts)
        y = self.get_y()
        for n, part in enumerate(parts):
            label, _, value = (x.strip() for x in part.partition("|"))
            x = self.l_margin + n * slot
            self.set_xy(x, y)
            self.set_font(self.fam, "", self.size)
            lw = self.get_string_width(latin(label)) + 1.5
            self.cell(lw, self.lh + 1, latin(label))
            vw = slot - lw - 3
            self.set_font(self.fam, "", self.size)
            if value and self.get_string_width(latin(value)) > vw:
                # long answer: wrap it under the label, underlined line by line
                self.set_font(self.fam, "U", self.size)
                self.multi_cell(vw, self.lh + 1, latin(value), new_x="LMARGIN", new_y="NEXT")
                y = self.get_y() - (self.lh + 1)
                continue
            self.cell(vw, self.lh + 1, latin(value))
            self.set_line_width(0.15)
            self.line(x + lw, y + self.lh + 0.6, x + lw + vw, y + self.lh + 0.6)
        self.set_xy(self.l_margin, y + self.lh + 2.6)

    def table(self, widths: list[float], rows: list[list[str]], head: bool = True):
        self.set_font(self.fam, "", self.size - 0.5)
        total = sum(widths)
        widths = [w * self.epw / total for w in widths] if total > self.epw else widths
        with super().table(col_widths=widths, width=sum(widths), align="LEFT",
                           line_height=self.lh, text_align="LEFT", padding=1.2,
                           first_row_as_headings=head,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(232, 232, 232)),
                           borders_layout="SINGLE_TOP_LINE" if self.fam == "Courier" else "ALL"
                           ) as t:
            for r in rows:
                row = t.row()
                for c in r + [""] * (len(widths) - len(r)):
                    row.cell(latin(c))
        self.ln(1.5)


def build(src: Path) -> Path:
    lines = src.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("@doc"):
        raise ValueError(f"{src}: first line must be @doc")
    opts = dict(kv.split("=", 1) for kv in lines[0].split()[1:])
    pdf = Doc(opts)
    # header/footer must be known before the first page is opened
    for ln in lines:
        if ln.startswith("@header "):
            pdf.head_text = ln[8:].strip()
        elif ln.startswith("@footer "):
            pdf.foot_text = ln[8:].strip()
    pdf.add_page()
    buf: list[str] = []
    bullet = False

    def flush():
        nonlocal buf, bullet
        if buf:
            pdf.para(" ".join(s.strip() for s in buf), bullet)
        buf, bullet = [], False

    i = 1
    while i < len(lines):
        raw = lines[i]
        s = raw.rstrip()
        if s.startswith("@"):
            flush()
            cmd, _, arg = s.partition(" ")
            arg = arg.strip()
            if cmd in ("@header", "@footer"):
                pass
            elif cmd in ("@c", "@l"):
                head, _, text = arg.partition("|")
                style, size = (head.split() + ["10"])[:2]
                pdf.line_styled(style, float(size), text.strip(), "C" if cmd == "@c" else "L")
            elif cmd == "@r":
                pdf.set_font(pdf.fam, "", pdf.size)
                pdf.cell(0, pdf.lh, latin(arg), align="R", new_x="LMARGIN", new_y="NEXT")
            elif cmd == "@rule":
                pdf.rule()
            elif cmd == "@rule2":
                pdf.rule(heavy=True)
            elif cmd == "@h":
                pdf.heading(arg)
            elif cmd == "@bar":
                pdf.bar(arg)
            elif cmd == "@lbl":
                label, _, text = arg.partition("|")
                pdf.set_font(pdf.fam, "", pdf.size)
                pdf.lbl(label.strip(), text.strip())
            elif cmd == "@kv":
                label, _, text = arg.partition("|")
                pdf.kv(label.strip(), text.strip())
            elif cmd == "@field":
                pdf.fields(arg)
            elif cmd == "@table":
                spec, _, flag = arg.partition(" ")
                widths = [float(w) for w in spec.split(",")]
                rows = []
                i += 1
                while lines[i].strip() != "@end":
                    if lines[i].strip():
                        rows.append([c.strip() for c in lines[i].split(" | ")])
                    i += 1
                pdf.table(widths, rows, head=flag.strip() != "nohead")
            elif cmd == "@lines":
                pdf.set_font(pdf.fam, "", pdf.size)
                i += 1
                while lines[i].strip() != "@end":
                    t = lines[i].rstrip()
                    pdf.set_x(pdf.l_margin + pdf.indent)
                    if t.startswith("**") and t.endswith("**"):
                        pdf.set_font(pdf.fam, "B", pdf.size)
                        t = t[2:-2]
                    pdf.cell(0, pdf.lh, latin(t), new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font(pdf.fam, "", pdf.size)
                    i += 1
            elif cmd == "@indent":
                pdf.indent = float(arg)
            elif cmd == "@align":
                pdf.align = arg
            elif cmd == "@sp":
                pdf.ln(float(arg))
            elif cmd == "@page":
                pdf.add_page()
            else:
                raise ValueError(f"{src}:{i + 1}: unknown directive {cmd}")
        elif not s.strip():
            flush()
            pdf.ln(pdf.lh * 0.55)
        elif s.lstrip().startswith("- "):
            flush()
            buf, bullet = [s.lstrip()[2:]], True
        else:
            buf.append(s)
        i += 1
    flush()
    out = src.with_suffix(".pdf")
    pdf.output(str(out))
    return out


def render_scan(txt: Path) -> Path:
    subprocess.run([str(ROOT / ".venv/bin/python"), str(ROOT / "eval_sets/tools/render.py"),
                    str(txt)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return txt.with_suffix(".pdf")


def main(argv: list[str]) -> int:
    cases = argv or sorted(p.name for p in HERE.iterdir() if p.is_dir() and re.fullmatch(r"d\d+", p.name))
    for c in cases:
        for f in sorted((HERE / c).iterdir()):
            if f.suffix == ".src":
                print("typeset", build(f).relative_to(HERE))
            elif f.suffix == ".txt":
                print("scan   ", render_scan(f).relative_to(HERE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
