"""TCS courses (IP0759 1.D.i-iii) as newer chart authors write them (snippets written here,
worded unlike the staging charts they generalise from)."""

from __future__ import annotations

from test_offline import courses, generic_courses, merged_course, of, run

from extract.dates import find_durations


def _courses(*texts: str) -> list[dict]:
    return courses(*texts)


def _course(drug_word: str, *texts: str) -> dict:
    return merged_course(courses(*texts), drug_word)


def _generic(*texts: str) -> list[dict]:
    return generic_courses(courses(*texts))


# ---- numbers spelt out (dictation) ------------------------------------------------------------
def test_compound_number_words_are_durations():
    assert [d.days for d in find_durations("for forty-two straight days")] == [42]
    assert [d.days for d in find_durations("about fifty six days")] == [56]


def test_dictated_course_length_in_words():
    c = _course("fluocinonide", "Poor response to fluocinonide 0.05% cream applied twice a day "
                "for twenty-nine consecutive days.")
    assert c.get("duration_days") == 29


# ---- responses ---------------------------------------------------------------------------------
def test_a_job_is_not_a_response():
    c = _course("betamethasone", "Uses betamethasone dipropionate 0.05% cream bid. Works as a "
                "mechanic and scrubs with solvent.")
    assert c.get("response") != "adequate"


def test_never_became_clear_is_inadequate():
    c = _course("mometasone", "Mometasone 0.1% ointment nightly x 6 weeks; her palms never "
                "became clear.")
    assert c.get("response") == "inadequate"


def test_response_before_the_drug_past_a_frequency_word():
    c = _course("mometasone", "Assessment: persistent dermatitis - poor response to nightly "
                "mometasone.")
    assert c.get("response") == "inadequate"


# ---- course length said before the drug -------------------------------------------------------
def test_duration_before_a_one_word_potency_and_class_word():
    c = _course("halobetasol", "Failed 5 wks of twice-daily ultrapotent TCS (halobetasol 0.05% "
                "cream).")
    assert c.get("duration_days") == 35


def test_date_range_said_before_the_use_verb():
    c = _course("clobetasol", "From 9/1/2025 through 10/15/2025 he used clobetasol 0.05% cream "
                "every night.")
    assert c.get("start_date") and c.get("stop_date")


def test_start_date_before_the_prescribing_verb_with_a_later_stop():
    c = _course("fluocinonide", "On 02/10/2026 we prescribed fluocinonide 0.05% ointment twice "
                "daily. She used it every day and stopped it 03/20/2026.")
    assert str(c.get("start_date")) == "2026-02-10" and str(c.get("stop_date")) == "2026-03-20"


def test_yearless_start_before_the_drug_and_yearless_stop_after():
    c = _course("triamcinolone", "Visit 5/2: prescribed triamcinolone 0.1% ointment bid, applied "
                "every day until her follow-up 6/9.")
    assert c.get("duration_days") == 39


def test_a_start_alone_does_not_make_an_unfilled_prescription_a_course():
    cs = [c for c in _courses("In March 2026 I prescribed clobetasol 0.05% ointment, but she "
                              "never filled the prescription.")
          if "clobetasol" in str(c.get("drug", "")).lower()]
    assert not cs


# ---- a class word that is not a trial of its own ---------------------------------------------
def test_class_word_that_lists_the_named_drugs_is_not_a_course():
    assert not _generic("Four months of topical steroids (mild agents only: hydrocortisone 1% "
                        "and desonide 0.05%), without benefit.")


def test_class_word_with_including_list_is_not_a_course():
    assert not _generic("Failed topical corticosteroids, including desonide 0.05% lotion and "
                        "hydrocortisone 2.5% cream.")


def test_payer_requirement_is_not_a_course():
    assert not _generic("Per the insurer, step therapy requires 4 weeks of daily topical "
                        "corticosteroid before approval.")


def test_unchecked_checklist_statement_is_not_a_course():
    form = ("Prior Authorization Request\n[X] Diagnosis confirmed by dermatology\n"
            "[ ] Patient applied a high-potency topical steroid daily for at least 4 weeks\n"
            "[X] Moderate-to-severe disease\n")
    assert not _generic(form)


def test_checked_checklist_statement_still_counts():
    form = ("Prior Authorization Request\n[X] Diagnosis confirmed by dermatology\n"
            "[X] Patient applied a high-potency topical steroid daily for at least 4 weeks\n")
    assert _generic(form)


def test_negated_class_word_is_never_used_not_a_course():
    fs = run("He has never applied a topical steroid to his hands.")
    assert of(fs, "therapy.never_used") and not _generic("He has never applied a topical "
                                                         "steroid to his hands.")


def test_criterion_label_answered_unknown_is_not_a_course():
    sheet = ("Benefits check\n High-potency topical steroid 4+ weeks ........ ?  chart shows "
             "only hydrocortisone\n Prescriber is dermatology .......... Y\n")
    assert not _generic(sheet)
