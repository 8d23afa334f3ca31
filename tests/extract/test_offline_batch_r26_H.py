"""Batch r26, helper H: a treating clinician's word that no topical steroid above low
potency was ever used outweighs a medium-or-higher course only a PA form claims, when the
statement is no older than that course."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

FORM = ("Prior Authorization Request (Pharmacy)\nDate: {date}\n"
        "Drug requested: Anzupgo (delgocitinib) 2% cream\n"
        "Prior topical corticosteroid therapy:\n"
        "  Drug: mometasone 0.1% ointment   Frequency: BID   Duration: 8 weeks   Result: failed\n")
NOTE = ("Dermatology progress note\nDate: {date}\nHPI\n52-year-old baker with hand eczema since "
        "2023, continuous. Used alclometasone 0.05% cream off and on, little help. {said}\n"
        "Exam\nPalms with fissures and scale. IGA-CHE 3 (moderate).\n")
D1 = ("1.D.i", "1.D.ii", "1.D.iii")


def _d1(note_date: str, form_date: str, said: str) -> dict[str, str]:
    got = decide(NOTE.format(date=note_date, said=said), FORM.format(date=form_date),
                 as_of=dt.date(2026, 4, 10))
    return {k: got[k] for k in D1}


def test_never_prescribed_stronger_steroid_is_read() -> None:
    fs = run("Visit 03/02/2026\nHPI\nHe has never been prescribed a stronger\nsteroid - "
             "worried about thin skin.\n")
    assert [f.value for f in of(fs, "therapy.never_used")] == ["tcs_above_low"]
    fs = run("Visit 03/02/2026\nAssessment\nHand eczema. Low-potency TCS only to date.\n")
    assert [f.value for f in of(fs, "therapy.never_used")] == ["tcs_above_low"]


def test_statement_bounded_in_time_or_stronger_than_medium_is_not_read() -> None:
    for text in ("Never used a stronger steroid until last year, when clobetasol was started.",
                 "He has never used anything stronger than triamcinolone 0.1% ointment.",
                 "We have not prescribed a stronger steroid in this clinic.",
                 "If she has only used low-potency steroids, consider a stronger one."):
        fs = run(f"Visit 03/02/2026\nHPI\n{text}\n")
        assert not [f for f in of(fs, "therapy.never_used") if f.value == "tcs_above_low"], text


def test_clinical_low_only_statement_outweighs_form_course() -> None:
    got = _d1("04/01/2026", "04/02/2026", "She has never used anything stronger than that.")
    assert got == dict.fromkeys(D1, "not_met")


def test_form_course_stands_without_the_statement() -> None:
    got = _d1("04/01/2026", "04/02/2026", "Gloves at work.")
    assert got == dict.fromkeys(D1, "met")


def test_older_statement_does_not_cancel_a_later_course() -> None:
    # "only low potency so far" a year before the form: the 8-week course came after it
    got = _d1("03/01/2025", "04/02/2026", "Only low-potency topical steroids so far.")
    assert got == dict.fromkeys(D1, "met")


def test_statement_ignored_when_clinical_record_names_a_stronger_course() -> None:
    text = NOTE.format(date="04/01/2026", said="Only low-potency topical steroids to date.") + \
        "Plan\nPrior fluocinonide 0.05% ointment BID x 6 weeks in 2025 failed.\n"
    got = decide(text, FORM.format(date="04/02/2026"), as_of=dt.date(2026, 4, 10))
    assert got["1.D.i"] == "met"
