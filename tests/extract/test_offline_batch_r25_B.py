"""Batch r25 helper B: drugs an appeal attributes to someone else or to the plan's reading of
a record (a relative named as "the member's ...", a labelled denial reason)."""

from __future__ import annotations

from test_offline import run


def _ctx(findings, name: str) -> list[set[str]]:
    return [set(f.context) for f in findings
            if f.field == "medication.name" and str(f.value).lower() == name]


def test_drug_belonging_to_the_members_relative_is_family():
    fs = run("Appeal: the Olumiant on the pharmacy profile belongs to the member's husband. "
             "She uses clobetasol 0.05% ointment twice daily.")
    assert _ctx(fs, "olumiant") and all("family" in c for c in _ctx(fs, "olumiant"))
    assert _ctx(fs, "clobetasol") and not any("family" in c for c in _ctx(fs, "clobetasol"))


def test_drug_belonging_to_the_patients_relative_is_family():
    fs = run("Clarification: cyclosporine on the old list belongs to patient's mother.")
    assert _ctx(fs, "cyclosporine") and all("family" in c for c in _ctx(fs, "cyclosporine"))


def test_labelled_denial_reason_citing_a_drug_noted_in_a_record_is_not_use():
    fs = run('Denial reason: "JAK inhibitor on file - baricitinib noted in referral" per the plan.')
    assert _ctx(fs, "baricitinib") and all("hypothetical" in c for c in _ctx(fs, "baricitinib"))


def test_labelled_denial_without_a_record_citation_keeps_the_drug():
    fs = run("Denial: patient currently takes baricitinib 2 mg daily for alopecia.")
    assert _ctx(fs, "baricitinib") and not any("hypothetical" in c for c in _ctx(fs, "baricitinib"))
