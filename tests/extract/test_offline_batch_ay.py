"""Charts grown over a year: earlier ratings quoted in letters, visit headings, clear exams,
clinicians who have left (batch ay)."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def test_rating_dated_by_a_cue_after_it_in_its_parentheses_is_historical() -> None:
    fs = run("March 3, 2026\nLetter of medical necessity\nMr. Pike has severe dyshidrotic hand "
             "eczema (IGA-CHE 4 at baseline, 06/2024) and has had it since 2021.\n")
    assert [f.context for f in of(fs, "severity.stated") if f.value == "severe"] == [
        ["historical"]]
    assert all("historical" in f.context for f in of(fs, "severity.iga_che") if f.value == 4)


def test_rating_with_an_undated_baseline_cue_after_it_stays_current() -> None:
    fs = run("March 3, 2026\nAssessment: hand dermatitis, severe at baseline; better now.\n")
    assert [f.context for f in of(fs, "severity.stated") if f.value == "severe"] == [[]]


def test_rating_of_today_before_an_earlier_one_in_parentheses_stays_current() -> None:
    fs = run("Hand eczema is IGA-CHE 2 today (IGA-CHE 4 at intake).\n")
    twos = [f for f in of(fs, "severity.iga_che") if f.value == 2]
    assert twos and all("historical" not in f.context for f in twos)


def test_date_then_visit_kind_separated_by_spaces_heads_a_visit() -> None:
    fs = run("RIVERBEND SKIN CLINIC\n03/04/2025  Return visit\nHands improving.\n\n"
             "11/18/2025  Office visit\nStable.\n")
    dates = {f.value for f in of(fs, "request.date_of_service")}
    assert {dt.date(2025, 3, 4), dt.date(2025, 11, 18)} <= dates


def _cleared(fs) -> list:
    return [f for f in of(fs, "condition.onset_date") if "cleared" in f.flags]


def test_clear_hand_exam_at_a_dated_visit_is_flagged() -> None:
    fs = run("# 02/03/2025 - Follow up\nElbow eczema flaring again. Hands: clear.\n\n"
             "# 04/20/2026 - Follow up\nBoth palms now with vesicles and scaling; hand eczema, "
             "moderate.\n")
    assert [f.value for f in _cleared(fs)] == [dt.date(2025, 2, 3)]
    fs = run("# 02/03/2025 - Follow up\nNo eczema on either hand at today's exam.\n")
    assert _cleared(fs) == []  # "no eczema on either hand" is not a listed phrase: nothing
    fs = run("# 02/03/2025 - Follow up\nExam: no dermatitis on the palms.\n")
    assert [f.value for f in _cleared(fs)] == [dt.date(2025, 2, 3)]


def test_clear_hands_as_a_goal_or_with_exceptions_is_not_a_clear_exam() -> None:
    fs = run("# 02/03/2025 - Follow up\nContinue the cream until hands clear.\n")
    assert _cleared(fs) == []
    fs = run("# 02/03/2025 - Follow up\nHands clear except a small fissure on the thumb.\n")
    assert _cleared(fs) == []
    fs = run("Hands clear.\n")  # no dated visit heading: nothing to date it by
    assert _cleared(fs) == []


def test_specialty_of_a_clinician_who_has_retired_is_historical() -> None:
    fs = run("# 08/01/2023 - Dermatology\nRosa Lindqvist, MD - Dermatology\nHand dermatitis, "
             "start ointment.\n\n# 03/02/2026 - Office visit\nSam Ortiz, PA-C\n"
             "Dr. Lindqvist has since retired; hands worse.\n")
    specs = of(fs, "prescriber.specialty")
    assert specs and all("historical" in f.context for f in specs)
    fs = run("# 08/01/2023 - Dermatology\nRosa Lindqvist, MD - Dermatology\nHand dermatitis.\n")
    assert of(fs, "prescriber.specialty") and all(
        "historical" not in f.context for f in of(fs, "prescriber.specialty"))


def test_part_of_the_hands_clear_is_not_a_clear_exam() -> None:
    fs = run("# 02/03/2025 - Follow up\nPalms fissured and thick. Dorsal hands clear.\n")
    assert _cleared(fs) == []
    fs = run("# 02/03/2025 - Follow up\nRight hand clear, left palm scaling.\n")
    assert _cleared(fs) == []


def test_never_started_drug_closing_a_list_with_a_shared_response_is_no_course() -> None:
    note = ("# 01/05/2026 - Follow up\nHalobetasol was never started - the pharmacy had "
            "none in stock.\n")
    letter = ("Dear reviewer,\nShe has tried triamcinolone, desonide and halobetasol - all "
              "with inadequate benefit.\n")
    drugs = [str(f.value).lower() for f in of(run(note, letter), "therapy.drug")]
    assert not any("halobetasol" in d for d in drugs)
    # without the chart saying it was never started the letter's list still counts
    drugs = [str(f.value).lower() for f in of(run(letter), "therapy.drug")]
    assert any("halobetasol" in d for d in drugs)


def test_capitalised_status_verb_of_a_later_sentence_is_not_a_row_status() -> None:
    fs = run("# Telephone - 03/02/2026\nRinvoq PA rejected by the plan. She never filled it "
             "and will wait. Continue clobetasol ointment on weekends.\n")
    rinvoq = {f.group for f in of(fs, "medication.name", usable=False)
              if "rinvoq" in str(f.value).lower()}
    assert rinvoq
    assert not [f for f in of(fs, "medication.status") if f.group in rinvoq
                and f.value == "active"]


def test_drug_left_on_the_list_but_never_filled_is_negated() -> None:
    fs = run("# Follow up - 02/10/2026\nMed review: Olumiant is still on the medication list "
             "but was never filled; taken off today.\n")
    names = [f for f in of(fs, "medication.name", usable=False)
             if "olumiant" in str(f.value).lower()]
    assert names and all("negated" in f.context for f in names)
