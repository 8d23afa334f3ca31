"""Batch r25 helper E: response hedged as worse, OCR'd credentials, a note logging its
own referral, a bracketed specialist who saw the patient, a course given for one flare."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import courses, decide, merged_course, of, run


def test_worse_if_anything_is_an_inadequate_response():
    cs = courses("Progress note\nFluocinonide 0.05% cream twice daily 1/5/26 - 2/15/26. "
                 "Hands worse, if anything; cracks deeper.\n")
    assert merged_course(cs, "fluocinonide").get("response") == "inadequate"


def test_if_anything_it_got_worse_is_an_inadequate_response():
    cs = courses("Visit\nBetamethasone dipropionate 0.05% ointment BID x 5 weeks. "
                 "If anything, it got worse.\n")
    assert merged_course(cs, "betamethasone").get("response") == "inadequate"


def test_ocr_comma_period_before_credentials_keeps_the_signer():
    fs = run("Riverbend Clinic\nMaria Olsen,.MD - Family Medicine\n\nPalmar eczema for 3 years.\n")
    assert [f.value for f in of(fs, "prescriber.name")] == ["Maria Olsen"]
    assert [f.value for f in of(fs, "prescriber.credentials")][:1] == ["MD"]
    assert "family_medicine" in {f.value for f in of(fs, "prescriber.specialty")}


def test_note_logging_a_referral_it_placed_keeps_its_author_the_prescriber():
    fs = run("Lakeside Primary Care\nOmar Haddad, MD - Internal Medicine\n"
             "Hand dermatitis. Referral to dermatology sent today.\n"
             "Plan: Anzupgo 2% cream BID.\n")
    assert "internal_medicine" in {f.value for f in of(fs, "prescriber.specialty")}


def test_a_referral_letter_still_reads_as_a_referral():
    fs = run("Referral to Dermatology\nFrom: Omar Haddad, MD - Internal Medicine\n"
             "Please see this patient with hand eczema.\n")
    assert not of(fs, "prescriber.specialty")


def test_specialist_named_in_brackets_who_saw_the_patient_is_a_consultant():
    fs = run("Office visit\nDermatologist (Dr. Lena Park) saw her 2/10/26 and agrees with "
             "a topical JAK.\n")
    assert "dermatology" in {f.value for f in of(fs, "consultant.specialty")}


def test_course_given_for_one_flare_is_not_as_needed_use():
    cs = courses("03/02/2025\nHalobetasol 0.05% ointment prescribed for flare.\n")
    assert not any(c.get("prn") for c in cs)
    cs2 = courses("Note\nHalobetasol 0.05% ointment for flares.\n")
    assert any(c.get("prn") for c in cs2)


def test_course_given_for_one_flare_leaves_daily_use_unknown():
    text = ("Skin Clinic - Nia Brooks, MD - Dermatology\nDOB 04/04/1980\n"
            "Chronic hand eczema since 2019, severe, IGA-CHE 4.\n"
            "Mometasone 0.1% ointment dispensed for flare; no improvement.\n"
            "Plan: Anzupgo 2% cream BID.\n")
    assert decide(text, as_of=dt.date(2026, 3, 1))["1.D.ii"] == "unknown"
