"""Batch r19, helper C: relatives who are patients too, stops after a dash, the condition
as the subject of a care phrase, active-voice first sight, and details marked unknown."""

from __future__ import annotations

from tests.extract.test_offline import of, run


def test_relative_also_our_patient_keeps_family_scope():
    f = run("Husband Tomas (also our patient) has psoriatic arthritis and takes Xeljanz daily.")
    names = [x for x in f if x.field == "medication.name"]
    assert names and all("family" in x.context for x in names)
    assert not of(f, "medication.status")


def test_stop_after_dash_clause_ends_brand_with_generic_in_parens():
    f = run("2023: Rinvoq (upadacitinib) for the hands, partial benefit -\n"
            "  stopped 09/2024, prior auth lapsed.")
    assert not [x for x in of(f, "medication.status") if x.value == "active"]
    assert any(str(x.value) == "2024-09-01" for x in of(f, "medication.stop_date"))


def test_condition_labelled_care_phrase_dates_the_condition():
    f = run("Dyshidrotic hand eczema: seen here since 2022, never fully clear.")
    assert of(f, "condition.onset_date")


def test_care_phrase_about_the_patient_still_no_onset():
    f = run("Established patient followed here since 2019. Hand eczema for 2 months.")
    assert not [x for x in of(f, "condition.onset_date") if x.value.year == 2019]


def test_clinician_first_saw_condition_is_onset():
    f = run("She has palmar hand dermatitis that I first examined in March 2022.")
    assert [x for x in of(f, "condition.onset_date") if x.value.year == 2022]


def test_unknown_detail_in_parentheses_is_no_question():
    f = run("Clobetasol ointment (potency?) twice daily 3/2-4/20/26, minimal help.")
    assert of(f, "therapy.drug") and of(f, "therapy.response")


def test_guessed_drug_name_in_parentheses_stays_uncertain():
    f = run("Old steroid (betamethasone?) BID x 5 wk, no help.")
    assert not of(f, "therapy.drug")
