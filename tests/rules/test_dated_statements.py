"""Stated ages and recurrence counts read as of the visit they were written at."""

from __future__ import annotations

from chartreview.models import Finding
from tests.rules.helpers import criterion_status as _status


def _f(field: str, value, quote: str, file: str = "note.pdf", at: int = 0) -> Finding:
    return Finding(field=field, value=value, alignment="exact", quote=quote, file=file,
                   page=1, char_start=at)


def test_age_stated_months_ago_may_have_turned_18_since() -> None:
    fs = [_f("request.date_of_service", "2025-06-02", "Date: 06/02/2025", "referral.pdf"),
          _f("patient.age", 17, "a 17 year old", "referral.pdf", 30)]
    assert _status(fs, "2026-01-10", "1.A") == "unknown"   # 17 or 18 by now
    assert _status(fs, "2025-06-20", "1.A") == "unknown"   # a birthday may fall in 18 days
    assert _status(fs, "2026-09-01", "1.A") == "met"       # at least 18 by now


def test_age_stated_on_the_request_date_is_taken_as_is() -> None:
    fs = [_f("request.date_of_service", "2026-01-10", "Date: 01/10/2026"),
          _f("patient.age", 17, "17 y/o", at=30)]
    assert _status(fs, "2026-01-10", "1.A") == "not_met"


def test_later_visits_count_of_returns_beats_the_intake_first_episode() -> None:
    fs = [_f("request.date_of_service", "2025-03-03", "03/03/2025 - New patient", at=0),
          _f("condition.duration_days", 14, "x 2 weeks", at=30),
          _f("condition.recurrences_12mo", 0, "first episode", at=45),
          _f("request.date_of_service", "2026-02-09", "02/09/2026 - Acute visit", at=200),
          _f("condition.recurrences_12mo", 2, "third episode this year", at=230)]
    assert _status(fs, "2026-02-20", "1.B") == "met"


def test_duration_from_an_earlier_visit_stops_where_a_return_is_documented() -> None:
    base = [_f("request.date_of_service", "2025-03-03", "03/03/2025 - New patient", at=0),
            _f("condition.duration_days", 14, "x 2 weeks", at=30),
            _f("request.date_of_service", "2026-02-09", "02/09/2026 - Acute visit", at=200)]
    # a single return after the intake visit: cleared in between, so not 11 months' history
    fs = base + [_f("condition.recurrences_12mo", 1, "it came back once", at=230)]
    assert _status(fs, "2026-02-20", "1.B") == "not_met"
    # no return documented: the intake duration runs on to the request date
    assert _status(base, "2026-02-20", "1.B") == "met"


def test_onset_known_to_the_month_only_cannot_prove_a_history_at_the_threshold() -> None:
    fs = [_f("condition.onset_date", "2025-11-01", "since November 2025")]
    assert _status(fs, "2026-02-15", "1.B") == "unknown"   # 2.5 to 3.5 months
    assert _status(fs, "2026-03-05", "1.B") == "met"       # over 3 months from any day of it
    fs = [_f("condition.onset_date", "2025-11-01", "onset 11/2025")]
    assert _status(fs, "2026-02-15", "1.B") == "unknown"


def test_precise_onset_within_the_month_decides() -> None:
    fs = [_f("condition.onset_date", "2025-11-01", "How long: since Nov 2025", "form.pdf"),
          _f("condition.onset_date", "2025-11-24", "began 11/24/2025", "note.pdf"),
          _f("condition.recurrences_12mo", 0, "first ever episode", "note.pdf", 40)]
    assert _status(fs, "2026-02-15", "1.B") == "not_met"   # 2.7 months from the 24th
