"""Batch r23 (helper X): appeals answering a denial - a payer notice misreading a relative's
drug, a denial's reason restated as a drug seen on a record, a family nurse practitioner's
title, a specialist only copied on a letter, surname particles, and "as requested" replies."""
from __future__ import annotations

from tests.extract.test_offline import groups, of, run

NOTICE = ("Aetna-like Health Plan - Pharmacy Review\nMember: Dana Holt  DOB 02/02/1980\n"
          "Decision: DENIED\n"
          "Reason: the clinic note lists tofacitinib, a JAK inhibitor; combined use is not covered.\n")


def test_notice_drug_the_chart_names_only_as_a_relatives_is_the_relatives():
    note = ("Dermatology visit 03/01/2026\nHand eczema, moderate.\n"
            "Family history: father with psoriatic arthritis on tofacitinib.\n")
    fs = run(NOTICE, note)
    assert [f for f in of(fs, "medication.name") if "tofacitinib" in f.value.lower()] == []


def test_notice_drug_the_chart_is_silent_on_stays_the_notices_claim():
    note = "Dermatology visit 03/01/2026\nHand eczema, moderate.\n"
    fs = run(NOTICE, note)
    assert [f.value for f in of(fs, "medication.name")] == ["tofacitinib"]


def test_denial_reason_restated_as_a_drug_on_a_record_is_no_use():
    fs = run("Appeal letter 04/02/2026\nWe ask you to reverse the denial, which cited "
             "cyclosporine recorded in her referral packet from 2019.\n")
    assert [f for f in of(fs, "medication.name") if "cyclosporine" in f.value.lower()] == []


def test_denial_reason_restated_without_a_record_stays_a_fact():
    fs = run("Appeal letter 04/02/2026\nThe denial was based on cyclosporine, which she "
             "still takes every morning.\n")
    assert [f.value for f in of(fs, "medication.name")] == ["cyclosporine"]


def test_family_nurse_practitioner_title_is_the_family_field():
    fs = run("Dear reviewer,\nPlease approve the cream.\n\nRosa Linwood, FNP-C\n"
             "Family Nurse Practitioner\n")
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"family_medicine"}


def test_bare_np_credentials_name_no_field():
    fs = run("Dear reviewer,\nPlease approve the cream.\n\nRosa Linwood, FNP-C\n")
    assert of(fs, "prescriber.specialty") == []


def test_specialist_copied_on_a_letter_is_an_unverified_consultant():
    fs = run("Dear reviewer,\nPlease approve the cream.\n\nRosa Linwood, FNP-C\n\n"
             "cc: Henrik Dahl, MD, Allergy & Immunology\n")
    cons = [f for f in of(fs, "consultant.specialty")]
    assert [f.value for f in cons] == ["allergy_immunology"]
    assert "unverified" in cons[0].flags


def test_chief_complaint_line_is_no_copy_line():
    fs = run("Visit 03/01/2026\nCC: cracked palms, seen by dermatology before.\n")
    assert all("unverified" not in f.flags for f in fs)


def test_surname_with_particles_signs_the_letter():
    fs = run("Dear reviewer,\nPlease approve the cream.\n\nSincerely,\n\n"
             "Marta de la Vega, MD\nDermatology\n")
    assert "Marta de la Vega" in [f.value for f in of(fs, "prescriber.name")]
    assert "dermatology" in {f.value for f in of(fs, "prescriber.specialty")}


def test_reply_as_requested_reports_a_course_not_a_plan():
    fs = run("Reconsideration 05/01/2026\nTopical steroid course, per your request: she used "
             "triamcinolone 0.1% ointment twice daily from 1/5/2026 to 2/20/2026.\n")
    gs = [g for g in groups(fs, "therapy").values() if "drug" in g]
    assert gs and all("planned" not in g["drug"].context for g in gs)
    assert any("start_date" in g for g in gs)
