"""The ``chartreview`` command.

Every error a user can cause prints one line on stderr and exits 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from chartreview import __version__
from chartreview.errors import ChartReviewError, InvalidArgumentError
from chartreview.models import Decision, DecisionKind, Status

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "eval_sets" / "samples"

_BADGE = {Status.met: "met", Status.not_met: "NOT MET", Status.unknown: "unknown"}


# --------------------------------------------------------------------------------------
# decide
# --------------------------------------------------------------------------------------
def format_text(decision: Decision) -> str:
    """A readable summary: the decision, then one row per criterion with its best quote."""
    by_id = {f.id: f for f in decision.findings}
    head = f"{decision.policy}: {decision.decision.value.upper()}"
    if decision.approval:
        a = decision.approval
        head += f" for {a.days} days ({a.start} to {a.end})"
    lines = [
        head,
        f"as of {decision.as_of}  extractor {decision.extractor.value}  "
        f"policy revision {decision.policy_revision[:12]}",
        "",
    ]
    width = max((len(c.id) for c in decision.criteria), default=4)
    for c in decision.criteria:
        lines.append(f"  {c.id:<{width}}  {_BADGE[c.status]:<8} {c.reason}")
        quote = _best_quote(c.findings, by_id)
        if quote:
            lines.append(f"  {'':<{width}}  {'':<8} \u201c{quote[0]}\u201d ({quote[1]})")
    if decision.missing:
        lines += ["", "Missing documentation:"] + [f"  - {m}" for m in decision.missing]
    if decision.warnings:
        lines += ["", "Warnings:"] + [f"  - {w}" for w in decision.warnings]
    return "\n".join(lines)


def _best_quote(ids: list[str], by_id: dict) -> tuple[str, str] | None:
    candidates = [by_id[i] for i in ids if i in by_id and by_id[i].quote]
    if not candidates:
        return None
    # The engine lists a criterion's findings most relevant first; prefer aligned quotes.
    rank = {"exact": 0, "fuzzy": 1, "none": 2}
    best = min(candidates, key=lambda f: rank[f.alignment.value])
    quote = " ".join(best.quote.split())
    if len(quote) > 90:
        quote = quote[:87] + "..."
    return quote, f"{best.file}:{best.page}"


def cmd_decide(args: argparse.Namespace) -> int:
    from chartreview.pipeline import decide, parse_as_of

    as_of = parse_as_of(args.as_of)
    decision = decide(
        args.files,
        policy=args.policy,
        as_of=as_of,
        extractor=args.extractor,
        use_cache=not args.no_cache,
    )
    if args.format == "json":
        print(json.dumps(decision.to_contract(), indent=2, ensure_ascii=False))
    else:
        print(format_text(decision))
    return 0


# --------------------------------------------------------------------------------------
# demo: decide the bundled samples
# --------------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from chartreview.evaluate import load_labels
    from chartreview.pipeline import decide

    cases = load_labels(SAMPLES_DIR)
    wrong = 0
    for case in cases:
        decision = decide(
            [SAMPLES_DIR / f for f in case.files], as_of=case.as_of, extractor="offline"
        )
        ok = decision.decision == DecisionKind(case.decision)
        wrong += not ok
        print(f"=== sample {case.case}: expected {case.decision}, got "
              f"{decision.decision.value} {'(correct)' if ok else '(WRONG)'}")
        print(format_text(decision))
        print()
    print(f"{len(cases) - wrong} of {len(cases)} sample decisions correct")
    return 0


# --------------------------------------------------------------------------------------
# eval
# --------------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from chartreview.evaluate import render_report, run_eval

    report = run_eval(
        Path(args.dir),
        extractor=args.extractor,
        policy=args.policy,
        use_cache=not args.no_cache,
        progress=not args.quiet,
        workers=args.workers,
    )
    text = render_report(report, args.format)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        print(text)
    if args.min_decision_accuracy is not None:
        if report.decision_accuracy < args.min_decision_accuracy:
            print(
                f"chartreview: decision accuracy {report.decision_accuracy:.3f} is below "
                f"{args.min_decision_accuracy}",
                file=sys.stderr,
            )
            return 1
    return 0


# --------------------------------------------------------------------------------------
# batch
# --------------------------------------------------------------------------------------
def cmd_batch(args: argparse.Namespace) -> int:
    from chartreview.batch import run_batch

    summary = run_batch(
        Path(args.source),
        Path(args.out),
        workers=args.workers,
        policy=args.policy,
        extractor=args.extractor,
        progress=not args.quiet,
        retry_failed=args.retry_failed,
        engine=args.engine,
        scheduler=args.scheduler,
    )
    print(
        f"{summary['done']} decided, {summary['failed']} failed, "
        f"{summary['skipped']} already done -> {args.out}",
        file=sys.stderr,
    )
    return 0


# --------------------------------------------------------------------------------------
# ui
# --------------------------------------------------------------------------------------
def cmd_ui(args: argparse.Namespace) -> int:
    app = REPO_ROOT / "ui" / "app.py"
    if not app.exists():
        raise InvalidArgumentError(f"the review app is missing: {app}")
    argv = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.address", args.address,
        "--server.port", str(args.port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--server.maxUploadSize", "200",
        "--client.toolbarMode", "viewer",
    ]
    print(f"chartreview review app on http://{args.address}:{args.port}", file=sys.stderr)
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover


# --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chartreview",
        description="Chart abstraction for prior-authorization review.",
    )
    p.add_argument("--version", action="version", version=f"chartreview {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress (no chart text)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    d = sub.add_parser("decide", help="decide one request from its chart PDFs")
    d.add_argument("files", nargs="+", metavar="CHART.pdf", help="the request's documents")
    d.add_argument("--policy", default="IP0759", help="policy id or YAML path (IP0759)")
    d.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD",
                   help="request date (default: latest date of service in the documents)")
    d.add_argument("--format", choices=["text", "json"], default="text")
    d.add_argument("--extractor", choices=["offline", "llm"], default="offline")
    d.add_argument("--no-cache", action="store_true", help="bypass the LLM response cache")
    d.set_defaults(func=cmd_decide)

    e = sub.add_parser("eval", help="score an extractor on a labelled eval set")
    e.add_argument("dir", metavar="DIR", help="folder with labels.jsonl")
    e.add_argument("--extractor", choices=["offline", "llm"], default="offline")
    e.add_argument("--policy", default="IP0759")
    e.add_argument("--format", choices=["text", "json", "html"], default="text")
    e.add_argument("--out", metavar="FILE", help="write the report here instead of stdout")
    e.add_argument("--min-decision-accuracy", type=float, metavar="X",
                   help="exit 1 when decision accuracy is below X (0-1)")
    e.add_argument("--workers", type=int, default=1, help="cases decided in parallel")
    e.add_argument("--no-cache", action="store_true", help="bypass the LLM response cache")
    e.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    e.set_defaults(func=cmd_eval)

    b = sub.add_parser("batch", help="decide many requests; resumable")
    b.add_argument("source", metavar="DIR_OR_MANIFEST",
                   help="a folder of request folders, or a manifest (.jsonl/.csv)")
    b.add_argument("--out", required=True, metavar="results.jsonl")
    b.add_argument("--workers", type=int, default=1)
    b.add_argument("--policy", default="IP0759")
    b.add_argument("--extractor", choices=["offline", "llm"], default="offline")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local processes (default) or a Dask cluster")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (default with --engine dask: a local cluster)")
    b.add_argument("--retry-failed", action="store_true",
                   help="re-run requests whose earlier attempt failed")
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(func=cmd_batch)

    m = sub.add_parser("demo", help="decide the bundled sample charts")
    m.set_defaults(func=cmd_demo)

    u = sub.add_parser("ui", help="start the review app")
    u.add_argument("--port", type=int, default=8501)
    u.add_argument("--address", default="localhost")
    u.set_defaults(func=cmd_ui)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except ChartReviewError as exc:
        print(f"chartreview: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("chartreview: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, never a traceback
        logging.getLogger("chartreview").debug("internal error", exc_info=True)
        print(
            f"chartreview: internal error ({type(exc).__name__}); rerun with -v and report it",
            file=sys.stderr,
        )
        return 2



if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
