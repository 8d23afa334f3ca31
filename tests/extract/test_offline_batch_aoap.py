"""Rules generalised from staging batches ao/ap, on sentences of our own (not the charts')."""

from __future__ import annotations

from tests.extract.test_offline import of, run

FORM_HEAD = ("REQUEST FOR PRIOR AUTHORIZATION - specialty topical\n"
             "Member: Lorna Quist   DOB 02/03/1980\n")


def _meds(findings):
    return {f.value.lower() for f in of(findings, "medication.name")}


# ---------------------------------------------------------------- NC.2: a form line's examples
def test_form_class_label_examples_without_answer_are_not_uses():
    text = FORM_HEAD + ("Other systemic agents (methotrexate, azathioprine, cyclosporine)\n"
                        "Other JAK inhibitors (Rinvoq, Olumiant)\n")
    assert not {"methotrexate", "azathioprine", "cyclosporine", "rinvoq", "olumiant"} & \
        _meds(run(text))


def test_form_class_label_examples_answered_no_are_negated():
    text = FORM_HEAD + "N   Immunosuppressive therapy (methotrexate, azathioprine)\n"
    fs = run(text)
    assert {f.value.lower() for f in of(fs, "medication.name", usable=False)
            if "negated" in f.context} >= {"methotrexate", "azathioprine"}


def test_form_class_label_examples_answered_yes_stay():
    text = FORM_HEAD + "Y   Immunosuppressive therapy (methotrexate, azathioprine)\n"
    assert {"methotrexate", "azathioprine"} <= _meds(run(text))


def test_form_label_saying_use_keeps_the_listed_drugs():
    text = FORM_HEAD + "Patient is on immunosuppressants (methotrexate, azathioprine)\n"
    assert {"methotrexate", "azathioprine"} <= _meds(run(text))


def test_class_label_examples_outside_a_form_stay():
    text = ("Clinic note 03/02/2026\n"
            "Current immunosuppressants (methotrexate, azathioprine)\n")
    assert {"methotrexate", "azathioprine"} <= _meds(run(text))


# ---------------------------------------------------------------- names with accented letters
def test_accented_author_name_is_read():
    text = ("DERMATOLOGY CONSULTATION NOTE\n"
            "Thank you for referring this patient.\n"
            "Consultant: Inés Núñez-Ortiz, MD\n"
            "Hand eczema for 2 years.\n")
    names = {f.value for f in of(run(text), "consultant.name")}
    assert "Inés Núñez-Ortiz" in names


# ---------------------------------------------------------------- forms: Y/N answered rows
def test_yes_no_answered_rows_are_separate_sentences():
    from extract.offline import _Extractor
    from extract.sections import split_sentences

    text = ("Y  -  Tried a prescription topical steroid for the hands\n"
            "Y  -  Used every day for 4 weeks or more\n"
            "N  -  Concurrent JAK inhibitor\n")
    secs = _Extractor().sections.find(text)
    sents = [text[s.start:s.end].strip() for s in split_sentences(text, secs)]
    assert len(sents) == 3, sents


# ---------------------------------------------------------------- courses: a parenthetical aside
def test_rows_after_an_aside_belong_to_the_main_course():
    from tests.extract.test_offline import courses, merged_course

    text = FORM_HEAD + (
        "Y  -  Prior topical steroid\n"
        "        fluocinonide 0.05% ointment twice daily 02/02/2026 to 03/20/2026\n"
        "        (before that: desonide 0.05% cream in 2024 - did not help)\n"
        "Y  -  Used every day for 28 days or longer\n"
        "Y  -  Inadequate efficacy    still fissured, itch unchanged\n")
    cs = courses(text)
    main = merged_course(cs, "fluocinonide")
    aside = merged_course(cs, "desonide")
    assert main.get("response") == "inadequate"
    assert "duration_days" not in aside and "frequency" not in aside


# ---------------------------------------------------------------- unnamed "steroid oint"
def test_abbreviated_steroid_oint_is_a_generic_course():
    from tests.extract.test_offline import courses, generic_courses

    text = FORM_HEAD + ("Therapy history:\n"
                        "  - outside steroid oint (product unknown)  BID x 8 wks  2025\n"
                        "       outcome: failed, no change in fissures\n")
    gs = generic_courses(courses(text))
    assert gs and gs[0].get("duration_days") == 56 and gs[0].get("response") == "inadequate"


# ---------------------------------------------------------------- a prescription never picked up
def test_prescription_never_picked_up_is_no_course():
    from tests.extract.test_offline import courses

    text = ("HPI: Mometasone 0.1% ointment was sent to the pharmacy in May, but he did not "
            "pick it up. Uses petrolatum.\n")
    assert not [c for c in courses(text) if "mometasone" in str(c.get("drug", "")).lower()]


# ---------------------------------------------------------------- "occasional" said of the disease
def test_occasional_describing_signs_is_not_as_needed_use():
    from tests.extract.test_offline import course_of

    text = ("HPI: He applied betamethasone dipropionate 0.05% ointment twice daily, every day, "
            "03/01/2026 - 04/15/2026. Better, though he still gets occasional painful fissures "
            "on the thumbs.\n")
    c = course_of("betamethasone", text)
    assert not c.get("prn")


def test_occasional_use_for_signs_stays_as_needed():
    from tests.extract.test_offline import course_of

    text = "HPI: Uses betamethasone 0.05% ointment for occasional painful fissures.\n"
    assert course_of("betamethasone", text).get("prn") is True


# ---------------------------------------------------------------- 1.B: the hands' involvement
def test_hand_involvement_duration_is_the_conditions():
    text = ("Assessment: chronic hand eczema.\n"
            "Palmar involvement has persisted since about age 30 (roughly 6 years).\n")
    fs = run(text)
    assert of(fs, "condition.duration_days") or of(fs, "condition.onset_age")


def test_onset_since_at_least_a_year():
    text = "HPI: dyshidrotic hand eczema, present since at least 2022, never fully clear.\n"
    assert of(run(text), "condition.onset_date")
