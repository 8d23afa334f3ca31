"""Helper D, round 19: severity judged "in my view", a bracketed type between the condition
and its rating, and a course judged "not adequate"."""
from __future__ import annotations

from tests.extract.test_offline import courses, merged_course, of, run


def test_severity_after_in_my_opinion_is_the_prescribers_rating():
    fs = run("Letter of medical necessity\n"
             "Ms. Ortega has had dermatitis of both hands for three years, and in my clinical "
             "opinion it is severe; she cannot work her shifts at the bakery.\n")
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}


def test_severity_in_my_view_without_verb():
    fs = run("Progress note\nAssessment: chronic hand eczema. In my view, moderate - "
             "cracking over the thenar eminences despite gloves.\n")
    assert {f.value for f in of(fs, "severity.stated")} == {"moderate"}


def test_severity_after_bracketed_type_of_condition():
    fs = run("Clinic note\nIMPRESSION: hand eczema (dyshidrotic), severe, flaring with "
             "vesicles along the fingers.\n")
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}


def test_bracketed_other_site_is_no_hand_rating():
    fs = run("Clinic note\nIMPRESSION: dermatitis (eyelids), mild.\n")
    assert not of(fs, "severity.stated")


def test_course_judged_not_adequate_is_inadequate_response():
    cs = courses("Dermatology note\nShe applied clobetasol 0.05% ointment twice daily from "
                 "March 2 to April 20, 2026. The result was not adequate; the knuckles still "
                 "crack and bleed.\n")
    assert merged_course(cs, "clobetasol").get("response") == "inadequate"


def test_not_adequate_for_a_site_is_no_response():
    cs = courses("Dermatology note\nHydrocortisone 1% cream is not adequate for thick palmar "
                 "skin, so I am starting fluocinonide 0.05% ointment twice daily.\n",
                 check="therapy.drug")
    assert all(c.get("response") != "inadequate" for c in cs)
