"""TCS courses (IP0759 1.D.i-iii): a form's or the policy's own wording is no course, a
patient's answers are a claim, and a course's details spread over a form's numbered items
(snippets written here, worded unlike the staging charts they generalise from)."""

from __future__ import annotations

from test_offline import courses, generic_courses, merged_course, of

from chartreview.models import Document, Page
from extract import doc_kinds


def _courses(*texts: str) -> list[dict]:
    return courses(*texts, check="therapy.")


def _course(drug_word: str, *texts: str) -> dict:
    return merged_course(_courses(*texts), drug_word)


def _generic(*texts: str) -> list[dict]:
    return generic_courses(_courses(*texts))


# ---- a question's own wording is no course length ------------------------------------------
def test_duration_in_an_unanswered_question_is_not_the_course_length():
    text = ("Coverage question set\n"
            "Q3 Which steroid was tried? mometasone 0.1% ointment\n"
            "Q4 Was it used every day for at least 4 weeks? Refer to office notes\n"
            "Q5 Outcome? Yes - still flaring\n")
    assert "duration_days" not in _course("mometasone", text)


def test_duration_in_a_question_answered_yes_stays():
    text = ("Coverage question set\n"
            "Q3 Which steroid was tried? mometasone 0.1% ointment\n"
            "Q4 Was it used every day for at least 4 weeks? Yes\n")
    assert _course("mometasone", text).get("duration_days") == 28


# ---- the policy's threshold wording on an unnamed class word ---------------------------------
def test_unnamed_threshold_in_a_benefits_note_is_not_a_course():
    text = ("Benefits check 4/2/26: plan wants mid-potency TCS daily at least 4 weeks; "
            "records show ten days only.\n")
    assert not _generic(text)


def test_unnamed_threshold_affirmed_on_a_form_is_a_claimed_course():
    text = "Prior authorization request\nTCS daily >= 28 days  ☒ Yes  ☐ No\n"
    assert [c.get("duration_days") for c in _generic(text)] == [28]


# ---- a recommendation's alternative is no course ----------------------------------------------
def test_go_ahead_and_its_alternative_are_options():
    text = ("Specialist reply: reasonable to try delgocitinib vs a 6-week course of a potent "
            "TCS beforehand.\n")
    assert not _generic(text)


# ---- "never been given" negates every drug of the list ---------------------------------------
def test_never_been_given_negates_a_list_of_steroids():
    text = ("HPI: She has never been given mometasone, halobetasol or desoximetasone. "
            "Uses hydrocortisone 2.5% cream daily.\n")
    names = {str(c.get("drug", "")).lower() for c in _courses(text)}
    assert not names & {"mometasone", "halobetasol", "desoximetasone"}
    assert "hydrocortisone" in names


# ---- a later sentence about the disease's flares is no as-needed sig ----------------------------
def test_flare_sentence_without_use_words_is_not_prn():
    text = ("HPI: Desoximetasone 0.25% cream started 2/2/26, applied twice daily every day "
            "until 3/10/26. Sleep is badly disturbed during flares.\n")
    c = _course("desoximetasone", text)
    assert "prn" not in c
    assert c.get("start_date") and c.get("stop_date")


def test_bare_flare_fragment_after_a_sig_stays_prn():
    text = "Meds: desoximetasone 0.25% cream to hands. Only with flares.\n"
    assert _course("desoximetasone", text).get("prn") is True


# ---- a course "through today" runs to the visit's date --------------------------------------
def test_course_through_today_stops_at_the_visit_date():
    text = ("Office visit 04/14/2026\n"
            "HPI: mometasone 0.1% ointment nightly, every night 3/2/26 to today, no change.\n")
    c = _course("mometasone", text)
    assert str(c.get("start_date")) == "2026-03-02"
    assert str(c.get("stop_date")) == "2026-04-14"


# ---- a form's numbered items about the course -------------------------------------------------
def test_form_numbered_items_after_the_course_belong_to_it():
    text = ("PRIOR AUTHORIZATION REQUEST\nMember ID: 4471\n"
            "4.\nTopical steroid(s) tried:\ndesoximetasone 0.25% cream BID x 8 wks\n"
            "5.\nDaily use for 28+ days?\n[X] Yes [ ] No\n"
            "6.\nResult: inadequate response\n")
    assert _course("desoximetasone", text).get("response") == "inadequate"


# ---- a patient's own answers are a claim -------------------------------------------------------
def test_patient_answers_part_is_a_questionnaire_and_the_clinician_part_a_note():
    page = ("Skin e-visit\nPatient: A. B.\n"
            "Health questionnaire (completed by patient)\n"
            "Steroids used: \"betamethasone, every day for months\"\n"
            "Clinician note\n"
            "Fill history shows one 15 g tube of betamethasone 0.05% ointment, ~10 days.\n")
    doc = Document(file="v.pdf", sha256="0",
                   pages=[Page(number=1, width=612, height=792, text=page)])
    parts = doc_kinds.document_parts(doc)[1]
    assert doc_kinds.kind_at(parts, page.index("every day")) == "patient_questionnaire"
    assert doc_kinds.kind_at(parts, page.index("Fill history")) == "progress_note"
    assert doc_kinds.kind_class("patient_questionnaire") == "administrative"


def test_questionnaire_title_inside_a_history_heading_is_not_a_questionnaire():
    assert doc_kinds.page_kind("HISTORY (patient questionnaire + messages)\nAssessment:\n"
                               "Plan: follow up\nExam: fissures") != "patient_questionnaire"


def test_reconciled_patient_reported_med_list_is_not_a_questionnaire():
    assert doc_kinds.page_kind("CURRENT MEDICATIONS (PATIENT-REPORTED, RECONCILED TODAY)\n"
                               "clobetasol 0.05% ointment BID Active") != "patient_questionnaire"


def test_of_helper_still_importable():
    assert of([], "therapy.drug") == []
