"""A TCS course that was only ordered, advised or never filled is no trial; a condition in a
plan is no response (extract/offline.py _ordered_course, _never_started, _conditional)."""

from __future__ import annotations

from test_offline import groups, of, run

from extract.doc_kinds import page_parts


def _durations(findings) -> list[int]:
    return [f.value for f in of(findings, "therapy.duration_days")
            if "planned" not in f.context]


def test_instruction_to_use_daily_is_a_plan_not_a_course():
    fs = run("HPI: Last visit we told her to apply triamcinolone 0.1% oint twice daily for "
             "6 weeks without a break. She did not manage it.")
    assert _durations(fs) == []


def test_advised_course_is_a_plan():
    fs = run("Impression: CHE.\nInstructed betamethasone dipropionate 0.05% ointment nightly "
             "x 5 weeks.")
    assert _durations(fs) == []


def test_course_length_followed_by_recheck_is_an_order():
    fs = run("Impression: CHE, moderate. Desoximetasone 0.25% cream BID x 6 wk and recheck.")
    assert _durations(fs) == []


def test_course_in_plan_section_is_an_order():
    fs = run("Exam: palmar scale.\nP: halobetasol 0.05% oint q day x 5 weeks. Gloves.")
    assert _durations(fs) == []


def test_reported_course_with_response_still_counts():
    fs = run("HPI: used halobetasol 0.05% oint daily x 5 weeks, then reassessed: minimal "
             "benefit.")
    assert 35 in [f.value for f in of(fs, "therapy.duration_days")]


def test_conditional_response_is_not_a_result():
    fs = run("Plan: begin desoximetasone 0.25% cream daily. Should this fail, dupilumab.\n"
             "HPI note: fluocinonide 0.05% cream BID for 5 weeks.")
    assert not [f for f in of(fs, "therapy.response") if f.value == "inadequate"]


def test_med_list_row_never_filled_drops_the_course():
    fs = run("Medication | Sig | Status\nhalobetasol 0.05% oint | daily x 6 wk | not picked up")
    assert _durations(fs) == []


def test_drug_said_never_started_elsewhere_drops_its_prescribed_course():
    fs = run("A/P: Rx fluocinonide 0.05% ointment BID x 5 weeks.",
             "S: She never filled the fluocinonide because of cost.")
    assert _durations(fs) == []


def test_after_weeks_of_daily_use_is_the_past_course_length():
    fs = run("Assessment: poor response to betamethasone dipropionate 0.05% oint after 7 weeks "
             "of twice-daily use.")
    assert 49 in _durations(fs)
    fs = run("Plan: start betamethasone dipropionate 0.05% oint; recheck after 7 weeks of "
             "twice-daily use.")
    assert 49 not in _durations(fs)


def test_criteria_form_title_starts_an_administrative_part():
    text = "Current meds\n- tamsulosin\n\nPAYER COVERAGE CRITERIA CHECKLIST\nAge: yes"
    assert [k for _, k in page_parts(text, "progress_note")][-1] == "pa_form"


def test_groups_helper_still_imported():
    assert groups(run("Used clobetasol 0.05% oint BID x 6 wks, failed."), "therapy")


def test_never_used_it_daily_is_not_never_started():
    fs = run("HPI: clobetasol 0.05% oint BID x 5 weeks was prescribed. She never used it "
             "every day, only on bad days.")
    assert of(fs, "therapy.drug")


def test_still_flaring_is_an_inadequate_response_but_a_plan_condition_is_not():
    fs = run("HPI: betamethasone dipropionate 0.05% cream BID for 3 wks - some relief, still "
             "flaring.\nPlan: biopsy if it persists.")
    assert [f.value for f in of(fs, "therapy.response")] == ["inadequate"]
