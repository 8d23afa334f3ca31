"""A drug left "Active" on a list or named in passing but documented stopped long ago
(batch r26, helper B), in my own words."""

from __future__ import annotations

import datetime as dt

from test_offline import decide, of, run

AS_OF = dt.date(2026, 3, 1)


def test_stop_not_restarted_after_a_pronoun_is_past_use() -> None:
    text = ("In 2022 her PCP put her on azathioprine 100 mg daily for the hands; it was stopped "
            "in May 2023 after leukopenia and has not been restarted.")
    assert decide(text, as_of=AS_OF)["NC.2"] == "met"


def test_stop_then_restart_after_a_pronoun_stays_current() -> None:
    text = ("In 2022 her PCP put her on azathioprine 100 mg daily for the hands; it was stopped "
            "in May 2023 after leukopenia and was restarted in January 2026.")
    assert decide(text, as_of=AS_OF)["NC.2"] == "not_met"


def test_stop_after_a_short_outcome_clause_is_the_drugs() -> None:
    text = "Mar 2024: upadacitinib 15 mg daily, 12 wks; little help; stopped Jun 2024 due to acne."
    stops = [f.value for f in of(run(text), "medication.stop_date")]
    assert dt.date(2024, 6, 1) in stops
    assert decide(text, as_of=AS_OF)["NC.1"] == "met"


def test_stop_of_another_drug_after_an_outcome_clause_is_not_this_ones() -> None:
    text = "Mar 2024: upadacitinib 15 mg daily; good help; stopped prednisone Jun 2024."
    assert decide(text, as_of=AS_OF)["NC.1"] == "not_met"


def test_drugs_said_to_be_in_the_past_are_not_concurrent() -> None:
    text = "Plan: topical therapy only. Cyclosporine and baricitinib are in the past."
    out = decide(text, as_of=AS_OF)
    assert out["NC.1"] == "met" and out["NC.2"] == "met"


def test_in_the_past_does_not_reach_a_clause_before_a_semicolon() -> None:
    text = "Continues methotrexate 15 mg weekly; baricitinib is in the past."
    out = decide(text, as_of=AS_OF)
    assert out["NC.2"] == "not_met" and out["NC.1"] == "met"


def test_warning_against_combining_is_not_use() -> None:
    text = "Plan: start delgocitinib cream BID. Not to be combined with tofacitinib, pt aware."
    assert decide(text, as_of=AS_OF)["NC.1"] == "met"


_LIST = ("MEDICATION LIST\n"
         "methotrexate 15 mg tab   1 tab PO weekly   05/09/2024   Active\n")


def test_listed_active_course_stopped_in_its_start_month_course() -> None:
    note = "Methotrexate May-Nov 2024 for the hands, stopped for nausea. Off since."
    assert decide(_LIST, note, as_of=AS_OF)["NC.2"] == "met"


def test_listed_active_course_stopped_with_an_undated_start() -> None:
    note = "Prior methotrexate discontinued 11/2024 for nausea."
    assert decide(_LIST, note, as_of=AS_OF)["NC.2"] == "met"


def test_stop_before_the_listed_start_leaves_the_course_active() -> None:
    note = "Methotrexate discontinued 01/2024 for nausea."
    assert decide(_LIST, note, as_of=AS_OF)["NC.2"] == "not_met"


def test_start_after_the_stop_leaves_the_listed_course_active() -> None:
    lst = ("MEDICATION LIST\n"
           "methotrexate 15 mg tab   1 tab PO weekly   05/09/2024   Active\n"
           "methotrexate 10 mg tab   1 tab PO weekly   01/12/2026   Active\n")
    note = "Prior methotrexate discontinued 11/2024 for nausea."
    assert decide(lst, note, as_of=AS_OF)["NC.2"] == "not_met"
