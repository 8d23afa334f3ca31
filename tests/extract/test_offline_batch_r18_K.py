"""Batch r18 helper K: rules for referral records and therapy courses."""

from __future__ import annotations

from tests.extract.test_offline import of, run

_LETTER = ("Lakeview Internal Medicine\nLetter of Medical Necessity\nDate: 05/02/2026\n"
           "Ms. Ortega has had chronic hand dermatitis for three years.\n"
           "The plan was chosen in consultation with dermatology (Dr. Paul Lindqvist, "
           "Riverbend Dermatology).\n"
           "Helen Marsh, MD\nInternal Medicine\n")


def _record(status: str, note: str) -> str:
    return ("OUTBOUND REFERRAL\n"
            "Referred to: Riverbend Dermatology - Paul Lindqvist, MD\n"
            "Reason: hand dermatitis not controlled\n"
            f"Status: {status}\n"
            f"Consult report: {note}\n")


def _consult_contexts(*texts: str) -> list[list[str]]:
    return [f.context for f in of(run(*texts), "consultant.specialty")]


def test_named_consult_claim_planned_when_referral_visit_booked_and_unanswered() -> None:
    ctx = _consult_contexts(_LETTER, _record("appointment booked for 06/18/2026", "not yet received"))
    assert ctx and all("planned" in c for c in ctx)


def test_named_consult_claim_kept_without_a_booked_visit() -> None:
    # a missing report alone (no visit still to come) does not undo the named consultation
    ctx = _consult_contexts(_LETTER, _record("closed", "not yet received"))
    assert ctx and not any("planned" in c for c in ctx)


def test_named_consult_claim_of_another_doctor_still_counts() -> None:
    other = _LETTER.replace("Dr. Paul Lindqvist", "Dr. Grace Okonkwo")
    ctx = _consult_contexts(other, _record("appointment booked for 06/18/2026", "not yet received"))
    assert any("planned" not in c for c in ctx)


def test_first_episode_with_onset_verb_and_date_is_past_history() -> None:
    # "the first flare started in <month year>" dates an earlier first episode; it is no
    # statement that the current flare is the first one (no recurrence count of 0)
    fs = run("Date: 03/10/2026\nHand dermatitis history: her first flare started in March 2025 "
             "and resolved by June 2025 with emollients. It recurred in August 2025 and again "
             "in December 2025.\n")
    assert 0 not in [f.value for f in of(fs, "condition.recurrences_12mo")]


def test_first_episode_now_still_counts_zero() -> None:
    fs = run("Date: 03/10/2026\nThis is her first episode of hand dermatitis; it started "
             "3 weeks ago.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [0]


def test_prn_of_next_list_line_oral_drug_with_bedtime_sig_is_not_the_steroids() -> None:
    fs = run("Current medications (02/02/2026)\n"
             "betamethasone dipropionate 0.05% ointment - started 12/01/2025 - discontinued\n"
             "hydroxyzine 10 mg nightly PRN - started 01/05/2026 - active\n"
             "metformin 500 mg - active\n")
    assert True not in [f.value for f in of(fs, "therapy.prn")]
