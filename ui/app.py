"""The review screen: upload a request's chart PDFs, see each criterion with its source
highlighted on the page, confirm / reject / edit findings, sign off, export.

Thin by design: widgets and layout only. Storage, audit, reading, extraction, rules and
rendering are ``chartreview.review`` / ``chartreview.pipeline`` functions, tested without
Streamlit. Run with ``chartreview ui`` or ``streamlit run ui/app.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import streamlit as st

from chartreview.errors import ChartReviewError
from chartreview.models import FIELDS, Decision, DecisionKind, Finding, Status
from chartreview.review import (
    Review,
    decision_headline,
    default_rationale,
    diff_decisions,
    export_json,
    rfi_text,
    worksheet_html,
)
from chartreview.review.render import png_bytes, render_page
from chartreview.review.service import ReviewService, criterion_fields, samples
from chartreview.settings import load_settings

log = logging.getLogger("chartreview.ui")

STATUS_BADGE = {
    Status.met: ":green-badge[:material/check: Met]",
    Status.not_met: ":red-badge[:material/close: Not met]",
    Status.unknown: ":orange-badge[:material/help: Unknown]",
}
REVIEW_BADGE = {
    "pending": ":gray-badge[pending]",
    "confirmed": ":green-badge[confirmed]",
    "rejected": ":red-badge[rejected]",
    "edited": ":blue-badge[edited]",
}
DECISION_BOX = {
    DecisionKind.approve: (st.success, ":material/check_circle:"),
    DecisionKind.deny: (st.error, ":material/cancel:"),
    DecisionKind.needs_info: (st.warning, ":material/help:"),
}
_MD_SPECIAL = "\\`*_{}[]()#+-.!|$<>~:"


def md(text: object) -> str:
    """Escape chart text for Markdown (no formatting, no LaTeX, no emoji codes)."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


# ======================================================================================
# Services and state
# ======================================================================================
@st.cache_resource
def _service(data_dir: str) -> ReviewService:
    return ReviewService(load_settings(data_dir=Path(data_dir)))


def service() -> ReviewService:
    """The review service for the configured data directory."""
    return _service(str(load_settings().data_dir))


@st.cache_data(max_entries=300, show_spinner=False)
def page_png(pdf: str, page: int, boxes: tuple[tuple[float, ...], ...], full: bool) -> bytes:
    """A page (or a band around the quote) with the quote's boxes highlighted."""
    return png_bytes(render_page(pdf, page, boxes, band=None if full else 120.0))


def actor() -> str:
    """Who is acting (the name in the sidebar), for the audit log."""
    return (st.session_state.get("actor") or "").strip() or "reviewer"


def current_review() -> Review | None:
    """The open review: from the session, else from the URL (survives a refresh)."""
    rid = st.session_state.get("review_id")
    if rid is None and st.query_params.get("review", "").isdigit():
        rid = int(st.query_params["review"])
        st.session_state.review_id = rid
    if rid is None:
        return None
    try:
        return service().store.get(rid)
    except ChartReviewError as exc:
        st.session_state.review_id = None
        st.error(str(exc))
        return None


def open_review(review_id: int) -> None:
    """Show a review (callback)."""
    st.session_state.review_id = review_id
    st.session_state.view = "Review"
    st.session_state.pop("changes", None)
    st.query_params["review"] = str(review_id)


def fail(exc: Exception) -> None:
    """Remember a one-line error to show at the top of the next run."""
    if isinstance(exc, ChartReviewError):
        st.session_state.error = str(exc)
    else:  # never a traceback on screen; the type only in the log (no chart text)
        log.error("unexpected %s in the review screen", type(exc).__name__)
        st.session_state.error = f"Unexpected error ({type(exc).__name__}); please retry."


