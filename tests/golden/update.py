"""Regenerate the golden end-to-end outputs of the sample charts.

    .venv/bin/python tests/golden/update.py

Run it after an intended change to the extractor, the policy or the vocabularies, and review
the diff: ``tests/test_golden.py`` fails on any unreviewed change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
GOLDEN = Path(__file__).resolve().parent
SAMPLES = ROOT / "eval_sets" / "samples"


def golden_view(contract: dict) -> dict:
    """The parts of ``decide --format json`` that a reviewer would notice changing."""
    return {
        "policy": contract["policy"],
        "policy_revision": contract["policy_revision"],
        "decision": contract["decision"],
        "approval": contract["approval"],
        "as_of": contract["as_of"],
        "criteria": [
            {"id": c["id"], "status": c["status"], "reason": c["reason"],
             "findings": c["findings"]}
            for c in contract["criteria"]
        ],
        "findings": [
            {k: f[k] for k in ("id", "field", "value", "quote", "file", "page", "char_start",
                               "char_end", "alignment", "group", "context", "flags")}
            for f in contract["findings"]
        ],
        "missing": contract["missing"],
        "warnings": contract["warnings"],
    }


def cases() -> list[dict]:
    return [json.loads(x) for x in (SAMPLES / "labels.jsonl").read_text().splitlines() if x]


def main() -> None:
    from chartreview.pipeline import decide

    for case in cases():
        decision = decide([SAMPLES / f for f in case["files"]], as_of=None)
        path = GOLDEN / f"{case['case']}.json"
        path.write_text(json.dumps(golden_view(decision.to_contract()), indent=1,
                                   ensure_ascii=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
