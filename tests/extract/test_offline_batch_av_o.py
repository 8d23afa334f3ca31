"""Batch av (everyday submissions): responses denied with a verb, a course length before the
drug, a dated attached referral letter, and use that was never steady."""

from __future__ import annotations

from test_offline import courses, merged_course, of, run


def test_a_denied_verb_of_bringing_about_reads_inadequate() -> None:
    cs = courses("Assessment: palmar dermatitis. Halobetasol never provided a satisfactory "
                 "response despite regular use.\n")
    assert merged_course(cs, "halobetasol").get("response") == "inadequate"
    cs = courses("Plan: mometasone 0.1% ointment has failed to achieve sufficient "
                 "improvement.\n")
    assert merged_course(cs, "mometasone").get("response") == "inadequate"


def test_a_course_length_between_the_response_and_the_drug_keeps_the_response() -> None:
    cs = courses("A/P:\n1) Vesicular hand eczema - severe, inadequate response to 8 weeks of "
                 "clobetasol\n2) Asthma - controlled\n")
    assert merged_course(cs, "clobetasol").get("response") == "inadequate"
    cs = courses("Assessment: inadequate response to 5 wks high-potency topical steroid\n"
                 "2) Gout - well controlled\n")
    assert merged_course(cs, "steroid").get("response") == "inadequate"


def test_use_never_kept_up_steadily_is_as_needed() -> None:
    cs = courses("HPI: palm eczema. Triamcinolone 0.1% cream to the palms since spring; she "
                 "did not apply it steadily.\n")
    assert merged_course(cs, "triamcinolone").get("prn") is True


def test_a_dated_attached_referral_letter_does_not_make_the_note_a_referral() -> None:
    fs = run("Skin Clinic - New Patient Visit\nAttending: Priya Raman, MD (Dermatology)\n"
             "Sent by: Lakeshore Family Practice (referral letter dated 03/02/2026 enclosed)\n\n"
             "HPI: vesicular hand eczema for a year.\n")
    assert [f.value for f in of(fs, "prescriber.specialty")][:1] == ["dermatology"]
