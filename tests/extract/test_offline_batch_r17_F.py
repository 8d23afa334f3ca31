"""Batch r17 (helper F): a plan's letters quote its criteria; an appeal letter is a claim."""

from __future__ import annotations

from extract import doc_kinds
from extract.offline import extract
from tests.extract.test_offline import groups, make_doc, run


def _tcs_drugs(*texts: str) -> list[str]:
    return sorted(str(g["therapy.drug"].value).lower()
                  for g in groups(run(*texts), "therapy").values() if "therapy.drug" in g)


def test_criterion_wording_in_parentheses_is_no_course() -> None:
    letter = ("Health Plan Utilization Management\n"
              "Member: Ana Ruiz\n"
              "Your request was not approved because criterion 1.D.ii (a topical steroid "
              "applied daily for at least 28 consecutive days) was not shown.\n")
    assert "topical steroid" not in _tcs_drugs(letter)


def test_plan_request_for_more_records_lists_no_course() -> None:
    fax = ("ACME HEALTH - REQUEST FOR ADDITIONAL INFORMATION\n"
           "We need more records to complete the review.\n"
           "The plan needs all of the following:\n"
           "a. the topical corticosteroid was applied daily for at least 28 consecutive days\n"
           "b. inadequate efficacy was shown\n")
    assert not [d for d in _tcs_drugs(fax) if "cortico" in d]


def test_office_reply_to_a_request_for_information_is_no_payer_notice() -> None:
    reply = ("Response to request for additional information\n"
             "She applied a topical corticosteroid daily for 6 weeks without benefit.\n")
    fax = "Request for additional information\nPlease send the office notes.\n"
    assert doc_kinds.document_parts(make_doc(reply))[1][0][1] != "payer_notice"
    assert doc_kinds.document_parts(make_doc(fax))[1][0][1] == "payer_notice"


def test_appeal_subject_line_makes_a_relative_drug_the_relative_s() -> None:
    note = ("Clinic Progress Note\nDate: 02/02/2026\n"
            "HPI: hand eczema for a year, uses emollients only.\n"
            "Family history: sister - hand eczema, failed halobetasol.\n")
    appeal = ("Re: Maria Lopez - appeal\n"
              "Her sister has the same disease; she failed halobetasol ointment and now "
              "does well on a new cream.\n")
    docs = [make_doc(note, "note.pdf"), make_doc(appeal, "appeal.pdf")]
    own = [g for g in groups(extract(docs).findings, "therapy").values()
           if "therapy.drug" in g and "halobetasol" in str(g["therapy.drug"].value).lower()
           and "family" not in g["therapy.drug"].context]
    assert not own
