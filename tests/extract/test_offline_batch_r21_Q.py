"""Round 21, helper Q: plan stop orders, self-stated specialty, wrapped stop post-modifiers,
and payer/administrative mentions of a drug the chart attributes only to a relative."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def test_plan_stop_order_marks_drug_discontinued():
    fs = run("Rheumatology follow-up 03/02/2026\nAssessment and plan:\n1.\n"
             "Discontinue azathioprine 100 mg daily because of leukopenia.\n"
             "2.\nRecheck CBC in 4 weeks.\n")
    st = [f.value for f in of(fs, "medication.status", usable=False)]
    names = of(fs, "medication.name", usable=False)
    assert names and "historical" in names[0].context
    assert "active" not in st


def test_conditional_stop_order_is_not_a_stop():
    fs = run("Rheumatology follow-up 03/02/2026\nAssessment and plan:\n1.\n"
             "Stop azathioprine if the white count falls below 3.0.\n")
    names = of(fs, "medication.name", usable=False)
    assert names and "historical" not in names[0].context


def test_author_states_own_specialty_in_letter():
    fs = run("Northside Skin Clinic\n123 Main St\nSpringfield\nPhone 555-0100\n\n"
             "To whom it may concern,\nMy patient needs this cream for her hands.\n"
             "I'm an allergist and have followed her closely since last year.\n"
             "Pat Moreno, MD\n")
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"allergy_immunology"}


def test_specialty_of_someone_else_is_not_self_stated():
    fs = run("Northside Skin Clinic\n123 Main St\nSpringfield\nPhone 555-0100\n\n"
             "To whom it may concern,\nShe saw a board-certified dermatologist once, years ago.\n"
             "I am her family physician.\nPat Moreno, MD\n")
    assert "dermatology" not in {f.value for f in of(fs, "prescriber.specialty")}


def test_stop_in_parenthesis_wrapped_to_next_line():
    fs = run("Office visit 04/10/2026\nCurrent medications: tacrolimus 0.1% oint, Rinvoq\n"
             "(stopped 4/01/26), lisinopril 10 mg.\n")
    rinvoq = [f for f in of(fs, "medication.name", usable=False) if f.value == "Rinvoq"]
    assert rinvoq and "historical" in rinvoq[0].context
    assert dt.date(2026, 4, 1) in {f.value for f in of(fs, "medication.stop_date",
                                                         usable=False)}


def test_drug_said_to_belong_to_named_relative():
    fs = run("Visit 02/02/2026\nThe Rinvoq on the intake sheet belongs to Marco's father, "
             "who drove him here.\n")
    rinvoq = of(fs, "medication.name", usable=False)
    assert rinvoq and "family" in rinvoq[0].context


def test_admin_mention_of_relatives_drug_is_not_concurrent_use():
    denial = ("PRIOR AUTHORIZATION REQUEST FORM\nPatient: Lena Ortiz\n"
              "Current medications: Rinvoq 15 mg daily\n")
    note = ("Progress note 05/01/2026\nLena is here with her father.\n"
            "Her father takes Rinvoq for his arthritis.\nShe has never used a JAK inhibitor.\n")
    st = decide(denial, note, as_of=dt.date(2026, 5, 5))
    assert st["NC.1"] == "met"
    # without the chart's attribution to the relative, the form's entry stands
    st2 = decide(denial, "Progress note 05/01/2026\nHand eczema, moderate.\n",
                 as_of=dt.date(2026, 5, 5))
    assert st2["NC.1"] == "not_met"
