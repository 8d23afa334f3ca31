"""Round 16, helper E: a letter known only by its subject line's member number; a drug named
as the source of a leftover ("from the MTX era"); severity ratings years older than the
chart's latest visit; a clear-hands line that goes on to tell of a flare; an OCR-read check
box row ("O mild & moderate O severe")."""

from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, groups, of, run

# a letter to the payer with no title: only its subject line carries the plan's member number
LETTER = ("March 3, 2026\n\n"
          "RE: Tobias Marlowe, DOB 04/09/1971, Cigna member 7712093355\n\n"
          "Mr. Marlowe has chronic hand eczema and has failed several topical steroids over "
          "five months. Anzupgo is the reasonable next step.\n\n"
          "Ruth Okafor, MD\nDermatology\n")

NOTE = ("Okafor Skin Clinic - Progress Note\n"
        "Date: 02/27/2026    Provider: Ruth Okafor, MD, Dermatology\n"
        "Patient: Tobias Marlowe  DOB 04/09/1971\n"
        "HPI: Hand eczema since 2023, never clear.\n"
        "- hydrocortisone 2.5% cream BID, every day for 10 weeks (Sep-Nov 2025) - no help\n"
        "- desonide 0.05% cream BID, every day for 7 weeks (Dec 2025-Jan 2026) - no help\n"
        "Exam: fissured, scaly palms. IGA-CHE 3.\n"
        "A/P: chronic hand eczema, moderate. Low-potency steroids failed.\n")


def test_subject_line_with_member_number_is_a_request_letter():
    kind = doc_kinds.page_kind(LETTER)
    assert doc_kinds.kind_class(kind) == "administrative"


def test_unnamed_steroid_claim_in_member_letter_yields_to_named_low_courses():
    got = decide(NOTE, LETTER, as_of=dt.date(2026, 3, 6))
    assert got["1.D.i"] == "not_met"


def test_drug_named_as_source_of_leftover_is_historical():
    fs = run("Medication list: adalimumab 40 mg every 14 days; folic acid 1 mg daily (a "
             "holdover, left over from the methotrexate, can be stopped); amlodipine 5 mg.\n")
    meds = {g["name"].value.lower(): g for g in groups(fs, "medication").values()}
    assert meds["methotrexate"]["status"].value == "discontinued"
    assert meds["adalimumab"]["status"].value == "active"


def test_drug_named_as_a_bygone_era_is_historical():
    fs = run("Current meds: etanercept weekly; folate 1 mg (started in her azathioprine era).\n")
    meds = {g["name"].value.lower(): g for g in groups(fs, "medication").values()}
    assert "historical" in meds["azathioprine"]["name"].context


# a chart export whose ratings are all from 2022 and whose latest visit describes the exam only
OLD_RATINGS = ("Dermatology chart export\n"
               "Patient: Lena Vasquez  DOB 02/14/1966\n\n"
               "# Visit 03/09/2022 - Omar Reyes, MD\n"
               "Hand dermatitis for about 2 years. Exam: scaly palms. IGA-CHE 3 (moderate).\n"
               "Plan: betamethasone valerate 0.1% ointment BID x 6 weeks.\n\n"
               "# Visit 05/20/2022 - Omar Reyes, MD\n"
               "Better with betamethasone, nearly clear (IGA-CHE 1).\n\n"
               "# Visit 04/14/2025 - Omar Reyes, MD\n"
               "Exam: thick plaques on both palms with fissures, erythema to the wrists.\n"
               "Assessment: chronic hand eczema, persisting.\n")


def test_ratings_years_before_latest_visit_are_not_current():
    got = decide(OLD_RATINGS, as_of=dt.date(2025, 4, 20))
    assert got["1.C"] == "unknown"


def test_recent_rating_at_latest_visit_still_counts():
    text = OLD_RATINGS + "IGA-CHE 3 today.\n"
    got = decide(text, as_of=dt.date(2025, 4, 20))
    assert got["1.C"] == "met"


FLARE_AFTER_CLEAR = ("Clinic chart\n\n"
                     "# Visit 02/11/2023 - Omar Reyes, MD\n"
                     "Hand eczema for about 8 months, palms. Exam: fissured palms.\n\n"
                     "# Visit 09/05/2024 - Omar Reyes, MD\n"
                     "Hands clear over the summer; flared again in August with dishwashing.\n\n"
                     "# Visit 03/01/2026 - Omar Reyes, MD\n"
                     "Persistent hand eczema, palms fissured.\n")


def _cleared(text: str) -> list:
    return [f for f in of(run(text), "condition.onset_date") if "cleared" in f.flags]


def test_clear_spell_followed_by_flare_is_no_clear_exam():
    assert _cleared(FLARE_AFTER_CLEAR) == []


def test_clear_exam_with_denied_flares_stands():
    text = FLARE_AFTER_CLEAR.replace(
        "Hands clear over the summer; flared again in August with dishwashing.",
        "Hands clear, no flares since the spring.")
    assert _cleared(text) != []


def test_ocr_read_checkbox_row_picks_checked_severity():
    fs = run("Skin clinic - PA worksheet\n"
             "Dx: chronic hand eczema\n"
             "Severity (MD):  O mild  & severe  O moderate\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
