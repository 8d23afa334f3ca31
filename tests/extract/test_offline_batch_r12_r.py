"""Hand eczema duration (IP0759 1.B): batch r12, helper r."""

from __future__ import annotations

import datetime as dt

from test_offline import decide, of, run


def test_labelled_hands_line_is_a_clear_exam_that_restarts_the_history() -> None:
    letter = ("Date: 05/20/2026\nMr. Okafor, 41, has had chronic hand eczema for many years and "
              "failed clobetasol 0.05% ointment daily for 4 weeks. IGA-CHE 3 (moderate).")
    notes = ("2025-10-02 Routine visit\nProvider: A. Lind, MD (Dermatology)\n"
             "Skin exam: seborrheic keratoses on back.\nHands: no eczema.\nReturn 1 year.\n"
             "2026-04-10 Acute visit\nProvider: A. Lind, MD (Dermatology)\n"
             "Scaly fissured palms, onset unclear.\nIGA-CHE 3\n")
    fs = run(notes)
    cleared = [f for f in of(fs, "condition.onset_date") if "cleared" in f.flags]
    assert [f.value for f in cleared] == [dt.date(2025, 10, 2)]
    assert decide(letter, notes, as_of=dt.date(2026, 5, 20))["1.B"] == "unknown"


def test_hands_normal_label_is_a_clear_exam() -> None:
    notes = ("2025-01-15 Annual skin check\nProvider: A. Lind, MD (Dermatology)\n"
             "Full skin exam: benign.\nHands: normal.\nReturn 1 year.\n"
             "2026-02-01 Acute visit\nProvider: A. Lind, MD (Dermatology)\n"
             "Hand dermatitis, new.\n")
    cleared = [f for f in of(run(notes), "condition.onset_date") if "cleared" in f.flags]
    assert [f.value for f in cleared] == [dt.date(2025, 1, 15)]


def test_since_after_a_drug_applied_to_the_hands_is_the_drug_start() -> None:
    fs = run("Visit 05/30/2026\nHPI: Hand dermatitis for 3 years. She has been using "
             "betamethasone 0.05% cream BID to both hands since 4/2/26, every day.")
    assert not of(fs, "condition.onset_date")
    fs = run("Visit 05/30/2026\nHPI: On dupilumab for asthma, hand eczema since 2021.")
    assert [f.value.year for f in of(fs, "condition.onset_date")] == [2021]


def test_patient_returning_for_the_eczema_is_no_recurrence_window() -> None:
    fs = run("Visit 09/14/2026\nHPI: Returns for her hand dermatitis, "
             "present since March 2024.")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2024, 3, 1)]
    fs = run("Visit 09/14/2026\nHPI: Hand eczema cleared, then returned twice since 03/2026.")
    assert not of(fs, "condition.onset_date")


def test_history_length_fragment_after_the_condition_sentence() -> None:
    fs = run("Visit 11/05/2026\nSubjective: Sent by her PCP for dermatitis of the hands. "
             "Three-year history, never clear, worse in winter.")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1095]
