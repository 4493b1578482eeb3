"""Cutting a block into pieces the language model can parse: any length, offsets kept."""

import re
import time

import pytest

from quizzes.generation.pieces import MAX_PIECE_CHARS, MAX_WORD_CHARS, block_pieces, readable

SENTENCE = "The Financial Action Task Force was founded in 1989 by the G7 in Paris. "
OVER_A_MILLION = 1_200_000


def paragraph(sentence: str, length: int = OVER_A_MILLION) -> str:
    return (sentence * (length // len(sentence) + 1))[:length]


def assert_pieces_locate_the_text(text: str, pieces) -> None:
    """Each piece is the block's own text at its offset, in order, none too long, and
    between pieces lie only spaces or words too long to parse."""
    position = 0
    for piece in pieces:
        assert 0 < len(piece.text) <= MAX_PIECE_CHARS
        assert text[piece.start : piece.start + len(piece.text)] == piece.text
        skipped = text[position : piece.start].split()
        assert all(len(word) > MAX_WORD_CHARS for word in skipped)
        position = piece.start + len(piece.text)
    assert all(len(word) > MAX_WORD_CHARS for word in text[position:].split())


def test_an_ordinary_block_is_one_piece_parsed_as_it_is():
    text = SENTENCE * 20

    [piece] = block_pieces(text)

    assert piece.start == 0
    assert piece.text == text
    assert not piece.opens_mid_sentence
    assert not piece.closes_mid_sentence


def test_a_paragraph_over_a_million_characters_is_cut_after_sentences():
    text = paragraph(SENTENCE)

    pieces = block_pieces(text)

    assert len(pieces) > OVER_A_MILLION // MAX_PIECE_CHARS
    assert_pieces_locate_the_text(text, pieces)
    assert "".join(piece.text for piece in pieces) == text, "nothing left out"
    for piece in pieces[:-1]:
        assert piece.text.endswith("Paris. ")
        assert not piece.closes_mid_sentence
    assert not any(piece.opens_mid_sentence for piece in pieces)


def test_a_paragraph_over_a_million_characters_without_full_stops_is_cut_between_words():
    text = paragraph(SENTENCE.replace(". ", ", "))

    pieces = block_pieces(text)

    assert_pieces_locate_the_text(text, pieces)
    assert "".join(piece.text for piece in pieces) == text
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before.text[-1] == " ", "no word is cut in two"
        assert before.closes_mid_sentence
        assert after.opens_mid_sentence
    assert not pieces[0].opens_mid_sentence
    assert not pieces[-1].closes_mid_sentence


@pytest.mark.parametrize("character", ["a", ")", "."])
def test_a_single_word_over_a_million_characters_is_not_parsed(character):
    assert block_pieces(character * OVER_A_MILLION) == []


def test_prose_around_an_overlong_word_is_parsed_and_marked_as_fragments():
    word = "x" * (MAX_WORD_CHARS + 1)
    text = f"FATF was founded in 1989. See {word} for the report. The G8 met in Evian."

    before, after = block_pieces(text)

    assert before.text == "FATF was founded in 1989. See "
    assert (before.opens_mid_sentence, before.closes_mid_sentence) == (False, True)
    assert after.text == "for the report. The G8 met in Evian."
    assert text[after.start :] == after.text
    assert (after.opens_mid_sentence, after.closes_mid_sentence) == (True, False)


def test_a_word_as_long_as_allowed_is_parsed():
    word = "x" * MAX_WORD_CHARS
    text = f"See {word} for the report."

    assert [piece.text for piece in block_pieces(text)] == [text]


def test_a_piece_starts_at_a_word_and_a_block_of_spaces_has_none():
    assert block_pieces(" \n\t " * 1000) == []
    [piece] = block_pieces("   \n FATF was founded in 1989.")
    assert (piece.start, piece.text) == (5, "FATF was founded in 1989.")


@pytest.mark.parametrize(
    "text",
    [
        paragraph(SENTENCE),
        paragraph(SENTENCE.replace(". ", ", ")),
        paragraph(("y" * (MAX_WORD_CHARS + 5)) + " " + SENTENCE),
        paragraph(")" * 150 + " "),
        paragraph("\x00"),
        " " * OVER_A_MILLION,
    ],
    ids=["sentences", "no-full-stops", "long-words", "punctuation", "nul", "spaces"],
)
def test_cutting_takes_time_linear_in_the_text(text):
    started = time.process_time()
    block_pieces(text)
    elapsed = time.process_time() - started
    # About 0.3 s here; a cut that rescanned its window would take minutes.
    assert elapsed < 5, f"{elapsed:.1f} s to cut {len(text):,} characters"


def test_control_characters_and_broken_characters_are_read_as_spaces_and_replacements():
    text = "In 1989 the\x00G7 met in \x01Paris\x7f. Caf\ud800 \u202eRTL\u202c e\u0301 👍🏽 ﷺ."

    clean = readable(text)

    assert len(clean) == len(text), "offsets are unchanged"
    assert clean.startswith("In 1989 the G7 met in  Paris . Caf\ufffd ")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", clean)
    assert clean.endswith("\u202eRTL\u202c e\u0301 👍🏽 ﷺ."), "other characters are kept"
    [piece] = block_pieces(text)
    assert piece.text == clean
