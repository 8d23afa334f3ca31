"""Round 12, helper p: the prescriber's current severity rating vs older ones."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def _dos(fs):
    return sorted(f.value for f in of(fs, "request.date_of_service"))


def test_visit_heading_date_then_title_then_author_in_parentheses():
    fs = run("Riverbend Skin Center\n"
             "## 04/20/2026 - Follow-up (Lena Park, MD)\n"
             "Hands better. IGA-CHE 1 (almost clear).\n\n"
             "## 01/05/2026 - New patient (Lena Park, MD)\n"
             "Hands fissured. IGA-CHE 3.\n")
    assert _dos(fs) == [dt.date(2026, 1, 5), dt.date(2026, 4, 20)]


def test_visit_heading_after_chevrons_with_progress_note_title():
    fs = run(">> 06/02/2026  PROGRESS NOTE  (Omar Haddad, DO)\n"
             " Hands calm. IGA-CHE 1.\n\n"
             ">> 01/14/2026  PROGRESS NOTE  (Omar Haddad, DO)\n"
             " Hands with fissures. IGA-CHE 4, severe.\n")
    assert _dos(fs) == [dt.date(2026, 1, 14), dt.date(2026, 6, 2)]


def test_latest_chevron_visit_rating_outranks_first_visit_severe():
    text = ("DERMATOLOGY NOTES\n"
            ">> 06/02/2026  PROGRESS NOTE  (Omar Haddad, DO)\n"
            " Hand eczema for 2 years. IGA-CHE 1 (almost clear) today.\n\n"
            ">> 01/14/2026  PROGRESS NOTE  (Omar Haddad, DO)\n"
            " Hands with deep fissures. IGA-CHE 4, severe.\n")
    assert decide(text, as_of=dt.date(2026, 6, 10))["1.C"] == "not_met"


def test_letter_rating_dated_to_an_earlier_year_is_historical():
    fs = run("June 1, 2026\nRe: member request\n\n"
             "Mr. Doe has severe hand dermatitis (IGA-CHE 4 at baseline in 2023). "
             "He failed clobetasol.\n")
    sev = [f for f in fs if f.field.startswith("severity.")]
    assert sev and all("historical" in f.context for f in sev)


def test_letter_rating_at_baseline_this_year_stays_current():
    fs = run("June 1, 2026\nRe: member request\n\n"
             "Mr. Doe has severe hand dermatitis (IGA-CHE 4 at baseline in 2026).\n")
    sev = [f for f in fs if f.field.startswith("severity.")]
    assert sev and not any("historical" in f.context for f in sev)


def test_ocr_pipe_for_capital_i_in_iga_che_label():
    fs = run("Exam: dry cracked fingertips. |GA-CHE 3 - moderate.\n")
    assert [f.value for f in of(fs, "severity.iga_che")] == [3]


def test_listed_scale_grades_are_not_a_rating():
    fs = run("Information requested: the severity of the condition (mild, moderate, "
             "severe, or a HECSI score) per the treating physician.\n")
    assert not of(fs, "severity.stated")
    fs = run("Please state whether the disease is mild, moderate or severe.\n")
    assert not of(fs, "severity.stated")


def test_two_grades_in_a_rating_still_count():
    fs = run("Assessment: chronic hand eczema, moderate, with fissures.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["moderate"]
