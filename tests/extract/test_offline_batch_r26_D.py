"""Batch r26 D: 1.D.ii unknown (not not_met) when a course's length is not documented, or
only a lower bound of it is."""

from __future__ import annotations

import datetime as dt

from test_offline import decide, of, run

AS_OF = dt.date(2026, 6, 1)


def _note(course: str, plan: str = "") -> str:
    return (
        "Dermatology note 05/20/2026\n"
        "Provider: Ann Lee, MD, dermatologist\n"
        "DOB 01/02/1970. Chronic hand eczema for 2 years. IGA-CHE 3 (moderate).\n"
        f"{course}\n"
        "No JAK inhibitors, no immunosuppressants.\n"
        f"Plan: Anzupgo 2% cream BID. {plan}\n"
    )


def test_follow_up_prn_is_no_as_needed_sig():
    text = _note("Rx mometasone 0.1% ointment, apply BID to hands, 45 g. F/u 6 mo / PRN.")
    fs = run(text)
    assert not of(fs, "therapy.prn")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "unknown"


def test_rtc_prn_is_no_as_needed_sig():
    text = _note("Started mometasone 0.1% ointment BID to the hands. RTC PRN.")
    assert not of(run(text), "therapy.prn")


def test_prn_sig_of_the_steroid_still_counts():
    text = _note("Mometasone 0.1% ointment BID PRN to hands, no help.")
    assert of(run(text), "therapy.prn")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"


def test_table_row_with_lower_case_status_keeps_next_row_sig_out():
    table = (
        "Medication Instructions Start Status\n"
        "halobetasol 0.05% ointment apply BID to hands 12/01/2025 active\n"
        "selenium sulfide 2.5% lotion twice weekly 12/01/2025 active\n"
    )
    text = _note("Halobetasol helped little.") + table
    prn = [f for f in of(run(text), "therapy.prn") if f.value is True]
    assert not any("weekly" in f.quote for f in prn)


def test_length_at_assessment_with_total_unknown_is_a_lower_bound():
    text = _note("No better after 2 weeks of daily mometasone 0.1% ointment BID; "
                 "total duration of that course unknown.")
    assert not of(run(text), "therapy.duration_days")
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "unknown"


def test_short_course_without_unknown_total_stays_short():
    text = _note("No better after 2 weeks of daily mometasone 0.1% ointment BID; stopped.")
    durs = of(run(text), "therapy.duration_days")
    assert [f.value for f in durs] == [14]
    assert decide(text, as_of=AS_OF)["1.D.ii"] == "not_met"
