"""Batch r24 (helper H): an unsigned form's course verdicts, and a strength the clinician
does not know."""
from tests.extract.test_offline import of, run

_NOTE = ("Northside Dermatology - Office Visit 04/02/2026\n"
         "Marcus Lee, MD (Dermatology)\n"
         "Chronic hand eczema for 4 years. IGA-CHE 3 (moderate).\n"
         "Used halobetasol 0.05% cream twice daily 01/05/2026 - 02/20/2026.\n")


def test_unsigned_form_response_dropped() -> None:
    form = ("PRIOR AUTHORIZATION REQUEST FORM\n"
            "Member ID: 55512\n"
            "Topical steroid: halobetasol 0.05% cream BID 1/5-2/20/26\n"
            "Outcome: no improvement\n"
            "Filled out by: K. Ortiz, front desk\n"
            "Physician signature: __________ (unsigned)\n")
    assert not of(run(_NOTE, form), "therapy.response")


def test_signed_form_response_kept() -> None:
    form = ("PRIOR AUTHORIZATION REQUEST FORM\n"
            "Member ID: 55512\n"
            "Topical steroid: halobetasol 0.05% cream BID 1/5-2/20/26\n"
            "Outcome: no improvement\n"
            "Physician signature: Marcus Lee, MD\n")
    assert of(run(_NOTE, form), "therapy.response")


def test_form_strength_dropped_when_clinician_does_not_know_it() -> None:
    note = ("Lakeview Dermatology - New Patient Visit 05/10/2026\n"
            "Ana Ruiz, MD (Dermatology)\n"
            "Chronic hand eczema for 3 years. IGA-CHE 3 (moderate).\n"
            "He used a fluocinonide cream from an outside clinic (strength unknown), daily for"
            " 6 weeks, without benefit.\n")
    form = ("PRIOR AUTHORIZATION REQUEST FORM\nMember ID: 7781\n"
            "TCS tried: fluocinonide 0.05% cream daily x 6 wks - failed\n")
    # the form's 0.05% is dropped; the note's own course says its strength is "unknown"
    assert [f.value for f in of(run(note, form), "therapy.strength")] == ["unknown"]
    assert of(run(note.replace(" (strength unknown)", ""), form), "therapy.strength")
