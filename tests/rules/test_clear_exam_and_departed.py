"""A documented clear hand exam restarts the duration clock; a departed clinician's specialty
is no one's current specialty (batch ay)."""

from __future__ import annotations

from chartreview.models import Finding
from tests.rules.helpers import criterion_status as _status


def _f(field: str, value, quote: str, at: int = 0, file: str = "visits.pdf", *,
       flags: list[str] | None = None, context: list[str] | None = None) -> Finding:
    return Finding(field=field, value=value, alignment="exact", quote=quote, file=file,
                   page=1, char_start=at, flags=flags or [], context=context or [])


BASE = [_f("request.date_of_service", "2025-02-03", "02/03/2025 - Follow up", 0),
        _f("condition.duration_days", 365, "long-standing eczema", 30),
        _f("request.date_of_service", "2026-04-20", "04/20/2026 - Follow up", 300)]
CLEAR = _f("condition.onset_date", "2025-09-09", "09/09/2025 - Follow up ... hands clear", 150,
           flags=["cleared"])
DOS_CLEAR = _f("request.date_of_service", "2025-09-09", "09/09/2025 - Follow up", 150)


def test_history_told_before_a_clear_exam_is_not_the_present_eczema_s() -> None:
    assert _status(BASE, "2026-04-25", "1.B") == "met"
    assert _status(BASE + [DOS_CLEAR, CLEAR], "2026-04-25", "1.B") == "unknown"


def test_a_later_duration_reaching_back_past_the_clear_exam_is_dropped_too() -> None:
    later = [DOS_CLEAR, CLEAR,
             _f("request.date_of_service", "2026-04-20", "04/20/2026", 0, "letter.pdf"),
             _f("condition.duration_days", 365, "lifelong", 40, "letter.pdf")]
    assert _status(later, "2026-04-25", "1.B") == "unknown"
    # one that fits after it still counts: 4 months told on 04/20/2026, clear on 09/09/2025
    fits = [DOS_CLEAR, CLEAR,
            _f("request.date_of_service", "2026-04-20", "04/20/2026", 0, "letter.pdf"),
            _f("condition.duration_days", 120, "x 4 months", 40, "letter.pdf")]
    assert _status(fits, "2026-04-25", "1.B") == "met"


def test_a_clear_exam_at_the_latest_visit_restarts_nothing() -> None:
    last = _f("condition.onset_date", "2026-04-20", "04/20/2026 ... hands clear", 310,
              flags=["cleared"])
    assert _status(BASE + [last], "2026-04-25", "1.B") == "met"


def test_specialty_marked_historical_is_not_the_prescriber_s_nor_a_consult() -> None:
    derm = _f("prescriber.specialty", "dermatology", "Rosa Lindqvist, MD - Dermatology", 20)
    pa = [_f("prescriber.name", "Sam Ortiz", "Sam Ortiz", 200),
          _f("prescriber.credentials", "PA-C", "PA-C", 210)]
    assert _status([derm, *pa], "2026-04-25", "1.E") == "met"
    gone = derm.model_copy(update={"context": ["historical"]})
    assert _status([gone, *pa], "2026-04-25", "1.E") == "unknown"
