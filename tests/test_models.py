"""The shared models' helpers (chartreview/models.py)."""

import datetime as dt

from chartreview.models import Finding


def _visit(file: str, page: int, at: int, day: int) -> Finding:
    return Finding(field="request.date_of_service", value=dt.date(2026, 3, day), file=file,
                   page=page, char_start=at, char_end=at + 10)


def test_written_under_picks_the_last_heading_before_in_the_same_document():
    visits = [_visit("notes.pdf", 1, 0, 1), _visit("notes.pdf", 2, 40, 9),
              _visit("notes.pdf", 2, 900, 20), _visit("letter.pdf", 2, 10, 25)]
    f = Finding(field="therapy.drug", value="clobetasol", file="notes.pdf", page=2,
                char_start=300, char_end=311)
    assert f.written_under(visits).value == dt.date(2026, 3, 9)
    # earlier page, any offset: the first visit; another file's heading never counts
    g = f.model_copy(update={"page": 1, "char_start": 500})
    assert g.written_under(visits).value == dt.date(2026, 3, 1)
    h = f.model_copy(update={"file": "letter.pdf", "page": 1})
    assert h.written_under(visits) is None


def test_position_is_page_then_offset():
    a = Finding(field="x", page=1, char_start=999)
    b = Finding(field="x", page=2, char_start=0)
    assert a.position < b.position