# ======================================================================================
# Actions (callbacks: they run before the page is redrawn)
# ======================================================================================
def do_finding(action: str, review_id: int, finding_id: str | None, version: int,
               form_key: str | None = None) -> None:
    """Confirm / reject / edit / add a finding, then remember what changed."""
    store = service().store
    s = st.session_state
    try:
        if action == "confirm":
            res = store.confirm_finding(review_id, finding_id, version=version, actor=actor())
        elif action == "reject":
            res = store.reject_finding(review_id, finding_id, version=version, actor=actor())
        elif action == "edit":
            res = store.edit_finding(review_id, finding_id, value=s[f"{form_key}-value"],
                                     quote=s.get(f"{form_key}-quote"), version=version,
                                     actor=actor())
        else:
            res = store.add_finding(review_id, field=s[f"{form_key}-field"],
                                    value=s[f"{form_key}-value"],
                                    quote=s.get(f"{form_key}-quote") or "",
                                    group=s.get(f"{form_key}-group") or None,
                                    version=version, actor=actor())
            finding_id = res.review.decision.findings[-1].id
    except Exception as exc:  # noqa: BLE001 - shown as one line
        fail(exc)
        return
    s.changes = {
        "review": review_id, "action": f"{action} {finding_id}",
        "before": res.previous.decision.value, "after": res.review.decision.decision.value,
        "criteria": [c.model_dump(mode="json")
                     for c in diff_decisions(res.previous, res.review.decision)],
    }


def do_confirm_cited(review_id: int, version: int) -> None:
    """Confirm every pending, located finding the verdicts rest on (one click)."""
    store = service().store
    try:
        review = store.get(review_id)
        first = review.decision
        cited = {fid for c in review.decision.criteria for fid in c.findings}
        for f in review.decision.findings:
            if f.id in cited and f.review.value == "pending" and f.usable:
                review = store.confirm_finding(review_id, f.id, version=version,
                                               actor=actor()).review
                version = review.version
    except Exception as exc:  # noqa: BLE001
        fail(exc)
        return
    st.session_state.changes = {
        "review": review_id, "action": "confirm all cited findings",
        "before": first.decision.value, "after": review.decision.decision.value,
        "criteria": [c.model_dump(mode="json") for c in diff_decisions(first, review.decision)],
    }


def do_sign(review_id: int, version: int) -> None:
    s = st.session_state
    try:
        service().store.sign_off(review_id, reviewer=s.get("sign_name", ""),
                                 rationale=s.get(f"rationale-{review_id}", ""), version=version)
        s.pop("changes", None)
    except Exception as exc:  # noqa: BLE001
        fail(exc)


def do_reopen(review_id: int, version: int) -> None:
    try:
        service().store.reopen(review_id, actor=st.session_state.get("reopen_name") or "",
                               reason=st.session_state.get(f"reopen-{review_id}", ""),
                               version=version)
    except Exception as exc:  # noqa: BLE001
        fail(exc)


# ======================================================================================
# Sidebar: new review, reviewer, settings
# ======================================================================================
def start_review(uploads: list[tuple[str, bytes]], as_of: dt.date | None = None) -> None:
    """Read, extract and decide with a progress indicator, then open the new review."""
    with st.status("Reading the chart…", expanded=True) as status:
        bar = st.progress(0.0)

        def progress(message: str, fraction: float) -> None:
            status.update(label=message)
            bar.progress(min(max(fraction, 0.0), 1.0), text=message)

        try:
            review = service().start(
                uploads, extractor=st.session_state.get("extractor", "offline"), as_of=as_of,
                actor=actor(), progress=progress,
            )
        except Exception as exc:  # noqa: BLE001
            status.update(label="Could not read the chart", state="error")
            fail(exc)
            return
        status.update(label=f"Review {review.id} ready", state="complete", expanded=False)
    open_review(review.id)


