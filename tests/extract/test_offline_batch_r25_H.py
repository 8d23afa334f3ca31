"""Helper H, round 25: a steroid whose strength the clinician says cannot be read."""
from __future__ import annotations

import datetime as dt

from chartreview import vocab
from extract.align import supports
from tests.extract.test_offline import decide, of, run

NOTE = (
    "Dermatology clinic note\n"
    "Date: 02/02/2026\n"
    "DOB: 03/04/1980\n"
    "HPI: Chronic hand eczema for 2 years, moderate.\n"
    "She used a betamethasone cream from an urgent care abroad (label worn off, strength "
    "unreadable) twice daily for 8 weeks without improvement.\n"
    "Assessment: chronic hand eczema, moderate. IGA-CHE 3.\n"
)


def test_unreadable_strength_marks_clinical_course_unknown():
    fs = run(NOTE)
    strengths = of(fs, "therapy.strength")
    assert [f.value for f in strengths] == ["unknown"]
    assert supports("unknown", strengths[0].quote, "therapy.strength")


def test_unknown_strength_leaves_split_potency_untold():
    # betamethasone cream is 0.05% (dipropionate, class 3) or 0.1% (valerate, class 5)
    assert vocab.tcs_lookup("betamethasone", None, "cream").potency == "medium"
    assert vocab.tcs_lookup("betamethasone", "unknown", "cream").potency is None
    # one potency whatever the strength: still told
    assert vocab.tcs_lookup("clobetasol", "unknown", "ointment").potency == "super-high"


def test_unreadable_strength_keeps_potency_criterion_unknown():
    assert decide(NOTE, as_of=dt.date(2026, 2, 10))["1.D.i"] == "unknown"
