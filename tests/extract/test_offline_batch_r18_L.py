"""Batch r18 helper L: stop dates of JAK inhibitors and ungraded current visits."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import groups, of, run


def _meds(*texts: str) -> list[dict]:
    return [{k: v.value for k, v in g.items()} for g in groups(run(*texts), "medication").values()]


def test_stop_date_after_last_dose_words() -> None:
    # "stopped - last dose DATE": the date is the stop date, so an older undated "on it"
    # mention is the same, since stopped, course
    note = ("Clinic note 04/20/2026\n"
            "History: baricitinib 2 mg daily was tried for her hands.\n"
            "Baricitinib discontinued - final dose 01/09/2026 because of zoster.\n")
    stops = [m.get("stop_date") for m in _meds(note) if "baricitinib" in str(m.get("name")).lower()]
    assert dt.date(2026, 1, 9) in stops


def test_bare_stop_with_date_opening_clause_after_use() -> None:
    # "X samples tried 2025; stopped 08/2025 ...": the bare stop opening the next clause is
    # the one drug's, and its date is the stop date
    note = ("Office visit 03/03/2026\n"
            "Ruxolitinib cream samples tried in 2025; stopped 08/2025 after the samples were gone.\n"
            "Hands remain involved.\n")
    meds = [m for m in _meds(note) if "ruxolitinib" in str(m.get("name")).lower()]
    assert meds and all(m.get("status") != "active" for m in meds)
    assert any(m.get("stop_date") == dt.date(2025, 8, 1) for m in meds)


def test_rating_of_earlier_visit_dropped_when_current_visit_ungraded() -> None:
    # a multi-visit chart: the latest visit says the severity was not recorded, so the rating
    # of an earlier visit (1 year before) does not stand for today's severity
    chart = ("# 02/11/2025 - Return visit\n"
             "Palms nearly clear on maintenance.\nIGA-CHE 1 (almost clear).\n"
             "\f# 01/27/2026 - Return visit (worse)\n"
             "Vesicles and fissures on both palms again since December.\n"
             "IGA-CHE: not documented\n"
             "Plan: restart topical therapy.\n")
    assert [f.value for f in of(run(chart), "severity.iga_che")] == []


def test_rating_of_later_visit_kept_when_earlier_visit_ungraded() -> None:
    chart = ("# 02/11/2025 - Return visit\n"
             "IGA-CHE: not documented\n"
             "\f# 01/27/2026 - Return visit\n"
             "Fissures on both palms.\nIGA-CHE 3 (moderate).\n")
    assert [f.value for f in of(run(chart), "severity.iga_che")] == [3]
