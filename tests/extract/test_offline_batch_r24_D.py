"""Batch r24 (helper D): the occupational-medicine board title written out ("Occupational and
Environmental Medicine") as the prescriber's specialty (IP0759 1.E), and a drug named as a
patch-test allergen (a series row with its test vehicle, a graded reading) read as no
treatment (IP0759 1.D)."""
from __future__ import annotations

from tests.extract.test_offline import courses, of, run


def test_occupational_and_environmental_medicine_is_occupational_medicine():
    fs = run("Employee health clinic visit 04/10/2026\n"
             "Physician: Mara Lindqvist, MD - Occupational and Environmental Medicine\n"
             "Assessment: chronic hand dermatitis from wet work. Starting delgocitinib cream.\n")
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"occupational_medicine"}


def test_patch_test_series_rows_are_no_courses():
    cs = courses("Contact dermatitis clinic - patch test readings 02/12/2026\n"
                 "Allergen | Day 2 | Day 4\n"
                 "Betamethasone valerate 0.12% eth | - | +\n"
                 "Desoximetasone 1% pet | ?+ | -\n"
                 "Nickel sulfate 5% pet | ++ | ++\n")
    assert not [c for c in cs if c.get("drug")]


def test_graded_patch_test_reading_names_no_course():
    fs = run("Patch test interpretation 03/05/2026\n"
             "Questionable reaction to mometasone on day 4.\n"
             "Patch test strongly positive to fluocinonide.\n")
    assert not of(fs, "therapy.drug")
    assert not of(fs, "medication.name")


def test_steroid_course_with_vehicle_still_read():
    cs = courses("Office visit 03/05/2026\n"
                 "Mometasone 0.1% ointment BID for 6 weeks, no improvement.\n")
    assert [c for c in cs if "mometasone" in str(c.get("drug", "")).lower()]