def sidebar() -> None:
    settings = load_settings()
    with st.sidebar:
        st.header("New review")
        files = st.file_uploader("Chart PDFs of one request", type=["pdf"],
                                 accept_multiple_files=True, key="uploader")
        sig = tuple((f.name, f.size, f.file_id) for f in files or [])
        if files and sig != st.session_state.get("uploaded_sig"):
            st.session_state.uploaded_sig = sig
            start_review([(f.name, f.getvalue()) for f in files])
        cases = {s.case: s for s in samples()}
        if cases:
            pick = st.selectbox("…or a bundled sample", list(cases), index=None,
                                placeholder="Pick a sample chart", key="sample")
            if st.button("Review sample", disabled=pick is None, key="sample_go"):
                s = cases[pick]
                start_review([(p.name, p.read_bytes()) for p in s.files], as_of=s.as_of)
        st.divider()
        st.text_input("Your name", key="actor", placeholder="Reviewer name")
        with st.expander("Settings"):
            options = ["offline", "llm"] if settings.llm_configured else ["offline"]
            st.radio("Extractor", options, key="extractor", horizontal=True)
            if not settings.llm_configured:
                st.caption("LLM extractor: not configured (set CHARTREVIEW_LLM_BASE_URL).")
            st.caption(f"Data directory: `{md(settings.data_dir)}`")


# ======================================================================================
# The review
# ======================================================================================
def header(review: Review) -> None:
    d = review.decision
    box, icon = DECISION_BOX[d.decision]
    box(f"**{md(decision_headline(d))}**", icon=icon)
    files = ", ".join(md(f.name) for f in review.files)
    state = (f"signed by {md(review.reviewer)} {review.signed_at:%Y-%m-%d %H:%M} UTC"
             if review.read_only else "open")
    st.caption(f"Review {review.id} · {files} · request date {d.as_of} · {d.policy} "
               f"rev {d.policy_revision[:8]} · extractor {d.extractor.value} · {state} · "
               f"v{review.version}")
    changes = st.session_state.get("changes")
    if changes and changes["review"] == review.id:
        lines = [f"**{md(changes['action'])}** → decision {changes['before']} → "
                 f"**{changes['after']}**"]
        lines += [f"- {c['id']}: {c['before']} → **{c['after']}**: {md(c['reason'])}"
                  for c in changes["criteria"]] or ["- no criterion changed"]
        st.info("\n".join(lines), icon=":material/sync:")
    if d.warnings:
        with st.expander(f"{len(d.warnings)} warning(s) from reading and extraction"):
            for w in d.warnings:
                st.caption(md(w))


def finding_row(review: Review, f: Finding, key: str, cited: bool, show_image: bool) -> None:
    left, right = st.columns([3, 2], vertical_alignment="top")
    with left:
        badges = [f"**{md(f.value)}**", f"`{f.field}`", REVIEW_BADGE[f.review.value],
                  f":violet-badge[{f.extractor.value}]", f":gray-badge[align {f.alignment.value}]"]
        if cited:
            badges.append(":blue-badge[cited]")
        badges += [f":orange-badge[{md(x)}]" for x in f.flags + f.context]
        st.markdown(" ".join(badges))
        where = f"{md(f.file)} p.{f.page}" if f.file else "not located in the documents"
        st.markdown(f"> {md(f.quote) or '*(no quote)*'}\n\n:gray[{where} · {f.id}]")
        if not review.read_only:
            with st.container(horizontal=True):
                args = (review.id, f.id, review.version)
                st.button("Confirm", key=f"{key}-confirm", icon=":material/check:",
                          on_click=do_finding, args=("confirm", *args),
                          disabled=f.review.value == "confirmed")
                st.button("Reject", key=f"{key}-reject", icon=":material/close:",
                          on_click=do_finding, args=("reject", *args),
                          disabled=f.review.value == "rejected")
                with st.popover("Edit", icon=":material/edit:"):
                    edit_form(review, f, key)
    with right:
        if show_image and f.file and f.page:
            page_image(review, f)


def edit_form(review: Review, f: Finding, key: str) -> None:
    spec = FIELDS.get(f.field)
    fk = f"{key}-edit"
    with st.form(fk, border=False):
        if spec and spec.choices:
            idx = spec.choices.index(f.value) if f.value in spec.choices else 0
            st.selectbox("Value", spec.choices, index=idx, key=f"{fk}-value")
        else:
            st.text_input(f"Value ({spec.type if spec else 'text'})", value=str(f.value or ""),
                          key=f"{fk}-value")
        st.text_area("Quote (change it to cite different words)", value=f.quote,
                     key=f"{fk}-quote")
        st.form_submit_button("Save", on_click=do_finding,
                              args=("edit", review.id, f.id, review.version, fk))


