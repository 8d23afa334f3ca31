"""The vocabulary files and their lookups (shared by the extractors and the rules engine)."""

from __future__ import annotations

import pytest
import yaml

from chartreview import vocab
from chartreview.errors import VocabularyError

MINE = ["tcs_potency", "topical_nonsteroids", "jak_inhibitors", "immunosuppressants",
        "specialties"]


@pytest.mark.parametrize("name", MINE)
def test_files_load_and_cite_sources(name):
    data = vocab.load(name)
    assert data["sources"] and all(isinstance(s, str) and len(s) > 20 for s in data["sources"])


def test_missing_and_malformed_vocabulary(tmp_path, monkeypatch):
    with pytest.raises(VocabularyError, match="not found.*available: .*tcs_potency"):
        vocab.load("nope")
    bad = yaml.safe_load((vocab.VOCAB_DIR / "jak_inhibitors.yaml").read_text())
    bad["drugs"]["fedratinib"]["synonym"] = ["x"]
    (tmp_path / "jak_inhibitors.yaml").write_text(yaml.safe_dump(bad))
    monkeypatch.setattr(vocab, "VOCAB_DIR", tmp_path)
    vocab.clear_cache()
    try:
        with pytest.raises(VocabularyError, match=r"jak_inhibitors.yaml: drugs.fedratinib.synonym"):
            vocab.load("jak_inhibitors")
    finally:
        monkeypatch.undo()
        vocab.clear_cache()


@pytest.mark.parametrize(
    ("drug", "strength", "vehicle", "potency", "klass", "otc"),
    [
        ("clobetasol", None, None, "super-high", 1, False),
        ("Temovate", "0.05%", "cream", "super-high", 1, False),
        ("clobetasol prop 0.05% oint", None, None, "super-high", 1, False),
        ("betamethasone dipropionate", "0.05%", "augmented ointment", "super-high", 1, False),
        ("betamethasone dipropionate", "0.05%", "ointment", "high", 2, False),
        ("betamethasone dipropionate", "0.05%", "cream", "medium-high", 3, False),
        ("triamcinolone acetonide", "0.1%", "ointment", "medium-high", 3, False),
        ("TAC", "0.1%", "cream", "medium", 4, False),
        ("Kenalog", "0.025%", None, "low", 6, False),
        ("triamcinolone", None, None, None, None, False),  # 0.025% low .. 0.5% medium-high
        ("TAC 0.1%", None, None, "medium", None, False),  # class 3 or 4: both qualify
        ("hydrocortisone", "1%", None, "low", 7, True),
        ("hydrocortisone", "2.5%", "cream", "low", 7, False),
        ("hydrocortisone", None, None, "low", 7, None),
        ("desonide", None, None, "low", 6, False),
        ("fluocinolone", "0.01%", None, "low", 6, False),
        ("Synalar", "0.025%", "ointment", "medium", 4, False),
        ("Lidex", "0.05%", None, "high", 2, False),
        ("Elocon", "0.1%", "ointment", "high", 2, False),
        ("mometasone furoate 0.1% cream", None, None, "medium", 4, False),
        ("Topicort", "0.25%", None, "high", 2, False),
        ("Cutivate", "0.05%", "cream", "medium", 5, False),
        ("fluticasone", "0.005%", "ointment", "medium-high", 3, False),
        ("Ultravate", None, None, "super-high", 1, False),
        ("Halog", None, None, "high", 2, False),
        ("Psorcon", "0.05%", "ointment", "super-high", 1, False),
        ("Westcort", "0.2%", "cream", "medium", 5, False),
        ("Cordran", None, None, "medium", None, False),
        ("Diprolene", None, None, "high", None, False),
        ("topical steroid", None, None, None, None, None),
    ],
)
def test_tcs_lookup(drug, strength, vehicle, potency, klass, otc):
    info = vocab.tcs_lookup(drug, strength, vehicle)
    assert info is not None
    assert (info.potency, info.class_number, info.otc) == (potency, klass, otc)


def test_tcs_lookup_generic_names_and_non_tcs():
    assert vocab.tcs_lookup("Temovate").generic == "clobetasol propionate"
    assert vocab.tcs_lookup("Diprolene AF").generic == "augmented betamethasone dipropionate"
    assert vocab.tcs_lookup("tacrolimus") is None
    assert vocab.tcs_lookup("Opzelura") is None
    assert vocab.tcs_lookup("") is None


