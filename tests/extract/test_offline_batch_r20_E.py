"""Round 20, helper E: appeal packets (a reviewer's advice to resubmit, appeal letters
recognised as the request's claims so that the clinical notes decide)."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, of, run

NOTE2 = """Visit 02/03/2026 - Omar Haddad, DO, Family Medicine
Chronic hand eczema for a year, continuous. IGA-CHE 3.
"""


def test_reviewer_advice_to_resubmit_with_a_consult_is_no_consultation():
    said = "Call outcome: denial stands. Please resubmit with the allergy consult.\n"
    assert not of(run(NOTE2 + said), "consultant.specialty")
    # the same consult stated as a fact is one (the advice, not the words, is what changed)
    fact = "Call outcome: denial stands. Documented allergy consultation on file.\n"
    assert of(run(NOTE2 + fact), "consultant.specialty")


def test_you_may_resubmit_with_a_dermatology_consult_leaves_1e_unmet():
    review = ("Reviewer summary 02/10/2026\nThe request stays denied (1.E). You may resubmit "
              "with documented derm consultation.\n")
    assert decide(NOTE2 + review, as_of=dt.date(2026, 2, 12))["1.E"] != "met"


def test_letter_to_the_appeals_desk_is_a_cover_letter():
    page = ("Lakeside Skin Clinic\nMarch 2, 2026\nATTN: Pharmacy Appeals\n"
            "Please see the clinic notes attached.\n"
            "We disagree with the denial of the requested cream for our patient.\n")
    assert doc_kinds.page_kind(page) == "cover_letter"


def test_subject_line_opening_with_appeal_is_a_cover_letter():
    page = ("Lakeside Skin Clinic\nMarch 2, 2026\n"
            "RE: Appeal - Jordan Pike (DOB 04/04/1980), case 26-1188\n"
            "We disagree with the denial of the requested cream for our patient.\n")
    assert doc_kinds.page_kind(page) == "cover_letter"


APPEAL_DAILY = """Lakeside Skin Clinic
April 20, 2026
Attn: Appeals Unit
Re: Jordan Pike, DOB 04/04/1980
We ask you to reconsider. He applied betamethasone dipropionate 0.05% ointment daily for
ten weeks without adequate response. His eczema is moderate (IGA-CHE 3).
Please see the clinic notes attached.
Dana Ruiz, MD, Dermatology
"""

NOTES_PRN = """Visit 03/30/2026 - Dana Ruiz, MD, Dermatology
47 yo, chronic hand eczema since 2023, continuous. Betamethasone dipropionate 0.05% ointment
applied only when it flares, two or three days at a time, then stops. Not controlled.
Exam: fissured palmar plaques. IGA-CHE 3.
Plan: PA for Anzupgo 2% cream. No JAK or immunosuppressants.
"""


def test_appeal_letter_daily_claim_yields_to_notes_describing_flare_only_use():
    got = decide(APPEAL_DAILY, NOTES_PRN, as_of=dt.date(2026, 4, 22))
    assert got["1.D.ii"] != "met"


APPEAL_SEVERE = """Lakeside Skin Clinic
June 1, 2026
Re: Appeal - Jordan Pike (DOB 04/04/1980)
He has moderate-to-severe chronic hand eczema and failed ten weeks of daily betamethasone.
Dana Ruiz, MD, Dermatology
"""

NOTES_MILD = """Visit 05/20/2026 - Dana Ruiz, MD, Dermatology
Hands improved after leaving wet work. Exam: faint scale on two knuckles.
IGA-CHE 2 - mild.
Plan: emollients.
"""


def test_appeal_letter_severity_yields_to_the_current_note_rating():
    got = decide(APPEAL_SEVERE, NOTES_MILD, as_of=dt.date(2026, 6, 3))
    assert got["1.C"] == "not_met"
