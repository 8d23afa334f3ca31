"""The review screen under Streamlit's AppTest, with the real pipeline, rules and SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from chartreview import pipeline
from chartreview.models import ReviewStatus
from chartreview.review import ReviewStore, export_json
from chartreview.review.service import criterion_fields, samples
from chartreview.settings import load_settings

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("CHARTREVIEW_DATA_DIR", str(d))
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    return d


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    assert not at.exception, at.exception
    return at


def _store() -> ReviewStore:
    return ReviewStore(settings=load_settings())


def _errors(at: AppTest) -> list[str]:
    """One-line error messages on screen (a deny decision is also drawn as st.error)."""
    return [e.value for e in at.error if e.icon == ":material/error:"]


def _texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [m.value for m in at.caption]
    parts += [str(x.value) for kind in ("success", "error", "warning", "info") for x in
              getattr(at, kind)]
    return "\n".join(parts)


def _pick_changing_findings(review) -> tuple[str, list[str]]:
    """Pending findings whose rejection changes the decision, per the rules engine: a single
    cited finding when one suffices, else every finding of the fields one criterion cites (a
    well-documented chart states a fact twice: the DOB in the header and the footer)."""
    d = review.decision

    def changes(ids: set[str]) -> bool:
        trial = [f.model_copy(update={"review": ReviewStatus.rejected}) if f.id in ids
                 else f for f in d.findings]
        again = pipeline.recompute(trial, policy=d.policy, as_of=d.as_of,
                                   extractor=d.extractor, warnings=review.base_warnings)
        return again.decision != d.decision

    for c in d.criteria:
        for fid in c.findings:
            if changes({fid}):
                return c.id, [fid]
    shown = criterion_fields(review.policy)  # the fields the screen lists under a criterion
    groups = []
    for c in d.criteria:  # every finding of the fields one criterion cites, fewest first
        fields = {f.field for f in d.findings if f.id in c.findings} & set(shown.get(c.id, ()))
        groups.append((c.id, [f.id for f in d.findings if f.field in fields]))
    for cid, ids in sorted(groups, key=lambda g: len(g[1])):
        if ids and changes(set(ids)):
            return cid, ids
    pytest.fail("no rejection of one criterion's findings changes this decision")


def test_sample_review_confirm_reject_sign_export(data_dir: Path) -> None:
    cases = {s.case: s for s in samples()}
    assert "approve1" in cases, "bundled samples missing"
    at = _app()
    at.selectbox(key="sample").set_value("approve1").run()
    at.button(key="sample_go").click().run()
    assert not at.exception, at.exception
    assert not _errors(at), _errors(at)
    store = _store()
    (summary,) = store.list_reviews()
    review = store.get(summary.id)
    before = review.decision
    # The decision is at the top, with every criterion's wording in the checklist.
    shown = _texts(at)
    assert f"Review {review.id}" in shown
    labels = [e.label for e in at.expander]
    for c in before.criteria:
        assert any(c.id in lab for lab in labels), c.id

    # Confirm one finding (one the rules do not depend on changing), reject another.
    crit_reject, reject_ids = _pick_changing_findings(review)
    reject_id = reject_ids[-1]
    cited = [fid for c in before.criteria for fid in c.findings]
    confirm_id = next(fid for fid in cited if fid not in reject_ids)
    crit_confirm = next(c.id for c in before.criteria if confirm_id in c.findings)
    for cid in {crit_confirm, crit_reject}:  # open the two criteria, as a reviewer would
        at.session_state[f"exp-{review.id}-{cid}"] = True
    at.run()
    at.button(key=f"{crit_confirm}-{confirm_id}-confirm").click().run()
    assert not at.exception and not _errors(at)
    for rid in reject_ids:
        at.button(key=f"{crit_reject}-{rid}-reject").click().run()
        assert not at.exception and not _errors(at)

    review = store.get(review.id)
    assert review.finding(confirm_id).review == ReviewStatus.confirmed
    assert all(review.finding(rid).review == ReviewStatus.rejected for rid in reject_ids)
    expected = pipeline.recompute(review.decision.findings, policy=before.policy,
                                  as_of=before.as_of, extractor=before.extractor,
                                  warnings=review.base_warnings)
    assert review.decision.decision == expected.decision != before.decision
    assert [c.status for c in review.decision.criteria] == [c.status for c in expected.criteria]
    assert f"reject {reject_id}" in _texts(at)  # the change banner says what changed
    assert f"**{review.decision.decision.value}**" in _texts(at)

    # Sign off with name + rationale (prefilled), then it is read-only.
    at.text_input(key="sign_name").input("Dana Reviewer")
    at.button(key="sign_go").click().run()
    assert not at.exception and not _errors(at), _errors(at)
    review = store.get(review.id)
    assert review.read_only and review.reviewer == "Dana Reviewer" and review.rationale
    assert not [b for b in at.button if b.key and b.key.endswith("-reject")]
    replayed = store.replay(review.id).model_dump(mode="json")
    stored = review.decision.model_dump(mode="json")
    assert {k: v for k, v in replayed.items() if stored[k] != v} == {}

    # Export: the JSON contract with the human review, and the worksheet.
    exported = json.loads(json.dumps(export_json(review)))
    assert exported["review"]["status"] == "signed"
    assert {f["id"]: f["review"] for f in exported["findings"]}[reject_id] == "rejected"
    keys = {b.key for b in at.get("download_button")}
    assert {"export_json", "export_ws"} <= keys


def test_bad_upload_shows_one_line_error_and_app_stays_usable(data_dir: Path) -> None:
    at = _app()
    at.file_uploader[0].upload("notes.pdf", b"this is not a pdf", "application/pdf")
    at.run()
    assert not at.exception
    (err,) = [e for e in at.error if e.icon == ":material/error:"]
    assert "\n" not in err.value and "notes.pdf" in err.value
    assert _store().list_reviews() == []
    at.selectbox(key="sample").set_value("deny1").run()
    at.button(key="sample_go").click().run()
    assert not at.exception and not _errors(at)
    assert len(_store().list_reviews()) == 1


def test_past_reviews_filter_and_reopen(data_dir: Path) -> None:
    at = _app()
    at.selectbox(key="sample").set_value("deny1").run()
    at.button(key="sample_go").click().run()
    store = _store()
    (s,) = store.list_reviews()
    at.text_input(key="sign_name").input("Lee")
    at.button(key="sign_go").click().run()
    at.segmented_control(key="view").set_value("Past reviews").run()
    assert not at.exception
    at.multiselect(key="f_decision").set_value(["approve"]).run()
    assert not [b for b in at.button if b.key == f"open-{s.id}"] or s.decision == "approve"
    at.multiselect(key="f_decision").set_value([s.decision]).run()
    at.text_input(key="f_reviewer").input("lee").run()
    at.button(key=f"open-{s.id}").click().run()
    assert at.segmented_control(key="view").value == "Review"
    at.text_input(key="reopen_name").input("Lee")
    at.text_input(key=f"reopen-{s.id}").input("prescriber sent a new note")
    at.button(key="reopen_go").click().run()
    assert not _errors(at), _errors(at)
    assert store.get(s.id).status == "open"
    assert [e.action for e in store.history(s.id)][-2:] == ["sign_off", "reopen"]
