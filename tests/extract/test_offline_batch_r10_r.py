"""Response to the steroid said in new words (a course "not controlling" the disease, a
clearance not achieved, a response graded after its noun, a response told after an add-on
topical) and a JAK inhibitor only discussed, never prescribed (batch r10, helper R)."""

from __future__ import annotations

from tests.extract.test_offline import courses, merged_course, of, run


def test_steroid_not_controlling_the_disease_is_inadequate() -> None:
    cs = courses("Progress note 04/02/2026\nFluocinonide 0.05% ointment used twice daily on "
                 "the palms for 5 weeks. At this point fluocinonide isn't really controlling "
                 "the eczema on his hands.\n")
    assert merged_course(cs, "fluocinonide").get("response") == "inadequate"


def test_steroid_not_clearing_the_rash_is_inadequate() -> None:
    cs = courses("Clinic visit 04/02/2026\nShe has applied halobetasol 0.05% cream nightly "
                 "since January. The cream is not clearing the fingertip rash.\n")
    assert merged_course(cs, "halobetasol").get("response") == "inadequate"


def test_clearance_never_reached_as_a_noun_is_inadequate() -> None:
    cs = courses("Letter 03/10/2026\nMr. Ortiz applied clobetasol 0.05% ointment every day "
                 "for seven weeks this winter. It never reached clearance and the cracks "
                 "returned within days.\n")
    assert merged_course(cs, "clobetasol").get("response") == "inadequate"


def test_response_graded_modest_after_its_noun_is_inadequate() -> None:
    cs = courses("Visit 02/20/2026\nDesoximetasone 0.25% cream twice daily from 12/1/25 to "
                 "1/20/26. The benefit has been only modest, with scale still on both palms.\n")
    assert merged_course(cs, "desoximetasone").get("response") == "inadequate"


def test_response_after_an_add_on_topical_is_the_steroids_too() -> None:
    cs = courses("Visit 03/01/2026\nHPI: clobetasol 0.05% ointment twice daily since 1/5/26, "
                 "still applying it daily. Also pimecrolimus 1% cream to the wrists at "
                 "bedtime. Palms remain cracked and bleeding - poor response.\n")
    assert merged_course(cs, "clobetasol").get("response") == "inadequate"


def test_response_after_a_switch_to_another_topical_is_not_shared() -> None:
    cs = courses("Visit 03/01/2026\nHPI: clobetasol 0.05% ointment twice daily since 1/5/26. "
                 "Then pimecrolimus 1% cream to the wrists at bedtime. Palms remain cracked "
                 "and bleeding - poor response.\n")
    assert "response" not in merged_course(cs, "clobetasol")


def test_jak_discussed_but_never_prescribed_is_not_in_use() -> None:
    fs = run("Office visit 02/02/2026\nRinvoq came up at the October visit but was never "
             "prescribed. Plan: start Anzupgo.\n")
    rinvoq = [f for f in of(fs, "medication.name", usable=False)
              if "rinvoq" in str(f.value).lower()]
    assert rinvoq and all("negated" in f.context for f in rinvoq)
    assert not [f for f in of(fs, "medication.status")
                if f.group in {x.group for x in rinvoq} and f.value == "active"]


def test_jak_not_prescribed_by_this_office_still_counts() -> None:
    fs = run("Office visit 02/02/2026\nMedications: Olumiant 2 mg daily (rheumatology), not "
             "prescribed by our office.\n")
    oral = [f for f in of(fs, "medication.name") if "olumiant" in str(f.value).lower()]
    assert oral


def test_never_prescribed_with_an_object_is_no_drug_never_started() -> None:
    fs = run("Office visit 02/02/2026\nShe has only used hydrocortisone 1% cream; Olumiant 2 mg "
             "daily for her arthritis. Never prescribed anything stronger for the hands.\n")
    assert [f for f in of(fs, "medication.status") if f.value == "active"
            and any("olumiant" in str(g.value).lower() for g in of(fs, "medication.name")
                    if g.group == f.group)]
