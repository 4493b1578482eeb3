"""The Bluebook chapter that ships with the project must import to one exact structure."""

from pathlib import Path

import pytest

from content.importers import BlockKind, Outline, read_document

from .shapes import block_counts, glossary_terms, section_at, section_rows, stored_strings, texts

SEED_PATH = Path(__file__).resolve().parents[2] / "content" / "sources" / "bluebook-2008-ch3.txt"
SEED_TITLE = "Japan's Foreign Policy in Major Diplomatic Fields"
PART_TITLE = "Efforts to Achieve Peace and Stability in the International Community"
LONGEST_TITLE = (
    "Disarmament and Non-proliferation (Including International Cooperation in Science "
    "and Technology and in the Field of Nuclear Energy)"
)


@pytest.fixture(scope="module")
def seed() -> Outline:
    return read_document(SEED_PATH)


def test_seed_is_read_as_pipe_export_titled_after_its_chapter(seed):
    assert (seed.format, seed.title) == ("pipe", SEED_TITLE)


def test_seed_has_one_chapter_one_part_and_sections_a_to_g(seed):
    assert section_rows(seed) == [
        ("3", "chapter", "3", SEED_TITLE),
        ("3/1", "part", "1", PART_TITLE),
        ("3/1/a", "section", "(a)", "Japan-US security arrangements"),
        ("3/1/b", "section", "(b)", "Efforts to Counter Terrorism"),
        ("3/1/c", "section", "(c)", "Measures to Counter International Organized Crime"),
        ("3/1/d", "section", "(d)", "Regional Security"),
        ("3/1/e", "section", "(e)", "The United Nations"),
        ("3/1/f", "section", "(f)", "Efforts towards Peacebuilding"),
        ("3/1/g", "section", "(g)", LONGEST_TITLE),
    ]


def test_seed_block_counts_per_section(seed):
    # (paragraphs, glossary entries, captions), counted by hand from the file.
    assert block_counts(seed) == {
        "3": (0, 0, 0),
        "3/1": (0, 0, 0),
        "3/1/a": (3, 0, 0),
        "3/1/b": (3, 0, 0),
        "3/1/c": (1, 1, 0),
        "3/1/d": (4, 0, 0),
        "3/1/e": (4, 0, 1),
        "3/1/f": (2, 0, 1),
        "3/1/g": (5, 0, 0),
    }


def test_seed_fatf_glossary_box_is_split_into_term_and_definition(seed):
    [entry] = section_at(seed, "3/1/c").blocks_of(BlockKind.GLOSSARY)
    assert glossary_terms(seed) == ["FATF"]
    assert entry.text.startswith("An international framework that was created at 1989 G8")
    assert entry.text.endswith("measures against the financing terrorism.")


def test_seed_captions_lose_the_image_marker_and_pipe(seed):
    [un_caption] = section_at(seed, "3/1/e").blocks_of(BlockKind.CAPTION)
    [nepal_caption] = section_at(seed, "3/1/f").blocks_of(BlockKind.CAPTION)
    assert un_caption.text == (
        "Minister for Foreign Affairs Koumura addressing the general debate at the 62nd "
        "session of the UN General Assembly (September 28, New York, USA)"
    )
    assert (
        nepal_caption.text
        == "Japanese personnel working in the United Nations Mission in Nepal (UNMIN)"
    )


def test_seed_stores_no_export_debris(seed):
    for text in stored_strings(seed):
        assert " |" not in text
        assert not text.endswith("|")
        assert "![]()" not in text


def test_seed_paragraphs_are_source_lines_minus_surrounding_whitespace(seed):
    source_lines = [line.strip() for line in SEED_PATH.read_text(encoding="utf-8").splitlines()]
    paragraphs = texts(seed, BlockKind.PARAGRAPH)
    assert len(paragraphs) == 22
    # Each paragraph is a whole line of the file, and they keep the file's order.
    positions = [source_lines.index(text) for text in paragraphs]
    assert positions == sorted(set(positions))


def test_seed_sentence_with_colon_stays_a_paragraph(seed):
    last_peacebuilding_paragraph = section_at(seed, "3/1/f").blocks_of(BlockKind.PARAGRAPH)[-1]
    assert "on the three pillars: efforts on the ground" in last_peacebuilding_paragraph.text
