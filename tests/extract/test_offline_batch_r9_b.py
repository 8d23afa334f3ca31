"""Hand-eczema duration and recurrences (1.B): form item labels, subject-less onsets,
"yrs", and histories of other body sites (batch r9, helper B)."""

from __future__ import annotations

from test_offline import of, run


def _days(*texts: str) -> list[int]:
    return [f.value for f in of(run(*texts), "condition.duration_days")]


def _onsets(*texts: str) -> list:
    return [f.value for f in of(run(*texts), "condition.onset_date")]


# --- form item numbers before the duration label --------------------------------------------

def test_lettered_how_long_item_answers_condition_duration():
    text = ("PA request - dermatology agents\n"
            "Member: Pat Quill   DOB: 02/14/1981\n"
            "1. Diagnosis: chronic hand dermatitis, vesicular\n"
            "2. Medication history: none\n"
            "C. How long present: roughly 3 years, constant\n"
            "D. Topical steroids tried:\n"
            "   betamethasone dipropionate 0.05% ointment twice daily 01/03/2026 - 02/20/2026\n")
    assert 1095 in _days(text)


def test_q_numbered_duration_item_under_diagnosis():
    text = ("Drug requested: Anzupgo 2% cream to both hands twice daily\n"
            "Q1 Diagnosis: chronic hand eczema\n"
            "Q2 Duration: approximately 9 months, persistent\n"
            "Q3 Severity: severe\n"
            "Q4 TCS tried: mometasone 0.1% ointment twice daily 01/05/2026 to 02/25/2026\n")
    assert 270 in _days(text)


def test_dot_leader_duration_label_answered_on_next_line():
    text = ("Diagnosis ......... hyperkeratotic hand eczema\n"
            "Duration ..........\n"
            "18 months, without clearing\n"
            "Severity .......... moderate\n")
    assert 540 in _days(text)


def test_question_duration_label_answered_with_since_year():
    text = ("Prescriber: Ann Li, MD (Dermatology)\n\n"
            "Q. Diagnosis?  Hand eczema, dorsal fingers and palms\n"
            "Q. Duration?  Since 2021, constant\n"
            "Q. Severity?  Severe\n"
            "Q. TCS tried?  clobetasol 0.05% ointment BID 01/02/2026 - 02/20/2026\n")
    assert [d.year for d in _onsets(text)] == [2021]


def test_bare_duration_label_under_a_drug_is_not_the_condition():
    text = ("Diagnosis: chronic hand eczema\n"
            "Steroid: mometasone 0.1% ointment\n"
            "Duration ..........\n"
            "6 weeks\n")
    assert 42 not in _days(text)


# --- "yrs" -----------------------------------------------------------------------------------

def test_for_yrs_abbreviation_is_a_long_history():
    assert 730 in _days("61F retired baker w/ hand dermatitis for yrs, never fully clear.")


# --- subject-less onset sentence after the diagnosis -------------------------------------------

def test_subjectless_started_after_condition_sentence_dates_onset():
    text = ("Follow-up of occupational hand eczema.\n"
            "Began in the spring of 2023 after she moved to the dye plant, never cleared.\n")
    assert [d.year for d in _onsets(text)] == [2023]


def test_subjectless_started_with_an_object_is_not_an_onset():
    text = ("Follow-up of occupational hand eczema.\n"
            "Started a new job at the dye plant in 2023, wears gloves.\n")
    assert _onsets(text) == []


# --- another body site's history ---------------------------------------------------------------

def test_childhood_eczema_of_other_sites_is_not_hand_eczema_duration():
    text = ("HPI: She has hand dermatitis today.\n"
            "Eczema since childhood on the face and behind the knees, quiet for a decade.\n"
            "Assessment: hand eczema, onset about six weeks ago.\n")
    assert 1825 not in _days(text)


def test_numeric_history_of_neck_eczema_is_not_hand_eczema_duration():
    text = ("Assessment: hand eczema.\n"
            "History: eczema of the neck and scalp for 12 years, treated with shampoos.\n")
    assert 4380 not in _days(text)


def test_long_history_naming_the_hands_is_kept():
    text = "Eczema since childhood on the neck and both hands, constant on the palms.\n"
    assert 1825 in _days(text)


def test_hands_never_involved_before_is_a_first_episode():
    text = ("Atopic dermatitis as a child on the legs. Her hands were never affected.\n"
            "Now hand eczema for 5 weeks after starting work as a nurse.\n")
    assert [f.value for f in of(run(text), "condition.recurrences_12mo")] == [0]
