"""Rules added for typical PA submissions (a specialist note with the plan's form, med lists)."""

from __future__ import annotations

from test_offline import of, run


def _meds(fs, name):
    return [f for f in fs if f.field.startswith("medication.")
            and any(g.group == f.group and g.field == "medication.name"
                    and g.value.lower() == name.lower() for g in fs)]


def test_reported_use_overrides_prescribed_length():
    # "prescribed X for 4 weeks" then "she applied it for about ten days and stopped"
    fs = run("HPI: On 3/2/26 I prescribed fluocinonide 0.05% cream BID for 4 weeks. At today's "
             "visit she applied it for roughly ten days and stopped because of burning.\n")
    assert [f.value for f in of(fs, "therapy.duration_days")] == [10]


def test_prescribed_length_stands_without_a_reported_use():
    fs = run("HPI: I prescribed fluocinonide 0.05% cream BID for 6 weeks. She used it daily with "
             "minimal improvement.\n")
    assert [f.value for f in of(fs, "therapy.duration_days")] == [42]


def test_ordinal_episode_in_a_year_counts_returns():
    fs = run("HPI: Hand eczema, fourth flare within the past 12 months; clears fully in between.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [3]
    assert not of(fs, "condition.recurrences_12mo")[0].flags


def test_relapsed_within_twelve_months_counts():
    fs = run("Assessment: hand dermatitis recurred twice within 12 months after clearing.\n")
    assert [f.value for f in of(fs, "condition.recurrences_12mo")] == [2]


def test_dated_timeline_first_episode_is_not_zero_recurrences():
    fs = run("HPI: Course so far:\n - 03/2025: first episode, palms only, cleared by May.\n"
             " - Oct 2025: back again.\n")
    assert not [f for f in of(fs, "condition.recurrences_12mo") if f.value == 0]


def test_off_since_after_a_drug_is_past_use():
    fs = run("HPI: Prior systemic: tofacitinib 5 mg BID - off since spring 2023 (zoster).\n")
    st = [f.value for f in _meds(fs, "tofacitinib") if f.field == "medication.status"]
    assert st == ["discontinued"]


def test_wrapped_brand_cell_is_the_same_row():
    text = ("Medication Sig Start Status Comment\n"
            "tofacitinib 5 mg tab zoster; stopped\n"
            "1 tab BID 01/2022 Discontinued\n"
            "(Xeljanz) 06/2023\n")
    fs = run(text)
    st = {f.value for f in fs if f.field == "medication.status"}
    assert st == {"discontinued"}


def test_relatives_pronoun_renews_family_scope():
    fs = run("HPI: Dad wonders whether the new cream works like the tablets he gets from his "
             "rheumatologist - he is on Olumiant for his arthritis.\n")
    assert all("family" in f.context for f in fs if f.field == "medication.name")


def test_patient_named_with_relative_keeps_the_patients_drug():
    fs = run("HPI: Both he and his brother take Xeljanz for psoriatic arthritis.\n")
    names = [f for f in fs if f.field == "medication.name"]
    assert names and not any("family" in f.context for f in names)
