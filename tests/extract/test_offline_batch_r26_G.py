"""Batch r26, helper G: verdicts on a steroid course that the prescriber never wrote (a
pharmacist's letter, the patient's own appeal letter, a payer's denial reason quoted)."""

import datetime as dt

from tests.extract.test_offline import decide, of, run

AS_OF = dt.date(2026, 6, 1)

NOTE = """PROGRESS NOTE  05/10/2026
Provider: Ann Lee, MD - Dermatology
HPI: Hand eczema since 2023, continuous. Halobetasol 0.05% ointment BID daily
03/01/2026 - 04/12/2026 (6 wks). Stopped for skin thinning.
Exam: palms with fissures. IGA-CHE 3 (moderate).
Meds: emollients. No immunosuppressants. No JAK inhibitors.
Plan: Start Anzupgo 2% cream BID.
"""

PHARMACY_LETTER = """Lakeside Specialty Pharmacy
Cigna Pharmacy Appeals
Re: Appeal - J. Roe, DOB 02/02/1980

Dear Appeals Pharmacist,
We submit this appeal on behalf of the patient. She has failed halobetasol 0.05% ointment
after six weeks of daily use and meets every criterion.
Sincerely,
Maria Stone, PharmD
Clinical Pharmacist
"""

PATIENT_LETTER = """Cigna Appeals
Re: my appeal

I am appealing the denial. I used the halobetasol every day for six weeks and it did not
work: my hands are still cracked. Please approve the cream.
Thank you,
Jane Roe
"""

OFFICE_LETTER = """Cigna Appeals
Re: Appeal - J. Roe, DOB 02/02/1980

She has failed halobetasol 0.05% ointment after six weeks of daily use.
Sincerely,
Ann Lee, MD
Dermatology
"""


def _responses(findings):
    return [f.value for f in of(findings, "therapy.response")]


def test_pharmacist_signed_letter_verdict_is_not_the_prescribers():
    fs = run(NOTE, PHARMACY_LETTER)
    assert _responses(fs) == []
    assert decide(NOTE, PHARMACY_LETTER, as_of=AS_OF)["1.D.iii"] == "unknown"


def test_prescriber_signed_letter_verdict_still_counts():
    assert "inadequate" in _responses(run(NOTE, OFFICE_LETTER))
    assert decide(NOTE, OFFICE_LETTER, as_of=AS_OF)["1.D.iii"] == "met"


def test_patient_written_appeal_letter_verdict_is_dropped():
    assert _responses(run(NOTE, PATIENT_LETTER)) == []
    assert decide(NOTE, PATIENT_LETTER, as_of=AS_OF)["1.D.iii"] == "unknown"


def test_quoted_requirement_is_no_verdict():
    letter = ("Cigna Appeals\nRe: Appeal - J. Roe, DOB 02/02/1980\n\n"
              'The denial reason was "prescriber attestation of inadequate efficacy with TCS '
              'not provided". The plan also cited no documentation of inadequate response to '
              "a topical corticosteroid.\nSincerely,\nAnn Lee, MD\n")
    assert _responses(run(NOTE, letter)) == []
    assert decide(NOTE, letter, as_of=AS_OF)["1.D.iii"] == "unknown"
