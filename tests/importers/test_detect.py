"""Choosing the parser: forced format, then extension, then content."""

import pytest

from content.importers import FORMATS, parse_document
from content.importers.detect import detect_format

PIPE_SAMPLE = "CHAPTER 1Rivers |\n1. |\nSources |\nRivers start in hills.\n"
MARKDOWN_SAMPLE = "# Rivers\n\nRivers start in hills.\n"


def test_formats_are_the_three_parsers():
    assert FORMATS == ("pipe", "markdown", "text")


@pytest.mark.parametrize("filename", ["notes.md", "NOTES.MD", "notes.markdown"])
def test_markdown_extension_wins_over_content(filename):
    assert detect_format(PIPE_SAMPLE, filename) == "markdown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PIPE_SAMPLE, "pipe"),
        ("CHAPTER 7\nThe tide comes in.\n", "pipe"),
        ("Chapter 7: Tides |\nThe tide comes in.\n", "pipe"),
        ("Intro.\n1. |\nTides |\n", "pipe"),
        ("Intro.\n(b) |\nTides |\n", "pipe"),
        ("Tides |\nWaves |\nCurrents |\nThe sea moves.\n", "pipe"),
        (MARKDOWN_SAMPLE, "markdown"),
        ("Text first.\n\n###### Deep heading\n", "markdown"),
        ("Rivers\n======\n\nRivers start in hills.\n", "markdown"),
        ("Rivers\n---\nRivers start in hills.\n", "markdown"),
        ("Rivers start in hills.\n---\nThey end in the sea.\n", "text"),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n", "text"),
        ("Rivers start in hills.\n\nThey end in the sea.\n", "text"),
        ("#hashtag is not a heading\n", "text"),
        ("Only one line ends with a pipe |\n", "text"),
        ("Chapter 7 of the book is about tides.\n", "text"),
    ],
)
def test_content_decides_format_of_txt_files(text, expected):
    assert detect_format(text, "notes.txt") == expected


@pytest.mark.parametrize("forced", ["text", "TEXT", " text "])
def test_forced_format_wins_over_extension_and_content(forced):
    assert detect_format(PIPE_SAMPLE, "notes.md", forced) == "text"


def test_parse_document_reports_the_detected_format():
    assert parse_document(PIPE_SAMPLE.encode(), filename="rivers.txt").format == "pipe"
    assert parse_document(MARKDOWN_SAMPLE.encode(), filename="rivers.txt").format == "markdown"
    forced = parse_document(MARKDOWN_SAMPLE.encode(), filename="rivers.txt", format="text")
    assert forced.format == "text"
    assert forced.sections[0].blocks[0].text == "# Rivers"