def page_image(review: Review, f: Finding) -> None:
    try:
        svc = service()
        found = svc.page(review, f.file, f.page)
        if found is None:
            st.caption("Page not available.")
            return
        boxes = tuple(tuple(b) for b in svc.highlight_boxes(review, f))
        full = st.session_state.get("full_pages", False)
        st.image(page_png(str(found[0].path), f.page, boxes, full), width="stretch",
                 caption=f"{f.file} p.{f.page}" + ("" if boxes else " (quote not located)"))
    except ChartReviewError as exc:
        st.caption(str(exc))


def add_form(review: Review, criterion_id: str) -> None:
    fk = f"add-{criterion_id}"
    fields = criterion_fields(review.policy).get(criterion_id, [])
    fields += [k for k in FIELDS if k not in fields]
    groups = sorted({f.group for f in review.decision.findings if f.group})
    with st.form(fk, clear_on_submit=True):
        st.markdown("**Add a finding the extractor missed**")
        c1, c2 = st.columns(2)
        c1.selectbox("Field", fields, key=f"{fk}-field",
                     format_func=lambda k: f"{k} — {FIELDS[k].description}")
        c2.text_input("Value", key=f"{fk}-value",
                      help="Dates as YYYY-MM-DD; durations in days; enums as listed.")
        st.text_input("Quote (verbatim from the chart, to cite and highlight)",
                      key=f"{fk}-quote")
        st.text_input("Group (optional)", key=f"{fk}-group",
                      help="Facts of one course or medication share a group: "
                      + (", ".join(groups) or "none yet"))
        st.form_submit_button("Add finding", icon=":material/add:", on_click=do_finding,
                              args=("add", review.id, None, review.version, fk))


def checklist(review: Review) -> None:
    d = review.decision
    by_id = {f.id: f for f in d.findings}
    crit_fields = criterion_fields(review.policy)
    for c in d.criteria:
        cited = [by_id[i] for i in c.findings if i in by_id]
        related = [f for f in d.findings if f.field in crit_fields.get(c.id, ())
                   and f.id not in c.findings]
        exp = st.expander(f"{STATUS_BADGE[c.status]} **{c.id}** {md(c.text)}",
                          key=f"exp-{review.id}-{c.id}", on_change="rerun")
        if not exp.open:  # draw a criterion's findings, forms and images only when open
            continue
        with exp:
            st.markdown(f"{md(c.reason)}")
            if c.status == Status.unknown and c.missing:
                st.markdown(f":orange[Missing: {md(c.missing)}]")
            if c.trace:
                st.caption("Trace: " + " · ".join(md(t) for t in c.trace))
            for f in cited + related:
                finding_row(review, f, f"{c.id}-{f.id}", f in cited, True)
            if not cited and not related:
                st.caption("No finding bears on this criterion.")
            if not review.read_only:
                add_form(review, c.id)


def rfi_panel(review: Review) -> None:
    text = rfi_text(review.decision, review_id=review.id)
    if not text:
        return
    with st.expander("Request for information (ready to send)", expanded=True,
                     icon=":material/mail:"):
        st.code(text, language=None, wrap_lines=True)
        st.download_button("Download RFI", text, file_name=f"rfi-review-{review.id}.txt",
                           mime="text/plain", key="rfi_dl")


