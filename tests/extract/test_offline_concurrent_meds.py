"""Concurrent-drug reading (NC.1 / NC.2): past, eye-route and relatives' drugs are not current,
and a drug taken now stays current (snippets written for the tests)."""

from __future__ import annotations

import datetime as dt

from chartreview import vocab
from tests.extract.test_offline import groups, run

# a long first line keeps the short list lines below from being read as one wrapped sentence
_HEAD = ("Rheumatology follow-up visit for seronegative inflammatory arthritis, reviewed with the "
         "patient and her daughter today.\n")


def _meds(text: str) -> dict[str, dict[str, tuple]]:
    out: dict[str, dict[str, tuple]] = {}
    for g in groups(run(text), "medication").values():
        out.setdefault(g["name"].value.lower(), {k: (v.value, v.context) for k, v in g.items()})
    return out


def test_stop_word_before_a_use_verb_is_past_use() -> None:
    m = _meds("Seen 02/10/2026. He stopped using baricitinib in the spring and is no longer "
              "taking abrocitinib either.\n")
    assert m["baricitinib"]["status"][0] == "discontinued"
    assert m["abrocitinib"]["status"][0] == "discontinued"


def test_taking_alone_is_still_current_use() -> None:
    m = _meds("Seen 02/10/2026. He is taking upadacitinib 15 mg daily for ankylosing spondylitis.\n")
    assert m["upadacitinib"]["status"][0] == "active"


def test_dash_never_used_negates_its_own_list_line_only() -> None:
    m = _meds(_HEAD + "Systemic agents:\nazathioprine 50 mg daily\nmycophenolate - never taken\n")
    assert m["mycophenolate"]["name"][1] == ["negated"]
    assert m["azathioprine"]["status"][0] == "active"
    assert "negated" not in m["azathioprine"]["name"][1]


def test_relatives_possessive_after_the_patients_pronoun_is_the_relatives_drug() -> None:
    m = _meds("Social: her son has Crohn's disease and she injects his adalimumab every other "
              "week at home.\n")
    assert "family" in m["adalimumab"]["name"][1]
    m = _meds("Social: his wife has lupus, and he collects her azathioprine from the pharmacy.\n")
    assert "family" in m["azathioprine"]["name"][1]


def test_patients_own_possessive_is_not_a_relatives_drug() -> None:
    m = _meds("Social: her son has asthma, and she takes her methotrexate every Friday.\n")
    assert "family" not in m["methotrexate"]["name"][1]
    assert m["methotrexate"]["status"][0] == "active"
    # no pronoun of the patient between the relative and "his": not read as the relative's
    m = _meds("Social: lives with his brother; his methotrexate is given weekly.\n")
    assert "family" not in m["methotrexate"]["name"][1]


def test_cyclosporine_eye_drops_are_not_a_potent_immunosuppressant() -> None:
    assert vocab.drug_class("cyclosporine 0.09% ophthalmic solution") is None
    assert vocab.drug_class("Cequa") is None
    assert vocab.drug_class("cyclosporine") == "immunosuppressant"
    assert vocab.drug_class("cyclosporine 100 mg capsules") == "immunosuppressant"
    # a systemic word wins over a stray eye word in the same span
    assert vocab.drug_class("cyclosporine 100 mg BID, lubricating eye drops") == \
        "immunosuppressant"
    m = _meds(_HEAD + "Medications:\ncyclosporine 0.09% ophthalmic solution (Cequa) 1 drop each "
              "eye BID\n")
    assert "cyclosporine (ophthalmic)" in m
    assert vocab.drug_class("cyclosporine (ophthalmic)") is None


def test_start_stop_columns_give_the_status_not_a_default_active() -> None:
    m = _meds(_HEAD + "Agent Start End Comment\n"
              "azathioprine 100 mg daily 01/2022 03/15/2024 low white count\n")
    az = m["azathioprine"]
    assert "status" not in az  # the rules read it from the stop date
    assert az["stop_date"][0] == dt.date(2024, 3, 15)


def test_status_cell_wrapped_below_the_drug_line() -> None:
    m = _meds(_HEAD + "Agent Dates Use Result\n"
              "mycophenolate 1 g twice daily\n"
              "stopped 11/2023 due to recurrent\n"
              "(oral), from rheumatology 2021 to 11/2023 daily\n"
              "infections\n")
    my = m["mycophenolate"]
    assert my["status"][0] == "discontinued"
    assert my["stop_date"][0] == dt.date(2023, 11, 1)


def test_a_stop_of_another_drug_below_is_not_the_status_cell() -> None:
    m = _meds(_HEAD + "Current medications\n"
              "mycophenolate 1 g twice daily\n"
              "Stopped lisinopril last week because of a cough.\n")
    assert m["mycophenolate"]["status"][0] == "active"
    m = _meds(_HEAD + "Current medications\n"
              "mycophenolate 1 g twice daily\n"
              "stopped for dental surgery, resumed last week\n")
    assert m["mycophenolate"]["status"][0] == "active"


def test_stop_after_the_brand_in_parentheses_dates_the_stop() -> None:
    m = _meds(_HEAD + "Baricitinib (Olumiant) - discontinued 10/2025 for acne flares.\n")
    ba = m["baricitinib"]
    assert ba["stop_date"][0] == dt.date(2025, 10, 1)
