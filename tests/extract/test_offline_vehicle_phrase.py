"""A vehicle named in two words ("emollient cream") after a steroid is its vehicle, not a
second drug (vocabulary tcs_potency.yaml vehicles)."""

from __future__ import annotations

from tests.extract.test_offline import groups, run


def test_emollient_cream_after_a_steroid_is_its_vehicle() -> None:
    fs = run("Plan reviewed. She applied fluocinonide 0.05% emollient cream every day from "
             "03/02/2026 to 04/13/2026 without benefit.")
    courses = groups(fs, "therapy")
    assert len(courses) == 1
    (c,) = courses.values()
    assert c["drug"].value == "fluocinonide"
    assert c["vehicle"].value == "emollient cream"
    assert "stop_date" in c  # the dates stay with the steroid


def test_emollient_named_on_its_own_is_still_a_drug() -> None:
    fs = run("Uses fluocinonide 0.05% ointment twice daily; emollient cream after each wash.")
    drugs = sorted(str(g["drug"].value) for g in groups(fs, "therapy").values() if "drug" in g)
    assert "fluocinonide" in drugs and any("emollient" in d for d in drugs)