def signoff_panel(review: Review) -> None:
    with st.container(border=True):
        if review.read_only:
            st.markdown(f"**Signed** by {md(review.reviewer)} at "
                        f"{review.signed_at:%Y-%m-%d %H:%M} UTC — read-only.  \n"
                        f"Rationale: {md(review.rationale)}")
            with st.popover("Reopen", icon=":material/lock_open:"):
                if not st.session_state.get("reopen_name"):
                    st.session_state.reopen_name = st.session_state.get("actor", "")
                st.text_input("Your name", key="reopen_name")
                st.text_input("Reason for reopening", key=f"reopen-{review.id}")
                st.button("Reopen review", key="reopen_go", on_click=do_reopen,
                          args=(review.id, review.version))
        else:
            rk = f"rationale-{review.id}"
            if rk not in st.session_state or st.session_state.get("rationale_for") != (
                    review.id, review.decision.decision):
                st.session_state[rk] = default_rationale(review.decision)
                st.session_state.rationale_for = (review.id, review.decision.decision)
            if not st.session_state.get("sign_name"):
                st.session_state.sign_name = st.session_state.get("actor", "")
            c1, c2 = st.columns([1, 3])
            c1.text_input("Reviewer", key="sign_name", placeholder="Your name")
            c2.text_area("Rationale", key=rk, height=68)
            with st.container(horizontal=True):
                st.button("Sign off", type="primary", icon=":material/verified:",
                          key="sign_go", on_click=do_sign, args=(review.id, review.version))
                st.button("Confirm all cited findings", key="confirm_cited",
                          icon=":material/done_all:", on_click=do_confirm_cited,
                          args=(review.id, review.version))
        with st.container(horizontal=True):
            st.download_button("Export JSON", json.dumps(export_json(review), indent=2),
                               file_name=f"review-{review.id}.json", mime="application/json",
                               icon=":material/download:", key="export_json")
            st.download_button("Worksheet (HTML)", worksheet_html(review),
                               file_name=f"worksheet-review-{review.id}.html",
                               mime="text/html", icon=":material/print:", key="export_ws")


def review_view() -> None:
    review = current_review()
    if review is None:
        st.info("Upload a request's chart PDFs in the sidebar (or pick a sample) to start.",
                icon=":material/upload_file:")
        return
    st.query_params["review"] = str(review.id)
    header(review)
    signoff_panel(review)
    rfi_panel(review)
    st.subheader("Criteria")
    st.toggle("Show whole pages", key="full_pages")
    checklist(review)
    others = other_findings(review.decision, criterion_fields(review.policy))
    if others:
        with st.expander(f"Other findings ({len(others)})"):
            for f in others:
                finding_row(review, f, f"other-{f.id}", False, False)


def other_findings(d: Decision, crit_fields: dict[str, list[str]]) -> list[Finding]:
    """Findings no criterion cites or relates to."""
    related = {k for v in crit_fields.values() for k in v}
    cited = {i for c in d.criteria for i in c.findings}
    return [f for f in d.findings if f.id not in cited and f.field not in related]


# ======================================================================================
# Past reviews
# ======================================================================================
def past_view() -> None:
    c1, c2, c3, c4 = st.columns([2, 2, 1, 1])
    kinds = c1.multiselect("Decision", [k.value for k in DecisionKind], key="f_decision")
    who = c2.text_input("Reviewer", key="f_reviewer")
    since = c3.date_input("From", value=None, key="f_since")
    until = c4.date_input("To", value=None, key="f_until")
    rows = service().store.list_reviews(decision=kinds or None, reviewer=who or None,
                                        since=since, until=until)
    st.caption(f"{len(rows)} review(s)")
    for r in rows[:200]:
        with st.container(border=True, horizontal=True, vertical_alignment="center"):
            st.markdown(f"**#{r.id}** · {r.created:%Y-%m-%d %H:%M} · **{r.decision}** · "
                        f"{r.status} · {md(r.reviewer or '—')} · "
                        f"{md(', '.join(r.files))}")
            st.button("Open", key=f"open-{r.id}", on_click=open_review, args=(r.id,))


# ======================================================================================
def main() -> None:
    st.set_page_config(page_title="chartreview · PA review", page_icon=":material/fact_check:",
                       layout="wide")
    st.session_state.setdefault("view", "Review")
    sidebar()
    error = st.session_state.pop("error", None)
    if error:
        st.error(error, icon=":material/error:")
    st.segmented_control("View", ["Review", "Past reviews"], key="view", required=True,
                         label_visibility="collapsed")
    if st.session_state.view == "Past reviews":
        past_view()
    else:
        review_view()


main()
