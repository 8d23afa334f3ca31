"""Batches aw/ax: a relative's drug copied onto a form, and a patient's own statement."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import groups, run
from tests.rules.test_clinical_decides import finding, statuses

FORM = ("PRIOR AUTHORIZATION REQUEST\nPatient: Lena Marsh DOB 03/03/1980\n"
        "Steroids tried: betamethasone dipropionate 0.05% ointment x 10 weeks - no response\n")


def _form_courses(note: str) -> list[dict]:
    fs = run(FORM, note)
    return [{k: v.value for k, v in g.items()} for g in groups(fs, "therapy").values()
            if not {"family", "negated", "hypothetical"} & set(g["drug"].context)]


def test_indefinite_a_patient_does_not_end_a_relatives_scope():
    fs = run("HPI: His brother, who is also a patient here, applied betamethasone "
             "0.05% ointment for 8 weeks with no benefit.\n")
    assert not groups(fs, "therapy")
    names = [f for f in fs if f.field == "medication.name"]
    assert names and all("family" in f.context for f in names)


def test_form_course_of_a_drug_the_note_names_only_as_a_relatives_is_left_out():
    note = ("CLINIC NOTE\nHPI: Uses OTC hydrocortisone 1% cream only. Her mother used "
            "betamethasone dipropionate ointment for her own eczema last year.\n")
    assert not [c for c in _form_courses(note) if "betamethasone" in str(c.get("drug")).lower()]


def test_form_course_stays_when_the_note_also_gives_the_patients_own_course():
    note = ("CLINIC NOTE\nHPI: Her mother used betamethasone dipropionate ointment last year. "
            "The patient applied betamethasone dipropionate 0.05% ointment daily for 10 weeks "
            "without improvement.\n")
    assert [c for c in _form_courses(note) if "betamethasone" in str(c.get("drug")).lower()]


STATEMENT = ("March 2, 2026\nTo whom it may concern,\nMy name is Lena Marsh.\n"
             "My fingers crack and bleed every winter and my skin burns.\n"
             "My sister has the same trouble.\n")


def test_first_person_statement_is_a_patient_authored_kind():
    assert doc_kinds.page_kind(STATEMENT) == "patient_statement"


def test_severity_in_the_patients_own_statement_is_no_rating():
    as_of = dt.date(2026, 3, 10)
    own = finding(1, "severity.stated", "severe", None, "patient_statement")
    assert statuses([own], as_of)["1.C"] == "unknown"
    assert statuses([finding(1, "severity.stated", "severe", None, "lmn")], as_of)["1.C"] == "met"
