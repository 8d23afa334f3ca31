"""Batch r25 helper A: an appeal letter addressed to "<payer> Appeals" is administrative;
a dermatology referral the patient turned down means dermatology has not seen them."""
from __future__ import annotations

import datetime as dt

from extract import doc_kinds
from tests.extract.test_offline import decide, of, run

APPEAL = """June 2, 2026

Aetna Pharmacy Appeals
Patient: Rowan Quill   DOB 02/03/1979

On behalf of Dr. Ames we ask that the denial be reversed. The patient used
betamethasone dipropionate 0.05% ointment daily for two months without benefit.
"""

NOTE_FM = """Office Visit
Date: 05/20/2026
Provider: Lena Ortiz, MD - Family Medicine

HPI: 48 y/o M with hand dermatitis for two years. IGA-CHE 3.
A/P: chronic hand eczema, moderate - start Anzupgo 2% cream BID.
Dermatology referral discussed; patient refused, would rather be treated here.
"""

LETTER_CONSULT = """June 2, 2026
To whom it may concern,
Anzupgo was prescribed in consultation with dermatology.
"""


def test_payer_appeals_addressee_line_makes_an_administrative_letter():
    assert doc_kinds.page_kind(APPEAL) == "cover_letter"
    assert doc_kinds.kind_class("cover_letter") == "administrative"
    # an "appeals" word inside a sentence is no addressee line
    assert doc_kinds.page_kind("Progress note\nShe appeals to us for help with her hands.") \
        != "cover_letter"


def test_refused_derm_referral_sets_aside_a_bare_consultation_claim():
    fs = run(NOTE_FM, LETTER_CONSULT)
    cons = of(fs, "consultant.specialty")
    assert cons and all("planned" in f.context for f in cons
                        if f.value == "dermatology")
    assert decide(NOTE_FM, LETTER_CONSULT, as_of=dt.date(2026, 6, 3))["1.E"] != "met"
