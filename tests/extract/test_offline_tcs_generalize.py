"""TCS courses written in ways the first charts did not use (snippets written here)."""

from __future__ import annotations

from test_offline import courses, merged_course, run


def _courses(text: str, *more: str) -> list[dict]:
    return courses(text, *more)


def _course(text: str, drug_word: str, *more: str) -> dict:
    return merged_course(courses(text, *more), drug_word)


def test_daily_course_then_prn_keeps_the_course():
    c = _course("Fluocinonide 0.05% cream: a six-week course, followed by as-needed use "
                "since.", "Fluocinonide")
    assert c.get("duration_days") == 42 and "prn" not in c


def test_dated_daily_course_then_prn_keeps_the_course():
    c = _course("Mometasone 0.1% oint qd 03/02/2026 - 04/13/2026, then as needed.",
                "Mometasone")
    assert "prn" not in c and c.get("start_date") and c.get("stop_date")


def test_yearless_start_and_stop_said_apart():
    c = _course("Halobetasol 0.05% cream BID: began 4/3 and stopped it 4/17 for stinging.",
                "Halobetasol")
    assert c.get("duration_days") == 14


def test_hyphenated_half_week_duration():
    c = _course("Betamethasone dipropionate 0.05% oint BID for 5-1/2 weeks, no better.",
                "Betamethasone")
    assert c.get("duration_days") == 38


def test_prescription_never_filled_is_no_trial():
    cs = _courses("In May I prescribed fluocinonide 0.05% cream, but he chose not to use it and "
                  "did not pick up the prescription.")
    assert not [c for c in cs if "fluocinonide" in str(c.get("drug", "")).lower()]


def test_fill_returned_to_stock_is_no_trial():
    text = ("Fill Date | Drug | Qty | Status\n"
            "03/04/2026 | MOMETASONE 0.1% OINT | 45 G | Not picked up\n")
    cs = _courses(text)
    assert not [c for c in cs if "mometasone" in str(c.get("drug", "")).lower()]


def test_course_that_was_used_stays_despite_a_refill_not_filled():
    c = _course("Mometasone 0.1% oint BID x 5 weeks with no improvement; never filled the "
                "refill.", "Mometasone")
    assert c.get("duration_days") == 35


def test_list_verdict_neither_helped():
    cs = _courses("Earlier tried halobetasol 0.05% ointment and mometasone 0.1% cream, neither "
                  "of them helped.")
    assert [c.get("response") for c in cs if c.get("drug")] == ["inadequate", "inadequate"]


def test_never_gets_the_skin_clear_is_inadequate():
    c = _course("Uses triamcinolone 0.1% ointment; it never got his hands clear.", "triamcinolone")
    assert c.get("response") == "inadequate"


def test_disease_frequency_word_is_not_a_sig():
    c = _course("Halobetasol 0.05% oint BID, used every day 2/2 - 3/16 (6 wks). Little "
                "improvement - itching flares occasionally.", "Halobetasol")
    assert "prn" not in c and c.get("duration_days") == 42


def test_clear_that_means_certain_is_no_response():
    c = _course("She was given a steroid cream at urgent care. He is very clear, though, that "
                "she applied it every day for 5 weeks.", "steroid")
    assert c.get("response") != "adequate"


def test_recommended_resuming_is_a_plan():
    cs = _courses("Advised her to restart desoximetasone 0.25% cream BID for a 6-week course "
                  "if the rash returns.")
    assert not [c for c in cs if c.get("duration_days")]


def test_prn_word_of_glove_use_is_not_the_steroid_sig():
    c = _course("Mometasone 0.1% oint qd daily; little change. Wears gloves occasionally.",
                "Mometasone")
    assert "prn" not in c


def test_cannot_say_how_long_or_how_often_is_not_prn():
    c = _course("He used fluocinonide 0.05% ointment but can't recall how long he used it or how "
                "often he applied it (on and off, maybe).", "fluocinonide")
    assert "prn" not in c and "duration_days" not in c


def test_bare_mention_naming_the_strength_is_kept():
    fs = run("Steroid tried: mometasone furoate 0.1% cream.",
             "Prior TCS | Response\nmometasone cream | no improvement\n")
    strengths = [f.value for f in fs if f.field == "therapy.strength"]
    assert "0.1%" in strengths


def test_weekend_days_named_are_prn():
    c = _course("Betamethasone dipropionate 0.05% ointment: Saturday & Sunday only.",
                "Betamethasone")
    assert c.get("prn") is True
