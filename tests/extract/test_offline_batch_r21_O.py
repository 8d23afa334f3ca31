"""Helper O, round 21: document kinds of request-side texts (claims, not care notes)."""
from extract import doc_kinds


def test_criteria_checkboxes_make_a_form():
    page = ("Member: Jane Roe   DOB 01/02/1980\n"
            "Ordering MD: A. Smith, Dermatology\n"
            "[x] recurrent episodes in past year\n"
            "[ ] tcs trial documented\n"
            "[ ] jak inhibitor in use\n")
    assert doc_kinds.page_kind(page) == "pa_form"


def test_checkboxes_without_criteria_stay_unclassified():
    page = ("Member: Jane Roe   DOB 01/02/1980\n"
            "[x] gloves\n[ ] emollient\n[ ] diet\n")
    assert doc_kinds.page_kind(page) is None


def test_criteria_summary_heading_makes_a_request_letter():
    page = ("Date: 04/01/2026\nPatient: John Doe\n"
            "Criteria summary:\n- Failed betamethasone after 10 weeks\n"
            "Dr. Q. Public\n")
    assert doc_kinds.page_kind(page) == "lmn"
