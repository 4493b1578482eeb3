"""Plain text: one section of blank-line separated paragraphs."""

from pathlib import Path

import pytest

from content.importers import BlockKind, parse_document, read_document

from .shapes import section_rows, texts


def test_volcanoes_sample_is_one_chapter_named_after_the_file(documents_dir: Path):
    outline = read_document(documents_dir / "volcanoes.txt")
    assert (outline.format, outline.title) == ("text", "Volcanoes")
    assert section_rows(outline) == [("volcanoes", "chapter", "", "Volcanoes")]


def test_volcanoes_sample_paragraphs_join_wrapped_lines(documents_dir: Path):
    outline = read_document(documents_dir / "volcanoes.txt")
    paragraphs = texts(outline, BlockKind.PARAGRAPH)
    assert len(paragraphs) == 4
    assert paragraphs[0] == (
        "A volcano is an opening in the crust of a planet through which molten rock, ash and "
        "gases escape from below the surface."
    )
    # The colon sentence stays prose: plain text has no glossary boxes.
    assert paragraphs[2].endswith("Mount St Helens in 1980 was one of the explosive kind.")
    assert outline.block_count() == 4


@pytest.mark.parametrize(
    ("filename", "title", "key"),
    [
        ("cell-biology_notes.txt", "Cell biology notes", "cell-biology-notes"),
        ("uploads/2024__Field--trip.txt", "2024 Field trip", "2024-field-trip"),
        ("lava.TXT", "Lava", "lava"),
    ],
)
def test_plain_text_title_is_the_humanised_file_stem(filename, title, key):
    outline = parse_document(b"Lava cools into rock.", filename=filename)
    assert outline.title == title
    assert section_rows(outline) == [(key, "chapter", "", title)]


def test_plain_text_title_argument_names_document_and_section():
    outline = parse_document(b"Lava cools into rock.", filename="x.txt", title="  Lava Flows ")
    assert outline.title == "Lava Flows"
    assert section_rows(outline) == [("lava-flows", "chapter", "", "Lava Flows")]


def test_plain_text_whitespace_only_lines_separate_paragraphs():
    outline = parse_document(b"One\n  two\n \t \nThree", filename="x.txt")
    assert texts(outline, BlockKind.PARAGRAPH) == ["One two", "Three"]
