"""Round 24, helper C: a letter's rating quoted from the enclosed records, and encounter
banners with only a space before their date."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run


def test_rating_citing_enclosed_records_is_not_current() -> None:
    # the letter quotes a score "per the enclosed clinic notes": not its own current rating
    fs = run("Letter of medical necessity. Date: 05/10/2026\n"
             "His hand dermatitis is severe (IGA-CHE 4, per the enclosed clinic notes) and "
             "limits his work.")
    assert {f.value for f in of(fs, "severity.iga_che")} == {4}
    assert all("historical" in f.context for f in of(fs, "severity.iga_che"))
    assert all("historical" in f.context for f in of(fs, "severity.stated"))


def test_rating_without_citation_stays_current() -> None:
    fs = run("Letter of medical necessity. Date: 05/10/2026\n"
             "His hand dermatitis is severe (IGA-CHE 4) and limits his work.")
    assert of(fs, "severity.iga_che") and all(
        "historical" not in f.context for f in of(fs, "severity.iga_che"))


def test_encounter_banner_with_space_before_date_dates_the_visit() -> None:
    fs = run("Clinic export\n"
             "Encounter 02/14/2026 - Ruiz, Ana MD (Dermatology)\n"
             "Exam: mild scaling of both palms.\n")
    dates = {f.value for f in of(fs, "request.date_of_service")}
    assert dt.date(2026, 2, 14) in dates


def test_cited_old_score_yields_to_latest_encounter() -> None:
    letter = ("Letter of Medical Necessity\nDate: 05/12/2026\n"
              "Mr. Okafor has long-standing hand eczema. His disease is moderate (IGA-CHE 3, as "
              "documented in the attached records).\n"
              "He applied fluocinonide 0.05% ointment twice daily from 02/01/2026 to 03/20/2026 "
              "without adequate response.\n")
    notes = ("Encounter 05/04/2026 - Lind, Maria MD (Dermatology)\n"
             "Exam: faint erythema of the left palm. IGA-CHE today: 1 (almost clear).\n"
             "Assessment: chronic hand eczema, currently mild.\n\n"
             "Encounter 01/20/2025 - Lind, Maria MD (Dermatology)\n"
             "Exam: fissures and vesicles of both palms. IGA-CHE: 3 (moderate).\n"
             "Assessment: chronic hand eczema, moderate flare.\n")
    assert decide(letter, notes, as_of=dt.date(2026, 5, 15))["1.C"] == "not_met"
