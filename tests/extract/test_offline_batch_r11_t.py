"""Batch r11 (helper t): steroid course lengths where a letter and the notes sit side by side."""

from __future__ import annotations

from extract.doc_kinds import page_kind
from tests.extract.test_offline import courses, merged_course


def test_length_before_next_drug_is_that_drugs_length() -> None:
    # "... X and then 6 weeks of Y": the length leads into Y, not back to X
    cs = courses("Letter 02/10/2026. She did not improve on mometasone 0.1% cream and then "
                 "used 6 weeks of betamethasone dipropionate 0.05% ointment without benefit.")
    assert "duration_days" not in merged_course(cs, "mometasone")
    assert merged_course(cs, "betamethasone")["duration_days"] == 42


def test_weeks_into_a_course_is_its_use_so_far() -> None:
    # "three weeks into the Y": the running course's length to date (short of 28 days)
    cs = courses("Visit 05/04/2026. Three weeks into fluocinonide 0.05% ointment, applied "
                 "every morning and night; hands still fissured.")
    assert merged_course(cs, "fluocinonide")["duration_days"] == 21


def test_letter_addressed_to_payer_pa_desk_is_administrative() -> None:
    text = ("Lakeside Skin Clinic\n04/01/2026\nATTN: Specialty PA Team\n"
            "Re: J. Doe\nShe has failed several creams. We request the new cream.\n"
            "Prepared by the PA coordinator.\n")
    assert page_kind(text) == "cover_letter"


def test_request_letter_with_pa_subject_line_is_administrative() -> None:
    text = ("Harbor Skin Group\n\nJune 2, 2026\n\nRe: T. Lindqvist - DOB 01/02/1970 - prior auth\n\n"
            "Mr. Lindqvist has tried many steroid creams for three years. I am requesting the "
            "new topical for his hands.\n")
    assert page_kind(text) == "cover_letter"


def test_range_word_run_into_a_dash_still_joins_the_dates() -> None:
    # a scan's text layer reads "through 03/20/2026" as "through-03/20/2026"
    c = merged_course(courses("Visit 04/02/2026. Betamethasone valerate 0.1% ointment used "
                              "daily 02/03/2026 through-03/20/2026, no change in the fissures."),
                      "betamethasone")
    assert str(c["start_date"]) == "2026-02-03" and str(c["stop_date"]) == "2026-03-20"
