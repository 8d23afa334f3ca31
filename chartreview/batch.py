"""``chartreview batch``: decide many requests across processes, resumably.

Input is either a folder whose sub-folders are requests (each holding that request's PDFs)
or a manifest: ``.jsonl`` lines ``{"request": "r1", "files": ["a.pdf", ...], "as_of":
"YYYY-MM-DD"?}`` or a ``.csv`` with columns ``request,files[,as_of]`` (files separated by
``;``). Paths in a manifest are relative to the manifest's folder.

Output is one JSON line per request, appended and flushed as each finishes: the CLI's
``--format json`` contract plus ``"request"`` and ``"files"``, or ``{"request", "files",
"error"}`` for a request that failed. A rerun skips the requests already in the output, so
an interrupted batch resumes where it stopped; ``retry_failed`` re-runs the failed ones.

On a cluster the same unit of work (``decide_request``) maps onto any task engine; see
``docs/batch.md`` (Dask's ``distributed`` scheduler fits best: pure Python, local mode for
tests, the same code on a cluster).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from chartreview.errors import ChartReviewError, InvalidArgumentError


class Request(BaseModel):
    """One request of a batch: its id and its documents."""

    request: str
    """Unique id of the request (the sub-folder's name, or the manifest's value)."""
    files: list[str]
    """Absolute paths of the request's documents."""
    as_of: dt.date | None = None
    """The request date, if the manifest gives one."""
    extra: dict[str, Any] = Field(default_factory=dict)


def discover(source: Path) -> list[Request]:
    """The requests of a folder or manifest, in a stable order."""
    source = Path(source)
    if source.is_dir():
        reqs = []
        for sub in sorted(p for p in source.iterdir() if p.is_dir()):
            files = sorted(str(f) for f in sub.iterdir() if f.suffix.lower() == ".pdf")
            if files:
                reqs.append(Request(request=sub.name, files=files))
        if not reqs:
            raise InvalidArgumentError(f"{source}: no sub-folder holds a PDF")
        return reqs
    if not source.is_file():
        raise InvalidArgumentError(f"{source}: no such folder or manifest")
    base = source.parent
    if source.suffix.lower() == ".csv":
        return _from_csv(source, base)
    if source.suffix.lower() in (".jsonl", ".json"):
        return _from_jsonl(source, base)
    raise InvalidArgumentError(f"{source}: a manifest must be .jsonl or .csv")


def _abs(base: Path, f: str) -> str:
    p = Path(f)
    return str(p if p.is_absolute() else base / p)


def _from_jsonl(path: Path, base: Path) -> list[Request]:
    reqs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            raw["files"] = [_abs(base, f) for f in raw.get("files", [])]
            reqs.append(Request.model_validate(raw))
        except (json.JSONDecodeError, ValidationError, AttributeError, TypeError):
            raise InvalidArgumentError(
                f"{path}:{n}: expected {{\"request\": ..., \"files\": [...]}}"
            ) from None
    return _unique(reqs, path)


def _from_csv(path: Path, base: Path) -> list[Request]:
    reqs = []
    with path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            try:
                files = [_abs(base, f.strip()) for f in (row.get("files") or "").split(";")
                         if f.strip()]
                reqs.append(Request(request=row["request"], files=files,
                                    as_of=row.get("as_of") or None))
            except (KeyError, ValidationError):
                raise InvalidArgumentError(
                    f"{path}:{n}: expected columns request,files[,as_of]"
                ) from None
    return _unique(reqs, path)


def _unique(reqs: list[Request], path: Path) -> list[Request]:
    seen: set[str] = set()
    for r in reqs:
        if r.request in seen:
            raise InvalidArgumentError(f"{path}: request id {r.request!r} appears twice")
        seen.add(r.request)
    if not reqs:
        raise InvalidArgumentError(f"{path}: no requests")
    return reqs


def done_requests(out: Path, *, include_failed: bool = True) -> set[str]:
    """Ids already recorded in the output file (a torn last line is ignored)."""
    done: set[str] = set()
    if not out.exists():
        return done
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and "request" in rec:
            if include_failed or "error" not in rec:
                done.add(rec["request"])
    return done


