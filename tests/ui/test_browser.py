"""The review screen in a real Chromium (Debian's), driven by Playwright.

Starts ``streamlit run ui/app.py`` on 127.0.0.1 with a temp data dir, uploads a sample
chart's PDFs through the uploader, opens a criterion (page image with the quote highlighted),
confirms a finding, signs off, and saves a screenshot to tests/artifacts/. Prints the clicks
and seconds from upload to sign-off.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chartreview.review import ReviewStore
from chartreview.review.service import samples
from chartreview.settings import load_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def app_url(tmp_path: Path):
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed (make browser-deps installs it)")
    port = _free_port()
    env = {**os.environ, "CHARTREVIEW_DATA_DIR": str(tmp_path / "data"),
           "OMP_THREAD_LIMIT": "1"}
    log = (tmp_path / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "ui" / "app.py"),
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None, (tmp_path / "streamlit.log").read_text()[-2000:]
            time.sleep(0.3)
    yield f"http://127.0.0.1:{port}", tmp_path / "data"
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def _shot_on_failure(page, name: str):
    """Save a screenshot when a step fails (then re-raise)."""
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _settle(page) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=120_000)


def test_upload_confirm_sign_off_in_a_real_browser(app_url) -> None:
    from playwright.sync_api import sync_playwright

    url, data_dir = app_url
    sample = next(s for s in samples() if s.case == "approve1")
    ARTIFACTS.mkdir(exist_ok=True)
    clicks = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(url, timeout=60_000)
        uploader = page.locator('[data-testid="stFileUploader"] input[type="file"]')
        uploader.wait_for(state="attached", timeout=60_000)

        t0 = time.monotonic()
        uploader.set_input_files([str(f) for f in sample.files])  # one drag-and-drop
        clicks += 1
        page.get_by_text("Review 1 ·").wait_for(timeout=180_000)
        _settle(page)
        t_decided = time.monotonic() - t0

        # Open the first criterion: its findings and the highlighted page image appear.
        first = page.locator('[class*="st-key-exp-"] [data-testid="stExpander"]').first
        first.locator("summary").click()
        clicks += 1
        _settle(page)
        first.locator('[data-testid="stImage"] img').first.wait_for(timeout=60_000)
        first.get_by_role("button", name="Confirm").first.click()
        clicks += 1
        _settle(page)
        page.get_by_text("confirm f", exact=False).first.wait_for(timeout=60_000)

        name = page.get_by_label("Reviewer", exact=True)
        name.click()
        clicks += 1
        name.fill("Dana Reviewer")
        name.press("Tab")
        page.get_by_role("button", name="Sign off").click()
        clicks += 1
        page.get_by_text("Signed", exact=True).first.wait_for(timeout=60_000)
        _settle(page)
        seconds = time.monotonic() - t0
        page.screenshot(path=str(ARTIFACTS / "review_signed.png"), full_page=True)
        # the highlighted quote, close up
        first.locator('[data-testid="stImage"]').first.screenshot(
            path=str(ARTIFACTS / "highlight.png"))
        browser.close()

    store = ReviewStore(settings=load_settings(data_dir=data_dir))
    (summary,) = store.list_reviews()
    review = store.get(summary.id)
    assert review.read_only and review.reviewer == "Dana Reviewer"
    assert [e.action for e in store.history(review.id)] == ["create", "confirm", "sign_off"]
    assert [f.name for f in review.files] == [f.name for f in sample.files]
    print(f"\nupload -> signed decision: {clicks} clicks, {seconds:.1f} s "
          f"(decision shown after {t_decided:.1f} s); decision {review.decision.decision.value}")
    assert seconds < 120
