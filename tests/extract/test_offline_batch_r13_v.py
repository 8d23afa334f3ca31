"""Rules generalised from staging batches bu/bv (1.B: how long the present hand eczema has
lasted), on sentences of our own (not the charts')."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import of, run, status

# ---------------------------------------------------------------- a letter to the reviewer
LETTER = ("Harbor Skin Clinic\n3 Elm St, Dover DE\n\nJune 4, 2026\n\nDear Pharmacy Reviewer:\n\n"
          "Ms. Arden has had hand dermatitis for more than a year. She applied betamethasone "
          "dipropionate 0.05% ointment twice daily every day from 04/01/2026 to 05/10/2026 "
          "without benefit.\n\nKara Voss, MD\n")
NOTE = ("Harbor Skin Clinic - Office Visit\nDOS 06/01/2026\n"
        "HPI: Rash on both palms began about 3 weeks ago after a new job in a bakery. "
        "Never had a hand rash before.\nExam: palmar erythema and scale.\n")


def test_salutation_to_the_reviewer_makes_a_letter_administrative():
    assert doc_kinds.page_kind(LETTER) == "lmn"
    assert doc_kinds.kind_class(doc_kinds.page_kind(LETTER)) == "administrative"
    assert doc_kinds.page_kind("Dear Dr. Lin,\nThank you for seeing my patient.\n") != "lmn"


def test_letters_longer_claim_yields_to_the_notes_short_history():
    fs = run(LETTER, NOTE)
    assert status(fs, "1.B", "2026-06-05") == "not_met"


# ---------------------------------------------------------------- guessed onsets
def test_hedged_relative_onset_dates_nothing():
    head = "Clinic note\nDate of service: 04/20/2026\n"
    fs = run(head + "HPI: Her hand eczema has been there perhaps since the fall.\n")
    assert not of(fs, "condition.onset_date")
    fs = run(head + "HPI: Hand dermatitis. She is unsure when it started, since the fall "
                    "or later.\n")
    assert not of(fs, "condition.onset_date")
    fs = run(head + "HPI: Her hand eczema has been present since the fall.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2025, 9, 1)]


# ---------------------------------------------------------------- an earlier clear exam
def test_clear_hands_sentence_dates_its_own_earlier_visit():
    fs = run("Dermatology follow-up\nVisit date: 03/10/2026\n"
             "HPI: long history of eczema of the neck. Her hands were clear on the 02/2025 exam. "
             "Now the palms are cracked.\n")
    clear = [f for f in of(fs, "condition.onset_date") if "cleared" in f.flags]
    assert [f.value for f in clear] == [dt.date(2025, 2, 1)]


def test_lifelong_history_reads_as_childhood_long():
    fs = run("Note 02/02/2026\nHPI: lifelong eczema, now on the hands.\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1825]


# ---------------------------------------------------------------- first entry in the chart
def test_first_documented_dates_the_onset():
    fs = run("Family medicine note 07/01/2026\n"
             "HPI: Hand dermatitis first documented 05/2022, never fully cleared.\n")
    assert [f.value for f in of(fs, "condition.onset_date")] == [dt.date(2022, 5, 1)]


def test_timeline_entry_dates_the_first_appearance():
    fs = run("Progress note 01/15/2026\nSummary:\n- 2021: palmar eczema first noted\n"
             "- 2024: patch testing negative\n")
    on = of(fs, "condition.onset_date")
    assert [f.value for f in on] == [dt.date(2021, 12, 31)]
    assert "at_latest" in on[0].flags
    fs = run("Progress note 01/15/2026\nSummary:\n- 2021: mometasone started for hand eczema\n")
    assert not of(fs, "condition.onset_date")
