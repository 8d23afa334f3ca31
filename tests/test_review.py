"""Review storage and audit: real SQLite under a temp data dir, no Streamlit."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from review_fake_rules import initial_decision, recompute

from chartreview.errors import (
    ConflictError,
    InvalidArgumentError,
    ReadOnlyError,
    StorageError,
)
from chartreview.models import DecisionKind, ExtractorKind, ReviewStatus, Status
from chartreview.review import (
    ReviewStore,
    diff_decisions,
    export_json,
    rfi_text,
    worksheet_html,
)
from chartreview.review.render import render_page, words_boxes

AS_OF = dt.date(2026, 11, 20)


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    return ReviewStore(tmp_path / "data", recompute=recompute)


def _new(store: ReviewStore, name: str = "note.pdf"):
    f = store.save_upload(name, b"%PDF-1.4 fake bytes " + name.encode())
    return store.create_review([f], initial_decision(AS_OF), actor="tester")


def test_create_stores_upload_by_hash_and_review(store: ReviewStore) -> None:
    review = _new(store)
    assert review.status == "open" and review.version == 1
    assert review.decision.decision == DecisionKind.deny
    f = review.files[0]
    assert f.path == store.uploads / f"{f.sha256}.pdf" and f.path.exists()
    assert store.db_path.parent == store.uploads.parent
    con = sqlite3.connect(store.db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT count(*) FROM findings WHERE review_id=?",
                       (review.id,)).fetchone()[0] == 3


def test_data_dir_from_environment(tmp_path: Path, monkeypatch) -> None:
    from chartreview.settings import load_settings

    monkeypatch.setenv("CHARTREVIEW_DATA_DIR", str(tmp_path / "env-data"))
    s = ReviewStore(settings=load_settings(), recompute=recompute)
    assert s.db_path == tmp_path / "env-data" / "reviews.sqlite3" and s.db_path.exists()


def test_reject_and_add_recompute_the_decision(store: ReviewStore) -> None:
    review = _new(store)
    res = store.reject_finding(review.id, "f2", version=review.version, actor="amy")
    assert res.review.decision.decision == DecisionKind.needs_info
    changes = diff_decisions(res.previous, res.review.decision)
    assert [(c.id, c.before, c.after) for c in changes] == [("C", Status.not_met, Status.unknown)]
    res = store.add_finding(review.id, field="severity.stated", value="Moderate",
                            quote="moderate CHE", version=res.review.version, actor="amy")
    added = res.review.finding("h1")
    assert added.extractor == ExtractorKind.human and added.review == ReviewStatus.confirmed
    assert added.value == "moderate"
    assert res.review.decision.decision == DecisionKind.approve
    assert res.review.decision.approval.days == 120
    assert res.review.version == 3


def test_confirm_makes_a_negated_finding_count(store: ReviewStore) -> None:
    review = _new(store)
    r = store.reject_finding(review.id, "f2", version=1, actor="amy").review
    r = store.confirm_finding(r.id, "f3", version=r.version, actor="amy").review
    assert r.decision.decision == DecisionKind.approve
    assert r.decision.criteria[1].findings == ["f3"]


def test_edit_value_marks_human_and_validates(store: ReviewStore) -> None:
    review = _new(store)
    with pytest.raises(InvalidArgumentError, match="expected one of"):
        store.edit_finding(review.id, "f2", value="very bad", version=1, actor="amy")
    with pytest.raises(InvalidArgumentError, match="patient.age"):
        store.edit_finding(review.id, "f1", value="forty", version=1, actor="amy")
    r = store.edit_finding(review.id, "f1", value="16", version=1, actor="amy").review
    f1 = r.finding("f1")
    assert f1.value == 16 and f1.extractor == ExtractorKind.human
    assert f1.review == ReviewStatus.edited
    assert r.decision.criteria[0].status == Status.not_met
    exported = export_json(r)
    human = [f for f in exported["findings"] if f["extractor"] == "human"]
    assert [f["id"] for f in human] == ["f1"] and human[0]["review"] == "edited"
    json.dumps(exported)  # JSON-ready


def test_stale_version_is_a_conflict_not_an_overwrite(store: ReviewStore) -> None:
    review = _new(store)
    # Two reviewers open version 1; the first saves.
    store.reject_finding(review.id, "f2", version=1, actor="amy")
    with pytest.raises(ConflictError, match="changed since you opened it"):
        store.confirm_finding(review.id, "f3", version=1, actor="bob")
    now = store.get(review.id)
    assert now.finding("f2").review == ReviewStatus.rejected  # amy's write kept
    assert now.finding("f3").review == ReviewStatus.pending  # bob's not applied
    assert [e.action for e in store.history(review.id)] == ["create", "reject"]


def test_sign_off_is_read_only_until_reopened(store: ReviewStore) -> None:
    review = _new(store)
    with pytest.raises(InvalidArgumentError, match="rationale"):
        store.sign_off(review.id, reviewer="Amy", rationale=" ", version=1)
    r = store.sign_off(review.id, reviewer="Amy Lee", rationale="Mild per note", version=1)
    assert r.read_only and r.reviewer == "Amy Lee" and r.signed_at is not None
    with pytest.raises(ReadOnlyError, match="reopen"):
        store.reject_finding(r.id, "f2", version=r.version, actor="amy")
    with pytest.raises(ReadOnlyError):
        store.sign_off(r.id, reviewer="Amy", rationale="again", version=r.version)
    r = store.reopen(r.id, actor="Bob", reason="new chart note", version=r.version)
    assert r.status == "open"
    r = store.reject_finding(r.id, "f2", version=r.version, actor="bob").review
    actions = [(e.action, e.actor) for e in store.history(r.id)]
    assert actions == [("create", "tester"), ("sign_off", "Amy Lee"), ("reopen", "Bob"),
                       ("reject", "bob")]
    reopen = store.history(r.id)[2]
    assert reopen.after["reason"] == "new chart note" and reopen.before["reviewer"] == "Amy Lee"


def test_audit_log_is_append_only(store: ReviewStore) -> None:
    review = _new(store)
    store.reject_finding(review.id, "f2", version=1, actor="amy")
    con = sqlite3.connect(store.db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit SET actor='mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM audit")
    entry = store.history(review.id)[1]
    assert entry.before["finding"]["review"] == "pending"
    assert entry.after["finding"]["review"] == "rejected"
    assert entry.before["decision"] == "deny" and entry.after["decision"] == "needs_info"
    assert entry.policy_revision == "rev-toy"


def test_replay_rebuilds_the_stored_decision(store: ReviewStore) -> None:
    review = _new(store)
    r = store.reject_finding(review.id, "f2", version=1, actor="a").review
    r = store.add_finding(r.id, field="severity.stated", value="severe", version=r.version,
                          actor="a").review
    r = store.edit_finding(r.id, "f1", value=17, version=r.version, actor="a").review
    r = store.sign_off(r.id, reviewer="A", rationale="under 18", version=r.version)
    assert store.replay(r.id) == r.decision
    assert r.decision.decision == DecisionKind.deny
    # A tampered stored decision no longer matches its log.
    con = sqlite3.connect(store.db_path)
    d = json.loads(con.execute("SELECT decision FROM reviews").fetchone()[0])
    d["decision"] = "approve"
    con.execute("UPDATE reviews SET decision=?", (json.dumps(d),))
    con.commit()
    assert store.replay(r.id) != store.get(r.id).decision


def test_list_reviews_filters(store: ReviewStore) -> None:
    a = _new(store, "a.pdf")
    b = _new(store, "b.pdf")
    store.reject_finding(b.id, "f2", version=1, actor="x")
    store.sign_off(a.id, reviewer="Amy Lee", rationale="r", version=1)
    assert [s.id for s in store.list_reviews()] == [b.id, a.id]
    assert [s.id for s in store.list_reviews(decision="deny")] == [a.id]
    assert [s.id for s in store.list_reviews(decision=["needs_info"])] == [b.id]
    assert [s.id for s in store.list_reviews(reviewer="amy")] == [a.id]
    today = dt.datetime.now(dt.UTC).date()
    assert len(store.list_reviews(since=today, until=today)) == 2
    assert store.list_reviews(until=today - dt.timedelta(days=1)) == []
    assert store.list_reviews(status="signed")[0].files == ["a.pdf"]


def test_unknown_review_and_finding_are_one_line_errors(store: ReviewStore) -> None:
    review = _new(store)
    with pytest.raises(InvalidArgumentError, match="no review 99"):
        store.get(99)
    with pytest.raises(InvalidArgumentError, match="no finding 'zz'"):
        store.confirm_finding(review.id, "zz", version=1, actor="a")
    with pytest.raises(InvalidArgumentError, match="unknown finding field"):
        store.add_finding(review.id, field="nope", value=1, version=1, actor="a")


def test_unusable_data_dir_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="cannot use the data directory"):
        ReviewStore(blocker / "sub", recompute=recompute)


def test_rfi_lists_exactly_the_missing_documentation(store: ReviewStore) -> None:
    review = _new(store)
    r = store.reject_finding(review.id, "f2", version=1, actor="a").review
    text = rfi_text(r.decision, review_id=r.id)
    assert "the prescriber's severity rating" in text and "criterion C" in text
    assert "criterion A" not in text and f"review {r.id}" in text
    assert rfi_text(initial_decision()) == ""  # deny: nothing to ask for


def test_worksheet_lists_criteria_status_and_citations(store: ReviewStore) -> None:
    review = _new(store)
    r = store.sign_off(review.id, reviewer="Amy <b>Lee</b>", rationale="mild", version=1)
    page = worksheet_html(r)
    assert "Not met" in page and "Met" in page and "note.pdf p.1" in page
    assert "&lt;b&gt;Lee&lt;/b&gt;" in page and "<b>Lee</b>" not in page  # escaped
    assert "Moderate to severe per prescriber" in page


CHILD = textwrap.dedent("""
    import sys
    from review_fake_rules import recompute
    from chartreview.review import ReviewStore
    store = ReviewStore(sys.argv[1], recompute=recompute)
    rid = int(sys.argv[2])
    r = store.get(rid)
    i = 0
    while True:
        fid = ("f1", "f2", "f3")[i % 3]
        act = store.confirm_finding if i % 2 else store.reject_finding
        r = act(rid, fid, version=r.version, actor="child").review
        print(r.version, flush=True)
        i += 1
