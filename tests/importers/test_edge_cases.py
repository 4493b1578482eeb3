"""Encodings, line endings, untouched characters, introductions and document titles."""

import pytest

from content.importers import BlockKind, parse_document, read_document

from .shapes import section_rows, texts


def test_bom_is_stripped_before_detection_and_parsing():
    outline = parse_document("\ufeff# Ferns\nFerns have no seeds.\n".encode(), filename="f.txt")
    assert outline.format == "markdown"
    assert section_rows(outline) == [("ferns", "chapter", "", "Ferns")]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_become_newlines(newline):
    source = newline.join(["CHAPTER 1 Moss |", "(a) |", "Spores |", "Moss spreads by spores.", ""])
    outline = parse_document(source.encode(), filename="moss.txt")
    assert section_rows(outline) == [
        ("1", "chapter", "1", "Moss"),
        ("1/a", "section", "(a)", "Spores"),
    ]
    assert texts(outline, BlockKind.PARAGRAPH) == ["Moss spreads by spores."]


def test_crlf_markdown_paragraphs_join_cleanly(write_file):
    path = write_file("notes.md", "# Ferns\r\nFerns grow\r\nin shade.\r\n\r\nThey love damp.\r\n")
    assert texts(read_document(path), BlockKind.PARAGRAPH) == [
        "Ferns grow in shade.",
        "They love damp.",
    ]


def test_characters_are_not_unicode_normalised():
    # "e" + combining acute, a ligature and a non-breaking space must survive untouched.
    sentence = "Cafe\u0301 \ufb01ne\u00a0print \u2014 \u201cquoted\u201d."
    outline = parse_document(sentence.encode(), filename="chars.txt")
    assert texts(outline, BlockKind.PARAGRAPH) == [sentence]


def test_pipe_paragraph_keeps_inner_spacing_and_characters():
    line = "Tabs\tand  double  spaces stay \u2013 as written."
    outline = parse_document(f"CHAPTER 1 A |\n{line}\n".encode(), filename="a.txt")
    assert texts(outline, BlockKind.PARAGRAPH) == [line]


def test_markdown_content_before_first_heading_goes_to_introduction():
    outline = parse_document(b"Preface text.\n\n# Ferns\nBody.\n", filename="ferns.md")
    assert section_rows(outline) == [
        ("intro", "chapter", "", "Introduction"),
        ("ferns", "chapter", "", "Ferns"),
    ]
    assert outline.sections[0].blocks[0].text == "Preface text."


def test_heading_slugged_intro_does_not_clash_with_introduction():
    outline = parse_document(b"Preface.\n\n# Intro\nBody.\n", filename="a.md")
    assert [section.key for section in outline.sections] == ["intro", "intro-2"]


def test_title_argument_wins():
    outline = parse_document(b"# Ferns\nBody.\n", filename="a.md", title="Green Plants")
    assert outline.title == "Green Plants"
    assert outline.sections[0].title == "Ferns"


def test_title_comes_from_the_only_top_level_heading():
    outline = parse_document(b"# Ferns\nBody.\n## Spores\nMore.\n", filename="a.md")
    assert outline.title == "Ferns"


def test_title_falls_back_to_file_stem_with_several_top_level_headings():
    outline = parse_document(b"# Ferns\nBody.\n# Mosses\nMore.\n", filename="green_plants.md")
    assert outline.title == "Green plants"


def test_title_falls_back_to_file_stem_when_the_only_heading_is_untitled():
    outline = parse_document(b"(a) |\nThis opening sentence is body text.\n", filename="x-y.txt")
    assert outline.title == "X y"


def test_blank_title_argument_is_ignored():
    outline = parse_document(b"# Ferns\nBody.\n", filename="a.md", title="   ")
    assert outline.title == "Ferns"


def test_read_document_accepts_str_paths(write_file):
    path = write_file("ferns.md", "# Ferns\nBody.\n")
    assert read_document(str(path)).title == "Ferns"


def test_read_document_passes_format_title_and_limit(write_file):
    path = write_file("ferns.md", "# Ferns\nBody.\n")
    outline = read_document(path, format="text", title="Raw", max_bytes=100)
    assert (outline.format, outline.title) == ("text", "Raw")
    assert texts(outline, BlockKind.PARAGRAPH) == ["# Ferns Body."]
