"""The page head (first lines) read for a visit date is cut at a line end, never mid-line."""

from __future__ import annotations

import datetime as dt

from tests.extract.test_offline import of, run


def test_line_cut_by_the_head_limit_gives_no_visit_date() -> None:
    head = "Visit date: 05/04/2026\n" + "Patient seen for hand dermatitis follow up today.\n" * 11
    filler = "x" * (600 - len(head) - 4 - 7)  # the cut leaves "2/17/20"
    text = head + filler + " on\n2/17/2026 she ran out of the cream and has not refilled it.\n"
    assert text.index("2/17/2026") < 600 < text.index("2/17/2026") + len("2/17/2026")
    dates = {f.value for f in of(run(text), "request.date_of_service")}
    assert dates == {dt.date(2026, 5, 4)}  # no 2/17/20 from the cut line


def test_dated_line_inside_the_head_still_dates_the_visit() -> None:
    text = "Riverside Skin Clinic\nFollow-up 3/9/2026\nHands: fissured palms.\n"
    assert dt.date(2026, 3, 9) in {f.value for f in of(run(text), "request.date_of_service")}
