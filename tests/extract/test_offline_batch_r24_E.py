"""Offline extractor rules added for staging batch ds (helper E, round 24)."""

from __future__ import annotations

from tests.extract.test_offline import groups, of, run


def _drugs(*texts: str) -> list[str]:
    return [str(f.value).lower() for f in of(run(*texts), "therapy.drug")]


def test_compounding_base_is_not_a_course():
    # a product named as the base a mixture is made in is its vehicle, not a treatment tried
    drugs = _drugs("Hx: triamcinolone compounded in Aquaphor base by the local pharmacy, "
                   "used twice daily for two months without improvement.")
    assert drugs == ["triamcinolone"]


def test_emollient_alone_is_still_a_course():
    # without the "base" word the moisturiser stays a treatment of its own
    drugs = _drugs("Hx: Aquaphor applied twice daily for two months without improvement.")
    assert drugs == ["aquaphor"]


_TABLE = (
    "Prior topical therapy, oldest first:\n"
    "When Agent Directions Outcome\n"
    "2025-11-03 to 2025-12-15 fluocinonide 0.05% cream twice daily without a missed day, still cracked\n"
    "2026-01-10 to present desonide 0.05% cream only on weekends, flares between\n")


def test_table_row_opening_with_dates_and_product_is_its_own_sentence():
    from extract.lexicon import lexicon
    from extract.sections import Section, split_sentences
    secs = [Section("none", 0, len(_TABLE))]
    rows = [_TABLE[s.start:s.end] for s in split_sentences(
        _TABLE, secs, row_product=lexicon().drugs)]
    assert any(r.startswith("2025-11-03") and "desonide" not in r for r in rows)
    assert any(r.startswith("2026-01-10") for r in rows)


def test_wrapped_range_after_the_sig_stays_in_its_sentence():
    # a range that merely wraps onto the next line (no product after it) keeps its sentence
    from extract.lexicon import lexicon
    from extract.sections import Section, split_sentences
    text = ("Finished a course of halobetasol 0.05% ointment applied every single day\n"
            "3/2/2026 - 4/13/2026. Hands still cracked and bleeding afterwards.\n")
    sents = [text[s.start:s.end] for s in split_sentences(
        text, [Section("none", 0, len(text))], row_product=lexicon().drugs)]
    assert sents[0].startswith("Finished") and "4/13/2026" in sents[0]


def test_table_row_dates_are_the_row_products_course():
    g = [c for c in groups(run(_TABLE), "therapy").values()
         if str(c["drug"].value).lower().startswith("fluocinonide")]
    assert g and str(g[0]["start_date"].value) == "2025-11-03"
    assert str(g[0]["stop_date"].value) == "2025-12-15"
