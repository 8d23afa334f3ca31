"""Pages of another patient inside a packet (helper P, round 21): a faxed page or letter
whose date of birth differs from the patient's is set aside page by page, and the patient's
date of birth is the one stated on the request's own pages (fax cover, PA form)."""

from __future__ import annotations

from tests.extract.test_offline import of, run

# a packet whose third page is a different person's note filed with it by mistake
PACKET = (
    "Prior authorization request - Anzupgo (delgocitinib) 2% cream\n"
    "Member: Rosalind Vance   DOB: 07/09/1968\n"
    "\f"
    "Visit 05/04/2026\n"
    "Patient: Rosalind Vance   DOB: 07/09/1968\n"
    "Hand dermatitis for 3 years. Severity: IGA-CHE 3.\n"
    "\f"
    "Visit 05/02/2026\n"
    "Patient: Walter Oyelaran   DOB: 12/01/1944\n"
    "Rheumatoid arthritis. Continue methotrexate 15 mg weekly.\n"
    "\f"
    "Labs reviewed. Continue tacrolimus 2 mg PO BID for the transplant.\n"
)


def _names(fs, usable=True):
    return {str(f.value).lower() for f in of(fs, "medication.name", usable)}


def test_misfiled_page_with_other_birth_date_is_set_aside_but_rest_of_file_kept() -> None:
    fs = run(PACKET)
    years = {f.value.year for f in of(fs, "patient.date_of_birth")}
    assert years == {1968}
    # the patient's own pages still count
    assert any(f.field.startswith("severity.") for f in fs if not {"family"} & set(f.context))
    # the other person's drug and its continuation page do not
    assert not any(d in n for d in ("methotrexate", "tacrolimus") for n in _names(fs))
    assert all(any(d in n for n in _names(fs, usable=False))
               for d in ("methotrexate", "tacrolimus"))


def test_request_form_page_decides_a_tie_between_two_files() -> None:
    request = ("PRIOR AUTHORIZATION REQUEST FORM\n"
               "Medication requested: topical cream to hands\n"
               "Patient: Imogen Darrow   DOB: 04/22/1981\n"
               "\f"
               "Hand eczema 4 years, IGA-CHE 3, betamethasone dipropionate 0.05% failed.\n")
    stray = ("Office note 03/03/2026\n"
             "Patient: Darrow, Frederick   DOB: 10/10/1950\n"
             "On tofacitinib 5 mg twice daily for arthritis.\n")
    fs = run(request, stray)
    assert {f.value.year for f in of(fs, "patient.date_of_birth")} == {1981}
    assert "tofacitinib" not in _names(fs)
    assert any("betamethasone" in n for n in _names(fs))


def test_two_files_disagreeing_on_birth_date_with_nothing_to_choose_stay_unknown() -> None:
    a = ("Clinic note 02/02/2026\nPatient: Anne Moreau   DOB: 01/05/1979\n"
         "Chronic hand eczema, IGA-CHE 3.\n")
    b = ("Clinic note 02/03/2026\nPatient: Beatrice Moreau   DOB: 06/30/1962\n"
         "Chronic hand eczema, IGA-CHE 4.\n")
    fs = run(a, b)
    assert not of(fs, "patient.date_of_birth")


def test_same_name_with_a_slipped_birth_year_sets_nothing_aside() -> None:
    # one patient, her birth year mistyped on one of two notes: the same person, so neither
    # note's facts are set aside as another patient's
    a = ("Clinic note 02/02/2026\nPatient: Colette Marchand   DOB: 01/05/1979\n"
         "Chronic hand eczema for 3 years, IGA-CHE 3.\n")
    b = ("Clinic note 02/09/2026\nPatient: Colette Marchand   DOB: 01/05/1997\n"
         "Continue methotrexate 15 mg weekly.\n")
    fs = run(a, b)
    assert any("methotrexate" in n for n in _names(fs))
