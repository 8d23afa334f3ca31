"""Batch r12, helper q: steroid courses (1.D) - claims of long courses, planned lengths,
unnamed steroid lengths that belong to named courses, payer and appeal letters."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Alignment, Finding
from extract import doc_kinds
from rules.engine import evaluate, load_policy
from tests.extract.test_offline import courses, merged_course


def test_unnamed_length_spanning_two_named_steroids_is_no_course_length():
    cs = courses("Ms. Roe has had more than two months of potent topical steroid therapy "
                 "(betamethasone and halobetasol) without adequate response.")
    assert all("duration_days" not in c for c in cs)


def test_unnamed_length_with_one_named_steroid_keeps_its_length():
    cs = courses("Progress note.\nTopical steroid (mometasone 0.1% ointment) daily for "
                 "6 weeks with little benefit.")
    assert any(c.get("duration_days") == 42 for c in cs)


def test_plan_word_before_length_is_an_order_not_use():
    cs = courses("Progress note 03/03/2026\nStill flaring. Rx betamethasone dipropionate 0.05% "
                 "ointment BID every day, plan 6 wks.\n")
    assert not any(c.get("duration_days") for c in cs)


def test_stopped_early_after_a_planned_length_reads_the_actual_length():
    cs = courses("Visit 01/05/2026\nNo better. Rx halobetasol 0.05% cream BID daily, plan 8 wks.\n\n"
                 "Visit 02/16/2026\nStopped halobetasol after 2 weeks (irritation); no real "
                 "change while on it.\n")
    days = {c.get("duration_days") for c in cs if "halobetasol" in str(c.get("drug", "")).lower()}
    assert 56 not in days and 14 in days


def _kind(text: str) -> str | None:
    return doc_kinds.page_kind(text)


def test_letter_asking_payer_to_approve_or_appealing_is_administrative():
    appeal = ("Pine Ridge Dermatology\nMay 2, 2026\nRe: Appeal of reference 77-1203\n"
              "To the appeals committee:\nMr. Doe has used a potent steroid for months. "
              "Please approve the requested cream.\n")
    assert doc_kinds.kind_class(_kind(appeal)) == "administrative"


def test_payer_denial_notice_is_administrative():
    notice = ("Acme Health Plan\nNotice of Adverse Benefit Determination\nMember: J. Roe\n"
              "Decision: Denied\nThe records do not show a steroid used daily for 28 days.\n")
    assert _kind(notice) == "payer_notice"
    assert doc_kinds.kind_class("payer_notice") == "administrative"


def _f(i: int, field: str, value, group: str, kind: str | None = "progress_note") -> Finding:
    return Finding(id=f"f{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact, source_kind=kind)


def test_unnamed_length_equal_to_a_named_low_potency_course_is_that_course():
    fs = [
        _f(1, "therapy.drug", "hydrocortisone", "therapy-1"),
        _f(2, "therapy.strength", "2.5%", "therapy-1"),
        _f(3, "therapy.duration_days", 35, "therapy-1"),
        _f(4, "therapy.response", "inadequate", "therapy-1"),
        _f(5, "therapy.drug", "topical steroids", "therapy-2"),
        _f(6, "therapy.duration_days", 35, "therapy-2"),
        _f(7, "therapy.response", "inadequate", "therapy-2"),
    ]
    got = {c.id: c.status.value for c in
           evaluate(load_policy("IP0759"), fs, dt.date(2026, 6, 1)).criteria}
    assert got["1.D.i"] == "not_met"


def test_pharmacy_dp_abbreviation_names_the_dipropionate():
    cs = courses("Fill history\nDate | Drug | Qty\n02/10/2026 | BETAMETHASONE DP 0.05% OINT | 45 g\n")
    c = merged_course(cs, "betamethasone")
    assert "dipropionate" in str(c["drug"]).lower() or "dp" in str(c["drug"]).lower()
    assert c.get("strength") == "0.05%"


def test_length_in_next_sentence_after_every_day_use_is_the_course_length():
    cs = courses("The walk-in clinic gave her mometasone 0.1% ointment on 5/3. She put it on "
                 "morning and night every day from then up to a few days ago - about 7 weeks.")
    assert merged_course(cs, "mometasone").get("duration_days") == 49


def test_bare_not_adequate_after_a_course_is_an_inadequate_response():
    cs = courses("Halobetasol 0.05% cream BID daily 1/4 - 2/8 (5 weeks) - not adequate, "
                 "palms still cracked.")
    assert merged_course(cs, "halobetasol").get("response") == "inadequate"


def test_not_adequate_trial_length_is_no_response():
    cs = courses("Triamcinolone 0.1% cream for 10 days - not adequate trial length.")
    assert merged_course(cs, "triamcinolone").get("response") is None
