"""Rules generalised from staging batches bx/bz/ca (1.D: steroid courses), on sentences of
our own (not the charts')."""

from __future__ import annotations

from chartreview.models import Alignment, Finding
from extract import doc_kinds
from extract.dates import md_range_in
from tests.extract.test_offline import courses, merged_course, run, status

# ------------------------------------------- a short letter whose subject is the drug asked for
SHORT_LETTER = ("Riverbend Skin Care\nMay 2, 2026\n"
                "Re: Tomas Varga (DOB 01/12/1980) - Example 1.5% ointment\n\n"
                "Mr. Varga has had hand dermatitis for two years. He used a month of "
                "mometasone 0.1% ointment with no benefit.\n\nIrene Cho, MD, Dermatology\n")
VISITS = ("RIVERBEND SKIN CARE   Irene Cho, MD (Dermatology)\nPatient: Tomas Varga  DOB 01/12/1980\n"
          "02/02/2026  Hand dermatitis, IGA-CHE 3. Begin mometasone 0.1% ointment BID.\n"
          "02/20/2026  He quit the mometasone on 2/17 (used 2/2-2/17) for stinging. "
          "No improvement at all.\n")


def test_subject_line_naming_a_drug_strength_makes_a_letter_administrative():
    assert doc_kinds.kind_class(doc_kinds.page_kind(SHORT_LETTER)) == "administrative"
    # a consult letter's subject names the patient only: no kind from that line alone
    assert doc_kinds.page_kind("Re: Tomas Varga (DOB 01/12/1980)\nThank you for the referral.\n") \
        is None
    # a heading that merely ends in "re:" is no subject line
    assert doc_kinds.page_kind("Skin care: hydrocortisone 1% cream nightly\n") is None


def test_letter_rounding_a_dated_short_course_to_a_month_does_not_meet_28_days():
    fs = run(SHORT_LETTER, VISITS)
    assert status(fs, "1.D.ii", "2026-05-02") == "not_met"


# ----------------------------------------------------- a hedged last day of a dated course
def test_hedged_stop_day_after_a_line_wrap_gives_the_course_length():
    text = "Her husband says she put the fluocinonide on nightly from 2/3\nuntil about 3/20."
    r = md_range_in(text)
    assert r is not None and r[0] == 45
    cs = courses("02/01/2026 Office visit. Hand eczema.\n"
                 "Her husband says she applied fluocinonide 0.05% ointment every day from 2/3\n"
                 "until around 3/20, and it did not help.\n")
    assert merged_course(cs, "fluocinonide").get("duration_days") == 45


def test_hedged_stop_day_near_four_weeks_is_left_unknown():
    cs = courses("04/10/2026 Office visit. Hand eczema.\n"
                 "She applied fluocinonide 0.05% ointment every day from 3/1 until about 3/29.\n")
    assert merged_course(cs, "fluocinonide").get("duration_days") is None


# ------------------------------------- 1.D.iii: PRN use whose response nobody states
def _f(i: int, field: str, value, group: str) -> Finding:
    return Finding(id=f"z{i}", field=field, value=value, quote=str(value), group=group,
                   alignment=Alignment.exact)


def test_prn_course_without_a_response_leaves_1diii_to_the_daily_course():
    fs = [
        _f(1, "therapy.drug", "fluocinonide 0.05% ointment", "t1"),
        _f(2, "therapy.frequency", "BID", "t1"),
        _f(3, "therapy.duration_days", 35, "t1"),
        _f(4, "therapy.response", "adequate", "t1"),
        _f(5, "therapy.drug", "mometasone 0.1% ointment", "t2"),
        _f(6, "therapy.prn", True, "t2"),
    ]
    assert status(fs, "1.D.iii", "2026-05-01") == "not_met"
    # a PRN course said to have failed still counts
    fs[-1:] = [_f(6, "therapy.prn", True, "t2"), _f(7, "therapy.response", "inadequate", "t2")]
    assert status(fs, "1.D.iii", "2026-05-01") == "met"
    # PRN use alone, its response unstated: still unknown
    assert status(fs[4:6], "1.D.iii", "2026-05-01") == "unknown"
    # a daily course whose response is not stated still leaves it unknown
    fs = fs[:3] + [_f(5, "therapy.drug", "mometasone 0.1% ointment", "t2"),
                   _f(6, "therapy.prn", True, "t2")]
    assert status(fs, "1.D.iii", "2026-05-01") == "unknown"



