"""Age, hand-eczema history, severity and specialty read from wordings of unseen authors."""

from __future__ import annotations

import datetime as dt

from test_offline import of, run

from extract.dates import find_dates


def test_policy_criterion_restated_is_not_the_patients_severity_or_history() -> None:
    fs = run("Determination: not approved.\n"
             "Reason: the plan guideline states that the member has severe chronic hand eczema "
             "present for more than 3 months.\n")
    assert not of(fs, "severity.stated")
    assert not of(fs, "condition.duration_days")


def test_criterion_restated_with_recurrence_wording_gives_no_count() -> None:
    fs = run("Criterion 1.B requires eczema of the hands that has returned at least twice "
             "in a year after clearing.\n")
    assert not of(fs, "condition.recurrences_12mo")


def test_first_time_hands_were_involved_is_a_first_episode() -> None:
    fs = run("HPI: Itchy papules on the knuckles for 5 weeks, the first time his hands "
             "have been involved.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_date_a_wrapped_clause_runs_on_to_is_not_a_timeline_entry() -> None:
    fs = run("HPI: Cracking of both palms started on\n"
             "11/02/2025 - first episode for him, no eczema before.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_timeline_entry_led_by_its_date_still_is_a_past_episode() -> None:
    fs = run("Course:\n- 02/2024 - first episode, cleared in April.\n")
    assert not of(fs, "condition.recurrences_12mo")


def test_visit_heading_that_leads_with_its_date_dates_the_visit() -> None:
    fs = run("Hand eczema flowsheet\n"
             "2024-11-04 - Initial consult\nIGA-CHE 4 (severe).\n\n"
             "12/09/2025 - Urgent visit\nIGA-CHE 2 (mild) today.\n\n"
             "2026-01-20 | F/U 2 emollients\n"
             "03/30/2026 - next visit\n")
    assert sorted(f.value for f in of(fs, "request.date_of_service")) == [
        dt.date(2024, 11, 4), dt.date(2025, 12, 9)]


def test_subscribers_date_of_birth_is_not_the_patients() -> None:
    fs = run("Patient name: Ada Lowe\nPatient DOB: __________\n"
             "Policyholder date of birth: 09/14/1958\nGuarantor's DOB: 01/01/1960\n")
    assert not of(fs, "patient.date_of_birth")
    fs = run("Member/subscriber DOB: 09/14/1988\n")
    assert [f.value for f in of(fs, "patient.date_of_birth")] == [dt.date(1988, 9, 14)]


def test_form_label_asking_how_long_present_dates_the_condition() -> None:
    fs = run("Requested drug: Anzupgo 2% cream BID to hands\n"
             "Dx: dyshidrotic hand eczema\n"
             "How long present | roughly 18 months, never clear\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [540]


def test_bare_how_long_label_after_the_diagnosis_line() -> None:
    fs = run("Diagnosis: chronic hand dermatitis\nHow long: 4+ yrs, constant\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [1460]


def test_iso_year_month_date() -> None:
    assert [d.date for d in find_dates("onset 2024-11, worse since 2025/02")] == [
        dt.date(2024, 11, 1), dt.date(2025, 2, 1)]
    assert find_dates("during the 2019-20 season") == []


def test_hand_printed_date_with_spaced_slashes() -> None:
    assert [d.date for d in find_dates("DOB: 11 / 23 / 2007")] == [dt.date(2007, 11, 23)]
    assert find_dates("scored 3 / 4 / 5 on three scales") == []


def test_severity_word_after_a_semicolon_rates_the_diagnosis_before_it() -> None:
    fs = run("Assessment: hand eczema, vesicular, ongoing 2 years; severe.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
    fs = run("Assessment: hand eczema for 2 years; severe itch at night.\n")
    assert not of(fs, "severity.stated")


def test_attached_referral_form_does_not_make_the_note_a_referral() -> None:
    fs = run("New patient visit\nPhysician: Omar Haddad, MD - board-certified dermatologist\n"
             "Referring clinic: Lakeside Urgent Care (see the enclosed referral letter)\n\n"
             "HPI: hand eczema for 2 years.\n")
    assert [f.value for f in of(fs, "prescriber.specialty")][:1] == ["dermatology"]
