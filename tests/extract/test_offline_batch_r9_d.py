"""Batch r9, helper D: steroid-course lengths that are not documented daily use."""
from __future__ import annotations

from tests.extract.test_offline import courses, merged_course


def test_open_question_about_daily_use_gives_no_days() -> None:
    text = ("Pharmacist review 11/02/2026\n"
            "Mometasone 0.1% ointment dispensed 09/14/2026, one tube.\n"
            "We still need to verify if she applied it every day for 4 weeks.\n")
    course = merged_course(courses(text), "mometasone")
    assert course.get("duration_days") is None


def test_length_read_off_pharmacy_fills_gives_no_days() -> None:
    text = ("Appeal cover sheet 06/01/2026\n"
            "Enclosed are the refill records, which show four months of fluocinonide.\n")
    course = merged_course(courses(text), "fluocinonide")
    assert course.get("duration_days") is None


def test_recommended_course_before_the_drug_is_a_plan() -> None:
    text = ("Dermatology visit 05/05/2026\n"
            "Hand dermatitis, moderate.\n"
            "Plan: I advised a strict six-week daily trial of betamethasone dipropionate "
            "0.05% ointment before anything else.\n")
    assert not [c for c in courses(text)
                if "betamethasone" in str(c.get("drug", "")).lower() and c.get("duration_days")]


def test_fluticasone_inhaler_combination_is_not_a_topical_steroid() -> None:
    text = ("Medication list 02/02/2026\n"
            "Fluticasone/formoterol 100/10 inh | 2 puffs BID | Active\n"
            "Desonide 0.05% cream | BID to hands | Active\n")
    drugs = [str(c.get("drug", "")).lower() for c in courses(text)]
    assert not [d for d in drugs if "fluticasone" in d]
    assert [d for d in drugs if "desonide" in d]


def test_plain_words_that_a_steroid_did_nothing_are_an_inadequate_response() -> None:
    text = ("Dermatology follow-up 04/04/2026\n"
            "He used fluocinonide 0.05% ointment for his palms; he says it did very little.\n")
    course = merged_course(courses(text), "fluocinonide")
    assert course.get("response") == "inadequate"


def test_form_response_item_after_an_unanswered_question_joins_the_course() -> None:
    form = ("PRIOR AUTHORIZATION REQUEST FORM\n"
            "Member ID: ZX4410022    Please check all that apply\n"
            "1. Diagnosis: chronic hand eczema\n"
            "2. Steroid used: mometasone furoate 0.1% ointment\n"
            "3. Applied every single day for at least four straight weeks? ________\n"
            "4. Result: ineffective\n")
    course = merged_course(courses(form), "mometasone")
    assert course.get("response") == "inadequate"
    assert course.get("duration_days") is None


def test_clinicians_word_that_no_daily_course_was_ever_used_makes_claimed_lengths_prn() -> None:
    letter = ("Dear Dr. Okafor,\n"
              "I am sending you Ms. Brandt, who failed halobetasol 0.05% cream daily x 10 weeks.\n")
    note = ("Dermatology consultation 09/09/2026\n"
            "She uses the halobetasol cream for a couple of days when her fingers crack, then stops.\n"
            "By her account she has not done a consistent daily course of any topical steroid.\n"
            "Exam: fissured fingertips. IGA-CHE 3.\n")
    cs = [c for c in courses(letter, note) if "halobetasol" in str(c.get("drug", "")).lower()]
    assert cs and all(c.get("prn") is True for c in cs)


def test_a_named_drug_after_the_daily_denial_is_left_to_that_drug() -> None:
    note = ("Dermatology visit 09/09/2026\n"
            "Clobetasol 0.05% ointment daily x 6 weeks in 2025, no better.\n"
            "He has never done a continuous daily course of the triamcinolone.\n")
    course = merged_course(courses(note), "clobetasol")
    assert course.get("prn") is not True
