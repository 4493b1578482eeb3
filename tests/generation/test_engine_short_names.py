"""A person's short name is accepted only where the document itself uses it alone."""

import re

import pytest

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from quizzes.generation.engine import _PhraseCounter, generate


def outline(*paragraphs: str) -> Outline:
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title="People",
        blocks=[OutlineBlock(BlockKind.PARAGRAPH, text) for text in paragraphs],
    )
    return Outline(title="People", format="text", sections=[section])


def who(questions, answer):
    return next(q for q in questions if q.kind == "who" and q.answer == answer)


def test_a_surname_the_text_uses_alone_is_accepted():
    questions = generate(
        outline(
            "British physician Edward Jenner tested the first smallpox vaccine in May 1796.",
            "Jenner published his results two years later.",
        )
    )
    assert who(questions, "Edward Jenner").accepted_answers == ["Jenner"]


def test_a_name_always_written_in_full_gets_no_short_form():
    questions = generate(
        outline("Chinese artisan Bi Sheng made movable characters out of baked clay in 1040.")
    )
    assert who(questions, "Bi Sheng").accepted_answers == []


def test_a_surname_seen_only_inside_a_longer_word_is_not_used_alone():
    questions = generate(
        outline(
            "British physician Edward Jenner tested the first smallpox vaccine in May 1796.",
            "The Jennerian method of vaccination soon spread across Europe.",
        )
    )
    assert who(questions, "Edward Jenner").accepted_answers == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ban Ban Ban met Ban.", "Ban Ban"),  # overlapping matches count once
        ("Dr. Lee.x and Lee. Lee", "Lee."),  # a phrase ending in a full stop
        ("Leeds, Lee-Smith, Lee_2 and Lee", "Lee"),  # parts of longer words
        ("Müller met Müllerová; Müller left.", "Müller"),  # letters beyond ASCII
        ("(Ramos) and Ramos", "(Ramos)"),  # no leading word: the plain scan
    ],
)
def test_whole_word_counts_match_a_regular_expression_scan(text, phrase):
    expected = len(re.findall(rf"\b{re.escape(phrase)}\b", text))
    assert _PhraseCounter(text).count(phrase) == expected
