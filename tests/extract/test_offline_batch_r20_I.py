"""Batch r20, helper I: long-running charts and resubmissions."""
from tests.extract.test_offline import groups, run


def _status_of(fs, name: str) -> str | None:
    for g in groups(fs, "medication").values():
        if "name" in g and g["name"].value.lower() == name and "status" in g:
            return g["status"].value
    return None


def test_dash_outcome_then_bare_stop_is_the_drugs_stop():
    fs = run("06/14/2022  Ruxolitinib 1.5% cream twice daily to palms x 6 wk - minimal change, stopped.\n"
             "Follow up in clinic.")
    assert _status_of(fs, "ruxolitinib") == "discontinued"


def test_dash_outcome_then_stop_of_another_drug_is_not_this_drugs():
    fs = run("Ruxolitinib 1.5% cream twice daily - some help, stopped prednisone 20 mg.")
    assert _status_of(fs, "ruxolitinib") != "discontinued"
