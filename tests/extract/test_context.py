"""The ConText engine and section detection, driven by the YAML rules."""

from __future__ import annotations

import re

import pytest

from extract.context import ContextEngine, Rule, default_engine
from extract.sections import default_detector, split_sentences


def _cats(text: str, target: str, nth: int = 0) -> set[str]:
    secs = default_detector().find(text)
    sents = split_sentences(text, secs)
    eng = default_engine()
    trig = eng.page_triggers(text, sents)
    m = list(re.finditer(re.escape(target), text))[nth]
    cats = set(eng.categories(trig, m.start(), m.end()))
    for s in sents:
        if s.start <= m.start() < s.end:
            cats |= set(s.section.rule.context)
    return cats


@pytest.mark.parametrize(
    ("text", "target", "category"),
    [
        ("Denies prior use of tofacitinib.", "tofacitinib", "negated"),
        ("Has never used a TCS on the hands.", "TCS", "negated"),
        ("No prior TCS.", "TCS", "negated"),
        ("Methotrexate was discontinued in 2024.", "Methotrexate", "historical"),
        ("Methotrexate d/c'd 03/2024 for transaminitis.", "Methotrexate", "historical"),
        ("Previously on cyclosporine 100 mg daily.", "cyclosporine", "historical"),
        ("Her mother uses clobetasol for psoriasis.", "clobetasol", "family"),
        ("If clobetasol fails, consider tacrolimus.", "tacrolimus", "hypothetical"),
        ("If clobetasol fails, consider tacrolimus.", "clobetasol", "hypothetical"),
        ("Plan to start upadacitinib next month.", "upadacitinib", "planned"),
        ("Will start delgocitinib cream BID.", "delgocitinib", "planned"),
        ("Pt asks about Rinvoq for his hands.", "Rinvoq", "hypothetical"),
        ("Cyclosporine not an option given HTN.", "Cyclosporine", "hypothetical"),
    ],
)
def test_triggers(text: str, target: str, category: str) -> None:
    assert category in _cats(text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("No improvement with clobetasol 0.05% ointment BID.", "clobetasol"),
        ("Not controlled on triamcinolone 0.1% ointment.", "triamcinolone"),
        ("Did not respond to mometasone; flared.", "mometasone"),
        ("Without benefit from hydrocortisone 2.5%.", "hydrocortisone"),
    ],
)
def test_pseudo_triggers_do_not_negate_the_drug(text: str, target: str) -> None:
    assert "negated" not in _cats(text, target)


def test_scope_stops_at_sentence_end_and_terminators() -> None:
    assert "negated" not in _cats("Denies fever. Uses clobetasol daily.", "clobetasol")
    assert "negated" not in _cats("No rash on feet but clobetasol on hands.", "clobetasol")
    text = "Mother has psoriasis; the patient uses clobetasol."
    assert "family" not in _cats(text, "clobetasol")


def test_family_history_section_gives_family_context() -> None:
    text = "HPI: Hand eczema.\nFamily History: psoriasis treated with methotrexate.\nPlan: see"
    assert "family" in _cats(text, "methotrexate")


def test_window_limits_forward_scope() -> None:
    eng = ContextEngine([Rule("denies", "negated", "forward", 2, None)])
    text = "Denies fever chills and then tofacitinib."
    secs = default_detector().find(text)
    trig = eng.page_triggers(text, split_sentences(text, secs))
    m = text.index("tofacitinib")
    assert "negated" not in eng.categories(trig, m, m + 11)
    m = text.index("fever")
    assert "negated" in eng.categories(trig, m, m + 5)


def test_sections() -> None:
    text = (
        "DERMATOLOGY PROGRESS NOTE\nHPI: 43 y/o with CHE.\nCURRENT MEDICATIONS\nlisinopril\n"
        "A: CHE, moderate.\nP: Start cream.\nPlan to follow up.\n"
    )
    names = [s.name for s in default_detector().find(text)]
    assert names == ["none", "hpi", "current_medications", "assessment", "plan"]


def test_sentences_join_wrapped_lines_but_not_rows() -> None:
    text = (
        "Used clobetasol 0.05% ointment twice daily for six weeks with only minimal\n"
        "improvement in the fissures.\nMedication Status\nmethotrexate Discontinued\n"
    )
    sents = split_sentences(text, default_detector().find(text))
    got = [text[s.start:s.end] for s in sents]
    assert got[0].endswith("fissures.")
    assert "methotrexate Discontinued" in got


@pytest.mark.parametrize(
    ("text", "target", "category"),
    [
        # an offer is not a trial; refusals and post-modifier refusals negate
        ("We offered fluocinonide 0.05% cream; he declined.", "fluocinonide", "hypothetical"),
        ("Offered but declined: halobetasol ointment; secukinumab.", "halobetasol", "negated"),
        ("Azathioprine - refused.", "Azathioprine", "negated"),
        ("He refused tacrolimus ointment.", "tacrolimus", "negated"),
        # a cutter right after a negation belongs to it
        ("Denies ever taking azathioprine or mycophenolate.", "mycophenolate", "negated"),
        ("Has not been taking tofacitinib.", "tofacitinib", "negated"),
        # a pronoun of the relative's gender refers to the relative
        ("Son has ulcerative colitis - he is on tofacitinib.", "tofacitinib", "family"),
        ("Aunt with lupus, she is on mycophenolate.", "mycophenolate", "family"),
    ],
)
def test_offers_refusals_and_pronouns(text: str, target: str, category: str) -> None:
    assert category in _cats(text, target)


@pytest.mark.parametrize(
    ("text", "target", "absent"),
    [
        # a comma (or any non-filler word) between negation and "currently" lets it cut
        ("Has not tried JAK inhibitors, currently on azathioprine.", "azathioprine", "negated"),
        # the other gender's pronoun, or "the patient", ends the relative's scope
        ("Brother with psoriasis, she uses mometasone daily.", "mometasone", "family"),
        ("Sister with psoriasis; the patient uses mometasone.", "mometasone", "family"),
    ],
)
def test_scope_ends(text: str, target: str, absent: str) -> None:
    assert absent not in _cats(text, target)


def test_a_trigger_inside_a_parenthesis_stops_at_its_close():
    from tests.extract.test_offline import groups, run

    fs = run("Prior steroids per patient (outside records requested, not yet received): "
             "halobetasol 0.05% ointment, which failed.")
    meds = [g for g in groups(fs, "medication").values()]
    assert meds and all("negated" not in g["name"].context for g in meds)
    fs = run("Treatments (not methotrexate) so far: emollients.")
    mtx = [f for f in fs if f.field == "medication.name" and f.value == "methotrexate"]
    assert mtx and "negated" in mtx[0].context
