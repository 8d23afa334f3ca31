"""Offline extractor rules added for staging batch cy (helper G, round 20)."""

from __future__ import annotations

from tests.extract.test_offline import courses, merged_course, of, run


def test_worksheet_item_answered_not_documented_is_no_course_fact() -> None:
    # an intake sheet's criterion row whose answer is withheld: the row's label (a length of
    # use, a response) is the question, not a fact of the course
    cs = courses("Specialty pharmacy intake\n"
                 "- Steroid on file: betamethasone dipropionate 0.05% cream from fill data.\n"
                 "- Applied every day for 4 or more weeks in a row: not recorded\n"
                 "- Treatment failure per prescriber: pending.\n")
    c = merged_course(cs, "betamethasone")
    assert "duration_days" not in c
    assert "response" not in c


def test_response_row_left_pending_is_no_inadequate_response() -> None:
    cs = courses("Criteria review\n"
                 "Step 1 TCS tried mometasone 0.1% ointment done\n"
                 "Step 2 Insufficient response unknown - office called\n")
    assert "response" not in merged_course(cs, "mometasone")


def test_course_facts_still_read_when_answered() -> None:
    cs = courses("Intake\n"
                 "- Steroid: betamethasone dipropionate 0.05% cream applied daily for 6 weeks"
                 " with inadequate response.\n")
    c = merged_course(cs, "betamethasone")
    assert c.get("duration_days") == 42
    assert c.get("response") == "inadequate"


REFERRAL_FORM = """REFERRAL ORDER
Order no. 5512
From: Pat Lee, NP, Maple Street Primary Care
To: Jonas Okoro, MD - Riverbend Dermatology
Reason: hand dermatitis, failed topical steroid.
Status: booked for 07/02/2026
Comment from specialist office: not previously seen in this clinic.
"""


def test_referral_form_not_previously_seen_makes_named_consult_claim_planned() -> None:
    # a letter claiming to work with the doctor a referral form says has never seen the
    # patient: the consultation is still to come
    letter = ("To the reviewer\nI am requesting this drug together with dermatology "
              "(in consultation with Dr. Jonas Okoro, Riverbend Dermatology).\n"
              "Pat Lee, NP\nPrimary care")
    fs = run(letter, REFERRAL_FORM)
    cons = [f for f in of(fs, "consultant.specialty") if f.value == "dermatology"]
    assert cons and all("planned" in f.context for f in cons)


def test_consult_claim_stands_without_a_not_seen_note() -> None:
    letter = ("To the reviewer\nI am requesting this drug together with dermatology "
              "(in consultation with Dr. Jonas Okoro, Riverbend Dermatology).\n"
              "Pat Lee, NP\nPrimary care")
    fs = run(letter, REFERRAL_FORM.replace(
        "Comment from specialist office: not previously seen in this clinic.\n",
        "Comment from specialist office: seen 05/01/2026, note attached.\n"))
    cons = [f for f in of(fs, "consultant.specialty") if f.value == "dermatology"]
    assert cons and not any("planned" in f.context for f in cons)
