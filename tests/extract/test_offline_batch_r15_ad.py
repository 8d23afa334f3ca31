"""Batch r15 (helper ad): a med-list row whose dot leader joins a stop word and its date to
the drug; a short present history told long after an earlier, briefly lasting episode."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, groups, run


def test_dot_leader_row_stop_word_dates_the_drug_it_follows():
    fs = run("Medication reconciliation 03/30/2026\n"
             "tofacitinib 5 mg tab ............ stopped 01/09/2026\n"
             "fluocinonide 0.05% cream ........ completed 11/20/2025\n"
             "amlodipine 5 mg daily ........... active\n")
    meds = {str(g["name"].value).lower(): g for g in groups(fs, "medication").values()
            if "name" in g}
    tofa = meds["tofacitinib"]
    assert tofa["status"].value == "discontinued"
    assert tofa["stop_date"].value == dt.date(2026, 1, 9)
    assert meds["fluocinonide"]["stop_date"].value == dt.date(2025, 11, 20)


def test_old_brief_episode_does_not_stretch_to_a_new_short_flare():
    old = ("Express Care Clinic - visit note\nDate: 06/14/2019\n"
           "Complaint: itchy rash on the palms x 10 days\nAssessment: hand dermatitis\n")
    new = ("Dermatology visit\nDate: 04/02/2026\n"
           "Hand eczema that started about five weeks ago. Prior bouts over the years, "
           "dates not recalled.\nIGA-CHE 3 (moderate).\n")
    status = decide(old, new, as_of=dt.date(2026, 4, 2))
    assert status["1.B"] != "met"
