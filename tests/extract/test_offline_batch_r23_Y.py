"""Batch r23 (helper Y): a course capped by "never used X for more than N days" is a use, not
a drug never begun; plain words of a course that did nothing or whose relief does not last;
an onset after the condition's on-and-off pattern; a clear rating before a later unrated flare."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import courses, decide, merged_course, of, run


def test_never_used_drug_for_more_than_n_days_keeps_the_course() -> None:
    note = ("Dyshidrotic hand dermatitis for years.\n"
            "Our routine: fluocinonide 0.05% ointment twice a day for 10 days, then a 10 day "
            "break, with every flare.\n"
            "He is careful; he has never applied fluocinonide for more than 10 days straight.\n")
    c = merged_course(courses(note), "fluocinonide")
    assert c.get("duration_days") == 10


def test_never_used_drug_alone_still_drops_the_prescribed_course() -> None:
    note = ("Never used the fluocinonide.\n"
            "Fluocinonide 0.05% cream BID x 4 weeks prescribed.\n")
    assert not [c for c in courses(note) if "fluocinonide" in str(c.get("drug", "")).lower()]


def test_did_not_really_do_anything_is_an_inadequate_response() -> None:
    note = ('He put mometasone on daily for about five weeks; he says it "didn\'t even do '
            'anything".\n')
    assert merged_course(courses(note), "mometasone").get("response") == "inadequate"


def test_relief_then_back_is_an_inadequate_response() -> None:
    note = 'Per patient the betamethasone "settles it for 2 or 3 days and then it\'s back."\n'
    assert merged_course(courses(note), "betamethasone").get("response") == "inadequate"


def test_onset_after_on_and_off_pattern_dates_the_condition() -> None:
    found = run("Line cook, hand dermatitis off and on since 2019.\n")
    assert [f.value for f in of(found, "condition.onset_date")] == [dt.date(2019, 12, 31)]


def test_clear_rating_before_a_later_unrated_recurrence_leaves_severity_unknown() -> None:
    chart = ("Clinic notes - Dermatology\n"
             "Visit date: 03/05/2024\n"
             "Chronic hand eczema, palms fissured. IGA-CHE 3, moderate.\n"
             "Visit date: 06/11/2025\n"
             "Hands clear today. IGA-CHE 0.\n"
             "Visit date: 02/10/2026\n"
             "Flare returned in the fall; palmar scale and fissures on exam.\n")
    got = decide(chart, as_of=dt.date(2026, 2, 20))
    assert got["1.C"] == "unknown"


def test_clear_rating_at_the_latest_visit_is_still_mild() -> None:
    chart = ("Clinic notes - Dermatology\n"
             "Visit date: 03/05/2024\n"
             "Chronic hand eczema, palms fissured. IGA-CHE 3, moderate.\n"
             "Visit date: 02/10/2026\n"
             "Hands clear today. IGA-CHE 0.\n")
    got = decide(chart, as_of=dt.date(2026, 2, 20))
    assert got["1.C"] == "not_met"
