"""Course structure and hand-eczema history read from grammar, on hand-written snippets."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def test_start_end_table_columns_give_the_course_dates():
    f = run("Steroids tried:\nDrug | Began | Stopped | Sig\n"
            "betamethasone dipropionate 0.05% cream | 03/02/2026 | 04/20/2026 | qd\n")
    assert [x.value for x in of(f, "therapy.start_date")] == [dt.date(2026, 3, 2)]
    assert [x.value for x in of(f, "therapy.stop_date")] == [dt.date(2026, 4, 20)]


def test_dates_label_on_the_next_line_of_a_field_table():
    f = run("Prior topical  halcinonide 0.1% cream qd\nDates  02/01/2026 - 03/30/2026\n")
    assert [x.value for x in of(f, "therapy.start_date")] == [dt.date(2026, 2, 1)]


def test_start_verb_before_the_drug_dates_its_start():
    f = run("Dr. Roe started halcinonide 0.1% cream qd 02/03/26; used daily through 03/20/26.")
    assert [x.value for x in of(f, "therapy.start_date")] == [dt.date(2026, 2, 3)]


def test_one_letter_slip_of_a_drug_name_is_read_as_the_drug():
    f = run("Used halcinonde 0.1% cream daily x 5 wks, no improvement.")
    drugs = of(f, "therapy.drug")
    assert [x.value for x in drugs] == ["halcinonide"] and drugs[0].quote == "halcinonde"


def test_capital_he_is_hand_eczema_but_the_pronoun_is_not():
    f = run("HE x 3 yrs, never clear.")
    assert [x.value for x in of(f, "condition.duration_days")] == [1095]
    assert not of(run("He x 3 yrs."), "condition.diagnosis")


def test_subjectless_fragment_after_the_diagnosis_gives_its_duration():
    f = run("2. Dyshidrotic hand eczema - severe. Ongoing x 14 months, no clear periods.")
    assert 420 in [x.value for x in of(f, "condition.duration_days")]


def test_onset_field_before_another_form_question():
    f = run("Diagnosis: hand dermatitis\nDate of onset: 03/2024   Continuous? [X] Yes [ ] No\n")
    assert [x.value for x in of(f, "condition.onset_date")] == [dt.date(2024, 3, 1)]


def test_since_last_visit_is_not_the_onset():
    f = run("Hand eczema worse since last visit (05/02/2026).")
    assert not of(f, "condition.onset_date")


def test_dated_first_outbreak_is_not_a_first_episode():
    f = run("Hand eczema: first outbreak spring 2024. In the past 12 months it cleared and "
            "came back three times.")
    assert [x.value for x in of(f, "condition.recurrences_12mo")] == [3]
