"""Author M's typesetting (EHR prints, PA forms with drawn check boxes, fill profiles,
denial/appeal letters): rules written for them, tested with other wordings."""

from __future__ import annotations

from test_offline import of, run


def test_drug_class_title_is_no_specialty() -> None:
    # "Dermatology agents" in a form's title names a drug class, not the prescriber's field
    fs = run("MEDICATION PRIOR AUTHORIZATION FORM\nDermatological products - topical PDE4 "
             "inhibitors\nPrescriber: Lee Park, DO NPI: 1234567893\n")
    assert of(fs, "prescriber.specialty") == []
    fs = run("Dermatology drugs prior authorization\nPrescriber: Lee Park, DO\n")
    assert of(fs, "prescriber.specialty") == []


def test_drawn_check_mark_picks_the_specialty() -> None:
    # a drawn ticked box reads as a bare "X" before the chosen option
    fs = run("PA REQUEST\nPrescriber specialty  Allergy/Immunology  Dermatology  X Family "
             "Medicine  Other\n")
    assert {f.value for f in of(fs, "prescriber.specialty")} == {"family_medicine"}


def test_dispensing_window_is_not_a_course() -> None:
    fs = run("FILL PROFILE\nClobetasol 0.05% ointment 60 g apply BID PRN itch\n"
             "Clobetasol dispensed 06/2022 - 11/2025: 3 fills total.\n")
    assert of(fs, "therapy.duration_days") == []
    assert of(fs, "therapy.start_date") == []


def test_yes_no_question_with_a_duration_is_not_a_course() -> None:
    fs = run("PRIOR AUTHORIZATION REQUEST\nSteroid tried: fluocinonide 0.05% cream\n"
             "Used every day for 4 weeks or longer:  O Yes  O No\n")
    assert of(fs, "therapy.duration_days") == []
    fs = run("PRIOR AUTHORIZATION REQUEST\nSteroid tried: fluocinonide 0.05% cream\n"
             "Used every day for 4 weeks or longer:  [x] Yes  [ ] No\n")
    assert [f.value for f in of(fs, "therapy.duration_days")] == [28]


def test_start_date_column_header_is_no_plan() -> None:
    fs = run("Medications Stopped Today\nDrug  Directions  Start Date  Stop Date  Why\n"
             "betamethasone dipropionate 0.05% cream apply BID 03/02/2026 04/20/2026 "
             "not effective\n")
    drugs = of(fs, "therapy.drug")
    assert drugs and not any("planned" in f.context for f in drugs)
    assert [f.value.isoformat() for f in of(fs, "therapy.stop_date")] == ["2026-04-20"]


def test_criterion_restated_by_denial_is_no_fact() -> None:
    fs = run("Your request was denied. The documentation submitted does not demonstrate that "
             "the dermatitis has recurred at least twice within a year or lasted more than "
             "3 months.\n")
    assert of(fs, "condition.recurrences_12mo") == []
    assert of(fs, "condition.duration_days") == []


def test_repeated_flaring_pattern_is_no_onset() -> None:
    fs = run("Hand dermatitis follow-up. Ever since he took the machinist job in 2018 his hands "
             "have broken down over and over, clearing in between.\n")
    assert of(fs, "condition.onset_date") == []
    fs = run("Hand dermatitis follow-up. Repeated flaring over 5 years is typical.\n")
    assert of(fs, "condition.duration_days") == []
    # the condition named right before the date keeps it an onset
    fs = run("Chronic hand eczema since 2018, with recurrent flares.\n")
    assert [f.value.year for f in of(fs, "condition.onset_date")] == [2018]


def test_discontinued_this_visit_table_gives_stop_date() -> None:
    fs = run("Meds Stopped This Encounter\nMedication   Directions   Start   Stop   Reason\n"
             "azathioprine 50 mg tab 1 PO daily 01/12/2026 03/30/2026 LFTs up\nExam\n")
    assert [f.value.isoformat() for f in of(fs, "medication.stop_date")] == ["2026-03-30"]
    assert not [f for f in of(fs, "medication.status") if f.value == "active"]


def test_future_order_on_hold_is_planned() -> None:
    fs = run("Orders Placed\nOrder  Detail  Status\n"
             "mycophenolate 500 mg tab 2 PO BID  Future - On Hold (not yet started)\n")
    assert [f.value for f in of(fs, "medication.status")] == ["planned"]
    fs = run("Plan: future order for azathioprine entered, on hold pending labs.\n")
    assert [f.value for f in of(fs, "medication.status")] == ["planned"]
    # a held drug that was being taken stays active (it may resume)
    fs = run("Current Medications\nMedication  Sig  Status\n"
             "mycophenolate 500 mg tab 2 PO BID  On Hold\n")
    assert [f.value for f in of(fs, "medication.status")] == ["active"]


def test_unmarked_severity_options_are_no_rating() -> None:
    fs = run("PRIOR AUTHORIZATION REQUEST\nDisease severity   Mild   Moderate   Severe\n")
    assert of(fs, "severity.stated") == []
    fs = run("PRIOR AUTHORIZATION REQUEST\nDisease severity   Mild / Moderate / X Severe\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
    # a range is a rating, not a list of options
    fs = run("Assessment: hand eczema, moderate to severe per my assessment.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["moderate"]


def test_part_of_month_onset_takes_its_latest_day() -> None:
    fs = run("Dermatitis of both palms first appeared in late March 2024.\n")
    assert [f.value.isoformat() for f in of(fs, "condition.onset_date")] == ["2024-03-31"]
    fs = run("Rash on the hands began in mid-October 2025, worse with washing.\n")
    assert [f.value.isoformat() for f in of(fs, "condition.onset_date")] == ["2025-10-20"]


def test_what_a_denial_says_is_missing_is_no_course() -> None:
    fs = run("Reason for denial: the notes do not provide the name of the topical steroid, its "
             "dates, or that it was used every day for at least 4 weeks.\n")
    assert of(fs, "therapy.duration_days") == []


def test_calcineurin_class_named_alone() -> None:
    fs = run("Assessment: hand eczema. Failed TCIs and crisaborole.\n")
    assert all(f.value.lower() != "topical corticosteroid" for f in of(fs, "therapy.drug"))
