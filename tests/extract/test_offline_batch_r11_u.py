"""Batch bl-bn (helper u): a problem-oriented chart's dated author lines date its entries; a
duration told in an old entry grows to the request date before a letter's lower bound can
overrule it; a specialist the chart says the patient has not yet seen is no consultant."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

NOTES = """RIVERBEND INTERNAL MEDICINE - VISIT LOG

(2024-09-12) R. Okafor, NP
  itchy vesicles on both palms for 2 months. otc hydrocortisone cream.

(2026-05-04) R. Okafor, NP
  palms still cracked. IGA-CHE 3, moderate.
"""


def test_a_date_opening_a_line_before_an_author_and_credentials_dates_the_entry() -> None:
    dates = {f.value for f in of(run(NOTES), "request.date_of_service")}
    assert {dt.date(2024, 9, 12), dt.date(2026, 5, 4)} <= dates


def test_a_date_before_other_words_is_no_entry_heading() -> None:
    fs = run("Plan:\n2024-09-12 Ordered patch testing for nickel.\n")
    assert dt.date(2024, 9, 12) not in {f.value for f in of(fs, "request.date_of_service")}


def test_an_old_entrys_short_duration_counts_to_the_request_date() -> None:
    # "for 2 months" told under the 09/2024 entry is some 22 months of history by 05/2026
    assert decide(NOTES, as_of=dt.date(2026, 5, 10))["1.B"] == "met"


UNSEEN = """FAMILY MEDICINE FOLLOW-UP
Date of service: 04/02/2026
Allergy referral sent 03/01; allergy appointment booked for 08/19/2026, patient has not been seen yet.
"""


def test_a_specialist_not_yet_seen_is_no_consultant_even_if_a_letter_says_so() -> None:
    claim = "Letter of medical necessity\nDate: 04/06/2026\nShe is seen by allergy for her hands.\n"
    fs = run(UNSEEN, claim)
    assert of(run(claim), "consultant.specialty")  # alone, the letter's claim reads as one
    assert all("planned" in f.context for f in of(fs, "consultant.specialty"))


def test_a_remote_consultation_still_counts_when_the_visit_is_still_awaited() -> None:
    reply = ("Letter of medical necessity\nDate: 04/06/2026\n"
             "Treatment chosen in consultation with Dr. Ines Marlow (allergy) by e-consult.\n")
    fs = run(UNSEEN, reply)
    assert any("planned" not in f.context for f in of(fs, "consultant.specialty"))


def test_an_ordinal_return_counts_the_returns_themselves() -> None:
    fs = run("Hand dermatitis: cleared with gloves, now the fourth relapse within 12 months.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [4]
    fs = run("Hand dermatitis: this is her 3rd flare in the past 12 months.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [2]


def test_in_twelve_months_is_a_window_for_a_count() -> None:
    fs = run("Hand eczema came back twice in 12 months after clearing.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [2]


BANNERS = """NORTHGATE CLINICS - ENCOUNTER HISTORY

# 2026-02-11 | Allergy | Priya Raman, MD
Hand dermatitis, patch test reviewed.

# 2025-12-01  Allergy clinic visit  -  Priya Raman, MD
Vesicular hand eczema since 2023.
"""


def test_an_encounter_banners_specialty_cell_is_the_named_clinicians() -> None:
    specs = {(f.value, f.quote) for f in of(run(BANNERS), "prescriber.specialty")}
    assert ("allergy_immunology", "Allergy | Priya Raman, MD") in specs
    assert ("allergy_immunology", "Allergy clinic visit  -  Priya Raman, MD") in specs


def test_a_cell_of_other_words_before_a_name_is_no_specialty() -> None:
    fs = run("Visit log\n\n# 2026-02-11 | Allergy shots given by | Priya Raman, MD\n")
    assert not [f for f in of(fs, "prescriber.specialty") if "Raman" in f.quote]
