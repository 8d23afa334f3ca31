"""Batch r24 (helper B): a plan's determination letter quoting its unmet criteria, a letter
restating what the denial said, a definition of the diagnosis, and a step the plan would
impose are no facts of the patient's care."""

from __future__ import annotations

from extract import doc_kinds
from tests.extract.test_offline import generic_courses, groups, make_doc, of, run

DETERMINATION = """Acme Health Plan - Prior Authorization Determination
Determination date: 2026-02-11
Member: Rowe, Dana   DOB: 1969-08-14
Your request has been DENIED.
Coverage criteria not met (IP0759):
D) ii. A topical corticosteroid was used daily for at least 28 consecutive days.
"""


def test_plan_determination_letter_is_a_payer_notice() -> None:
    kind = doc_kinds.document_parts(make_doc(DETERMINATION))[1][0][1]
    assert kind == "payer_notice"
    form = ("PRIOR AUTHORIZATION DETERMINATION REQUEST\nMember ID: Q55\n"
            "Please check all that apply.\n[X] CHE > 3 months\n")
    assert doc_kinds.document_parts(make_doc(form))[1][0][1] != "payer_notice"


def test_determination_letters_quoted_criterion_is_no_course() -> None:
    cs = [{k: v.value for k, v in g.items()} for g in groups(run(DETERMINATION), "therapy").values()]
    assert not [c for c in generic_courses(cs) if c.get("duration_days")]


def test_restated_denial_reason_is_no_course() -> None:
    letter = ("Dear Reviewer,\nThe reviewer noted that 30 consecutive days of topical steroid "
              "use were missing from the file.\n")
    found = run(letter)
    assert not [f for f in of(found, "therapy.duration_days")]


def test_definition_of_chronic_gives_no_duration() -> None:
    letter = ("Dear Reviewer,\nHer diagnosis is chronic hand eczema, and chronic hand eczema is "
              "by its nature a long-standing disease.\n")
    assert not of(run(letter), "condition.duration_days")
    note = "HPI: long-standing hand eczema, both palms.\n"
    assert of(run(note), "condition.duration_days")


def test_step_the_plan_would_impose_is_no_trial() -> None:
    letter = ("Dear Reviewer,\nForcing him to try betamethasone dipropionate on thin, bruised "
              "skin is unsafe.\n")
    assert not of(run(letter), "therapy.drug")
