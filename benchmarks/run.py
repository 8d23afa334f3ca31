"""``make bench``: the figures issue #6 asks for, as ratios measured in one run.

- offline ``decide`` vs the parse floor (pdfplumber ``extract_text`` alone) on a 17-page and a
  200-page text chart;
- batch scaling: 100 requests with 2 workers vs 1;
- OCR seconds per scanned page;
- peak RSS of ``decide`` on a 500-page chart (a subprocess, so the figure is its own);
- LLM tokens sent per chart divided by the chart's own tokens.

Charts are generated here (fpdf2 / PIL), so a fresh clone needs nothing else. Results go to
``benchmarks/results/latest.json`` and are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOTE_PAGES = [
    """Lakeside Dermatology Associates - 200 Harbor Rd, Suite 4 - (555) 010-2000
PROGRESS NOTE    Visit date: 03/02/2026
Patient: Jordan Avery    DOB: 04/11/1971    MRN 0048812
HPI: 54 yo with chronic hand eczema since 06/2025, present > 8 months, worse with wet work.
Tried clobetasol 0.05% ointment BID x 6 weeks (01/05/2026 - 02/15/2026) with inadequate
response: persistent fissuring and scale on both palms.
Exam: erythema, scaling and fissures of bilateral palms. IGA-CHE: 3 (moderate).""",
    """Medications:
lisinopril 10 mg daily - active
atorvastatin 20 mg nightly - active
cetirizine 10 mg daily prn - active
No history of JAK inhibitor use. No systemic immunosuppressants.
Assessment: chronic hand eczema, moderate, refractory to super-high potency TCS.
Plan: start Anzupgo (delgocitinib) 2% cream BID; follow up 8 weeks.
Electronically signed by Maria Chen, MD, FAAD (Dermatology)  NPI 1467000000""",
    """Laboratory results (routine)
