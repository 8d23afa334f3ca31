"""Batch r14 (helper aa): IP0759 1.E consultation claims."""
from __future__ import annotations

from test_offline import of, run


def test_bare_consultation_claim_is_planned_when_referral_record_says_not_yet_seen():
    findings = run(
        "Office visit 05/02/2026\nPlan: delgocitinib cream. Prescribed in consultation with "
        "allergy.\n\nReferral tracking\nReferred to: Riverside Allergy Associates\n"
        "Current state: booked - not yet seen by the specialist\n"
    )
    cons = of(findings, "consultant.specialty")
    assert cons and all("planned" in f.context for f in cons)


def test_named_consultation_claim_still_counts_beside_not_yet_seen_record():
    findings = run(
        "Office visit 05/02/2026\nPlan: delgocitinib cream, in consultation with Dr. Omar Reyes "
        "(allergy).\n\nReferral tracking\nReferred to: Riverside Allergy Associates\n"
        "Current state: booked - not yet seen by the specialist\n"
    )
    cons = of(findings, "consultant.specialty")
    assert cons and not any("planned" in f.context for f in cons)


def test_request_made_in_consultation_with_named_doctor_keeps_the_consultant():
    findings = run("Letter of medical necessity\nThis coverage request was written in consultation "
                   "with Dr. Tomas Lindqvist.\n")
    assert [f.value for f in of(findings, "consultant.name")] == ["Tomas Lindqvist"]


def test_planned_consultation_with_named_doctor_is_still_no_consultant():
    findings = run("Plan\nWill request a phone consult with Dr. Tomas Lindqvist next week.\n")
    assert not of(findings, "consultant.name")
