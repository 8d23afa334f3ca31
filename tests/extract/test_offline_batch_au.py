"""Rules generalised from staging batch au (pharmacy and benefits paperwork), on sentences of
our own (not the charts')."""

from __future__ import annotations

from tests.extract.test_offline import courses, generic_courses, run

CLAIMS = ("OPTUMRX MEMBER REPORT: DISPENSED TOPICAL STEROIDS - 24 MONTH LOOK-BACK\n"
          "Run date: 04/10/2026\n"
          "Fill date | Drug | Qty | Days supply\n"
          "2025-02-03 | TRIAMCINOLONE 0.1% CREAM | 80 g | 30\n"
          "2025-09-17 | TRIAMCINOLONE 0.1% CREAM | 80 g | 30\n")


# ---------------------------------------------------------------- 1.D.ii: report windows
def test_claims_report_lookback_window_is_not_a_course_length():
    # the report title's "24 MONTH LOOK-BACK" is the window searched, not 720 days of use
    cs = courses(CLAIMS)
    assert not any(c.get("duration_days") for c in generic_courses(cs)), cs
    assert not any(c.get("duration_days") == 720 for c in cs), cs


def test_review_period_after_a_length_is_not_a_course_length():
    text = ("Pharmacy benefit summary: corticosteroid creams, 6-month review period.\n"
            "Betamethasone valerate 0.1% cream: 2 fills.\n")
    assert not any(c.get("duration_days") == 180 for c in courses(text))


def test_lookback_window_is_not_how_long_the_eczema_has_lasted():
    text = ("Hand dermatitis claims - 12 month lookback\n"
            "Diagnosis codes billed: L30.9 hand dermatitis.\n")
    assert not [f for f in run(text) if f.field == "condition.duration_days"
                and f.value == 360]


# ---------------------------------------------------------------- NC.1/NC.2: household claims
def _med_contexts(text: str, word: str) -> list[list[str]]:
    return [f.context for f in run(text) if f.field == "medication.name"
            and word in str(f.value).lower()]


def test_insurance_role_named_as_a_relative_in_parentheses_owns_the_drug():
    text = ("Benefit verification - household claims\n"
            "The cardholder (her father) has ongoing Rinvoq 15 mg fills for ankylosing "
            "spondylitis.\n")
    ctx = _med_contexts(text, "rinvoq")
    assert ctx and all("family" in c for c in ctx), ctx
    text2 = ("Eligibility check: policyholder (relationship: husband) shows methotrexate "
             "2.5 mg tablets dispensed monthly.\n")
    ctx2 = _med_contexts(text2, "methotrexate")
    assert ctx2 and all("family" in c for c in ctx2), ctx2


def test_insurance_role_that_is_the_patient_keeps_the_drug():
    text = ("Benefit verification\n"
            "The cardholder (self) has ongoing Rinvoq 15 mg fills for eczema.\n")
    ctx = _med_contexts(text, "rinvoq")
    assert ctx and not any("family" in c for c in ctx), ctx


# ---------------------------------------------------------------- 1.B: a first episode
def test_never_had_it_on_the_hands_or_elsewhere_before_is_a_first_episode():
    text = ("Clinic note 09/02/2026\n"
            "Ana reports her palms began cracking five weeks ago. She had never had foot or "
            "other dermatitis before this job.\n")
    recs = [f for f in run(text) if f.field == "condition.recurrences_12mo"]
    assert [f.value for f in recs] == [0], recs
    assert not any("unsupported" in f.flags for f in recs), recs


def test_first_episode_quote_broken_across_lines_supports_no_recurrence():
    from extract.align import supports
    assert supports(0, "denies ever having a\nrash on her hands before", "condition.recurrences_12mo")
    assert not supports(0, "has had a\nrash on her hands before", "condition.recurrences_12mo")


# ---------------------------------------------------------------- 1.B: a form's bare "Duration:"
def _condition_days(text: str) -> list:
    return [f.value for f in run(text) if f.field == "condition.duration_days"]


def test_bare_duration_item_under_the_diagnosis_is_the_condition_duration():
    form = ("Pharmacy coverage request - topical JAK inhibitor\n"
            "Member: Lena Ortiz   DOB: 02/14/1980\n"
            "A. Diagnosis: dyshidrotic hand eczema\n"
            "B. Adult member? yes\n"
            "C. Duration: roughly 18 months\n"
            "D. Severity: severe\n")
    assert _condition_days(form) == [540]


def test_bare_duration_item_under_a_drug_is_not_the_condition_duration():
    form = ("Pharmacy coverage request - topical JAK inhibitor\n"
            "A. Diagnosis: dyshidrotic hand eczema\n"
            "B. Steroid tried: mometasone 0.1% ointment twice daily\n"
            "C. Duration: 5 weeks\n")
    assert _condition_days(form) == []
