"""Batch r25 (helper D): a clinician's usual practice ("I would typically start X") and a drug
named as an option ("X is an alternative") are no use of the drug (IP0759 1.D, NC.1); a case
discussed by phone on a date with a named specialist is a consultation (1.E); "dates it to
<date>" right after the condition dates its onset (1.B)."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def _ctx(fs, name):
    return [f.context for f in of(fs, "medication.name", usable=False) if name in str(f.value).lower()]


def test_usual_practice_drug_is_hypothetical():
    fs = run("Dermatology e-consult reply 04/02/2026\n"
             "She has used only hydrocortisone 1% cream. We would typically start betamethasone "
             "dipropionate for a month before a non-steroid cream.\n")
    ctx = _ctx(fs, "betamethasone")
    assert ctx and all("hypothetical" in c for c in ctx)


def test_drug_named_as_an_alternative_is_hypothetical():
    fs = run("Telehealth consult 06/11/2026\n"
             "Plan: delgocitinib cream twice daily to the hands.\n"
             "Ruxolitinib cream is another possible option for some patients.\n")
    ctx = _ctx(fs, "ruxolitinib")
    assert ctx and all("hypothetical" in c for c in ctx)


def test_case_discussed_by_phone_on_a_date_names_the_consultant():
    fs = run("Family practice note 07/14/2026\n"
             "Assessment: chronic hand eczema, severe.\n"
             "Patient case discussed by phone 7/10/26 with Dr. Ines Marlowe (allergy and "
             "immunology).\n")
    assert "allergy_immunology" in {f.value for f in of(fs, "consultant.specialty")}


def test_pronoun_dating_of_the_condition_is_its_onset():
    fs = run("Allergy clinic letter 05/20/2026\n"
             "I saw Ms. Brandt today for her chronic hand eczema.\n"
             "She dates it to around March 2025 and it has never fully settled.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2025, 3, 1)]
