"""Phrasings that need the visit or the patient's age to be read: onsets by age or school
grade, "since Oct" under a dated visit heading, planned strengths, form questions."""

from __future__ import annotations

import datetime as dt

from extract.align import supports
from extract.dates import md_range_in
from extract.lexicon import lexicon, onset_age
from tests.extract.test_offline import groups, of, run


def _vals(fs, field: str) -> set:
    return {f.value for f in of(fs, field)}


def test_onset_by_age_or_grade_is_the_oldest_age_it_can_mean() -> None:
    lex = lexicon()
    assert [h[0] for h in onset_age(lex, "dyshidrotic eczema of the palms since age 41")] == [41]
    assert [h[0] for h in onset_age(lex, "hand dermatitis since 6th grade")] == [12]
    assert [h[0] for h in onset_age(lex, "rash on hands since he was 16 years old")] == [16]
    assert [h[0] for h in onset_age(lex, "hands cracked since her 50s")] == [59]
    # a date or a duration after "since" is not an age
    assert onset_age(lex, "since 11/2025") == []
    assert onset_age(lex, "since she was 2 weeks postpartum") == []


def test_onset_age_finding_and_its_support() -> None:
    fs = run("DOB: 02/14/1980\nHPI: Vesicular hand eczema since age 35, never clear for long.\n")
    (f,) = of(fs, "condition.onset_age")
    assert f.value == 35 and f.quote == "since age 35"
    assert supports(35, "since age 35", "condition.onset_age")
    assert supports(14, "since 8th grade", "condition.onset_age")
    assert not supports(30, "since 8th grade", "condition.onset_age")


def test_month_without_year_is_dated_from_the_visit_heading() -> None:
    text = ("OFFICE NOTES\n"
            "# 02-10-2026 OV\n"
            "Hand eczema no better, has not cleared since Sept. Fissures.\n")
    fs = run(text)
    assert _vals(fs, "condition.onset_date") == {dt.date(2025, 9, 1)}
    # a modal "may" is not a month
    fs = run("# 02-10-2026 OV\nHand eczema, worse since may be from the new soap.\n")
    assert _vals(fs, "condition.onset_date") == set()


def test_arrow_separates_a_course_range() -> None:
    assert md_range_in("clobetasol daily 3/2 -> 4/13, no better")[0] == 42
    assert md_range_in("3/2 → 3/30")[0] == 28


def test_course_without_strength_takes_the_planned_one() -> None:
    text = ("Visit 1: Start mometasone 0.1% ointment nightly.\n\n"
            "Visit 2: Used mometasone oint nightly x 5 wks, not much better.\n")
    gs = groups(run(text), "therapy")
    strengths = {g["strength"].value for g in gs.values() if "strength" in g}
    assert strengths == {"0.1%"}
    # two different planned strengths: nothing is inherited
    text2 = ("Start mometasone 0.1% ointment nightly. Start mometasone 0.05% ointment too.\n\n"
             "Used mometasone oint nightly x 5 wks, not much better.\n")
    assert not any("strength" in g for g in groups(run(text2), "therapy").values())


def test_a_form_question_is_not_a_response() -> None:
    form = ("Q: List the topical corticosteroid(s) tried.\n"
            "A: clobetasol 0.05% ointment daily 1/5/2026 - 2/20/2026\n"
            "Q: Was inadequate response demonstrated with the corticosteroid?\n"
            "A: {ans}\n")
    blank = run(form.format(ans="(left blank)"))
    assert _vals(blank, "therapy.response") == set()
    yes = run(form.format(ans="Yes"))
    assert _vals(yes, "therapy.response") == {"inadequate"}


def test_specialty_choices_with_no_mark_are_no_answer() -> None:
    # a form whose boxes were drawn as graphics: only the choices' words are left
    form = ("PRIOR AUTHORIZATION REQUEST\n"
            "Prescriber: Dana Cole, NP   NPI 1234567893\n"
            "Prescriber specialty:\n"
            "Dermatology Allergy/Immunology Family practice Other:\n")
    assert _vals(run(form), "prescriber.specialty") == set()
    marked = form.replace("Dermatology Allergy/Immunology Family practice Other:",
                          "[X] Dermatology [ ] Allergy/Immunology [ ] Family practice [ ] Other:")
    assert _vals(run(marked), "prescriber.specialty") == {"dermatology"}
    assert _vals(run("Specialty: Allergy/Immunology\n"), "prescriber.specialty") == {
        "allergy_immunology"}


def test_a_course_that_did_not_heal_the_skin_is_inadequate() -> None:
    fs = run("She used fluocinonide 0.05% ointment twice a day for 5 weeks; it eased the itch "
             "but did not heal the fissures.\n")
    assert _vals(fs, "therapy.response") == {"inadequate"}


def test_never_before_this_is_a_first_episode() -> None:
    fs = run("HPI: Cracked, itchy palms since early January. Before that she had never had "
             "any trouble with her hands.\n")
    assert _vals(fs, "condition.recurrences_12mo") == {0}