def decide_request(req: Request, policy: str, extractor: str) -> dict[str, Any]:
    """Decide one request; never raises for a bad request (the error is recorded)."""
    from chartreview.pipeline import decide

    start = time.perf_counter()
    try:
        decision = decide(req.files, policy=policy, as_of=req.as_of, extractor=extractor)
        rec = {"request": req.request, "files": [Path(f).name for f in req.files]}
        rec.update(decision.to_contract())
    except ChartReviewError as exc:
        rec = {"request": req.request, "files": [Path(f).name for f in req.files],
               "error": exc.one_line()}
    except Exception as exc:  # noqa: BLE001 - one bad request must not stop the batch
        rec = {"request": req.request, "files": [Path(f).name for f in req.files],
               "error": f"internal error ({type(exc).__name__})"}
    rec["seconds"] = round(time.perf_counter() - start, 3)
    return rec


def _worker_init() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _append(fh, rec: dict[str, Any]) -> None:
    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    fh.flush()
    os.fsync(fh.fileno())


def run_batch(
    source: Path,
    out: Path,
    *,
    workers: int = 1,
    policy: str = "IP0759",
    extractor: str = "offline",
    progress: bool = True,
    retry_failed: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> dict[str, int]:
    """Decide every request not yet in ``out``; returns counts done / failed / skipped."""
    from rules.engine import load_policy

    load_policy(policy)
    if workers < 1:
        raise InvalidArgumentError("--workers must be at least 1")
    if engine not in ("local", "dask"):
        raise InvalidArgumentError(f"unknown engine {engine!r}: choose local or dask")
    requests = discover(source)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _repair_tail(out)
    skip = done_requests(out, include_failed=not retry_failed)
    todo = [r for r in requests if r.request not in skip]
    counts = {"done": 0, "failed": 0, "skipped": len(requests) - len(todo)}
    start = time.perf_counter()
    with out.open("a", encoding="utf-8") as fh:
        results = (
            _results_dask(todo, policy, extractor, workers, scheduler)
            if engine == "dask"
            else _results(todo, policy, extractor, workers)
        )
        for n, rec in enumerate(results, start=1):
            _append(fh, rec)
            counts["failed" if "error" in rec else "done"] += 1
            if progress:
                print(f"\r[{n}/{len(todo)}] {rec['request']} "
                      f"({time.perf_counter() - start:.1f}s)", end="", file=sys.stderr,
                      flush=True)
    if progress and todo:
        print(file=sys.stderr)
    return counts


def _results(
    todo: list[Request], policy: str, extractor: str, workers: int
) -> Iterable[dict[str, Any]]:
    if workers == 1 or len(todo) <= 1:
        for r in todo:
            yield decide_request(r, policy, extractor)
        return
    # Keep a bounded window of work in flight, so results stream out as they finish.
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
        pending: set[Future] = set()
        it = iter(todo)
        for r in it:
            pending.add(pool.submit(decide_request, r, policy, extractor))
            if len(pending) >= workers * 2:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                yield fut.result()
                nxt = next(it, None)
                if nxt is not None:
                    pending.add(pool.submit(decide_request, nxt, policy, extractor))


def _results_dask(
    todo: list[Request], policy: str, extractor: str, workers: int, scheduler: str | None
) -> Iterable[dict[str, Any]]:
    """The same unit of work on Dask: a scheduler address, or a local cluster of processes.

    Every worker needs chartreview installed and the documents readable at the same paths
    (a shared volume); results stream back to this process, which alone writes the output.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InvalidArgumentError(
            "--engine dask needs the 'cluster' extra: pip install 'chartreview[cluster]'"
        ) from None
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [client.submit(decide_request, r, policy, extractor, pure=False, retries=2)
                   for r in todo]
        for fut in as_completed(futures):
            yield fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _repair_tail(out: Path) -> None:
    """Drop a torn last line (a crash mid-write) so the file stays valid JSONL."""
    if not out.exists() or out.stat().st_size == 0:
        return
    data = out.read_bytes()
    if data.endswith(b"\n"):
        return
    cut = data.rfind(b"\n")
    out.write_bytes(data[: cut + 1] if cut >= 0 else b"")
