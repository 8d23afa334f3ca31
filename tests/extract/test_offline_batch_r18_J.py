"""Batch r18 (helper J): a plan's request for information quotes its criteria; a letter
citing the policy's own wording describes no course."""

from __future__ import annotations

from extract import doc_kinds
from tests.extract.test_offline import groups, make_doc, of, run


def test_plainly_titled_information_request_is_a_payer_notice() -> None:
    rfi = "ACME RX - INFORMATION REQUEST\nMember: Ola Berg\nPlease send the office notes.\n"
    fax = "Health Plan Pharmacy | Request for Information\nMember: Ola Berg\nSend notes.\n"
    reply = ("Re: Ola Berg - your information request of 3/3/2026\n"
             "Hand eczema for 4 years per her history.\n")
    assert doc_kinds.document_parts(make_doc(rfi))[1][0][1] == "payer_notice"
    assert doc_kinds.document_parts(make_doc(fax))[1][0][1] == "payer_notice"
    assert doc_kinds.document_parts(make_doc(reply))[1][0][1] != "payer_notice"


def test_request_for_information_quoting_thresholds_gives_no_duration_or_severity() -> None:
    rfi = ("ACME RX - REQUEST FOR INFORMATION\n"
           "Member: Ola Berg   DOB 01/02/1980\n"
           "Items we still need:\n"
           "- duration: that the chronic hand eczema has lasted longer than 3 months, or has "
           "recurred at least two times within 12 months\n"
           "- severity: the prescriber's statement that the hand eczema is moderate to severe\n")
    found = run(rfi)
    assert not of(found, "condition.duration_days")
    assert not of(found, "condition.recurrences_12mo")
    assert not of(found, "severity.stated")


def test_clinic_note_duration_and_severity_still_read() -> None:
    note = ("Dermatology Progress Note\nDate: 03/10/2026\n"
            "HPI: chronic hand eczema for 4 years.\n"
            "Assessment: severe hand eczema.\n")
    found = run(note)
    assert of(found, "condition.duration_days")
    assert of(found, "severity.stated")


def test_letter_citing_policy_wording_describes_no_steroid_course() -> None:
    letter = ("Re: Ola Berg - appeal\n"
              "The plan's coverage policy defines treatment failure as flaring despite a "
              "topical steroid applied every day for at least 28 days, and her skin was no "
              "better.\n")
    drugs = [str(g["drug"].value).lower() for g in groups(run(letter), "therapy").values()
             if "drug" in g]
    assert not [d for d in drugs if "steroid" in d]
