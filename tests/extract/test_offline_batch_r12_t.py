"""Batch r12 (helper t): a JAK inhibitor tried briefly in the past is not concurrent use."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, groups, of, run


def _rinvoq_status(fs) -> list:
    return [g.get("status").value for g in groups(fs, "medication").values()
            if g["name"].value.lower().startswith("rinvoq") and g.get("status")]


def test_short_use_then_bare_stop_is_past_use() -> None:
    # "tried it for N days and stopped": the bare stop belongs to the one drug of the clause
    fs = run("Clinic note 03/02/2026. A rheumatologist handed him Rinvoq starter packs last "
             "summer - took them for ten days and stopped.\n")
    assert "active" not in _rinvoq_status(fs)
    assert any("historical" in f.context for f in of(fs, "medication.name"))
    fs = run("Clinic note 03/02/2026. Rinvoq starter packs were given by rheumatology.\n"
             "Took them for about 3 weeks, stopped\n2024 after a rash.\n")
    assert "active" not in _rinvoq_status(fs)


def test_short_use_then_stop_keeps_other_drugs_and_restarts() -> None:
    # another drug between: the stop is not Rinvoq's
    fs = run("Clinic note 03/02/2026. Rinvoq 15 mg daily; methotrexate used 2 weeks and "
             "stopped.\n")
    assert "active" in _rinvoq_status(fs)
    # restarted afterwards: still current
    fs = run("Clinic note 03/02/2026. Rinvoq 15 mg daily - used it for 2 months and stopped, "
             "then restarted in January.\n")
    assert "discontinued" not in _rinvoq_status(fs)


def test_short_use_then_stop_does_not_block_nc1() -> None:
    out = decide("Clinic note 03/02/2026. Her PCP gave her Rinvoq samples at a sick visit - used "
                 "them for five days and stopped.\n", as_of=dt.date(2026, 3, 2))
    assert out["NC.1"] != "not_met"
