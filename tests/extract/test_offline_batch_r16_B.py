"""Batch r16 (helper B): a form item whose dot leader is left blank (or answered no) is the
form's question, not a response; a page titled "PA checklist" is an administrative form, so
its ticked "28+ days" loses to a clinical note that dates the course shorter."""
from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, of, run

QA = ("PRIOR AUTHORIZATION REQUEST - online questions\n"
      "Q1  Patient 18 or older ........................ YES\n"
      "Q2  Steroid tried / strength ................... BETAMETHASONE DIPROPIONATE 0.05% OINT\n"
      "Q3  Daily use 28+ days in a row ................ YES 01/05/26 to 02/20/26\n"
      "Q4  Inadequate response documented by MD .......{answer}\n"
      "Q5  Prescriber specialty ....................... DERMATOLOGY\n")


def test_blank_dot_leader_item_is_not_a_response():
    fs = run(QA.format(answer=""))
    assert not of(fs, "therapy.response")


def test_dot_leader_item_answered_no_is_not_a_response():
    fs = run(QA.format(answer=" NO"))
    assert not [f for f in of(fs, "therapy.response") if f.value == "inadequate"]


def test_dot_leader_item_answered_yes_is_still_a_response():
    fs = run(QA.format(answer=" YES"))
    assert [f for f in of(fs, "therapy.response") if f.value == "inadequate"]


def test_pa_checklist_title_is_administrative():
    assert doc_kinds.page_kind("PAYER PA CHECKLIST\nMember: J. Doe\n") == "pa_form"


def test_checklist_duration_loses_to_shorter_dated_course_in_the_note():
    note = ("Dermatology follow-up 05/10/2026\n"
            "Chronic hand eczema for 3 years. IGA-CHE 3, moderate.\n"
            "She applied clobetasol 0.05% ointment twice a day from 03/02/2026 to "
            "03/18/2026 and then quit because it stung; the hands did not improve.\n")
    checklist = ("PLAN PA CHECKLIST\n"
                 "Member: Jo Ann Example\n"
                 "tried a medium or higher potency topical steroid\n"
                 "used daily for 28+ consecutive days\n"
                 "inadequate efficacy\n")
    status = decide(note, checklist, as_of=dt.date(2026, 5, 12))
    assert status["1.D.ii"] != "met"
