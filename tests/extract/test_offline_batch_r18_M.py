"""Batch r18 (helper M): a verdict sentence pointing back at a course; a counterfactual use
argued against; a certifying board named on its own; a labelled list of missing items."""

from __future__ import annotations

from tests.extract.test_offline import courses, merged_course, of, run

# a course, then four sentences (one past the course block's reach) before the last line
REPLY = ("Reply to plan inquiry\n"
         "Mometasone 0.1% ointment was applied nightly every night from 09/01/2025 to "
         "10/30/2025.\n"
         "Her husband helped with the applications.\n"
         "The refill record is enclosed.\n"
         "Follow-up on 11/12/2025: her palms were still scaling and split.\n")


def test_pointing_back_verdict_past_the_block_is_the_course_response() -> None:
    note = REPLY + "That was an inadequate response.\n"
    c = merged_course(courses(note), "mometasone")
    assert c.get("response") == "inadequate"


def test_unrelated_sentence_past_the_block_adds_no_response() -> None:
    note = REPLY + "Her blood pressure was normal.\n"
    c = merged_course(courses(note), "mometasone")
    assert "response" not in c


def test_use_argued_against_is_no_course() -> None:
    note = ("Appeal letter 02/02/2026\n"
            "He used fluocinolone 0.01% oil daily for 6 weeks with no benefit.\n"
            "Asking him to use betamethasone dipropionate on thinned skin just to meet a rule "
            "would be unsafe.\n")
    drugs = [str(c.get("drug", "")).lower() for c in courses(note)]
    assert not any("betamethasone" in d for d in drugs)
    assert any("fluocinolone" in d for d in drugs)


def test_certifying_board_named_alone_gives_the_specialty() -> None:
    note = ("Letter of medical necessity\n"
            "The patient has chronic hand eczema.\n"
            "Respectfully,\n"
            "Lena Okafor, MD\n"
            "Board certified, American Board of Allergy and Immunology\n")
    vals = {f.value for f in of(run(note), "prescriber.specialty")}
    assert "allergy_immunology" in vals


def test_labelled_list_of_missing_items_is_no_severity() -> None:
    notice = ("Plan review summary\n"
              "Outcome: more records needed.\n"
              "Missing information: criterion 2 (a clinician's rating of severe disease).\n")
    assert not of(run(notice), "severity.stated")
