"""Batch r17 (helper I): a stop whose restart is ruled out; a length of time without the drug."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import courses, groups, run


def _med_stops(text: str, word: str) -> list[dt.date]:
    return [g["stop_date"].value for g in groups(run(text), "medication").values()
            if word in str(g.get("name").value if g.get("name") else "").lower()
            and "stop_date" in g]


def test_stop_with_restart_ruled_out_keeps_its_date() -> None:
    note = ("Follow-up 03/10/2026\n"
            "Cyclosporine discontinued 11/2025 for rising creatinine, will not restart.\n"
            "Plan: continue emollients.\n")
    assert _med_stops(note, "cyclosporine") == [dt.date(2025, 11, 1)]


def test_stop_with_no_plan_to_resume_keeps_its_date() -> None:
    note = ("Visit 02/02/2026\n"
            "Azathioprine stopped 10/2025 (leukopenia) - no plans to resume.\n")
    assert _med_stops(note, "azathioprine") == [dt.date(2025, 10, 1)]


def test_stop_then_real_restart_still_cancels_the_stop() -> None:
    note = ("Visit 02/02/2026\n"
            "Azathioprine stopped 10/2025 (leukopenia), restarted at a lower dose in January.\n")
    assert _med_stops(note, "azathioprine") == []


def test_length_spent_without_the_steroid_is_no_course_length() -> None:
    note = ("Visit 04/01/2026\n"
            "He has used the betamethasone 0.05% ointment since January, often away for a "
            "week without it.\n")
    assert all(c.get("duration_days") != 7 for c in courses(note))


def test_length_followed_by_a_missing_response_is_still_a_course_length() -> None:
    note = ("Visit 04/01/2026\n"
            "She applied betamethasone 0.05% ointment twice daily for 6 weeks without any "
            "improvement.\n")
    assert any(c.get("duration_days") == 42 for c in courses(note))


def _consultant_names(*texts: str) -> list[str]:
    return [str(f.value) for f in run(*texts) if f.field == "consultant.name"]


def test_case_discussed_with_a_doctor_named_with_an_initial_is_a_consultation() -> None:
    note = ("Family Medicine Clinic\n"
            "Provider: Lena Hartwig, MD (Family Medicine)\n"
            "Having discussed her photos with Dr. R. Okonkwo, who felt a topical JAK inhibitor "
            "was appropriate, I am ordering delgocitinib cream.\n")
    assert _consultant_names(note) == ["R. Okonkwo"]


def test_discussion_with_a_doctor_still_to_come_is_no_consultation() -> None:
    note = ("Family Medicine Clinic\n"
            "Provider: Lena Hartwig, MD (Family Medicine)\n"
            "Assessment: hand dermatitis, not controlled. Will d/w Dr. Okonkwo next week.\n")
    assert _consultant_names(note) == []
