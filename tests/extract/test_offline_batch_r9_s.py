"""Severity where past and present ratings sit side by side: ratings retold from earlier
years, a payer's either-or wording, the patient's own word (batch r9, helper S)."""

from __future__ import annotations

from extract.sections import Section, split_sentences
from tests.extract.test_offline import of, run


def test_line_ending_in_a_title_does_not_end_the_sentence() -> None:
    text = "Back in March 2022 Dr.\nOkoro graded the palms IGA-CHE 3 at his clinic."

    sents = split_sentences(text, [Section("none", 0, len(text))])
    assert len(sents) == 1


def test_rating_dated_on_the_wrapped_line_before_it_is_historical() -> None:
    fs = run("Visit date: 05/02/2026\nHistory\nThe patient has had hand dermatitis for years "
             "and it has never fully cleared. Back in March 2022 Dr.\nOkoro graded the palms "
             "IGA-CHE 3 at his clinic.\n")
    threes = [f for f in of(fs, "severity.iga_che") if f.value == 3]
    assert threes and all("historical" in f.context for f in threes)


def test_title_dot_between_an_old_date_and_a_rating_keeps_it_historical() -> None:
    fs = run("Visit date: 05/02/2026\nIn a clinic letter from August 2023 Dr. Okoro noted "
             "IGA-CHE 4.\n")
    fours = [f for f in of(fs, "severity.iga_che") if f.value == 4]
    assert fours and all("historical" in f.context for f in fours)


def test_writer_saying_they_did_not_grade_it_drops_retold_ratings() -> None:
    fs = run("Visit date: 05/02/2026\nIn a clinic letter from August 2023 Dr. Okoro noted "
             "IGA-CHE 4.\nExam: scaling of both palms.\nWe did not grade the eczema at this "
             "visit.\n")
    assert of(fs, "severity.iga_che") == []


def test_two_severity_words_given_as_alternatives_rate_nothing() -> None:
    fs = run("Reason for denial: no documentation that the hand dermatitis is mild or "
             "moderate was found.\n")
    assert of(fs, "severity.stated") == []
    fs = run("Assessment: hand dermatitis, moderate.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["moderate"]


def test_patient_word_before_a_severity_word_is_not_a_rating() -> None:
    fs = run("Assessment: Hand dermatitis. She describes her hand eczema as severe.\n")
    assert of(fs, "severity.stated") == []
    fs = run('CC: "my eczema is severe lately"\n')
    assert of(fs, "severity.stated") == []
    fs = run("Assessment: hand dermatitis - severe per my exam.\n")
    assert [f.value for f in of(fs, "severity.stated")] == ["severe"]
