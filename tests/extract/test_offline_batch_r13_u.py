"""Rules generalised from staging batch bu (1.C: a rating in a list copied forward from an
earlier visit), on sentences of our own (not the charts')."""

from __future__ import annotations

from tests.extract.test_offline import run, status

HEAD = "Dermatology follow-up\nVisit date: 06/02/2026\nPatient: Ines Marlow  DOB 07/14/1979\n"


def _status(findings, crit: str, as_of: str = "2026-06-05") -> str:
    return status(findings, crit, as_of)


def _sev(fs):
    return [f for f in fs if f.field.startswith("severity.")]


# ---------------------------------------------------------------- 1.C: copied-forward lists
def test_rating_in_a_copied_forward_problem_list_is_historical():
    fs = run(HEAD + "Problems (carried over from the first consult):\n"
                    "- Dyshidrotic hand dermatitis, moderate\n"
                    "- Asthma\n")
    sev = _sev(fs)
    assert sev and all("historical" in f.context for f in sev)


def test_copied_forward_rating_yields_to_no_grade_today():
    fs = run(HEAD + "PROBLEM LIST (copy forward, entered 01/2024):\n"
                    "- Hand eczema, severe (IGA-CHE 4)\n"
                    "- GERD\n"
                    "Exam: fissured fingertips, scale on both palms.\n"
                    "Severity: not documented today.\n")
    assert not _sev(fs)
    assert _status(fs, "1.C") == "unknown"


def test_copied_forward_label_on_the_same_line():
    fs = run(HEAD + "Problems (pulled forward): chronic hand eczema, severe\n"
                    "Not graded at this visit.\n")
    assert not _sev(fs)


def test_rating_in_an_ordinary_problem_list_stays_current():
    fs = run(HEAD + "Problem list:\n- Hand eczema, severe (IGA-CHE 4)\n- GERD\n")
    sev = _sev(fs)
    assert sev and not any("historical" in f.context for f in sev)
    assert _status(fs, "1.C") == "met"


def test_a_list_under_an_unrelated_heading_after_a_copied_one_stays_current():
    fs = run(HEAD + "Meds (carried forward):\n- cetirizine 10 mg daily\n\n"
                    "Assessment:\n- Chronic hand eczema, severe today\n")
    sev = _sev(fs)
    assert sev and not any("historical" in f.context for f in sev)
