"""Batch r14 (helper y): vague long histories against a clear exam or a denied prior
history, clear exams labelled by a list of dates, and an intake line dating a stated age."""
import datetime as dt

from tests.extract.test_offline import decide, of, run


def test_clear_exam_labelled_by_dates_is_a_cleared_onset():
    fs = run("Dermatology record\nVisits 03/2023, 04/2024: hands clear, no rash.\n"
             "Hand dermatitis came back 05/02/2026.\n")
    cleared = [f for f in of(fs, "condition.onset_date") if "cleared" in f.flags]
    assert [f.value for f in cleared] == [dt.date(2024, 4, 1)]


def test_vague_history_cannot_outlast_a_later_clear_exam():
    notes = ("Problem list: hand dermatitis, onset 2018, resolved with cream.\n"
             "Checkups 02/2023, 03/2024: hands clear, no dermatitis.\n"
             "New flare of hand dermatitis starting 05/15/2026.\n")
    letter = ("June 30, 2026\nRe: request\nShe has long-standing hand dermatitis, now "
              "moderate.\n")
    assert decide(notes, letter, as_of=dt.date(2026, 7, 1))["1.B"] != "met"


def test_denied_prior_history_drops_vague_long_history():
    letter = "May 3, 2026\nMr. Doe has long-standing hand eczema, currently severe.\n"
    notes = ("# 04/28/2026 - New visit - A. Smith, MD\nNo prior hx of hand eczema.\n"
             "Hand eczema, onset about 5 weeks ago.\n")
    assert decide(letter, notes, as_of=dt.date(2026, 5, 4))["1.B"] == "not_met"


def test_no_prior_hx_reads_as_a_first_episode():
    fs = run("Visit 02/02/2026\nDenies prior hx of hand dermatitis. Rash on palms x 3 wks.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_intake_line_with_age_dates_the_stated_age():
    notes = ("Clinic notes\n10/05/2022 New patient, 16 yo F. Hand eczema x 6 months.\n"
             "07/20/2024 Hand eczema unchanged.\n")
    fs = run(notes)
    assert dt.date(2022, 10, 5) in [f.value for f in of(fs, "request.date_of_service")]
    assert decide(notes, as_of=dt.date(2024, 8, 1))["1.A"] == "unknown"
