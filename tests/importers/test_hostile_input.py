"""Inputs built to make a backtracking pattern take quadratic time must parse correctly.

Each input is a few hundred kilobytes: the importers before the linear rewrite needed
minutes for them (8.8 s already at 32 KB for "**a "), the linear ones a fraction of a
second. Timing targets live in benchmarks/bench_import.py; here a generous deadline only
turns a hang into a failure, and every case checks what was imported.
"""

import signal
from collections.abc import Iterator

import pytest

from content.importers import BlockKind, parse_document
from content.importers.inline import clean_inline

from .shapes import section_rows, texts

REPEATS = 50_000
DEADLINE_SECONDS = 60


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    """Fail a test that runs away instead of letting it hang the suite."""

    def give_up(signum, frame):
        raise AssertionError(f"still parsing after {DEADLINE_SECONDS} s: not linear")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(DEADLINE_SECONDS)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def paragraph(source: str, filename: str = "hostile.md") -> str:
    [text] = texts(parse_document(source.encode(), filename=filename), BlockKind.PARAGRAPH)
    return text


@pytest.mark.parametrize(
    "unit",
    ["**a ", "__a ", "*a ", "_a ", "~~a ", "[a", "![a", "[a](b(", "<http:a"],
)
def test_unmatched_markers_on_one_long_line_stay_as_written(unit):
    line = "Text " + unit * REPEATS
    assert paragraph(line) == line.strip()


def test_thousands_of_nested_strong_spans_lose_every_marker():
    line = "**a " * REPEATS + "b** " * REPEATS
    assert paragraph(line) == ("a " * REPEATS + "b " * REPEATS).strip()


def test_a_run_of_backticks_with_no_partner_is_text():
    assert paragraph("Text " + "`" * REPEATS) == "Text " + "`" * REPEATS


@pytest.mark.parametrize("filename", ["hostile.md", "hostile.txt"])
def test_long_run_of_spaces_before_a_colon_is_not_a_glossary_entry(filename):
    line = "Term" + " " * (REPEATS * 4) + ":x"
    outline = parse_document(line.encode(), filename=filename)
    assert [block.kind for _, _, s in outline.walk() for block in s.blocks] == [BlockKind.PARAGRAPH]


def test_long_run_of_spaces_before_a_glossary_colon_still_gives_the_term():
    line = "FATF" + " " * (REPEATS * 4) + ": A framework against money laundering."
    outline = parse_document(line.encode(), filename="hostile.txt", format="pipe")
    [block] = outline.sections[0].blocks
    assert (block.kind, block.term, block.text) == (
        BlockKind.GLOSSARY,
        "FATF",
        "A framework against money laundering.",
    )


def test_heading_with_a_long_run_of_spaces_inside():
    heading = "A" + " " * (REPEATS * 4) + "b"
    outline = parse_document(f"# {heading}\nText.\n".encode(), filename="hostile.md")
    assert outline.sections[0].title == "A…"  # shortened at the last space that fits


def test_table_delimiter_with_a_long_run_of_spaces_is_a_list_item():
    source = "a | b\n-" + " " * (REPEATS * 4) + "x\n"
    outline = parse_document(source.encode(), filename="hostile.md")
    assert texts(outline, BlockKind.PARAGRAPH) == ["a | b", "x"]


def test_line_of_pipes_is_stripped_to_its_text():
    source = "CHAPTER 1 Rivers |\nRivers flow " + "|" * (REPEATS * 4) + "\n"
    outline = parse_document(source.encode(), filename="hostile.txt")
    assert texts(outline, BlockKind.PARAGRAPH) == ["Rivers flow"]


def test_chapter_word_with_a_long_number_is_detected_quickly():
    source = "chapter " + "1" * (REPEATS * 4) + "\nSome text about rivers.\n"
    outline = parse_document(source.encode(), filename="hostile.txt")
    assert outline.format == "text"


def test_numbered_marker_with_many_levels_is_parsed_quickly():
    marker = ".".join(["1"] * REPEATS)
    outline = parse_document(f"# {marker}x\nText.\n".encode(), filename="hostile.md")
    assert section_rows(outline)[0][2] == ""  # not a marker: the heading is its title


def test_link_whose_target_holds_parentheses_loses_the_whole_target():
    assert (
        clean_inline("The [Nile](https://en.wikipedia.org/wiki/Nile_(river)) flows north.")
        == "The Nile flows north."
    )


def test_image_whose_source_holds_parentheses_is_removed_whole():
    assert clean_inline("A map ![map](maps/nile_(1890).png) of the river.") == (
        "A map of the river."
    )


def test_image_line_whose_source_holds_parentheses_gives_its_caption():
    outline = parse_document(
        b"# T\nText.\n\n![](nile_(1890).png) The Nile delta\n", filename="a.md"
    )
    assert texts(outline, BlockKind.CAPTION) == ["The Nile delta"]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("*a **b***", "a b"),
        ("**bold *and em***", "bold and em"),
        ("~single~ tilde", "~single~ tilde"),
        ("_a_b_ c", "a_b c"),
        (r"\_not em\_ and \\ backslash", r"_not em_ and \ backslash"),
        ("**`code`**", "code"),
        ("``a ` b``", "a ` b"),
        ("[**bold link**](x)", "bold link"),
        ("a * b * c", "a * b * c"),
    ],
)
def test_inline_markup_corner_cases(source, text):
    assert clean_inline(source) == text
