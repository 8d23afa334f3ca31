"""Golden end-to-end outputs: the sample charts through ``chartreview decide --format json``.

A failure here means the decision, a reason, a finding or a quote changed. If the change is
intended, regenerate with ``.venv/bin/python tests/golden/update.py`` and review the diff.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
sys.path.insert(0, str(GOLDEN))

from update import SAMPLES, cases, golden_view  # noqa: E402


@pytest.mark.parametrize("case", cases(), ids=lambda c: c["case"])
def test_sample_matches_golden(case, tmp_path):
    golden_file = GOLDEN / f"{case['case']}.json"
    assert golden_file.exists(), "run tests/golden/update.py"
    proc = subprocess.run(
        [sys.executable, "-m", "chartreview.cli", "decide",
         *[str(SAMPLES / f) for f in case["files"]], "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={**__import__("os").environ, "CHARTREVIEW_DATA_DIR": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    got = golden_view(json.loads(proc.stdout))
    want = json.loads(golden_file.read_text())
    assert got["decision"] == want["decision"] == case["decision"]
    assert got["criteria"] == want["criteria"]
    assert got["findings"] == want["findings"]
    assert got == want