@pytest.mark.parametrize(
    ("name", "klass"),
    [
        ("clobetasol", "tcs"), ("TAC 0.1% ointment", "tcs"), ("steroid cream", "tcs"),
        ("Opzelura", "jak"), ("ruxolitinib cream 1.5%", "jak"), ("Jakafi", "jak"),
        ("Litfulo", "jak"), ("Rinvoq LQ", "jak"), ("Xeljanz XR", "jak"),
        ("methotrexate", "immunosuppressant"), ("Neoral", "immunosuppressant"),
        ("CellCept 500 mg", "immunosuppressant"), ("Humira", "immunosuppressant"),
        ("Prograf", "immunosuppressant"), ("tacrolimus 1 mg capsule", "immunosuppressant"),
        ("tacrolimus 0.1% ointment", "topical_nonsteroid"), ("Protopic", "topical_nonsteroid"),
        ("tacrolimus", "topical_nonsteroid"), ("Elidel", "topical_nonsteroid"),
        ("crisaborole", "topical_nonsteroid"), ("Vaseline", "topical_nonsteroid"),
        ("coal tar", "topical_nonsteroid"),
        ("Dupixent", None), ("prednisone 40 mg", None), ("lisinopril", None),
        ("Anzupgo", None), ("delgocitinib", None), ("", None),
    ],
)
def test_drug_class(name, klass):
    assert vocab.drug_class(name) == klass


def test_canonical_and_all_names():
    assert vocab.canonical_drug("Cibinqo") == "abrocitinib"
    assert vocab.canonical_drug("Rinvoq® 15 mg") == "upadacitinib"
    assert vocab.canonical_drug("Kenalog") == "triamcinolone acetonide"
    assert vocab.canonical_drug("unknownium") is None
    names = vocab.all_drug_names()
    assert names["tac"] == "triamcinolone acetonide" and names["opzelura"] == "ruxolitinib"
    assert all(k == k.lower() for k in names)
    assert "delgocitinib" not in names and "anzupgo" not in names
    for brand in ["lidex", "kenalog", "elocon", "ultravate", "topicort", "diprolene",
                  "cutivate", "westcort", "cordran", "halog", "psorcon", "temovate"]:
        assert vocab.drug_class(brand) == "tcs", brand


def test_jak_appendix_is_complete():
    """Every product of IP0759 Appendix Table 1 is a JAK inhibitor in the vocabulary."""
    for product in ["Inrebic", "Jakafi", "Leqselvi", "Olumiant", "Cibinqo", "Rinvoq",
                    "Rinvoq LQ", "Xeljanz", "Xeljanz XR", "Opzelura"]:
        assert vocab.drug_class(product) == "jak", product


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dermatology", "dermatology"), ("Dermatologist", "dermatology"),
        ("Jane Doe, MD, FAAD", "dermatology"), ("Dept. of Dermatology", "dermatology"),
        ("board certified dermatologist", "dermatology"),
        ("Allergy & Immunology", "allergy_immunology"), ("FAAAAI", "allergy_immunology"),
        ("Allergist", "allergy_immunology"), ("immunologist", "immunology"),
        ("Family Medicine", "family_medicine"), ("family_medicine", "family_medicine"),
        ("Internal medicine", "internal_medicine"), ("FNP-C", "nurse_practitioner"),
        ("PA-C", "physician_assistant"), ("Rheumatology", "rheumatology"),
        ("taxonomy 207NP0225X", "dermatology"), ("Cardiology", None), ("", None),
    ],
)
def test_normalize_specialty(text, code):
    assert vocab.normalize_specialty(text) == code


@pytest.mark.parametrize(
    ("code", "spec"),
    [("207N00000X", "dermatology"), ("207ND0101X", "dermatology"), ("207NS0135X", "dermatology"),
     ("207K00000X", "allergy_immunology"), ("207KI0005X", "immunology"),
     ("207Q00000X", "family_medicine"), ("207R00000X", "internal_medicine"),
     ("207rr0500x", "rheumatology"), ("999999999X", None)],
)
def test_taxonomy_specialty(code, spec):
    assert vocab.taxonomy_specialty(code) == spec


def test_vocab_imports_only_base_modules():
    import ast

    tree = ast.parse((vocab.VOCAB_DIR / "__init__.py").read_text())
    mods = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    mods |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    allowed = {"__future__", "re", "functools", "pathlib", "typing", "yaml", "pydantic",
               "chartreview.errors", "chartreview.models"}
    assert mods <= allowed, mods - allowed
