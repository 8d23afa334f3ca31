"""Helper H, round 17: multi-visit notes headed by a bare date line, and "since" after a
first return."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

_VISITS = (
    "Lakeside Skin Clinic - Clinic Notes\n"
    "Patient: Rowan Ellery DOB 02/14/1979\n"
    "Provider: Dana Morrow, MD, Dermatology\n"
    "05-May-2026 (current visit)\n"
    "Hands much calmer than before, scattered fine scaling on two knuckles only.\n"
    "IGA-CHE 2 (mild) at this visit. Assessment: chronic hand eczema, mild now.\n"
    "Plan: Anzupgo 2% cream BID to keep it quiet.\n"
    "18-Feb-2026\n"
    "Very bad flare with deep fissures across both palms. IGA-CHE 4 (severe).\n"
    "Started clobetasol 0.05% ointment BID daily for 6 weeks.\n"
)


def test_bare_date_line_heads_a_visit():
    fs = run(_VISITS)
    days = {f.value for f in of(fs, "request.date_of_service")}
    assert {dt.date(2026, 5, 5), dt.date(2026, 2, 18)} <= days


def test_rating_of_latest_bare_dated_visit_decides_severity():
    # the severe rating belongs to the February visit; the current visit rates it mild
    assert decide(_VISITS, as_of=dt.date(2026, 5, 10))["1.C"] == "not_met"


def test_date_value_of_a_label_is_no_visit_heading():
    # past the opening lines a letter's own date line may stand in
    filler = "Counselled on gentle cleansers and cotton-lined gloves for wet work.\n" * 10
    fs = run("Clinic note 03/02/2026\nHand eczema.\n" + filler + "Last lab date:\n11/12/2025\n"
             "Results were within normal limits for all panels.\n")
    assert dt.date(2025, 11, 12) not in {f.value for f in of(fs, "request.date_of_service")}


def test_first_recurrence_since_a_year_is_no_onset():
    fs = run("Visit 02/10/2026. Hand eczema flare for about 6 weeks; this is the first "
             "recurrence since 2022, which resolved fully. IGA-CHE 3 (moderate).\n")
    assert not [f for f in of(fs, "condition.onset_date") if f.value.year == 2022]
