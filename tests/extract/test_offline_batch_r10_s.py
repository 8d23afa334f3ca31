"""Severity (IP0759 1.C) rules from batch round 10, helper s."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def _stated(text: str) -> list[str]:
    return [f.value for f in of(run(text), "severity.stated")]


def test_encounter_banner_after_date_dates_the_visit():
    # an EHR log listing its encounters newest first: the banner's date dates each entry
    text = (
        "ENCOUNTER HISTORY\n"
        "03/02/2026  FOLLOW-UP  SKIN CENTER  DR P. NAVARRO\n"
        "Hands calmer on the cream. IGA-CHE 1 (almost clear) at this visit.\n"
        "Chronic hand eczema, now almost clear.\n"
        "10/05/2025  NEW PT  SKIN CENTER  DR P. NAVARRO\n"
        "Dry fissured palms for two years. IGA-CHE 3 (moderate).\n"
    )
    dos = sorted(f.value for f in of(run(text), "request.date_of_service"))
    assert dt.date(2025, 10, 5) in dos and dt.date(2026, 3, 2) in dos
    # the latest entry's rating is today's, though it is written first
    assert decide(text, as_of=dt.date(2026, 3, 10))["1.C"] == "not_met"


def test_date_then_title_with_colon_is_not_a_banner():
    # "Follow-up: ..." after a date is a note about a follow-up, not an entry's title
    text = "04/01/2026 follow-up: call the pharmacy about the refill.\n"
    assert not of(run(text), "request.date_of_service")


def test_severity_word_of_a_whole_body_score_rates_no_hand_eczema():
    assert _stated("Trunk and flexures: Atopic dermatitis, severe - SCORAD 58.") == []
    assert _stated("Atopic dermatitis of the body, EASI 9 (moderate).") == []


def test_severity_word_with_another_site_in_parentheses_rates_no_hand_eczema():
    assert _stated("2. Eczema, mild (face/neck) - hydrocortisone 2.5% to face.") == []
    # a parenthesis naming the hands still rates them
    assert _stated("1. Eczema, severe (both hands) - see plan.") == ["severe"]


def test_iga_che_with_remains_is_a_score():
    fs = run("At the June visit her IGA-CHE remains 4 with deep fissures.")
    assert [f.value for f in of(fs, "severity.iga_che")] == [4]


def test_rating_verb_sharing_an_earlier_subject():
    assert _stated(
        "I examined her on 2/2/2026 and would rate her hand dermatitis severe in severity.") \
        == ["severe"]


def test_severity_word_before_disease_is_a_rating():
    assert _stated("At today's visit he has moderate disease with palmar scaling.") == ["moderate"]
    # another site after it: not the hand eczema
    assert _stated("At today's visit he has moderate disease on the scalp and face.") == []


def test_bare_severity_sentence_after_hand_exam_is_a_rating():
    text = ("Physical exam: thick scale and cracks on the fingers and both palms. Severe.\n")
    assert _stated(text) == ["severe"]
    # after an exam of another site it grades nothing of the hands
    assert _stated("Physical exam: scale on the shins and ankles. Severe.\n") == []


def test_date_then_follow_up_interval_is_not_a_banner():
    # "follow up in 6 weeks" after a date is the plan's next appointment, not an entry title
    assert not of(run("05/11/2026 follow up in 6 weeks with labs.\n"), "request.date_of_service")


def test_severity_before_disease_compound_is_no_rating():
    # "disease activity" is another scale's band (a rheumatology index), not the eczema's
    assert _stated("DAS28 4.1 (moderate disease activity). Hands fissured.") == []


def test_sentence_opening_with_an_old_date_makes_its_ratings_historical():
    text = ("Date of service: 04/06/2026\n"
            "She is a cook. In May 2022 the prior dermatologist measured HECSI 90 and called "
            "it severe.\n")
    fs = run(text)
    sev = [f for f in of(fs, "severity.stated") + of(fs, "severity.hecsi")]
    assert sev and all("historical" in f.context for f in sev)
    # a present-time word after the old date brings the rating back to today
    now = ("Date of service: 04/06/2026\n"
           "In May 2022 she began work at a bakery, and her hand eczema is severe.\n")
    assert [f.value for f in of(run(now), "severity.stated")
            if "historical" not in f.context] == ["severe"]
