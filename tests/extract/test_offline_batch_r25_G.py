"""Batch r25 helper G: relatives named in Spanish/French, first-episode wording."""

from tests.extract.test_offline import groups, of, run


def _med_contexts(text: str, name: str) -> list[set]:
    meds = groups(run(text), "medication")
    return [set(g["name"].context) for g in meds.values()
            if g["name"].value.lower() == name.lower()]


def test_spanish_relative_marks_drug_as_family() -> None:
    ctx = _med_contexts("Antecedentes: padre con psoriasis severa, recibe Olumiant 4 mg cada dia.",
                        "Olumiant")
    assert ctx and all("family" in c for c in ctx)


def test_french_relative_marks_drug_as_family() -> None:
    ctx = _med_contexts("Sa mère, atteinte de polyarthrite, prend Rinvoq 15 mg par jour.", "Rinvoq")
    assert ctx and all("family" in c for c in ctx)


def test_spanish_family_history_header_marks_drug_as_family() -> None:
    ctx = _med_contexts("Antecedentes familiares: artritis reumatoide tratada con Xeljanz.",
                        "Xeljanz")
    assert ctx and all("family" in c for c in ctx)


def test_english_mere_is_not_a_relative() -> None:
    ctx = _med_contexts("Patient reports a mere week of Rinvoq samples, still taking it daily.",
                        "Rinvoq")
    assert ctx and not any("family" in c for c in ctx)


def test_never_had_skin_problems_before_counts_no_recurrence() -> None:
    fs = run("HPI: Rash on both palms for one month. He never had skin problems on his hands "
             "before this.")
    assert 0 in [f.value for f in of(fs, "condition.recurrences_12mo")]


def test_spanish_birth_date_label_gives_date_of_birth() -> None:
    fs = run("Paciente: Juan Perez   Fecha de nacimiento: 11/23/1979\nMotivo: dermatitis de manos.")
    assert [str(f.value) for f in of(fs, "patient.date_of_birth")] == ["1979-11-23"]


def test_french_and_spanish_hand_eczema_are_the_diagnosis_with_duration() -> None:
    fs = run("Motif: eczéma chronique des mains depuis longtemps. Present for 4 years, constant.")
    assert any("mains" in str(f.value) for f in of(fs, "condition.diagnosis"))
    fs = run("Dx: eccema de las manos since 2023, never clear.")
    assert of(fs, "condition.diagnosis") and of(fs, "condition.onset_date")