""")


def test_crash_mid_review_loses_nothing_committed(store: ReviewStore, tmp_path: Path) -> None:
    review = _new(store)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(store.data_dir), str(review.id)],
                             stdout=subprocess.PIPE, text=True, env=env)
    acked = 0
    try:
        for line in child.stdout:
            acked = int(line)
            if acked >= 40:
                break
    finally:
        child.send_signal(signal.SIGKILL)  # mid-write: the child never stops on its own
        child.wait()
    assert child.returncode == -signal.SIGKILL and acked >= 40
    again = ReviewStore(store.data_dir, recompute=recompute)  # reopen after the crash
    con = sqlite3.connect(again.db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    r = again.get(review.id)
    assert r.version >= acked  # every acknowledged write survived
    history = again.history(review.id)
    assert len(history) == r.version  # one audit row per committed change, no more, no less
    assert again.replay(review.id) == r.decision
    # and the review is still usable
    again.confirm_finding(review.id, "f1", version=r.version, actor="after-crash")


def test_render_highlights_the_boxes(tmp_path: Path) -> None:
    from pdfmaker import make_pdf

    from chartreview.models import Page, Word

    pdf = make_pdf(tmp_path / "p.pdf", ["Patient has moderate chronic hand eczema."])
    box = [72.0, 72.0, 200.0, 86.0]
    full = render_page(pdf, 1, [box], scale=1.0, band=None)
    assert full.size == (612, 792)
    px = full.getpixel((int(box[0]) + 2, int(box[3]) - 2))
    assert px[2] < 200 and px[0] > 200  # yellow-ish highlight, not white/black
    assert full.getpixel((300, 700)) == (255, 255, 255)  # untouched elsewhere
    crop = render_page(pdf, 1, [box], scale=2.0, band=20)
    assert crop.size == (int((200 + 30) * 2) - int((72 - 30) * 2),
                         int((86 + 20) * 2) - int((72 - 20) * 2))
    words = [Word(text="a", x0=10, top=10, x1=20, bottom=20, char_start=0, char_end=1),
             Word(text="b", x0=25, top=10, x1=40, bottom=20, char_start=2, char_end=3),
             Word(text="c", x0=10, top=30, x1=30, bottom=40, char_start=4, char_end=5)]
    page = Page(number=1, width=612, height=792, text="a b\nc", words=words)
    assert words_boxes(page, 0, 5) == [[10, 10, 40, 20], [10, 30, 30, 40]]
    assert words_boxes(page, 2, 3) == [[25, 10, 40, 20]]
