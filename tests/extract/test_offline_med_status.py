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


def _inactive(st: tuple[str | None, list[str]]) -> bool:
    return st[0] != "active"


def test_drug_never_begun_after_a_denial_is_not_taken() -> None:
    st = _status("Outside records: baricitinib proposed by rheumatology 03/2025 - coverage "
                 "rejected by plan, never initiated.\n")
    assert _inactive(st["baricitinib"]) and "negated" in st["baricitinib"][1]
    st = _status("- Rinvoq (upadacitinib 15 mg) ordered 02/2026 - prior auth denied; not yet "
                 "dispensed\n")
    assert _inactive(st["rinvoq"])


def test_never_filled_it_in_the_next_sentence_refers_to_the_one_drug() -> None:
    st = _status("Old pharmacy printout shows azathioprine 50 mg (2022 Rx from GI). "
                 "She says she did not fill it.\n")
    assert _inactive(st["azathioprine"])


def test_never_begun_said_of_another_subject_keeps_the_drug_active() -> None:
    # the phrase is about another (non-drug) subject, or the drug was begun later
    st = _status("Meds: methotrexate 20 mg weekly, folate supplement never started.\n")
    assert st["methotrexate"][0] == "active"
    st = _status("Meds: tofacitinib 5 mg BID - PA denied, never started until appeal, now "
                 "taking daily.\n")
    assert st["tofacitinib"][0] == "active"
    st = _status("Meds: cyclosporine 100 mg BID; Otezla never started.\n")
    assert st["cyclosporine"][0] == "active"


def test_never_opening_a_list_of_drugs_negates_each() -> None:
    st = _status("Systemic history:\n  - never azathioprine, mycophenolate or tacrolimus PO\n")
    assert "negated" in st["azathioprine"][1] and "negated" in st["mycophenolate"][1]
    # "never" about something else before the drug does not negate it
    st = _status("Hands never cleared, methotrexate 15 mg weekly continues.\n")
    assert st["methotrexate"][0] == "active"


def test_stop_after_the_dose_and_schedule_is_the_drugs_stop() -> None:
    st = _status("2020: mycophenolate 1 g BID x 10 mo -> stopped 12/2020, GI upset\n")
    assert st["mycophenolate"][0] != "active"


def test_remains_off_and_a_year_range_to_a_named_month_are_past_use() -> None:
    assert _status("Azathioprine remains off since the lymphopenia.\n")["azathioprine"][0] == \
        "discontinued"
    g = next(iter(groups(run("She took Olumiant 2 mg daily from 2022 until Feb 2025 for "
                             "alopecia.\n"), "medication").values()))
    assert str(g["stop_date"].value) == "2025-02-01"


def test_a_stopped_fill_series_row_under_a_days_sup_header_is_stale() -> None:
    text = ("Fill date | Drug | Qty | Days sup | Pharmacy\n"
            "03/02/2026 | LISINOPRIL 10 MG | 90 | 90 | CVS\n"
            "04/11/2024 | XELJANZ 5 MG TAB | 60 | 30 | CVS\n")
    assert _status(text)["xeljanz"][0] != "active"


def test_a_fill_series_that_stopped_months_before_the_history_ends_is_past_use() -> None:
    rows = ("Last fill | Medication | Qty | Days | Pharmacy\n"
            "05/01/2026 | LISINOPRIL 10 MG TAB | 30 | 30 | Walgreens\n"
            "{a} | AZATHIOPRINE 50 MG TAB | 60 | 30 | Walgreens\n"
            "{b} | AZATHIOPRINE 50 MG TAB | 60 | 30 | Walgreens\n")
    assert _status(rows.format(a="01/20/2026", b="12/21/2025"))["azathioprine"][0] != "active"
    assert _status(rows.format(a="04/20/2026", b="03/21/2026"))["azathioprine"][0] == "active"
