"""1.E / 1.B / NC.1 / NC.2 on questionnaires, intake forms and checklists: a question or a
criterion that lists options is not an answer. Wordings unlike the eval charts."""

from __future__ import annotations

from tests.extract.test_offline import of, run


def _values(findings, field):
    return {f.value for f in of(findings, field)}


# ---------------------------------------------------------------- 1.E: options are not consultants
def test_criterion_listing_specialties_as_options_is_no_consultant():
    text = ("Plan requirements review\n"
            "Must be ordered by or in consultation with an immunologist, dermatologist or "
            "allergist - not confirmed yet.\n"
            "Signed: Rosa Lind, MD\n")
    assert of(run(text), "consultant.specialty") == []


def test_consultant_named_with_and_is_still_a_consultant():
    text = ("Patient seen by dermatology and allergy last spring; patch testing negative.\n"
            "Signed: Rosa Lind, MD\n")
    assert "dermatology" in _values(run(text), "consultant.specialty")


# ---------------------------------------------------------------- NC.1/NC.2: a label's examples
def _meds(findings):
    return {f.value.lower() for f in of(findings, "medication.name")}


def test_label_examples_answered_none_are_not_used():
    text = ("Medication screening\n"
            "Systemic immune agents (azathioprine, mycophenolate or tacrolimus PO): None\n"
            "JAK class (baricitinib, abrocitinib, etc.)?  N\n")
    assert not {"azathioprine", "mycophenolate", "baricitinib", "abrocitinib"} & _meds(run(text))


def test_label_examples_answered_by_name_keep_only_the_named_drug():
    text = "Systemic immune agents (azathioprine, mycophenolate): yes - methotrexate 10 mg weekly\n"
    meds = _meds(run(text))
    assert "methotrexate" in meds and not {"azathioprine", "mycophenolate"} & meds


def test_label_examples_not_hidden_unless_answered_no():
    # "no change" is not an answer of none, and a bare yes affirms the listed drug
    text = "Current systemic (azathioprine 100 mg, folate): no change since spring\n"
    assert "azathioprine" in _meds(run(text))
    assert "baricitinib" in _meds(run("On a JAK (baricitinib, oral)? Yes\n"))


def test_question_about_one_drug_answered_yes_is_a_use():
    for text in ("Still injecting Olumiant?   Y\n",
                 "Is the member on azathioprine at present?  [x] Yes  [ ] No\n"):
        fs = run(text)
        assert _meds(fs) and {f.value for f in of(fs, "medication.status")} == {"active"}, text


def test_question_listing_drugs_answered_bare_yes_keeps_them():
    text = "Q2. Does she use any of the following? tofacitinib, cyclosporine\nA: yes\n"
    assert {"tofacitinib", "cyclosporine"} <= _meds(run(text))
    named = "Q2. Does she use any of the following? tofacitinib, cyclosporine\nA: yes, cyclosporine\n"
    fs = run(named)
    assert {f.value for f in of(fs, "medication.name")} == {"cyclosporine"}


# ---------------------------------------------------------------- 1.B: onset / duration wording
def test_onset_of_named_condition_then_date():
    fs = run("Onset of her palmar eczema was roughly 11/2024, never fully clear.\n")
    assert [f.value.isoformat() for f in of(fs, "condition.onset_date")] == ["2024-11-01"]


def test_onset_of_a_drug_is_not_the_condition():
    assert of(run("Onset of dupilumab 03/2025 for asthma.\n"), "condition.onset_date") == []


def test_duration_label_after_che_score_is_the_condition():
    fs = run("Hands photographed; HECSI 52. Disease duration: 14 months.\n")
    assert [f.value for f in of(fs, "condition.duration_days")] == [420]
    assert of(run("Mometasone 0.1% oint nightly. Duration: 5 months.\n"),
              "condition.duration_days") == []


def test_econsult_answered_by_specialist_is_a_consultation():
    text = ("Assessment: chronic hand dermatitis.\n"
            "Per allergy eConsult answered 5/4 (Dr. M. Ortiz, allergy/immunology): patch test "
            "negative, ok to start delgocitinib.\n")
    assert _values(run(text), "consultant.specialty") & {"allergy_immunology", "immunology"}


def test_econsult_only_placed_is_no_consultation():
    for text in ("Dermatology e-consult placed today for treatment advice.\n",
                 "We submitted an eConsult to dermatology on 4/30.\n"):
        assert of(run(text), "consultant.specialty") == [], text


def test_consult_request_then_reply_is_a_consultation():
    text = "Derm consult requested 4/1 - response from dermatology 4/9: agrees with plan.\n"
    assert "dermatology" in _values(run(text), "consultant.specialty")


def test_specialty_after_a_middle_dot_or_bar_in_the_signature():
    for sep in ("·", "|", "•"):
        fs = run(f"Plan: start delgocitinib.\nJoan Okafor, DO {sep} Allergy & Immunology {sep} NPI 1234567893\n")
        assert _values(fs, "prescriber.specialty") & {"allergy_immunology", "immunology"}, sep