CBC within normal limits. CMP: glucose 96, creatinine 0.9, ALT 22, AST 19.
Lipid panel: total cholesterol 182, LDL 104, HDL 52, triglycerides 130.
TSH 1.8. Vitamin D 31. No action needed. Reviewed with patient by phone.
Patient education: gentle cleansers, frequent emollients, cotton-lined nitrile gloves.""",
]


def make_chart(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=10)
    for i in range(pages):
        pdf.add_page()
        pdf.set_xy(54, 54)
        text = NOTE_PAGES[0] if i == 0 else NOTE_PAGES[1] if i == 1 else NOTE_PAGES[2]
        for line in (text + f"\nPage {i + 1} of {pages}").splitlines():
            pdf.cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(54)
    pdf.output(str(path))
    return path


def make_scanned(path: Path, pages: int = 3, dpi: int = 200) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    scale = dpi / 72
    images = []
    for i in range(pages):
        img = Image.new("L", (int(612 * scale), int(792 * scale)), 255)
        draw = ImageDraw.Draw(img)
        font = (ImageFont.truetype(str(font_path), int(10 * scale)) if font_path.exists()
                else ImageFont.load_default())
        y = 54 * scale
        for line in NOTE_PAGES[i % len(NOTE_PAGES)].splitlines():
            draw.text((54 * scale, y), line, fill=0, font=font)
            y += 16 * scale
        images.append(img.rotate(1.2, fillcolor=255, expand=False).convert("RGB"))
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def parse_floor(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()


def decide_offline(path: Path) -> None:
    from chartreview.pipeline import decide

    decide([path], as_of=None, extractor="offline")


def bench_decide_ratio(work: Path, pages: int, repeat: int) -> dict:
    chart = make_chart(work / f"chart_{pages}p.pdf", pages)
    decide_offline(chart)  # warm imports and vocabularies
    floor = best_of(lambda: parse_floor(chart), repeat)
    full = best_of(lambda: decide_offline(chart), repeat)
    return {"pages": pages, "parse_floor_s": round(floor, 3), "decide_s": round(full, 3),
            "ratio": round(full / floor, 3), "goal": "<= 1.5"}


def bench_batch(work: Path, n: int) -> dict:
    from chartreview.batch import run_batch

    src = work / "batch"
    src.mkdir()
    # Each request is an average fax (17 pages), so the figure measures deciding, not the
    # pool's start-up.
    template = make_chart(work / "batch_template.pdf", 17)
    for i in range(n):
        d = src / f"r{i:03d}"
        d.mkdir()
        shutil.copy(template, d / "chart.pdf")
    timings = {}
    for workers in (1, 2):
        out = work / f"batch_{workers}.jsonl"
        t = time.perf_counter()
        counts = run_batch(src, out, workers=workers, progress=False)
        timings[workers] = time.perf_counter() - t
        assert counts["done"] == n, counts
    return {"requests": n, "workers_1_s": round(timings[1], 2), "workers_2_s": round(timings[2], 2),
            "speedup": round(timings[1] / timings[2], 3), "goal": ">= 1.8",
            "cores": os.cpu_count()}


def bench_ocr(work: Path, pages: int) -> dict:
    from chartreview.settings import load_settings
    from extract.pdf import load_document

    if shutil.which("tesseract") is None:
        return {"skipped": "tesseract is not installed"}
    scanned = make_scanned(work / "scanned.pdf", pages)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    t = time.perf_counter()
    doc = load_document(scanned, settings=load_settings(ocr=True))
    elapsed = time.perf_counter() - t
    return {"pages": pages, "ocr_pages": len(doc.ocr_pages),
            "seconds_per_page": round(elapsed / max(1, pages), 2)}


def bench_memory(work: Path, pages: int) -> dict:
    chart = make_chart(work / f"chart_{pages}p.pdf", pages)
    code = ("import resource,sys; from chartreview.pipeline import decide; "
            "d=decide([sys.argv[1]]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, str(chart)], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    kib = int(proc.stdout.strip().splitlines()[-1])
    return {"pages": pages, "peak_rss_mib": round(kib / 1024, 1), "goal_mib": 2048,
            "seconds": round(time.perf_counter() - t, 2)}


def bench_llm_tokens(work: Path) -> dict:
    try:
        from extract.llm import token_budget
    except ImportError as exc:
        return {"skipped": f"LLM extractor not available ({exc})"}
    from extract.pdf import load_documents

    out = {}
    for pages in (17, 200):
        chart = work / f"chart_{pages}p.pdf"
        if not chart.exists():
            make_chart(chart, pages)
        docs, _ = load_documents([chart])
        budget = token_budget(docs)
        out[f"{pages}p"] = budget
    samples = ROOT / "eval_sets" / "samples"
    if (samples / "labels.jsonl").exists():
        ratios = []
        for line in (samples / "labels.jsonl").read_text().splitlines():
            case = json.loads(line)
            docs, _ = load_documents([samples / f for f in case["files"]])
            b = token_budget(docs)
            ratios.append(b.get("ratio"))
        out["samples_ratio"] = ratios
    out["goal"] = "ratio <= 1.3"
    return out


def bench_llm_selection_recall(split: Path) -> dict:
    """Share of the labels' evidence quotes that the LLM page/line selection would send.

    Runs no model: it plans the windows exactly as ``extract.llm`` would (with the offline
    extractor's hits) and checks each evidence quote (whitespace/case-folded) against the text
    sent. Scanned documents' quotes are matched against their OCR text.
    """
    try:
        from extract.llm_prompt import estimate_tokens, plan
    except ImportError as exc:
        return {"skipped": f"LLM extractor not available ({exc})"}
    from extract.offline import extract
    from extract.pdf import load_documents

    labels = split / "labels.jsonl"
    if not labels.exists():
        return {"skipped": f"no {labels}"}

    def fold(t: str) -> str:
        return " ".join(t.split()).lower()

    found = total = 0
    sent_tokens = chart_tokens = 0
    missed: list[str] = []
    for line in labels.read_text().splitlines():
        case = json.loads(line)
        docs, _ = load_documents([split / f for f in case["files"]])
        windows = plan(docs, offline=extract(docs))
        sent = fold(" ".join(w.text() for w in windows))
        sent_tokens += sum(estimate_tokens(w.text()) for w in windows)
        chart_tokens += sum(estimate_tokens(p.text) for d in docs for p in d.pages)
        chart = fold(" ".join(p.text for d in docs for p in d.pages))
        for quotes in case.get("evidence", {}).values():
            for q in quotes:
                if fold(q) not in chart:
                    continue  # e.g. a quote an OCR misread: not a selection question
                total += 1
                if fold(q) in sent:
                    found += 1
                else:
                    missed.append(case["case"])
    return {"split": str(split.relative_to(ROOT)), "evidence_quotes": total,
            "recall": round(found / total, 4) if total else None,
            "missed_in_cases": sorted(set(missed)),
            "text_tokens_sent_vs_chart": round(sent_tokens / chart_tokens, 3)
            if chart_tokens else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repeats and requests")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "latest.json"))
    args = ap.parse_args()
    repeat = 1 if args.quick else 5
    results: dict = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"python": platform.python_version(), "cores": os.cpu_count(),
                    "platform": platform.platform()},
    }
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["CHARTREVIEW_DATA_DIR"] = str(work / "data")
        steps = [
            ("decide_vs_parse_17p", lambda: bench_decide_ratio(work, 17, repeat)),
            ("decide_vs_parse_200p", lambda: bench_decide_ratio(work, 200, repeat)),
            ("batch_scaling", lambda: bench_batch(work, 40 if args.quick else 100)),
            ("ocr", lambda: bench_ocr(work, 2 if args.quick else 4)),
            ("memory_500p", lambda: bench_memory(work, 500)),
            ("llm_tokens", lambda: bench_llm_tokens(work)),
            ("llm_selection_recall",
             lambda: bench_llm_selection_recall(ROOT / "eval_sets" / "anzupgo" / "dev")),
        ]
        for name, fn in steps:
            print(f"... {name}", file=sys.stderr, flush=True)
            results[name] = fn()
            print(f"{name}: {json.dumps(results[name])}", flush=True)
    results["self_peak_rss_mib"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
