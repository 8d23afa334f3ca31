"""Batch r24 helper F: concurrent-drug context (absent lists, other people's drugs, stopped
list entries, household profile rows) and a drug that only dates the next one."""

from __future__ import annotations

from test_offline import groups, run


def _ctx(findings, name: str) -> list[set[str]]:
    return [set(f.context) for f in findings
            if f.field == "medication.name" and str(f.value).lower() == name]


def test_none_of_colon_list_negates_every_drug_in_it():
    fs = run("Systemic therapy review. None of the following: azathioprine, tofacitinib, "
             "mycophenolate, biologics.")
    for drug in ("azathioprine", "tofacitinib", "mycophenolate"):
        assert _ctx(fs, drug) and all("negated" in c for c in _ctx(fs, drug)), drug


def test_none_of_without_colon_does_not_negate_a_later_drug():
    fs = run("None of the creams helped much; she is taking methotrexate 15 mg weekly.")
    assert _ctx(fs, "methotrexate") and not any("negated" in c for c in _ctx(fs, "methotrexate"))


def test_housemates_possessive_drug_is_someone_elses():
    fs = run("Lives with two housemates. A housemate's cyclosporine is kept in the bathroom.")
    assert _ctx(fs, "cyclosporine") and all("family" in c for c in _ctx(fs, "cyclosporine"))


def test_stop_closing_a_long_list_entry_makes_it_past():
    fs = run("Medications:\n  - cetirizine 10 mg daily\n"
             "  - azathioprine 2 mg/kg/day - 2018 (age 9), 11 months, stopped (nausea)\n")
    assert _ctx(fs, "azathioprine") and all("historical" in c for c in _ctx(fs, "azathioprine"))


def test_stop_on_another_line_leaves_an_entry_current():
    fs = run("Medications:\n  - methotrexate 15 mg weekly, folic acid daily\n"
             "  - doxycycline 100 mg - 2024, 2 weeks, stopped\n")
    assert _ctx(fs, "methotrexate") and not any("historical" in c
                                                 for c in _ctx(fs, "methotrexate"))


def test_relationship_label_in_parenthesis_owns_its_profile_row():
    fs = run("Member Drug Last fill Status\n"
             "Tom (self) omeprazole 20 mg 09/01/2026 active\n"
             "Ana (wife) Olumiant 2 mg tab 09/03/2026 active\n"
             "Tom (self) methotrexate 10 mg 09/01/2026 active\n")
    assert _ctx(fs, "olumiant") and all("family" in c for c in _ctx(fs, "olumiant"))
    assert _ctx(fs, "methotrexate") and not any("family" in c for c in _ctx(fs, "methotrexate"))


def test_drug_after_before_only_dates_the_next_course():
    fs = run("After azathioprine, fluocinonide 0.05% ointment twice daily every day for "
             "6 weeks without benefit.")
    durs = [g.get("duration_days") for g in groups(fs, "therapy").values()
            if "fluocinonide" in str(g.get("drug").value).lower()]
    assert durs and durs[0] is not None and durs[0].value == 42


def test_two_listed_drugs_still_share_a_trailing_length():
    fs = run("Mometasone, fluocinonide 0.05% ointment daily for 6 weeks.")
    assert all("duration_days" not in g for g in groups(fs, "therapy").values())
