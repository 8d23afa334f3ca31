"""Round 21, helper M: appeal packets (an appeal letter's heading, a plain denial heading, a
criterion quoted word for word)."""
from __future__ import annotations

from extract.doc_kinds import page_kind
from tests.extract.test_offline import of, run


def test_heading_that_starts_with_the_appeal_is_a_request_letter() -> None:
    text = ("# Second appeal: Anzupgo cream for Maria Santos\nJune 3, 2026\n\n"
            "To the plan,\nShe used betamethasone dipropionate daily for ten weeks without benefit.\n"
            "Marcus Lee, MD\n")
    assert page_kind(text) == "cover_letter"


def test_plain_prior_authorization_denial_heading_is_the_payers_notice() -> None:
    text = ("## PA Denial\nJuly 1, 2026\nMember: Tom Reyes\n"
            "Not met: the prescriber rates the hand eczema as moderate to severe.\n")
    assert page_kind(text) == "payer_notice"
    assert not of(run(text), "severity.stated")


def test_severity_inside_a_quoted_policy_text_is_not_a_rating() -> None:
    # the quotation on a line of its own: a sentence apart from the words that introduce it
    text = ("Appeal for Ana Ruiz\nThe plan turned this down under its coverage policy, which states:\n"
            "\u201cThe member has moderate to severe chronic hand eczema, per the prescriber.\u201d\n"
            "Her exam shows cracked palms.\n")
    assert not of(run(text), "severity.stated")


def test_severity_quoted_from_the_clinicians_own_note_still_counts() -> None:
    text = ('Visit 4/2/2026\nAs I wrote in my note: "Chronic hand eczema, severe, '
            'with deep fissures."\n')
    assert [f.value for f in of(run(text), "severity.stated")] == ["severe"]


def test_prescriber_on_a_medication_list_row_is_that_drugs_prescriber_only() -> None:
    meds = ("Lakeside Skin Clinic - Medication List\nActive and Recent Medications\n"
            "Reviewed 05/02/2026 with the patient and outside pharmacy records\n"
            "Medication Sig Status Prescriber\n"
            "azathioprine 50 mg tab 1 tab daily Active K. Moreau, MD (Rheumatology)\n"
            "mometasone 0.1% ointment daily to hands Completed J. Park, MD\n")
    specs = {f.value for f in of(run(meds), "prescriber.specialty")}
    assert "rheumatology" not in specs
