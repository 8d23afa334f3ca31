"""Batch r26 E: a course's response the prescriber says is not known, and plain wordings
of a course not working ("not responding to", "barely better")."""
import datetime as dt

from tests.extract.test_offline import decide, of, run

AS_OF = dt.date(2026, 5, 12)

_BASE = (
    "# Progress note 05/01/2026\n"
    "Provider: Jane Roe, MD - Dermatology\n"
    "Patient: Ann Test   DOB: 01/02/1980\n"
    "HPI: Hand eczema for 2 years, continuous.\n"
    "Clobetasol 0.05% ointment BID daily from 02/01/2026 to 03/15/2026.\n"
    "{hpi}\n"
    "Meds: emollients. No immunosuppressants. No JAK inhibitors.\n"
    "Exam: fissures and scale on palms. IGA-CHE 3 (moderate).\n"
    "Plan:\n"
    "1. Start Anzupgo 2% cream BID.\n"
    "{plan}\n"
)


def _note(hpi: str, plan: str = "2. Return in 8 weeks.") -> str:
    return _BASE.format(hpi=hpi, plan=plan)


def test_patient_quote_counts_when_prescriber_does_not_say_otherwise():
    out = decide(_note('Pt says it "helped a little" only.'), as_of=AS_OF)
    assert out["1.D.iii"] == "met"


def test_response_unclear_to_prescriber_drops_the_patient_verdict():
    text = _note('Pt says it "helped a little" only.',
                 "2. Response to the clobetasol course unclear - will clarify at follow-up.")
    assert not [f for f in of(run(text), "therapy.response") if "clobetasol" in text.lower()
                and f.value == "inadequate" and "helped" in (f.quote or "")]
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "unknown"


def test_conditional_unclear_response_is_no_finding():
    text = _note("Did not respond to clobetasol; still cracked.",
                 "2. If the response to the next course is unclear, call the office.")
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "met"


def test_not_responding_is_inadequate():
    text = _note("Current flare not responding to 6 weeks of daily clobetasol.")
    assert {f.value for f in of(run(text), "therapy.response")} == {"inadequate"}
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "met"


def test_barely_better_is_inadequate():
    text = _note('She has applied it twice daily and it is "barely better."')
    assert "inadequate" in {f.value for f in of(run(text), "therapy.response")}


def test_unknown_strength_is_not_an_unknown_response():
    text = _note("Per history, inadequate response to a 6-week course of daily clobetasol "
                 "ointment (strength unknown).")
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "met"
    text = _note("Inadequate response to daily clobetasol ointment strength unknown.")
    assert decide(text, as_of=AS_OF)["1.D.iii"] == "met"
