"""Every file of the hostile corpus through the storage layer (what the review screen calls).

Each bad file gives one clear line and creates no review; the upload's bytes are kept (no
data is lost), and the service stays usable for the next, good upload.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chartreview.errors import ChartReviewError
from chartreview.review.service import ReviewService
from chartreview.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "eval_sets" / "samples"


@pytest.fixture()
def service(tmp_path) -> ReviewService:
    settings = load_settings(data_dir=tmp_path / "data")
    return ReviewService(settings, data_dir=tmp_path / "data")


def test_every_hostile_file_through_the_store(hostile_corpus, service):
    created = 0
    for name, (path, expected_error) in hostile_corpus.items():
        data = path.read_bytes()
        if expected_error:
            with pytest.raises(ChartReviewError) as err:
                service.start([(path.name, data)])
            msg = str(err.value)
            assert msg and "\n" not in msg, (name, msg)
            assert type(err.value).__name__ == expected_error, (name, msg)
        else:
            review = service.start([(path.name, data)])
            created += 1
            assert review.decision.decision.value in ("approve", "deny", "needs_info")
        assert len(service.store.list_reviews()) == created, name
    # Uploads are kept even when they could not be read: nothing the reviewer sent is lost.
    stored = list((service.store.uploads).glob("*.pdf"))
    assert len(stored) >= len([1 for p, _ in hostile_corpus.values() if p.stat().st_size])
    # ... and the service still works.
    case = json.loads((SAMPLES / "labels.jsonl").read_text().splitlines()[0])
    uploads = [(Path(f).name, (SAMPLES / f).read_bytes()) for f in case["files"]]
    import datetime as dt

    review = service.start(uploads, as_of=dt.date.fromisoformat(case["as_of"]))
    assert review.decision.decision.value == case["decision"]


def test_same_file_twice_is_read_once_with_a_warning(service):
    case = json.loads((SAMPLES / "labels.jsonl").read_text().splitlines()[0])
    first = SAMPLES / case["files"][0]
    data = first.read_bytes()
    review = service.start([(first.name, data), ("copy_" + first.name, data)])
    assert any("duplicate" in w.lower() or "same" in w.lower()
               for w in review.decision.warnings), review.decision.warnings
    assert len(service.docs(review)) == 1
