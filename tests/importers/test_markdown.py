"""The hand-written Markdown parser, on a sample document of our own and on single rules."""

from pathlib import Path

import pytest

from content.importers import BlockKind, Outline, parse_document, read_document

from .shapes import block_counts, glossary_terms, section_at, section_rows, texts

BOOK = "the-history-of-the-printing-press"


def parse_markdown_text(text: str) -> Outline:
    return parse_document(text.encode("utf-8"), filename="notes.md")


@pytest.fixture
def printing_press(documents_dir: Path) -> Outline:
    return read_document(documents_dir / "printing-press.md")


def test_printing_press_sample_takes_its_title_from_the_only_top_heading(printing_press):
    assert (printing_press.format, printing_press.title) == (
        "markdown",
        "The History of the Printing Press",
    )


def test_printing_press_sample_structure(printing_press):
    assert section_rows(printing_press) == [
        ("intro", "chapter", "", "Introduction"),
        (BOOK, "chapter", "", "The History of the Printing Press"),
        (f"{BOOK}/1", "part", "1", "Before Gutenberg"),
        (f"{BOOK}/1/1-1", "section", "1.1", "Woodblock Printing"),
        (f"{BOOK}/1/1-2", "section", "1.2", "Movable Type in Asia"),
        (f"{BOOK}/2", "part", "2", "Gutenberg's Press"),
        (f"{BOOK}/2/a", "section", "(a)", "The Mainz Workshop"),
        (f"{BOOK}/2/b", "section", "(b)", "Spread Across Europe"),
        (f"{BOOK}/further-reading", "part", "", "Further Reading"),
        (f"{BOOK}/further-reading-2", "part", "", "Further Reading"),
    ]


def test_printing_press_sample_block_counts(printing_press):
    # Code, the table, the comment, the rule and the empty image add nothing.
    assert block_counts(printing_press) == {
        "intro": (1, 0, 0),
        BOOK: (1, 0, 0),
        f"{BOOK}/1": (0, 0, 0),
        f"{BOOK}/1/1-1": (3, 1, 1),
        f"{BOOK}/1/1-2": (1, 1, 0),
        f"{BOOK}/2": (0, 0, 0),
        f"{BOOK}/2/a": (5, 0, 0),
        f"{BOOK}/2/b": (1, 1, 0),
        f"{BOOK}/further-reading": (1, 0, 0),
        f"{BOOK}/further-reading-2": (1, 0, 0),
    }


def test_printing_press_sample_glossary_and_captions(printing_press):
    assert glossary_terms(printing_press) == ["Woodblock", "Movable Type", "Incunabulum"]
    assert texts(printing_press, BlockKind.CAPTION) == ["The Diamond Sutra, printed in 868"]


def test_printing_press_sample_paragraph_texts_lose_markup(printing_press):
    woodblock = section_at(printing_press, f"{BOOK}/1/1-1").blocks_of(BlockKind.PARAGRAPH)
    assert [block.text for block in woodblock] == [
        "Craftsmen in China carved a whole page into a single block of wood, inked it and "
        "pressed paper onto it.",
        "Blocks were slow to carve.",
        "Each block could print only one page.",
    ]
    workshop = section_at(printing_press, f"{BOOK}/2/a").blocks_of(BlockKind.PARAGRAPH)
    assert [block.text for block in workshop] == [
        "Around 1440 Johannes Gutenberg combined an adapted wine press, oil-based ink and a "
        "hand mould for casting metal letters.",
        "Cast the letters.",
        "Set them in a frame.",
        "Ink and press.",
        "A printed page could be copied hundreds of times in the time a scribe needed for one.",
    ]


def test_printing_press_sample_skips_front_matter_code_and_tables(printing_press):
    everything = " ".join(texts(printing_press, BlockKind.PARAGRAPH))
    for debris in ("Ignored front matter", "print(", "Bible", "timeline", "---", "|"):
        assert debris not in everything


def test_markdown_depth_is_relative_to_shallowest_heading():
    outline = parse_markdown_text("## Oceans\nSalt water.\n#### Currents\nThey move heat.\n")
    assert section_rows(outline) == [
        ("oceans", "chapter", "", "Oceans"),
        ("oceans/currents", "part", "", "Currents"),
    ]


def test_markdown_setext_headings():
    outline = parse_markdown_text("Weather\n=======\n\nRain\n----\nIt falls.\n")
    assert section_rows(outline) == [
        ("weather", "chapter", "", "Weather"),
        ("weather/rain", "part", "", "Rain"),
    ]


@pytest.mark.parametrize(
    ("heading", "label", "key", "title"),
    [
        ("# 1. Origins", "1", "1", "Origins"),
        ("# 2.3 Early Presses", "2.3", "2-3", "Early Presses"),
        ("# (c) Paper", "(c)", "c", "Paper"),
        ("# Chapter 3: Ink", "3", "3", "Ink"),
        ("# Part 2 - Type", "2", "2", "Type"),
        ("# Part IV: Later Years", "IV", "iv", "Later Years"),
        ("# 1984 Revisited", "", "1984-revisited", "1984 Revisited"),
        ("# The *Printed* Word #", "", "the-printed-word", "The Printed Word"),
    ],
)
def test_markdown_heading_markers_become_labels_and_keys(heading, label, key, title):
    outline = parse_markdown_text(f"{heading}\nSome text.\n")
    [section] = outline.sections
    assert (section.label, section.key, section.title) == (label, key, title)


