"""The helpers every parser shares."""

import pytest

from content.importers.common import (
    KeyRegistry,
    humanise_stem,
    slugify,
    split_glossary,
    split_marker,
    strip_pipes,
)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The Water Cycle", "the-water-cycle"),
        ("Gutenberg's Press", "gutenberg-s-press"),
        ("Caf\u00e9 & Cr\u00e8me", "cafe-creme"),
        ("  --  ", "section"),
        ("\u6c34\u306e\u5faa\u74b0", "section"),
        ("a" * 60, "a" * 50),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_key_registry_counts_up_from_two():
    keys = KeyRegistry()
    assert [keys.claim("notes") for _ in range(3)] == ["notes", "notes-2", "notes-3"]


def test_key_registry_skips_keys_taken_by_other_headings():
    keys = KeyRegistry()
    # A heading literally called "Notes 2" slugs to "notes-2" before the clash happens.
    assert [keys.claim(key) for key in ("notes-2", "notes", "notes")] == [
        "notes-2",
        "notes",
        "notes-3",
    ]


@pytest.mark.parametrize(
    ("heading", "parts"),
    [
        (
            "CHAPTER 3Japan's Foreign Policy",
            ("named", "chapter", "3", "3", "Japan's Foreign Policy"),
        ),
        ("Chapter 3: Title", ("named", "chapter", "3", "3", "Title")),
        ("Part 2 - Title", ("named", "part", "2", "2", "Title")),
        ("Section 5.", ("named", "section", "5", "5", "")),
        ("1.", ("numbered", "", "1", "1", "")),
        ("2.3. Title", ("numbered", "", "2.3", "2-3", "Title")),
        ("(a)", ("lettered", "", "(a)", "a", "")),
        ("(iv) Title", ("lettered", "", "(iv)", "iv", "Title")),
    ],
)
def test_split_marker(heading, parts):
    marker = split_marker(heading)
    assert (marker.style, marker.word, marker.label, marker.key, marker.title) == parts


@pytest.mark.parametrize(
    "heading", ["1984 Revisited", "Chapters of life", "Partition", "Part did well", "3D Printing"]
)
def test_split_marker_ignores_ordinary_titles(heading):
    assert split_marker(heading) is None


def test_strip_pipes():
    assert strip_pipes("  Title | | ") == "Title"
    assert strip_pipes("a | b |") == "a | b"
    assert strip_pipes("|") == ""


def test_split_glossary_strict_and_relaxed():
    assert split_glossary("FATF: A task force.") == ("FATF", "A task force.")
    assert split_glossary("Water vapour: Gas.") is None
    assert split_glossary("Water vapour: Gas.", strict=False) == ("Water vapour", "Gas.")
    assert split_glossary("One two three four five six seven: no.", strict=False) is None
    assert split_glossary("Well, then: no.", strict=False) is None
    assert split_glossary("Term:no space") is None


@pytest.mark.parametrize(
    ("filename", "title"),
    [
        ("cell-biology_notes.txt", "Cell biology notes"),
        ("/tmp/uploads/bluebook-2008-ch3.txt", "Bluebook 2008 ch3"),
        ("---.md", "Untitled"),
    ],
)
def test_humanise_stem(filename, title):
    assert humanise_stem(filename) == title
