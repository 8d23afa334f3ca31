"""Past drugs that must not read as current (IP0759 NC.1 / NC.2): helper N, round 9."""

from __future__ import annotations

import datetime as dt

from test_offline import decide, groups, run


def _meds(findings, canon: str) -> list[dict]:
    return [g for g in groups(findings, "medication").values()
            if "name" in g and canon in str(g["name"].value).lower()]


def test_month_range_sharing_its_year_gives_the_stop_date():
    fs = run("Systemic history:\n"
             "- azathioprine 100 mg daily, May to October 2022, stopped for nausea\n")
    (aza,) = _meds(fs, "azathioprine")
    assert aza["stop_date"].value == dt.date(2022, 10, 1)
    assert aza["start_date"].value == dt.date(2022, 5, 1)
    assert "status" not in aza or aza["status"].value != "active"


def test_not_started_phrase_wrapped_over_a_line_is_not_a_status_cell():
    fs = run("- Mycophenolate 1 g BID was ordered 03/2026 by rheumatology but she chose not to "
             "start it; never\nfilled, never taken.\n")
    (mmf,) = _meds(fs, "mycophenolate")
    assert "status" not in mmf or mmf["status"].value != "active"
    assert "negated" in mmf["name"].context


def test_parenthesised_stop_is_not_taken_by_the_next_list_entry():
    fs = run("Medication list: Rinvoq 15 mg (stopped 09/2025); clobetasol prn\n")
    (upa,) = _meds(fs, "rinvoq")
    assert upa["stop_date"].value == dt.date(2025, 9, 1)
    assert "status" not in upa or upa["status"].value != "active"


def test_stop_after_a_drugs_two_names_belongs_to_both():
    fs = run("Medication list: ruxolitinib 1.5% cream BID / Opzelura (discontinued 04/2025); "
             "CeraVe cream\n")
    for canon in ("ruxolitinib", "opzelura"):
        (m,) = _meds(fs, canon)
        assert m["stop_date"].value == dt.date(2025, 4, 1)


def test_bare_stop_opening_the_next_clause_is_the_drugs():
    fs = run("Treatments so far:\n"
             "- Rinvoq 15 mg daily for about two months in early\n"
             "2025 through an outside clinic; stopped, acne flare; nothing since\n")
    (upa,) = _meds(fs, "rinvoq")
    assert upa["status"].value == "discontinued"


def test_bare_stop_with_another_drug_as_object_is_not_the_drugs():
    fs = run("Treatments so far:\n"
             "- Rinvoq 15 mg daily from dermatology; stopped prednisone\n")
    (upa,) = _meds(fs, "rinvoq")
    assert upa["status"].value == "active"


def test_fill_history_rows_before_an_inactivated_rx_are_past_fills():
    text = ("CVS PHARMACY - DISPENSING RECORD\n"
            "Date  Drug  Qty  Supply  Status\n"
            "05/05/2025  RINVOQ 15 MG TAB  30  30  Sold\n"
            "07/10/2025  RINVOQ 15 MG TAB  30  30  Sold\n"
            "09/15/2025  RINVOQ 15 MG TAB  -  -  Rx inactivated by prescriber\n"
            "12/10/2025  LISINOPRIL 10 MG TAB  90  90  Sold\n"
            "printed 01/05/2026\n")
    ups = _meds(run(text), "rinvoq")
    assert ups and all("historical" in g["name"].context for g in ups)
    assert decide(text, as_of=dt.date(2026, 1, 10))["NC.1"] == "met"


def test_month_range_of_the_previous_clause_is_not_the_drugs():
    fs = run("Regimen: halobetasol 0.05% oint June to August 2026; Olumiant 2 mg daily\n")
    (bari,) = _meds(fs, "olumiant")
    assert "stop_date" not in bari
    assert bari["status"].value == "active"
