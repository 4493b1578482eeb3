"""The generator on blocks spaCy cannot take whole, and on text with odd characters.

Parsing a realistic million-character paragraph takes minutes; it is measured with
``benchmarks/bench_generation.py`` on such a document. Here: a block longer than one
piece, and blocks over a million characters that cost no parsing.
"""

import re
from pathlib import Path

import pytest

from content.importers import read_document
from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from quizzes.generation.engine import generate
from quizzes.generation.pieces import MAX_PIECE_CHARS

SEED = Path(__file__).resolve().parents[2] / "content" / "sources" / "bluebook-2008-ch3.txt"
FATF = "The Financial Action Task Force was founded in 1989 by the G7 in Paris."
OVER_A_MILLION = 1_200_000


def outline(*paragraphs: str) -> Outline:
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title="Long blocks",
        blocks=[OutlineBlock(BlockKind.PARAGRAPH, text) for text in paragraphs],
    )
    return Outline(title="Long blocks", format="text", sections=[section])


def assert_grounded(questions, paragraphs) -> None:
    """Every question's offsets locate its source sentence in its block."""
    for question in questions:
        block = paragraphs[question.source.block]
        assert block[question.source.start : question.source.end] == question.source.sentence


@pytest.fixture(scope="module")
def seed_paragraphs() -> list[str]:
    return [
        block.text
        for _, _, section in read_document(SEED).walk()
        for block in section.blocks
        if block.kind == BlockKind.PARAGRAPH
    ]


def test_a_block_longer_than_a_piece_gets_questions_from_all_of_it(seed_paragraphs):
    one_block = " ".join(seed_paragraphs)
    assert len(one_block) > MAX_PIECE_CHARS

    questions = generate(outline(one_block))

    assert_grounded(questions, [one_block])
    assert any(question.source.start > MAX_PIECE_CHARS for question in questions)
    # The same sentences in separate blocks give the same questions.
    separate = generate(outline(*seed_paragraphs))
    prompts = {question.prompt for question in questions}
    found = [question for question in separate if question.prompt in prompts]
    assert len(found) >= 0.9 * len(separate)


@pytest.mark.parametrize("character", ["a", ")"])
def test_a_word_over_a_million_characters_does_not_stop_the_document(character):
    paragraphs = [character * OVER_A_MILLION, f"{character * OVER_A_MILLION} {FATF}", FATF]

    questions = generate(outline(*paragraphs))

    assert_grounded(questions, paragraphs)
    # The sentence right after the endless word is left alone; the others are asked about.
    assert {question.source.block for question in questions} == {2}
    assert "When was the Financial Action Task Force founded by the G7 in Paris?" in [
        q.prompt for q in questions
    ]


ODD_TEXT = [
    "The Financial Action Task Force was founded in 1989 by the\x00G7 in Paris.",
    "Caf\ud800 owner Edward Jenner tested the first smallpox vaccine in May 1796.",
    "\u202eThe Antarctic Treaty\u202c was signed in 1959 by twelve countries \U0001f30d.",
    "The \ufdfa\ufdfa council met in 1961 in Washington\u200d\u200b; e\u0301\u0301 \ufeff.",
    "\x85\x9f\x1b[31m Roald Amundsen reached the South Pole in December 1911.",
]


def test_odd_characters_never_stop_generation_nor_reach_a_question():
    questions = generate(outline(*ODD_TEXT))

    assert questions
    for question in questions:
        block = ODD_TEXT[question.source.block]
        assert len(block[question.source.start : question.source.end]) == len(
            question.source.sentence
        )
        for text in [question.prompt, question.answer, *question.choices, question.false_statement]:
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", text), text
    assert "When was the Financial Action Task Force founded by the G7 in Paris?" in [
        q.prompt for q in questions
    ]
    assert "Edward Jenner" in [q.answer for q in questions]
