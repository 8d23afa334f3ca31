"""Round 26, helper I: a severity word closing a long assessment line about the hand eczema
("<hand eczema> with <describing phrase>, moderate-to-severe.") rates the eczema; the same
ending after a phrase naming a symptom, another site or another condition does not."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import decide, of, run

HEAD = ("Dermatology Progress Note\nDOB: 02/11/1980\nProvider: Mara Lind, MD - Dermatology\n"
        "Chronic hand eczema for 2 years, continuous.\n"
        "Clobetasol 0.05% ointment twice daily for 8 weeks, inadequate response.\n"
        "No JAK inhibitors, no immunosuppressants.\n\nAssessment\n")


def sev(line: str) -> list[str]:
    return [f.value for f in of(run(HEAD + line + "\n"), "severity.stated")]


def test_with_phrase_then_hyphenated_range_rates_the_hand_eczema():
    line = ("Dyshidrotic hand eczema with a wet-work irritant + possible nickel contact "
            "component (cleaning products?), moderate-to-severe.")
    assert sev(line) == ["moderate"]
    assert decide(HEAD + line + "\n", as_of=dt.date(2026, 3, 1))["1.C"] == "met"


def test_hyphenated_ranges_read_as_one_rating():
    assert sev("Chronic hand eczema, mild-to-moderate.") == ["mild"]
    assert sev("Chronic hand eczema, moderate - to - severe.") == ["moderate"]


def test_with_phrase_naming_a_symptom_leaves_the_rating_unread():
    for line in ("Chronic hand eczema with nightly pruritus, severe.",
                 "Chronic hand eczema with burning pain on washing, severe.",
                 "Chronic hand eczema with cracked, bleeding knuckles, severe."):
        assert sev(line) == [], line
        assert decide(HEAD + line + "\n", as_of=dt.date(2026, 3, 1))["1.C"] == "unknown"


def test_with_phrase_naming_another_site_or_condition_leaves_the_rating_unread():
    for line in ("Chronic hand eczema with atopic flares on the face and neck, severe.",
                 "Chronic hand eczema with coexisting plaque psoriasis of the elbows, severe.",
                 "Chronic hand eczema with secondary tinea of the nails, moderate."):
        assert sev(line) == [], line


def test_with_phrase_in_the_patients_words_or_another_section_is_not_read():
    assert sev("Chronic hand eczema with what she reports as a flare after work, severe.") == []
    hpi = HEAD.replace("\n\nAssessment\n", "\n\nHistory of present illness\n")
    line = "Recurrent hand eczema with an irritant contact component (detergents), moderate."
    assert [f.value for f in of(run(hpi + line + "\n"), "severity.stated")] == []
    assert sev(line) == ["moderate"]  # the same line under the Assessment is the rating
