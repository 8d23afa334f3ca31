"""A medication's status over a chart that grew visit by visit: a later visit's "never filled"
outdates the earlier visits' copied-forward "active" rows, and bare visit titles ("Follow up -
date") date the entries under them. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from extract.lexicon import lexicon
from tests.extract.test_offline import decide, of, run

AS_OF = dt.date(2026, 6, 1)

HEAD = ("Lakeshore Skin Clinic\n"
        "Patient: Ines Arroyo  DOB 03/02/1981\n"
        "Clinician: Theo Brandt, MD, FAAD - Dermatology\n")

EARLY = ("Return patient 10/14/2025\n"
         "Hands: fissured palms. IGA-CHE 3.\n"
         "Current medications:\n"
         "Drug | Sig | Status\n"
         "Rinvoq 15 mg | daily | Active\n"
         "lisinopril 10 mg | daily | Active\n")

LATE = ("Follow up - 05/12/2026\n"
        "Hands worse. IGA-CHE 4.\n"
        "Med reconciliation: Rinvoq stays on her list but was never filled (denied by plan).\n")


def test_bare_visit_titles_date_their_entries() -> None:
    fs = run(HEAD + "New patient - 09/02/2025\nHands rough.\n\nPhone note 09/20/2025\n"
             "Called back.\n")
    dates = {f.value for f in of(fs, "request.date_of_service")}
    assert dt.date(2025, 9, 2) in dates and dt.date(2025, 9, 20) in dates
    head = lexicon().visit_title_head
    # a colon after "Follow-up" is the next appointment; more words after the date, a plan
    assert head.search("Follow-up: 07/15/2026") is None
    assert not of(run("Seen 3/2/2026.\nF/u 3 months.\n"), "request.date_of_service")[1:]
    assert head.search("Followup 1/6/2026") is not None
    assert head.search("NEW PATIENT — 1/6/2026") is not None


def test_later_never_filled_outdates_an_earlier_active_row() -> None:
    fs = run(HEAD + EARLY + "\n" + LATE)
    rinvoq = [f for f in of(fs, "medication.name") if f.value.lower() == "rinvoq"]
    assert rinvoq == []
    assert decide(HEAD + EARLY + "\n" + LATE, as_of=AS_OF)["NC.1"] == "met"


def test_earlier_never_filled_does_not_hide_a_later_active_row() -> None:
    early = ("Return patient 10/14/2025\n"
             "Rinvoq was prescribed but never filled (denied by plan).\n")
    late = ("Follow up - 05/12/2026\n"
            "Current medications:\n"
            "Drug | Sig | Status\n"
            "Rinvoq 15 mg | daily | Active\n")
    assert decide(HEAD + early + "\n" + late, as_of=AS_OF)["NC.1"] == "not_met"


def test_never_filled_under_the_same_visit_leaves_the_row_to_the_usual_rules() -> None:
    same = ("Follow up - 05/12/2026\n"
            "Current medications:\n"
            "Drug | Sig | Status\n"
            "Rinvoq 15 mg | daily | Active\n"
            "Assessment: hand eczema, severe.\n")
    fs = run(HEAD + same)
    assert [f.value for f in of(fs, "medication.name") if f.value.lower() == "rinvoq"]
    assert decide(HEAD + same, as_of=AS_OF)["NC.1"] == "not_met"
