"""1.B and 1.C facts dated by the documents they are written in."""

from __future__ import annotations

from chartreview.models import Finding
from tests.rules.helpers import criterion_status as _status


def _f(field: str, value, quote: str, file: str = "note.pdf", at: int = 0,
       kind: str | None = None) -> Finding:
    return Finding(field=field, value=value, alignment="exact", quote=quote, file=file,
                   page=1, char_start=at, source_kind=kind)


def test_stated_duration_counts_forward_from_its_visit() -> None:
    fs = [_f("request.date_of_service", "2026-02-01", "DOS 02/01/2026", "consult.pdf"),
          _f("condition.duration_days", 84, "x 12 weeks", "consult.pdf", 40)]
    assert _status(fs, "2026-03-20", "1.B") == "met"       # 12 weeks + 7 weeks
    assert _status(fs, "2026-02-01", "1.B") == "unknown"   # as of the visit itself


def test_undated_duration_is_not_moved() -> None:
    fs = [_f("condition.duration_days", 84, "x 12 weeks", "consult.pdf", 40)]
    assert _status(fs, "2026-03-20", "1.B") == "unknown"


def test_clinical_rating_beats_a_later_form() -> None:
    fs = [_f("request.date_of_service", "2026-04-01", "DOS 04/01/2026", "note.pdf"),
          _f("severity.iga_che", 1, "IGA-CHE 1", "note.pdf", 50),
          _f("request.date_of_service", "2026-04-03", "Date 04/03/2026", "form.pdf",
             kind="pa_form"),
          _f("severity.stated", "moderate", "Severity: moderate", "form.pdf", 80,
             kind="pa_form")]
    assert _status(fs, "2026-04-05", "1.C") == "not_met"


def test_form_rating_counts_when_no_clinical_text_rates() -> None:
    fs = [_f("severity.stated", "severe", "Severity: severe", "form.pdf", 80, kind="pa_form")]
    assert _status(fs, "2026-04-05", "1.C") == "met"


def test_latest_visit_of_a_multi_visit_chart_decides() -> None:
    fs = [_f("request.date_of_service", "2025-10-01", "Visit 1 - 10/01/2025", at=0),
          _f("severity.stated", "moderate", "moderate", at=30),
          _f("severity.iga_che", 3, "IGA-CHE 3", at=40),
          _f("request.date_of_service", "2026-01-15", "Visit 2 - 01/15/2026", at=100),
          _f("severity.iga_che", 2, "IGA-CHE 2", at=130)]
    assert _status(fs, "2026-01-20", "1.C") == "not_met"


def test_duration_said_to_be_exceeded_is_strictly_longer() -> None:
    fs = [_f("request.date_of_service", "2026-02-01", "DOS 02/01/2026", "letter.pdf"),
          _f("condition.duration_days", 90, "longer than 3 months", "letter.pdf", 40)]
    assert _status(fs, "2026-02-01", "1.B") == "unknown"
    fs[1].flags.append("exceeds")
    assert _status(fs, "2026-02-01", "1.B") == "met"


def test_forms_more_than_claim_yields_to_the_notes_shorter_duration() -> None:
    form = _f("condition.duration_days", 90, "over 3 months", "pa.pdf", 40, kind="pa_form")
    form.flags.append("exceeds")
    note = _f("condition.duration_days", 42, "6 weeks ago", "note.pdf", 80)
    assert _status([form], "2026-02-01", "1.B") == "met"
    assert _status([form, note], "2026-02-01", "1.B") != "met"


def test_onset_by_age_beats_a_shorter_lower_bound_duration() -> None:
    # "more than six weeks" and "since age 40" in a 52-year-old: both are lower bounds, the
    # larger one (about 11 years) decides
    fs = [_f("patient.date_of_birth", "1974-01-10", "DOB 01/10/1974"),
          _f("condition.duration_days", 42, "more than six weeks", at=30),
          _f("condition.onset_age", 40, "since age 40", at=60)]
    fs[1].flags.append("exceeds")
    assert _status(fs, "2026-03-01", "1.B") == "met"
    fs[1].flags.remove("exceeds")  # an exact duration is not overruled by an age
    assert _status(fs, "2026-03-01", "1.B") == "unknown"
