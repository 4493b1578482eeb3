"""A thing the document renames is accepted under both names."""

import pytest

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from quizzes.generation.engine import generate
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.other_names import renamings, with_other_names
from quizzes.generation.question import AnswerType, Format, GeneratedQuestion, Kind, SourceRef


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Pavlov Institute was renamed the Institute of Physiology in 1925.",
            ("Pavlov Institute", "Institute of Physiology"),
        ),
        (
            "The Harbour Bridge, renamed the Jubilee Bridge in 1935, carries six lanes.",
            ("Harbour Bridge", "Jubilee Bridge"),
        ),
        (
            "The government renamed the Ministry of Works the Department of Public Buildings.",
            ("Ministry of Works", "Department of Public Buildings"),
        ),
        (
            "The steepest stretch was the Harbour Cut through the ridge. The engineer in charge"
            " of the cut, Ann Lowe, died in 1913, and in 1915 it was renamed the Lowe Cut.",
            ("Harbour Cut", "Lowe Cut"),
        ),
    ],
)
def test_a_renaming_is_read_in_each_of_its_parses(text, pair):
    assert renamings([load_pipeline()(text)]) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The council renamed Mill Road, a quiet lane near the river.",
        "The new owners renamed the ship in 1950.",
        "In 1902 the club renamed its stadium the Victoria Ground.",
    ],
)
def test_no_renaming_without_two_names(text):
    assert renamings([load_pipeline()(text)]) == []


def question(prompt: str, answer: str) -> GeneratedQuestion:
    source = SourceRef("1", "1", "Bridges", 0, 0, 1, "x")
    return GeneratedQuestion(
        Kind.FILL_BLANK,
        Format.SHORT_ANSWER,
        prompt,
        answer,
        AnswerType.PLACE,
        source,
        "r",
        0.8,
        0.5,
    )


def test_the_other_name_is_accepted_except_where_the_question_shows_it():
    about = question("The busiest crossing was the _____ over the bay.", "Harbour Bridge")
    renamed = question("What was the Harbour Bridge renamed in 1935?", "Jubilee Bridge")

    with_other_names([about, renamed], [("Harbour Bridge", "Jubilee Bridge")])

    assert about.accepted_answers == ["Jubilee Bridge"]
    assert renamed.accepted_answers == []


def test_a_generated_blank_accepts_the_later_name():
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title="Railways",
        blocks=[
            OutlineBlock(
                BlockKind.PARAGRAPH,
                "The steepest stretch of the line was the Harbour Cut through the granite ridge."
                " The engineer in charge of the cut, Ann Lowe, died in 1913, and in 1915 it was"
                " renamed the Lowe Cut in her honour. Crews took seven years to dig the Harbour"
                " Cut.",
            )
        ],
    )
    questions = generate(Outline(title="Railways", format="text", sections=[section]))

    keyed = [q for q in questions if q.answer == "Harbour Cut"]
    assert keyed
    assert all("Lowe Cut" in q.accepted_answers for q in keyed)
