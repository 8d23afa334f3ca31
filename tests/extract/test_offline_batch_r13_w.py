"""Round 13, helper w: estimated and shared steroid course lengths."""

from __future__ import annotations

from test_offline import courses, merged_course


def test_estimated_month_long_course_leaves_length_unknown():
    # "roughly a month" may have been three weeks: no length is asserted
    cs = courses("Triamcinolone 0.1% ointment was applied every day for roughly a month; "
                 "eczema unchanged.")
    assert "duration_days" not in merged_course(cs, "triamcinolone")


def test_estimated_long_course_keeps_its_length():
    # an estimate well past 28 days still counts
    cs = courses("Triamcinolone 0.1% ointment was applied every day for roughly 8 weeks; "
                 "eczema unchanged.")
    assert merged_course(cs, "triamcinolone")["duration_days"] == 56


def test_exact_month_long_course_keeps_its_length():
    cs = courses("Triamcinolone 0.1% ointment was applied every day for 5 weeks; eczema unchanged.")
    assert merged_course(cs, "triamcinolone")["duration_days"] == 35


def test_length_of_two_named_steroids_together_is_no_single_course():
    cs = courses("Had twelve weeks of potent steroids (clobetasol and fluocinonide) with no benefit.")
    assert "duration_days" not in merged_course(cs, "clobetasol")
    assert "duration_days" not in merged_course(cs, "fluocinonide")
    cs = courses("He applied mometasone 0.1% ointment and desoximetasone for 9 weeks combined, "
                 "without improvement.")
    assert all("duration_days" not in c for c in cs)


_RUNNING = ("Office visit 04/10/2026\nDx: chronic hand dermatitis, moderate (IGA-CHE 3).\n"
            "Using mometasone 0.1% ointment twice daily since 3/20/26, still red and cracked.\n"
            "Plan: keep using mometasone daily.")


def test_course_running_at_visit_flags_its_stop_as_ongoing():
    from test_offline import of, run

    stops = of(run(_RUNNING), "therapy.stop_date")
    assert stops and "ongoing" in stops[0].flags


def test_short_running_course_is_unknown_when_request_is_later():
    import datetime as dt

    from test_offline import decide

    # 22 days at the visit, still going: by a request three weeks later it may have reached 28
    assert decide(_RUNNING, as_of=dt.date(2026, 5, 1))["1.D.ii"] == "unknown"
    # a request on the visit day itself: it had not
    assert decide(_RUNNING, as_of=dt.date(2026, 4, 10))["1.D.ii"] == "not_met"
