"""Topical steroid courses: days of use, PRN, response attachment (snippets written here)."""

from __future__ import annotations

import pytest
from test_offline import courses, merged_course, run

from chartreview import vocab


def _courses(text: str) -> list[dict]:
    return courses(text)


def _course(text: str, drug_word: str) -> dict:
    return merged_course(courses(text), drug_word)


@pytest.mark.parametrize("text,days", [
    ("Betamethasone dipropionate 0.05% oint BID, tolerated poorly; stopped for stinging "
     "at day 9.", 9),
    ("Fluocinonide 0.05% cream twice daily was discontinued on day 12 because of irritation.",
     12),
    ("Halobetasol 0.05% cream BID - d/c'd around day 6 for burning.", 6),
])
def test_course_stopped_at_day_counts_its_days(text: str, days: int) -> None:
    c = _course(text, text.split()[0])
    assert c.get("duration_days") == days
    assert "response" not in c  # intolerance is not an efficacy judgement


@pytest.mark.parametrize("text", [
    "Mometasone 0.1% ointment BID x 3 weeks; neither course reached 4 wks of daily use.",
    "Mometasone 0.1% ointment BID x 3 weeks, which fell short of 4 weeks.",
])
def test_length_not_reached_is_not_a_duration(text: str) -> None:
    assert _course(text, "Mometasone").get("duration_days") == 21


def test_label_limit_is_not_days_of_use() -> None:
    text = "Counseling: apply desoximetasone 0.25% cream once daily to hands, max 2 wk on face."
    assert "duration_days" not in _course(text, "desoximetasone")


def test_duration_before_other_drug_with_dates_between_is_not_borrowed() -> None:
    text = ("Steroids tried:\n  halobetasol 0.05% oint - 35 days of daily use, 2/2/26 thru "
            "3/8/26\n  (also desonide 0.05% cr last year)\n")
    assert _course(text, "halobetasol").get("duration_days") == 35
    assert "duration_days" not in _course(text, "desonide")


def test_other_drugs_prn_does_not_make_the_course_prn() -> None:
    text = ("We did fluocinonide 0.05% oint BID 30 days straight this spring - failed. "
            "Pt has asthma - albuterol prn.\n")
    c = _course(text, "fluocinonide")
    assert c.get("duration_days") == 30 and not c.get("prn")


def test_prn_of_the_course_itself_still_counts() -> None:
    c = _course("Clobetasol 0.05% ointment on hand, used only when it flares.", "Clobetasol")
    assert c.get("prn") is True and "duration_days" not in c


def test_strength_wrapped_to_next_line() -> None:
    c = _course("Tried TAC\n0.1% oint BID x 5 weeks, no change.", "TAC")
    assert c.get("strength") == "0.1%" and c.get("duration_days") == 35


@pytest.mark.parametrize("text", [
    "Result of mometasone: better by about 40%, still fissured. I do not consider this an "
    "adequate response.",
    "Mometasone 0.1% oint daily x 6 wks: only 30% improvement.",
    "Mometasone 0.1% oint daily x 6 wks, which I would not call a satisfactory response.",
])
def test_partial_or_denied_adequacy_is_inadequate(text: str) -> None:
    assert _course(text, "mometasone").get("response") == "inadequate"


def test_result_line_after_a_list_applies_to_the_listed_courses() -> None:
    text = ("4. Topical steroids tried:\n"
            "   fluocinonide 0.05% oint - 30 days of daily application\n"
            "   (also triamcinolone 0.1% cr earlier)\n"
            "5. Result: [X] inadequate response\n")
    assert _course(text, "fluocinonide").get("response") == "inadequate"


def test_collective_response_in_one_sentence() -> None:
    text = "Tried betamethasone dipropionate 0.05% cream and mometasone 0.1% ointment, both failed."
    assert _course(text, "betamethasone").get("response") == "inadequate"


def test_response_not_given_to_a_course_stopped_for_intolerance() -> None:
    text = ("TCS:\n- Clobetasol 0.05% oint BID: stopped for burning at day 8.\n"
            "- Then TAC 0.1% oint BID for 3 weeks.\nComments: no meaningful improvement.\n")
    assert "response" not in _course(text, "Clobetasol")
    assert _course(text, "TAC").get("response") == "inadequate"


def test_table_row_does_not_take_the_next_rows_sig() -> None:
    text = ("MEDICATIONS\nTriamcinolone acetonide 0.1% ointment Stopped 10/22/2026\n"
            "Sertraline 100 mg daily x 6 months Active\n")
    c = _course(text, "Triamcinolone")
    assert "duration_days" not in c and "frequency" not in c


@pytest.mark.parametrize("drug,strength,vehicle,potency", [
    ("clob", "0.05%", "ointment", "super-high"),
    ("BMV", "0.1%", "cream", "medium"),
    ("betameth dip", "0.05%", "cream", "medium-high"),
    ("betamethasone", "0.05%", "ointment", "high"),
    ("betamethasone", None, None, None),
    ("augmented betamethasone", "0.05%", "ointment", "super-high"),
    ("Triam", "0.1%", "cream", "medium"),
    ("Tovet", "0.05%", "foam", "super-high"),
])
def test_brand_and_abbreviation_potency(drug, strength, vehicle, potency) -> None:
    info = vocab.tcs_lookup(drug, strength, vehicle)
    assert info is not None and info.potency == potency


@pytest.mark.parametrize("answer, expected", [
    ("______________", set()),
    ("inadequate", {"inadequate"}),
])
def test_printed_response_choices_are_a_question_not_an_answer(answer, expected) -> None:
    text = ("Topical corticosteroid tried: fluocinonide 0.05% ointment BID 03/02/2026 - "
            "04/13/2026\n"
            f"Response to topical corticosteroid (inadequate / adequate / intolerant): {answer}\n")
    got = {f.value for f in run(text) if f.field == "therapy.response"}
    assert got == expected


def test_inhaled_or_nasal_corticosteroid_is_not_a_topical_course() -> None:
    from tests.extract.test_offline import run as _run
    fs = _run("Medications: fluticasone HFA 110 mcg - 2 puffs BID (asthma)\n"
              "Also uses Flonase (fluticasone) nasal spray daily.\n")
    assert not [f for f in fs if f.field == "therapy.drug"]
    fs = _run("Hands: fluticasone 0.05% cream BID x 5 weeks, no improvement.\n")
    assert [f.value for f in fs if f.field == "therapy.drug"] == ["fluticasone"]


def test_not_clear_wrapped_over_a_line_is_not_an_adequate_response() -> None:
    from tests.extract.test_offline import run as _run
    fs = _run("Applied fluocinonide 0.05% ointment BID daily for 6 weeks. Fissures fewer but not\n"
              "clear/almost clear; IGA-CHE 3. Inadequate response, stop it.\n")
    assert [f.value for f in fs if f.field == "therapy.response"] == ["inadequate"]


def test_another_disease_in_remission_on_its_drug_is_not_the_courses_response() -> None:
    from tests.extract.test_offline import run as _run
    fs = _run("Betamethasone dipropionate 0.05% ointment BID, used daily 3/1/26 - 4/12/26.\n"
              "Also has celiac-like enteropathy, in remission on budesonidex per GI.\n")
    assert not [f for f in fs if f.field == "therapy.response"]
    fs = _run("Betamethasone dipropionate 0.05% ointment BID daily x 6 weeks; remains in "
              "remission on it.\n")
    assert [f.value for f in fs if f.field == "therapy.response"] == ["adequate"]
