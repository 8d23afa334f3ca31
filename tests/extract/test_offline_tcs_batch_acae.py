"""TCS courses and severity (IP0759 1.C, 1.D.i-iii): rules generalised from unseen staging
batches ac-ae. The snippets are written here and worded unlike the charts they generalise
from."""

from __future__ import annotations

from test_offline import course_of

from chartreview.models import Document, Finding, Page, Word
from extract.offline import extract


# ---- a response word naming a form's question --------------------------------------------------
def test_response_word_naming_a_form_question_is_no_response():
    text = ("Benefits review 03/02/2026\n"
            "Steroid history: fluocinonide 0.05% ointment twice daily 01/05/2026 - 02/20/2026. "
            "The office left the inadequate-response item on the request blank; a call is "
            "pending.")
    c = course_of("fluocinonide", text)
    assert "response" not in c


def test_adequate_criterion_wording_is_no_response():
    text = ("Pharmacist summary 03/02/2026\n"
            "Halobetasol 0.05% cream BID from 01/05/2026 to 02/20/2026; the good response "
            "criterion cannot be judged from what was sent.")
    c = course_of("halobetasol", text)
    assert "response" not in c


def test_response_word_before_other_nouns_still_counts():
    text = ("Progress note 03/02/2026\n"
            "Fluocinonide 0.05% ointment twice daily 01/05/2026 - 02/20/2026 with inadequate "
            "response; hands still fissured.")
    c = course_of("fluocinonide", text)
    assert c.get("response") == "inadequate"


# ---- a score table whose columns are dated visits ----------------------------------------------
def _laid_out(rows: list[list[tuple[float, str]]]) -> Document:
    """A page whose lines are cells placed at given x positions (6 pt a character), so that
    the words of one column share their x across lines as in a printed table."""
    text_lines, words, off = [], [], 0
    for top, cells in enumerate(rows):
        parts = []
        for x, cell in cells:
            cx = x
            for w in cell.split():
                start = off + len(" ".join(parts + [""])) if parts else off
                words.append(Word(text=w, x0=cx, top=14.0 * top, x1=cx + 6 * len(w),
                                  bottom=14.0 * top + 10, char_start=start,
                                  char_end=start + len(w)))
                parts.append(w)
                cx += 6 * (len(w) + 1)
        line = " ".join(parts)
        text_lines.append(line)
        off += len(line) + 1
    text = "\n".join(text_lines)
    for w in words:
        assert text[w.char_start:w.char_end] == w.text
    return Document(file="table.pdf", sha256="0" * 64,
                    pages=[Page(number=1, width=612, height=792, text=text, words=words)])


def _ratings(rows) -> list[Finding]:
    fs = extract([_laid_out(rows)]).findings
    return [f for f in fs if f.field.startswith("severity.")]


def test_rating_under_an_earlier_dated_column_is_historical():
    rows = [[(40, "Dermatology visit 04/14/2026")],
            [(40, "Scores")],
            [(40, "Scale"), (200, "04/14/2026"), (320, "02/03/2026")],
            [(40, "IGA-CHE"), (200, "1 (almost clear)"), (320, "4 (severe)")],
            [(40, "HECSI"), (200, "9"), (320, "51")]]
    fs = _ratings(rows)
    severe = [f for f in fs if f.field == "severity.stated" and f.value == "severe"]
    assert severe and all("historical" in f.context for f in severe)
    current = [f for f in fs if f.field == "severity.iga_che" and f.value == 1]
    assert current and all("historical" not in f.context for f in current)


def test_rating_under_the_latest_dated_column_stays_current():
    rows = [[(40, "Dermatology visit 04/14/2026")],
            [(40, "Scale"), (200, "02/03/2026"), (320, "04/14/2026")],
            [(40, "IGA-CHE"), (200, "2 (mild)"), (320, "4 (severe)")]]
    fs = _ratings(rows)
    severe = [f for f in fs if f.field == "severity.stated" and f.value == "severe"]
    assert severe and all("historical" not in f.context for f in severe)
    mild = [f for f in fs if f.field == "severity.stated" and f.value == "mild"]
    assert mild and all("historical" in f.context for f in mild)


def test_a_birth_date_beside_the_visit_date_is_no_column_header():
    rows = [[(40, "DOB 05/02/1970"), (200, "Visit 04/14/2026")],
            [(40, "Severity:"), (110, "IGA-CHE 3 (moderate)")]]
    fs = _ratings(rows)
    assert fs and all("historical" not in f.context for f in fs)


# ---- the chart says it cannot tell how consistently or how long a course was used ------------
def test_vague_about_consistency_leaves_a_prescribed_length_unknown():
    text = ("Follow-up 03/02/2026\n"
            "At the January visit I prescribed betamethasone dipropionate 0.05% ointment BID "
            "for a 4-week course. She is hazy on how often she actually put it on and says it "
            "made no difference.")
    c = course_of("betamethasone", text)
    assert "duration_days" not in c
    assert c.get("response") == "inadequate"


def test_length_of_use_not_confirmed_leaves_the_course_length_unknown():
    text = ("Assessment 03/02/2026\n"
            "Desoximetasone 0.25% cream twice daily x 6 weeks was ordered in December; "
            "compliance and length of use cannot be confirmed.")
    c = course_of("desoximetasone", text)
    assert "duration_days" not in c


def test_a_known_adherence_keeps_the_course_length():
    text = ("Assessment 03/02/2026\n"
            "Desoximetasone 0.25% cream twice daily x 6 weeks; adherence was good, no "
            "improvement.")
    c = course_of("desoximetasone", text)
    assert c.get("duration_days") == 42


# ---- an e-PA question set is a form: each numbered question's answer belongs to the course ----
def test_epa_question_set_answers_on_their_own_lines_complete_the_course():
    text = ("Payer e-PA questionnaire - responses\n"
            "Member: Test Person\n"
            "1. Patient at least 18?\n"
            "   Yes\n"
            "2. Name the prescription topical steroid used.\n"
            "   fluocinonide 0.05% cream\n"
            "3. Used every day for 28 or more days in a row?\n"
            "   Yes, 01/02/2026 - 02/15/2026\n"
            "4. Did the prescriber find it ineffective?\n"
            "   Yes\n")
    c = course_of("fluocinonide", text)
    assert c.get("start_date") is not None and c.get("stop_date") is not None


def test_epa_question_set_is_read_as_a_form():
    text = ("Plan ePA answers (question set for topical steroid step)\n"
            "1. Which potent steroid was tried?\n"
            "   halobetasol 0.05% ointment\n"
            "2. Applied every day for at least four weeks in a row?\n"
            "   Yes - daily from 11/03/2025 to 12/19/2025\n")
    c = course_of("halobetasol", text)
    assert c.get("start_date") is not None and c.get("stop_date") is not None
