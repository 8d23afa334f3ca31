"""Helper G (round 17): stops documented in a reply letter beat a stale medication list."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, groups, run


def _meds(*texts: str) -> list[dict]:
    return [{k: f.value for k, f in g.items()} for g in groups(run(*texts), "medication").values()]


def test_between_dates_and_is_a_medication_range() -> None:
    meds = _meds("We gave him tofacitinib samples between 03/10/2025 and 05/02/2025 for "
                 "his palms.")
    tofa = [m for m in meds if str(m.get("name", "")).lower() == "tofacitinib"]
    assert tofa and tofa[0].get("start_date") == dt.date(2025, 3, 10)
    assert tofa[0].get("stop_date") == dt.date(2025, 5, 2)


def test_and_without_between_is_not_a_range() -> None:
    meds = _meds("Tofacitinib 5 mg daily was noted on 03/10/2025 and 05/02/2025 visits.")
    assert not any(m.get("stop_date") for m in meds)


def test_passive_pronoun_stop_dates_the_drug() -> None:
    meds = _meds("She was on methotrexate 15 mg weekly starting March 2024 and it was "
                 "stopped on 06/30/2025 for nausea.")
    mtx = [m for m in meds if str(m.get("name", "")).lower() == "methotrexate"]
    assert mtx and mtx[0].get("stop_date") == dt.date(2025, 6, 30)


def test_passive_stop_of_another_drug_in_clause_is_not_taken() -> None:
    meds = _meds("Methotrexate 15 mg weekly continues; prednisone was tapered and it was "
                 "stopped on 06/30/2025.")
    mtx = [m for m in meds if str(m.get("name", "")).lower() == "methotrexate"]
    assert mtx and not mtx[0].get("stop_date")


def test_stale_list_active_entry_yields_to_dated_passive_stop() -> None:
    stale = ("Medication list (printed 02/01/2026)\n"
             "Medication Instructions Status\n"
             "methotrexate 15 mg tab weekly Active\n")
    reply = ("Letter of reply. He took methotrexate 15 mg weekly from 09/01/2025 and it "
             "was discontinued on 12/20/2025 for liver tests. It has not been restarted.")
    got = decide(stale, reply, as_of=dt.date(2026, 5, 1))
    assert got["NC.2"] == "met"
    assert decide(stale, as_of=dt.date(2026, 5, 1))["NC.2"] == "not_met"


def test_labelled_end_date_is_the_course_stop() -> None:
    fs = run("Steroid used: clobetasol 0.05% cream BID to both hands\n"
             "Stop date 2/20/2026\n"
             "Begin date 1/05/2026 to hands daily\n")
    stops = [f.value for f in fs if f.field == "therapy.stop_date"]
    assert dt.date(2026, 2, 20) in stops


def test_labelled_end_date_on_one_line_with_start() -> None:
    fs = run("TCS trial: mometasone 0.1% ointment BID\n"
             "Start date: 01/04/2026   End date: 02/22/2026\n")
    assert [f.value for f in fs if f.field == "therapy.stop_date"] == [dt.date(2026, 2, 22)]
