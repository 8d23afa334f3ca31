"""``chartreview batch``: many requests, failures recorded, resumable, parallel, on Dask."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chartreview.batch import discover, done_requests, run_batch
from chartreview.errors import InvalidArgumentError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "eval_sets" / "samples"


def _cases() -> list[dict]:
    path = SAMPLES / "labels.jsonl"
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


@pytest.fixture()
def batch_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CHARTREVIEW_DATA_DIR", str(tmp_path / "data"))
    src = tmp_path / "requests"
    for case in _cases():
        d = src / case["case"]
        d.mkdir(parents=True)
        for f in case["files"]:
            shutil.copy(SAMPLES / f, d / Path(f).name)
    bad = src / "zz_broken"
    bad.mkdir()
    (bad / "fax.pdf").write_bytes(b"this is not a pdf at all")
    return src


def _records(out: Path) -> dict[str, dict]:
    return {r["request"]: r for r in map(json.loads, out.read_text().splitlines())}


def test_batch_decides_records_failures_and_resumes(batch_dir, tmp_path):
    out = tmp_path / "results.jsonl"
    counts = run_batch(batch_dir, out, workers=1, progress=False)
    n = len(_cases())
    assert counts == {"done": n, "failed": 1, "skipped": 0}
    recs = _records(out)
    assert "not a PDF" in recs["zz_broken"]["error"] or "PDF" in recs["zz_broken"]["error"]
    expected = {c["case"]: c["decision"] for c in _cases()}
    for name, decision in expected.items():
        assert recs[name]["decision"] == decision
        assert recs[name]["policy"] == "IP0759"
        assert len(recs[name]["criteria"]) == 9
    # A rerun does nothing; a crash's torn last line is repaired and that request redone.
    assert run_batch(batch_dir, out, progress=False)["skipped"] == n + 1
    lines = out.read_text().splitlines()
    out.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2])
    again = run_batch(batch_dir, out, progress=False)
    assert again["skipped"] == n and again["done"] + again["failed"] == 1
    assert len(_records(out)) == n + 1
    # --retry-failed re-runs only the failure.
    retry = run_batch(batch_dir, out, progress=False, retry_failed=True)
    assert retry == {"done": 0, "failed": 1, "skipped": n}


def test_parallel_workers_give_the_same_decisions(batch_dir, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(batch_dir, one, workers=1, progress=False)
    run_batch(batch_dir, two, workers=2, progress=False)
    a, b = _records(one), _records(two)
    assert a.keys() == b.keys()
    for k in a:
        assert a[k].get("decision") == b[k].get("decision")
        assert a[k].get("error") == b[k].get("error")


def test_dask_local_cluster_runs_the_same_batch(batch_dir, tmp_path):
    pytest.importorskip("distributed")
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_batch(batch_dir, local, workers=1, progress=False)
    counts = run_batch(batch_dir, dask_out, workers=2, progress=False, engine="dask")
    assert counts["done"] + counts["failed"] == len(_cases()) + 1
    a, b = _records(local), _records(dask_out)
    assert {k: v.get("decision") for k, v in a.items()} == \
        {k: v.get("decision") for k, v in b.items()}


def test_manifests(tmp_path, batch_dir):
    cases = _cases()
    jl = tmp_path / "m.jsonl"
    jl.write_text("\n".join(json.dumps(
        {"request": c["case"], "files": [str(SAMPLES / f) for f in c["files"]],
         "as_of": c["as_of"]}) for c in cases))
    reqs = discover(jl)
    assert [r.request for r in reqs] == [c["case"] for c in cases]
    assert str(reqs[0].as_of) == cases[0]["as_of"]
    csv = tmp_path / "m.csv"
    csv.write_text("request,files,as_of\n" + "\n".join(
        f"{c['case']},{';'.join(str(SAMPLES / f) for f in c['files'])},{c['as_of']}"
        for c in cases))
    assert [r.files for r in discover(csv)] == [r.files for r in reqs]
    out = tmp_path / "r.jsonl"
    run_batch(jl, out, progress=False)
    recs = _records(out)
    for c in cases:
        assert recs[c["case"]]["as_of"] == c["as_of"]
    assert done_requests(out) == {c["case"] for c in cases}


def test_bad_manifests_are_one_line_errors(tmp_path):
    dup = tmp_path / "d.jsonl"
    dup.write_text('{"request": "a", "files": []}\n{"request": "a", "files": []}\n')
    with pytest.raises(InvalidArgumentError, match="twice"):
        discover(dup)
    broken = tmp_path / "b.jsonl"
    broken.write_text("{not json\n")
    with pytest.raises(InvalidArgumentError, match="b.jsonl:1"):
        discover(broken)
    with pytest.raises(InvalidArgumentError, match="no such"):
        discover(tmp_path / "missing")
