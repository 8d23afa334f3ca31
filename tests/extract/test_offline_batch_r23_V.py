"""Batch r23 (helper V): a form row left blank is no answer; the patient's own word joined
to a sentence about them rates nothing; a pharmacy intake's list of what the patient told
the caller is hearsay, not a course's length or result."""

from __future__ import annotations

from extract import doc_kinds
from tests.extract.test_offline import make_doc, of, run


def test_form_row_with_empty_answer_cell_gives_no_response() -> None:
    form = ("Prior Authorization Question Set\n"
            "Member: Ida Lund   DOB 02/03/1971\n"
            "No. Item Answer\n"
            "4 Topical steroid used betamethasone dipropionate 0.05% ointment\n"
            "5 Failure of topical steroid therapy |\n"
            "6 Specialist Dermatology\n")
    assert not of(run(form), "therapy.response")


def test_form_row_with_answer_after_separator_keeps_response() -> None:
    form = ("Prior Authorization Question Set\n"
            "Member: Ida Lund   DOB 02/03/1971\n"
            "4 Topical steroid used betamethasone dipropionate 0.05% ointment\n"
            "5 Failure of topical steroid therapy | Yes, no improvement after 8 weeks\n")
    assert of(run(form), "therapy.response")


def test_severity_in_patients_words_with_subject_left_out_rates_nothing() -> None:
    note = ("Dermatology follow-up 03/04/2026\n"
            "He scores the itch 8/10 and describes it as severe, losing sleep.\n"
            "Exam: fissured palms, lichenified knuckles.\n")
    assert not of(run(note), "severity.stated")


def test_clinicians_severity_rating_still_read() -> None:
    note = ("Dermatology follow-up 03/04/2026\n"
            "Exam: fissured palms, lichenified knuckles; severe hand eczema.\n")
    assert of(run(note), "severity.stated")


def test_dashed_specialty_pharmacy_intake_title_is_a_form() -> None:
    doc = make_doc("ORCHARD SPECIALTY PHARMACY - INTAKE (fax)\nPt: Ida Lund\nDrug: Anzupgo\n")
    assert doc_kinds.document_parts(doc)[1][0][1] == "pa_form"


_INTAKE = ("ORCHARD SPECIALTY PHARMACY - INTAKE (fax)    04/02/2026\n"
           "Pt: Ida Lund   DOB 02/03/1971\n"
           "Drug: ANZUPGO 2% cream BID to hands\n"
           "{heading}\n"
           " - chronic hand eczema 3 years\n"
           " - betamethasone dipropionate 0.05% oint daily x 8 wks -- no better\n"
           " - no JAK inhibitor\n")


def test_intake_list_of_patients_account_gives_no_course_length_or_result() -> None:
    found = run(_INTAKE.format(heading="History as reported by patient by phone (caller J.P.):"))
    assert of(found, "therapy.drug")
    assert not of(found, "therapy.duration_days")
    assert not of(found, "therapy.response")


def test_intake_list_without_patient_heading_keeps_course() -> None:
    found = run(_INTAKE.format(heading="Prior therapies (from prescriber):"))
    assert of(found, "therapy.duration_days")
    assert of(found, "therapy.response")


def test_clinic_note_history_per_patient_keeps_course() -> None:
    note = ("Dermatology visit 04/02/2026 - A. Moss, MD\n"
            "History per patient:\n"
            " - betamethasone dipropionate 0.05% oint daily x 8 wks -- no better\n")
    found = run(note)
    assert of(found, "therapy.duration_days")
    assert of(found, "therapy.response")
