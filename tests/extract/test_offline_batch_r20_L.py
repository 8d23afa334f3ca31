"""Round 20, helper L: a questionnaire's drug list answered yes with one drug named after
the unmarked options, and the patient's partner's drugs."""

from __future__ import annotations

from tests.extract.test_offline import courses, of, run


def _usable_names(fs) -> set[str]:
    return {f.value.lower() for f in of(fs, "medication.name")}


def test_yes_naming_one_drug_after_unmarked_no_leaves_the_rest_examples():
    fs = run("Northside Skin - Annual health questionnaire\n"
             "Patient: Sam Quill  DOB 2/2/1985\n"
             "Ever been prescribed any of the following: Olumiant, Cibinqo, azathioprine?\n"
             "[x] Yes [ ] No   If yes, which and when: Cibinqo in 2022, quit after 3 months\n")
    names = _usable_names(fs)
    assert "olumiant" not in names and "azathioprine" not in names


def test_bare_yes_with_blank_which_field_keeps_listed_drugs():
    fs = run("Northside Skin - Annual health questionnaire\n"
             "Patient: Sam Quill  DOB 2/2/1985\n"
             "Ever been prescribed any of the following: Olumiant, Cibinqo, azathioprine?\n"
             "[x] Yes [ ] No   If yes, which and when: ________\n")
    assert {"olumiant", "azathioprine"} <= _usable_names(fs)


def test_patients_partner_drug_is_family():
    fs = run("Derm follow-up 03/04/2026\n"
             "His partner injects adalimumab every other week for psoriasis.\n"
             "Household meds? my partner is on tofacitinib\n")
    assert not _usable_names(fs) & {"adalimumab", "tofacitinib"}
    assert {f.value.lower() for f in of(fs, "medication.name", usable=False)
            if "family" in f.context} >= {"adalimumab", "tofacitinib"}


def test_practice_partner_is_not_a_relative():
    fs = run("Derm follow-up 03/04/2026\n"
             "Last spring, under my partner's care, she used betamethasone dipropionate 0.05% "
             "ointment twice daily for 5 weeks.\n")
    assert "betamethasone dipropionate" in _usable_names(fs) or any(
        "betamethasone" in n for n in _usable_names(fs))


def test_length_after_yearless_from_to_range_in_a_later_sentence_is_kept():
    cs = courses("Derm visit 04/02/2026\n"
                 "The walk-in clinic handed her a tube of steroid cream. She put it on "
                 "morning and night every single day from roughly Jan 3 until the middle of "
                 "February, about 6 weeks. No change at all.\n")
    c = next(c for c in cs if "steroid" in str(c.get("drug", "")).lower())
    assert c.get("duration_days") == 42
