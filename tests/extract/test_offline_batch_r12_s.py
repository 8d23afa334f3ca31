"""Batch bp-bq (helper s): an e-consult request whose answer the chart denies ("no response
yet") is still pending; a form's prescriber-specialty answer that names another doctor is that
doctor's specialty, not the prescriber's."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

VISIT = """WESTGATE CLINIC - PROGRESS NOTE
Date of service: 05/12/2026
Marta Lindqvist, MD
Chronic hand eczema for 2 years, IGA-CHE 3 (moderate).
Halobetasol 0.05% ointment BID 03/01/2026-04/12/2026, no improvement.
"""


def test_a_consult_request_with_no_response_yet_is_no_consultation() -> None:
    for line in ("Allergy e-consult sent 5/2 - no response yet.",
                 "Dermatology eConsult submitted 05/02/2026; still awaiting reply.",
                 "Derm consult requested 5/2, reply pending."):
        fs = run(VISIT + line + "\n")
        assert not of(fs, "consultant.specialty"), line


def test_a_consult_request_that_was_answered_still_counts() -> None:
    fs = run(VISIT + "Dermatology eConsult submitted 05/02/2026; reply from Dr. Oyelaran "
             "(dermatology) 05/06: agrees with Anzupgo.\n")
    assert {f.value for f in of(fs, "consultant.specialty")} == {"dermatology"}


def test_an_unanswered_consult_request_leaves_the_specialist_criterion_open() -> None:
    text = VISIT + "Allergy e-consult sent 5/2 - no response yet.\n"
    assert decide(text, as_of=dt.date(2026, 5, 20))["1.E"] != "met"


FORM = """PRIOR AUTHORIZATION REQUEST (completed by office staff)
Prescriber: Tomasz Rebane, MD
Prescriber specialty: Dermatology (Dr. Priya Natarajan)
Diagnosis: chronic hand eczema
"""


def test_a_specialty_answer_naming_another_doctor_is_not_the_prescribers() -> None:
    assert not of(run(FORM), "prescriber.specialty")


def test_a_specialty_answer_naming_the_prescriber_is_kept() -> None:
    text = FORM.replace("Dr. Priya Natarajan", "Dr. Tomasz Rebane")
    assert {f.value for f in of(run(text), "prescriber.specialty")} == {"dermatology"}
