"""extract.agreement: disagreements on deciding facts are flagged, agreements are not."""

from __future__ import annotations

import datetime as dt

from chartreview.models import Evidence, ExtractorKind, Finding
from extract.agreement import compare


def _f(field, value, group=None, kind=ExtractorKind.llm):
    return Finding(field=field, value=value, quote="q", file="n.pdf", page=1, group=group,
                   extractor=kind)


def test_dob_disagreement_is_flagged_and_warned():
    off = Evidence(findings=[_f("patient.date_of_birth", dt.date(1971, 4, 11),
                                kind=ExtractorKind.offline)])
    mine = Evidence(findings=[_f("patient.date_of_birth", dt.date(1971, 11, 4)),
                              _f("severity.stated", "moderate")],
                    extractor=ExtractorKind.llm)
    out = compare(off, mine)
    assert "disagreement" in out.findings[0].flags
    assert any("date of birth" in w and "1971-04-11" in w and "1971-11-04" in w
               for w in out.warnings)
    assert mine.findings[0].flags == []  # the input is not modified


def test_agreement_raises_nothing_and_iga_counts_as_severity():
    off = Evidence(findings=[_f("severity.iga_che", 3, kind=ExtractorKind.offline),
                             _f("patient.date_of_birth", dt.date(1971, 4, 11))])
    mine = Evidence(findings=[_f("severity.stated", "moderate"),
                              _f("patient.date_of_birth", dt.date(1971, 4, 11))])
    out = compare(off, mine)
    assert out.warnings == [] and all(not f.flags for f in out.findings)


def test_tcs_days_and_active_jak_disagreements():
    off = Evidence(findings=[_f("therapy.drug", "clobetasol", "t1"),
                             _f("therapy.duration_days", 42, "t1")])
    mine = Evidence(findings=[_f("therapy.drug", "clobetasol propionate", "therapy-1"),
                              _f("therapy.duration_days", 14, "therapy-1"),
                              _f("medication.name", "tofacitinib", "m1"),
                              _f("medication.status", "active", "m1")])
    out = compare(off, mine)
    flagged = {f.field for f in out.findings if "disagreement" in f.flags}
    assert flagged == {"therapy.duration_days", "medication.name"}
    assert len(out.warnings) == 2