def test_markdown_duplicate_headings_get_unique_keys():
    outline = parse_markdown_text("# Notes\nOne.\n# Notes\nTwo.\n# Notes\nThree.\n")
    assert [section.key for section in outline.sections] == ["notes", "notes-2", "notes-3"]


def test_markdown_same_heading_under_different_parents_keeps_its_key():
    outline = parse_markdown_text("# A\n## Summary\nOne.\n# B\n## Summary\nTwo.\n")
    assert [row[0] for row in section_rows(outline)] == ["a", "a/summary", "b", "b/summary"]


def test_markdown_long_heading_slug_is_cut_at_a_word_boundary():
    outline = parse_markdown_text(
        "# How the Printing Press Changed Religion, Science and Politics in Europe\nText.\n"
    )
    key = outline.sections[0].key
    assert key == "how-the-printing-press-changed-religion-science"
    assert len(key) <= 50


def test_markdown_paragraph_lines_are_joined_with_single_spaces():
    outline = parse_markdown_text("# T\nFirst line\n   second line\nthird line\n\nNext one.\n")
    assert texts(outline, BlockKind.PARAGRAPH) == ["First line second line third line", "Next one."]


def test_markdown_each_list_item_is_a_paragraph():
    outline = parse_markdown_text(
        "# T\n- dash\n* star\n+ plus\n  continued\n1. dot\n2) bracket\n    - nested\n"
    )
    assert texts(outline, BlockKind.PARAGRAPH) == [
        "dash",
        "star",
        "plus continued",
        "dot",
        "bracket",
        "nested",
    ]


def test_markdown_blockquotes_become_paragraphs():
    outline = parse_markdown_text("# T\n> Quoted first line\n> and second.\n>\n> > Nested.\n")
    assert texts(outline, BlockKind.PARAGRAPH) == ["Quoted first line and second.", "Nested."]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("*em* and _em_ but snake_case_name stays", "em and em but snake_case_name stays"),
        ("`code *not em*` here", "code *not em* here"),
        (
            "a [link](https://example.org) and <https://example.org>",
            "a link and https://example.org",
        ),
        ("***both*** and ~~gone~~", "both and gone"),
        (r"an \*escaped\* star", "an *escaped* star"),
        ("2 * 3 * 4 is twenty-four", "2 * 3 * 4 is twenty-four"),
        ("text with ![inline](pic.png) image", "text with image"),
    ],
)
def test_markdown_inline_markup_is_removed(source, text):
    outline = parse_markdown_text(f"# T\n{source}\n")
    assert texts(outline, BlockKind.PARAGRAPH) == [text]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ('![Alt text](press.png "Title text")', "Title text"),
        ("![Alt text](press.png)", "Alt text"),
        ("![**Bold** alt](press.png)", "Bold alt"),
    ],
)
def test_markdown_image_line_becomes_caption(line, caption):
    outline = parse_markdown_text(f"# T\nText.\n\n{line}\n")
    assert texts(outline, BlockKind.CAPTION) == [caption]


def test_markdown_image_without_alt_or_title_is_skipped():
    outline = parse_markdown_text("# T\nText.\n\n![](press.png)\n")
    assert texts(outline, BlockKind.CAPTION) == []


@pytest.mark.parametrize(
    ("paragraph", "term", "definition"),
    [
        (
            "**Platen**: The flat plate that presses paper onto type.",
            "Platen",
            "The flat plate that presses paper onto type.",
        ),
        (
            "**Type metal:** An alloy of lead, tin and antimony.",
            "Type metal",
            "An alloy of lead, tin and antimony.",
        ),
        (
            "Printer's Devil: An apprentice in a print shop.",
            "Printer's Devil",
            "An apprentice in a print shop.",
        ),
        ("- **Forme**: Type locked into a frame.", "Forme", "Type locked into a frame."),
    ],
)
def test_markdown_glossary_paragraphs(paragraph, term, definition):
    outline = parse_markdown_text(f"# T\n{paragraph}\n")
    [entry] = outline.sections[0].blocks
    assert (entry.kind, entry.term, entry.text) == (BlockKind.GLOSSARY, term, definition)


@pytest.mark.parametrize(
    "paragraph",
    [
        "In 1450, three things came together: metal, ink and paper.",
        "The press had three parts: a frame, a screw and a platen.",
        "**Note** that the press had parts: a frame and a screw.",
    ],
)
def test_markdown_colon_sentences_are_not_glossary(paragraph):
    outline = parse_markdown_text(f"# T\n{paragraph}\n")
    assert [block.kind for block in outline.sections[0].blocks] == [BlockKind.PARAGRAPH]


def test_markdown_skips_code_tables_comments_rules_and_html():
    outline = parse_markdown_text(
        "# T\nKept.\n\n~~~\ncode\n~~~\n\n````\n```\nstill code\n````\n\n"
        "Name | Year\n--- | ---\nBible | 1455\n\n<!--\nhidden\n-->\n***\n<div>\n\nAlso kept.\n"
    )
    assert texts(outline, BlockKind.PARAGRAPH) == ["Kept.", "Also kept."]


def test_markdown_unclosed_front_matter_is_a_rule_not_hidden_text():
    outline = parse_markdown_text("---\n# Title\nText stays.\n")
    assert texts(outline, BlockKind.PARAGRAPH) == ["Text stays."]


def test_markdown_without_headings_puts_text_in_introduction():
    outline = parse_markdown_text("Just a paragraph.\n")
    assert section_rows(outline) == [("intro", "chapter", "", "Introduction")]
    assert outline.title == "Notes"
