"""Batch r24, helper G: a request's claimed course of a drug the notes say was never
picked up; a PA question sheet read as a form; a consultation claimed with a doctor whose
letter in the chart is another patient's."""
from __future__ import annotations

import datetime as dt

from test_offline import courses, decide, run

NEVER_PICKED = """Riverside Skin Clinic
Office visit 05/04/2026
Patient: Lena Brook DOB 03/14/1980
Chronic hand eczema for 3 years. Her family doctor sent in mometasone 0.1% ointment on 4/1/26,
but she never picked it up at the pharmacy. Earlier an outside clinic gave her an unnamed
steroid ointment that she used every day for about 6 weeks without benefit.
IGA-CHE 3, moderate. Plan: Anzupgo 2% cream BID.
Ruth Alder, MD, Dermatology
"""

CLAIM_FORM = """Anzupgo PA request
Patient: Lena Brook DOB 03/14/1980
Prescriber: Ruth Alder MD, Dermatology
Topical steroid tried: mometasone 0.1% oint BID x 6 wks - failed
"""


def test_prescription_never_picked_up_with_its_date_is_no_course():
    cs = courses(NEVER_PICKED)
    assert not [c for c in cs if "mometasone" in str(c.get("drug", "")).lower()]


def test_request_claim_of_a_drug_never_picked_up_is_dropped():
    cs = courses(NEVER_PICKED, CLAIM_FORM)
    assert not [c for c in cs if "mometasone" in str(c.get("drug", "")).lower()]
    assert decide(NEVER_PICKED, CLAIM_FORM, as_of=dt.date(2026, 5, 6))["1.D.i"] != "met"


NOTE_SHORT = """Lakes Allergy Clinic
Follow-up 05/10/2026
Patient: Omar Field DOB 06/02/1990
Hand eczema since 2025. I prescribed clobetasol 0.05% ointment BID on 4/1/26; he stopped it
on 4/15/26 and says it did not help in the two weeks he used it. IGA-CHE 3.
Plan: Anzupgo 2% cream BID.
Mia Stone, MD (Allergy & Immunology)
"""

QUESTION_SHEET = """STONE ALLERGY - PA CLINICAL QUESTIONS
Anzupgo PA
Pt: Omar Field DOB 06/02/1990
Medium+ potency TCS tried: clobetasol 0.05% oint x 5 weeks
Inadequate response: yes
"""


def test_pa_question_sheet_claim_yields_to_the_dated_note():
    assert decide(NOTE_SHORT, QUESTION_SHEET, as_of=dt.date(2026, 5, 12))["1.D.ii"] == "not_met"


OTHER_LETTER = """Birch Dermatology
Anna Birch, MD, FAAD

Re: Peter Quill   DOB 01/05/1962

Dear colleague, I saw Mr. Quill for hand eczema; he failed betamethasone ointment.
I am happy for his physician to prescribe delgocitinib cream.

Anna Birch, MD
"""

IM_NOTE = """Office visit 06/01/2026
Patient: Paula Quill DOB 09/09/1985
Provider: Sam Reed, MD - Internal Medicine
Hand eczema for two years. Clobetasol 0.05% ointment BID every day 3/1/26 - 4/20/26,
inadequate response. IGA-CHE 3. Plan: Anzupgo 2% cream BID.
"""

IM_FORM = """Anzupgo PA request
Patient: Paula Quill DOB 09/09/1985
Prescriber: Sam Reed MD, Internal Med
In consultation with: Dermatology - Dr. Birch (letter attached)
"""


def test_consultation_with_doctor_whose_letter_is_another_patients_is_unverified():
    fs = run(OTHER_LETTER, IM_NOTE, IM_FORM)
    derm = [f for f in fs if f.field == "consultant.specialty" and f.value == "dermatology"
            and f.file == "doc2.pdf"]
    assert derm and all("unverified" in f.flags for f in derm)
    assert decide(OTHER_LETTER, IM_NOTE, IM_FORM, as_of=dt.date(2026, 6, 3))["1.E"] != "met"
