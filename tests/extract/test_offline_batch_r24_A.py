"""Batch r24 (helper A): the patient's own words in a portal thread, and a course's result a
pharmacy relays from the patient."""

from __future__ import annotations

from tests.extract.test_offline import of, run

THREAD = """Lakeside Health Patient Portal - Messages
---- 03/03/2026 8:41 PM From: Dana Whitcombe (patient)
My fingers keep splitting. Honestly this is severe, worst flare in years.
The mometasone did nothing for me.
---- 03/04/2026 9:02 AM From: Carla Ng, RN (Lakeside Dermatology)
Dr. Osei reviewed your photos; the flare is severe per exam.
"""


def test_patient_message_severity_and_verdict_are_not_ratings() -> None:
    fs = run(THREAD)
    sev = of(fs, "severity.stated")
    # the patient's "this is severe" is dropped; the clinic's reply after the next header stays
    assert all(f.char_start > THREAD.index("Carla Ng") for f in sev)
    assert sev, "the staff message's own rating is kept"
    assert not [f for f in of(fs, "therapy.response")
                if f.char_start < THREAD.index("Carla Ng")]


def test_time_stamped_patient_header_with_colon() -> None:
    text = ("Secure Messaging Thread\n"
            "2/14/2026 6:05 PM Omar Haddad (pt):\n"
            "Been on the betamethasone every day since January. It is not helping at all.\n"
            "2/15/2026 8:10 AM Jo Park, MA:\n"
            "Message forwarded to the provider.\n")
    fs = run(text)
    assert not of(fs, "therapy.response")
    assert of(fs, "therapy.drug")  # the drug tried is still read


def test_response_relayed_per_patient_on_pharmacy_request_is_dropped() -> None:
    form = ("CORNER DRUG - PRIOR AUTHORIZATION REQUEST\n"
            "Member ID: 5501 Payer: Cigna\n"
            "Drug requested: Anzupgo 2% cream\n"
            "Prior therapy: desoximetasone 0.25% cream - no improvement (per pt)\n")
    assert not of(run(form), "therapy.response")


def test_response_in_clinician_note_without_patient_mark_is_kept() -> None:
    form = ("CORNER DRUG - PRIOR AUTHORIZATION REQUEST\n"
            "Member ID: 5501 Payer: Cigna\n"
            "Drug requested: Anzupgo 2% cream\n"
            "Prior therapy: desoximetasone 0.25% cream - no improvement\n")
    assert of(run(form), "therapy.response")
