"""Medication status from forms, labelled lists, wrapped table cells and context words
(snippets written for the tests)."""

from __future__ import annotations

from tests.extract.test_offline import groups, run


def _status(text: str) -> dict[str, tuple[str | None, list[str]]]:
    out = {}
    for g in groups(run(text), "medication").values():
        st = g.get("status")
        out[g["name"].value.lower()] = (st.value if st else None, g["name"].context)
    return out


def test_form_checkbox_no_negates_the_question_examples() -> None:
    st = _status("Is the patient currently receiving any of the following?\n"
                 "JAK inhibitor (tofacitinib, baricitinib): ☐ Yes ☒ No\nSeverity: IGA-CHE 3\n")
    assert st["tofacitinib"] == (None, ["negated"])


def test_form_checkbox_yes_naming_one_drug_counts_only_that_drug() -> None:
    text = ("Immunosuppressant (cyclosporine, azathioprine, methotrexate): ☒ Yes - methotrexate"
            " ☐ No\nSeverity: IGA-CHE 3\n")
    fs = groups(run(text), "medication")
    active = {g["name"].value for g in fs.values()
              if g.get("status") and g["status"].value == "active"}
    assert active == {"methotrexate"}


def test_list_label_gives_the_status_of_its_items() -> None:
    st = _status("MEDS:\n  ACTIVE:   cetirizine 10 mg daily\n"
                 "  PLANNED:  tofacitinib 5 mg BID (pending PA)\n\nSigned, A. Bee, MD\n")
    assert st["tofacitinib"][0] == "planned"


def test_off_and_remote_are_past_use() -> None:
    assert _status("RA, active off MTX.\n")["mtx"][0] == "discontinued"
    assert _status("No current systemic agent; azathioprine remote.\n")["azathioprine"][0] == \
        "discontinued"


def test_no_claims_found_negates_the_listed_drugs() -> None:
    st = _status("No claims found for: JAK inhibitor class (GPI 9027), cyclosporine, "
                 "azathioprine, mycophenolate.\n")
    assert all(v == (None, ["negated"]) for v in st.values()), st


def test_later_option_is_hypothetical() -> None:
    st = _status("Plan: emollients; cyclosporine as a possible next step.\n")
    assert st["cyclosporine"] == (None, ["hypothetical"])


def test_wrapped_status_cell_of_a_table_row() -> None:
    st = _status("STEP THERAPY HISTORY - REQUEST (11/05/2026)\nDrug Strength Start End Outcome\n"
                 "desonide cream 0.05% 2023 2023 ineffective\nstopped - not covered, some\n"
                 "Olumiant tablet 2 mg 03/2025 06/2025\nbenefit\nhalobetasol oint 0.05% 08/01/2026 08/31/2026 relapsed\n")
    assert st["olumiant"][0] == "discontinued"


def test_wrapped_status_cell_with_its_date_on_the_line_below() -> None:
    st = _status("CURRENT MEDICATIONS\nDrug Directions Status Comment\n"
                 "cetirizine 10 mg daily Active OTC\nStopped\n"
                 "Olumiant (baricitinib) 2 mg daily by mouth no benefit\n08/2024\n"
                 "emollient cream apply often Active\n")
    assert st["olumiant"][0] == "discontinued"


def test_drug_a_friend_mentioned_is_not_taken() -> None:
    st = _status("Plan: start Anzupgo. A coworker told her about Olumiant; she wonders if it "
                 "would help.\n")
    assert st["olumiant"] == (None, ["hypothetical"])


def test_other_options_in_an_after_visit_summary_are_not_taken() -> None:
    st = _status("What's next: if this cream is not enough, your doctor could talk with you "
                 "about other options such as methotrexate tablets.\n")
    assert st["methotrexate"][0] is None
