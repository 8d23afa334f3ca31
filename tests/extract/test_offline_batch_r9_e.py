"""Batch r9, helper E: steroid courses and responses on pharmacy / PBM forms."""

from __future__ import annotations

from test_offline import courses, merged_course, of, run


def test_question_mark_run_is_an_unknown_value_not_a_question():
    """"start/stop ??" leaves the dates unknown; the course named on the line is still a
    trial (not an example in a question), with its response read below."""
    text = """MEDICATION PRIOR AUTHORIZATION WORKSHEET
Dx: chronic hand dermatitis, over a year
Steroids used before, with dates:
fluocinonide 0.05% cream - start/stop ???
result: did not help, fissures persist
"""
    c = merged_course(courses(text), "fluocinonide")
    assert c.get("strength") == "0.05%"
    assert c.get("response") == "inadequate"


def test_single_question_still_marks_a_question():
    """A real question ending in one "?" keeps the drugs it names as examples."""
    text = """Intake
Have you ever been prescribed fluocinonide 0.05% cream?
"""
    assert not [c for c in courses(text) if "fluocinonide" in str(c.get("drug", "")).lower()]


def test_form_question_answer_pairs_keep_the_response_in_the_course():
    """On a request form every question and its answer are one item, so the outcome asked
    three questions after the steroid line still belongs to that steroid's course."""
    text = """Acme Scripts - Coverage Review Request: delgocitinib cream
Item 3 Which topical steroid was used?
Answer - mometasone 0.1% ointment twice a day.
Refer to fill record enclosed.
Item 4 Used every day for four weeks or longer?
Yes
Item 5 How did the skin respond?
Poor response - plaques on both palms unchanged at the follow-up visit
"""
    c = merged_course(courses(text), "mometasone")
    assert c.get("response") == "inadequate"


def test_form_label_with_answer_below_counts_with_its_answer():
    """A form label ending in a colon with its value on the next line ("Trial outcome:")
    and that value are one item of the course's block."""
    text = """PRIOR AUTHORIZATION REQUEST - topical JAK
4.
Steroid trial (drug, strength, dates):
Answer: triamcinolone 0.1% ointment daily 02/01/2026 - 03/15/2026.
Copies of the fills are enclosed.
5.
Daily use for at least 28 days:
Answer: Yes
6.
Trial outcome:
Answer: Failed - weeping erosions unchanged at recheck
"""
    c = merged_course(courses(text), "triamcinolone")
    assert c.get("response") == "inadequate"


FORM_WITH_RELATIVES_DRUG = """PRIOR AUTHORIZATION REQUEST - topical JAK
Steroids tried: fluocinonide 0.05% ointment - from pharmacy claims, 02/2026
desonide 0.05% cream daily since 12/2025 - no improvement
"""


def test_relatives_drug_the_patient_never_used_is_no_trial():
    """A steroid said to be a relative's, with the patient named as never having used it,
    is no trial of the patient's anywhere: the form's listing of it is dropped too."""
    note = """Pharmacist outreach 03/09/2026
Called the enrollee: she explains the fluocinonide belongs to her son, for his psoriasis.
The member has never used it.
"""
    claims = """PHARMACY CLAIMS HISTORY - ALL MEMBERS ON CONTRACT
Fill date Drug Qty Days supply
02/03/2026 FLUOCINONIDE 0.05% OINT 60 GM 30
"""
    fs = run(FORM_WITH_RELATIVES_DRUG, claims, note)
    assert not [f for f in of(fs, "therapy.drug") if "fluocinonide" in str(f.value).lower()]
    assert merged_course(courses(FORM_WITH_RELATIVES_DRUG, claims, note),
                         "desonide").get("response") == "inadequate"


def test_relatives_drug_without_patient_denial_keeps_the_form_course():
    """Without the patient named as never using it (only "he has not used it", which may be
    the relative), the form's course stays as it is."""
    note = """Pharmacist outreach 03/09/2026
Called the enrollee: she explains the fluocinonide belongs to her son, for his psoriasis.
He has not used it lately.
"""
    cs = courses(FORM_WITH_RELATIVES_DRUG, note)
    assert [c for c in cs if "fluocinonide" in str(c.get("drug", "")).lower()]
