"""Relatives' medications named in letters and notes (batch r26, helper A)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

AS_OF = dt.date(2026, 3, 1)


def _names(findings, usable: bool = True) -> set[str]:
    return {f.value.lower() for f in of(findings, "medication.name", usable=usable)}


def test_drugs_said_to_be_family_members_medications_are_not_the_patients() -> None:
    note = ("Progress note\nIntake form reviewed. Baricitinib and Xeljanz listed on that form "
            "are family\nmembers' medications, not the patient's.\n")
    found = run(note)
    assert not {"baricitinib", "xeljanz"} & _names(found)
    assert {"baricitinib", "xeljanz"} <= _names(found, usable=False)
    assert decide(note, as_of=AS_OF)["NC.1"] != "not_met"


def test_drug_said_to_be_the_patients_own_stays() -> None:
    note = "Progress note\nXeljanz listed on that form is the patient's own medication.\n"
    assert "xeljanz" in _names(run(note))


def test_relative_writers_own_drug_is_a_relatives() -> None:
    letter = ("March 1, 2026\nTo whom it may concern,\nI am writing on behalf of my son, Mark, "
              "who has hand eczema.\nI take Olumiant myself for my arthritis. He has never "
              "used it.\nSincerely,\nJane Doe\n")
    found = run(letter)
    assert "olumiant" not in _names(found)
    assert decide(letter, as_of=AS_OF)["NC.1"] != "not_met"


def test_patients_own_letter_first_person_drug_stays_the_patients() -> None:
    letter = ("March 1, 2026\nMy name is Mark Doe. My mother has arthritis.\nI take Olumiant "
              "for my arthritis and my hands still crack.\nSincerely,\nMark Doe\n")
    assert "olumiant" in _names(run(letter))
    assert decide(letter, as_of=AS_OF)["NC.1"] == "not_met"


def test_drug_named_as_example_of_a_relatives_kind_is_the_relatives() -> None:
    thread = ("Portal message\nMy dad takes Olumiant for his arthritis.\n"
              "Reply: the warnings for pills like Olumiant do not apply the same way to a "
              "cream.\n")
    found = run(thread)
    assert "olumiant" not in _names(found)
    assert decide(thread, as_of=AS_OF)["NC.1"] != "not_met"


def test_example_drug_stays_when_the_patient_also_takes_it() -> None:
    thread = ("Portal message\nMy dad takes Olumiant for his arthritis.\n"
              "Pt is also on Olumiant 2 mg daily for alopecia.\n"
              "Reply: the warnings for pills like Olumiant do not apply the same way to a "
              "cream.\n")
    assert "olumiant" in _names(run(thread))


def test_example_drug_without_a_relative_stays() -> None:
    note = "Progress note\nShe reports the warnings for pills like Olumiant worry her.\n"
    assert "olumiant" in _names(run(note))
