"""Round 15, helper ab: a staff form or letter whose kind the page scoring missed, so its
claim outranked the clinical fact (a running header too long to be a title; a letter
addressed to the payer's medical director)."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide

# a request form whose only title is the leading segment of a long running header
FORM = ("PRECERTIFICATION REQUEST | Topical JAK cream for hands | Lakeside Skin Group, Tulsa OK\n"
        "Submitted: 03/02/2026\n"
        "Patient: Ona Vickers DOB: 04/12/1979\n"
        "Prescriber: Imre Szabo, MD - Dermatology\n"
        "Severity: severe\n")

NOTE = ("Lakeside Skin Group - Clinic Note\n"
        "Date of visit: 02/24/2026\n"
        "Provider: Imre Szabo, MD, dermatology\n"
        "Chronic hand dermatitis for 3 years.\n"
        "Exam: a few dry patches on both palms. IGA-CHE 2 (mild).\n"
        "Plan: request delgocitinib cream.\n")


def test_leading_segment_of_long_header_names_the_form():
    assert doc_kinds.page_kind(FORM) == "pa_form"


def test_long_header_without_separator_is_not_a_title():
    # a sentence that merely mentions the request is no title, however it starts
    text = ("Precertification request was discussed with the patient today at length and she "
            "agrees to wait for the plan's answer before starting anything new\nSeverity: severe\n")
    assert doc_kinds.page_kind(text) != "pa_form"


def test_form_rating_in_long_header_form_yields_to_note_rating():
    got = decide(NOTE, FORM, as_of=dt.date(2026, 3, 5))
    assert got["1.C"] == "not_met"


LETTER = ("Riverbend Dermatology - 12 Mill Rd, Salem OR 97301 - Fax 503-555-0100\n"
          "May 3, 2026\n"
          "Re: Tomas Ferreira, DOB 02/02/1990\n"
          "Dear Pharmacy Director,\n"
          "Mr. Ferreira has chronic hand eczema and has failed twelve weeks of daily "
          "betamethasone dipropionate 0.05% ointment.\n")


def test_letter_to_the_payers_director_is_a_letter():
    assert doc_kinds.page_kind(LETTER) == "lmn"
    assert doc_kinds.kind_class(doc_kinds.page_kind(LETTER)) == "administrative"


def test_director_in_a_sentence_is_no_salutation():
    text = ("Clinic note\nDear medical director of our group reviewed the chart with me today "
            "and agreed with the plan.\n")
    assert doc_kinds.page_kind(text) != "lmn"
