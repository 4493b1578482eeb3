"""Values the database cannot hold are shortened or refused before they get there."""

import pytest

from content.importers import BlockKind, DocumentError, parse_document
from content.importers import builder as builder_module
from content.importers.common import KeyRegistry
from content.importers.limits import (
    DOCUMENT_TITLE_MAX_LENGTH,
    GLOSSARY_TERM_MAX_LENGTH,
    SECTION_LABEL_MAX_LENGTH,
    SECTION_PATH_MAX_LENGTH,
    SECTION_TITLE_MAX_LENGTH,
    shorten,
)
from content.importers.source import stored_file_name

from .shapes import section_rows, stored_strings, texts

LONG_WORDS = " ".join(f"word{n:03d}" for n in range(120))  # 959 characters


def parse_markdown(source: str):
    return parse_document(source.encode(), filename="notes.md")


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    assert shorten("The quick brown fox jumps", 18) == "The quick brown…"
    assert shorten("short", 18) == "short"
    assert len(shorten("x" * 1000, 300)) == 300


def test_heading_longer_than_a_section_title_is_shortened():
    outline = parse_markdown(f"# Rivers\n## {LONG_WORDS}\nText.\n")
    title = outline.sections[0].children[0].title
    assert len(title) <= SECTION_TITLE_MAX_LENGTH
    assert title.endswith("…")
    assert LONG_WORDS.startswith(title[:-1])


def test_only_top_heading_longer_than_a_document_title_is_shortened_for_the_document():
    heading = LONG_WORDS[:399]
    outline = parse_markdown(f"# {heading}\nText.\n")
    assert len(outline.title) <= DOCUMENT_TITLE_MAX_LENGTH
    assert outline.title.endswith("…")
    assert outline.sections[0].title == heading, "the section keeps its full heading"


def test_six_nested_long_headings_get_paths_that_fit():
    levels = "".join(
        f"{'#' * depth} {'Level ' + str(depth) + ' ' + LONG_WORDS[:80]}\nText.\n"
        for depth in range(1, 7)
    )
    outline = parse_markdown(levels)
    paths = [path for path, *_ in section_rows(outline)]
    assert len(paths) == 6
    assert all(len(path) <= SECTION_PATH_MAX_LENGTH for path in paths)
    assert paths[-1].count("/") == 5


def test_cut_keys_stay_unique_among_siblings():
    deep = "".join(f"{'#' * depth} {LONG_WORDS[:80]}\n" for depth in range(1, 6))
    outline = parse_markdown(deep + "###### Same long heading words again\nA.\n" * 3)
    leaves = [path for path, *_ in section_rows(outline)][-3:]
    assert len(set(leaves)) == 3
    assert all(len(path) <= SECTION_PATH_MAX_LENGTH for path in leaves)


def test_key_registry_cuts_a_key_so_its_number_fits():
    keys = KeyRegistry()
    assert [keys.claim("abcdefghij", 8) for _ in range(3)] == ["abcdefgh", "abcdef-2", "abcdef-3"]


@pytest.mark.parametrize(
    ("source", "filename"),
    [
        ("# " + ".".join(map(str, range(1, 22))) + " Deep\nText.\n", "notes.md"),
        ("CHAPTER 1 A |\n" + ".".join(map(str, range(1, 22))) + " |\nDeep |\nText.\n", "a.txt"),
    ],
)
def test_marker_too_long_for_a_label_stays_in_the_title(source, filename):
    outline = parse_document(source.encode(), filename=filename)
    section = [s for _, _, s in outline.walk()][-1]
    assert section.label == ""
    assert section.title.startswith("1.2.3.4.5")
    assert all(len(label) <= SECTION_LABEL_MAX_LENGTH for _, _, label, _ in section_rows(outline))


@pytest.mark.parametrize(("heading", "filename"), [("CHAPTER 1 A |", "a.txt"), ("# A", "a.md")])
def test_glossary_term_too_long_to_store_leaves_a_paragraph(heading, filename):
    term = " ".join(["Supercalifragilistic" * 2] * 6)  # six words, 245 characters
    assert len(term) > GLOSSARY_TERM_MAX_LENGTH
    line = f"{term}: a definition of it."
    outline = parse_document(f"{heading}\n\n{line}\n".encode(), filename=filename)
    assert texts(outline, BlockKind.GLOSSARY) == []
    assert texts(outline, BlockKind.PARAGRAPH) == [line]


def test_given_title_over_the_limit_is_refused_with_one_line():
    with pytest.raises(DocumentError, match=r"title is 301 characters long; the limit is 300"):
        parse_markdown_with_title("x" * 301)


def test_given_title_with_nul_is_refused():
    with pytest.raises(DocumentError, match="NUL"):
        parse_markdown_with_title("Rivers\x00")


def parse_markdown_with_title(title: str):
    return parse_document(b"# Rivers\nText.\n", filename="notes.md", title=title)


def test_file_name_with_control_characters_never_reaches_a_title():
    outline = parse_document(b"Plain text here.\n", filename="riv\x00ers\x1f.txt")
    assert outline.title == "Rivers"
    assert all("\x00" not in text for text in stored_strings(outline))


def test_stored_file_name_drops_control_characters_and_fits_the_column():
    assert stored_file_name("/tmp/riv\x00ers.md") == "rivers.md"
    long_name = stored_file_name("n" * 300 + ".md")
    assert len(long_name) == 255
    assert long_name.endswith(".md")


def test_too_many_sections_is_refused(monkeypatch):
    monkeypatch.setattr(builder_module, "MAX_SECTIONS", 3)
    with pytest.raises(DocumentError, match="more than 3 sections; split it"):
        parse_markdown("# A\nx\n# B\nx\n# C\nx\n# D\nx\n")


def test_too_many_paragraphs_is_refused(monkeypatch):
    monkeypatch.setattr(builder_module, "MAX_BLOCKS", 3)
    with pytest.raises(DocumentError, match="more than 3 paragraphs"):
        parse_markdown("# A\n\nw\n\nx\n\ny\n\nz\n")
    with pytest.raises(DocumentError, match="more than 3 paragraphs"):
        parse_document(b"w\n\nx\n\ny\n\nz\n", filename="a.txt")
