"""Offline extractor rules added for staging batches cx/cz (helper F, round 20)."""

from __future__ import annotations

from tests.extract.test_offline import courses, of, run


def test_labelled_patient_self_rating_is_not_a_severity() -> None:
    # a severity the patient gives under a label is the patient's word, not the clinician's
    fs = run("Dermatology visit\nHPI: Hand dermatitis for 2 years.\n"
             "Patient-reported severity - severe. Itching keeps her awake.\n"
             "Exam: scattered fissures on both palms.")
    assert of(fs, "severity.stated") == []
    fs = run("Clinic note\nSelf-assessed severity = moderate.\nNo rating recorded by provider.")
    assert of(fs, "severity.stated") == []


def test_clinician_severity_still_read_next_to_a_self_rating() -> None:
    fs = run("Clinic note\nPt-rated severity: mild.\n"
             "Assessment: severe chronic hand eczema, IGA-CHE 4.")
    assert {f.value for f in of(fs, "severity.stated")} == {"severe"}


def test_payer_request_for_records_of_a_course_is_no_course() -> None:
    # a payer asking for proof of a class course names the course to be shown, not one taken
    cs = courses("Request denied.\nPlease submit documentation that a topical steroid was "
                 "used every day for 4 straight weeks.")
    assert not [c for c in cs if c.get("duration_days")]
    cs = courses("Kindly forward notes of a topical corticosteroid applied daily for 6 weeks.")
    assert not [c for c in cs if c.get("duration_days")]


def test_length_a_course_is_continued_to_reach_is_a_target() -> None:
    # "continue X to finish a 4-week course": the target length, not the days used so far
    cs = courses("Assessment\nHand eczema, moderate.\n"
                 "- Keep on betamethasone dipropionate 0.05% cream BID to finish a 4-week "
                 "course, then recheck.")
    assert not [c for c in cs if c.get("duration_days") == 28]
    cs = courses("Assessment\nHand eczema, moderate.\n"
                 "- Continue fluocinonide 0.05% oint twice daily to complete 6 weeks.")
    assert not [c for c in cs if c.get("duration_days") == 42]
