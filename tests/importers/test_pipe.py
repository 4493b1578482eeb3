"""The pipe export parser, on a sample document of our own and on single rules."""

from pathlib import Path

import pytest

from content.importers import BlockKind, Outline, parse_document, read_document

from .shapes import block_counts, glossary_terms, section_at, section_rows, stored_strings, texts


def parse_pipe_text(text: str) -> Outline:
    return parse_document(text.encode("utf-8"), filename="export.txt", format="pipe")


@pytest.fixture
def water_cycle(documents_dir: Path) -> Outline:
    return read_document(documents_dir / "water-cycle.txt")


def test_water_cycle_sample_is_detected_as_pipe_and_titled_from_the_file_name(water_cycle):
    # Three chapters (and an introduction), so no single heading names the document.
    assert (water_cycle.format, water_cycle.title) == ("pipe", "Water cycle")


def test_water_cycle_sample_structure(water_cycle):
    assert section_rows(water_cycle) == [
        ("intro", "chapter", "", "Introduction"),
        ("1", "chapter", "1", "The Water Cycle"),
        ("1/1", "part", "1", "Evaporation and Transpiration"),
        ("1/1/a", "section", "(a)", "Evaporation from the Oceans"),
        ("1/1/b", "section", "(b)", "Transpiration from Plants"),
        ("1/2", "part", "2", "Condensation and Clouds"),
        ("1/2/a", "section", "(a)", "How Clouds Form"),
        ("2", "chapter", "2", "Water on the Move"),
        ("2/1", "part", "1", "Precipitation"),
        ("2/1/a", "section", "(a)", "Rain, Snow and Hail"),
        ("2/1/b", "section", "(b)", "Runoff and Rivers"),
        ("3", "chapter", "3", "Water Underground"),
        ("3/a", "section", "(a)", "Aquifers"),
        ("3/b", "section", "(b)", ""),
    ]


def test_water_cycle_sample_block_counts(water_cycle):
    assert block_counts(water_cycle) == {
        "intro": (1, 0, 0),
        "1": (1, 0, 0),
        "1/1": (0, 0, 0),
        "1/1/a": (2, 1, 1),
        "1/1/b": (1, 1, 0),
        "1/2": (1, 0, 0),
        "1/2/a": (1, 1, 1),
        "2": (0, 0, 0),
        "2/1": (0, 0, 0),
        "2/1/a": (2, 0, 0),
        "2/1/b": (1, 1, 0),
        "3": (0, 0, 0),
        "3/a": (1, 1, 1),
        "3/b": (1, 0, 0),
    }


def test_water_cycle_sample_glossary_and_captions(water_cycle):
    assert glossary_terms(water_cycle) == [
        "Evaporation",
        "Stomata",
        "Dew Point",
        "Drainage Basin",
        "Aquifer",
    ]
    assert texts(water_cycle, BlockKind.CAPTION) == [
        "Sunlight warming the surface of a tropical sea",
        "Towering cumulus clouds over a summer meadow",
        "A well drawing water from a sandstone aquifer",
    ]
    [evaporation] = section_at(water_cycle, "1/1/a").blocks_of(BlockKind.GLOSSARY)
    assert evaporation.text == (
        "The change of liquid water into water vapour, driven mostly by energy from the Sun."
    )


def test_water_cycle_sample_keeps_colon_sentence_as_paragraph(water_cycle):
    first = section_at(water_cycle, "2/1/a").blocks[0]
    assert first.kind == BlockKind.PARAGRAPH
    assert first.text.startswith("Rain falls in three main ways: as drizzle")


def test_water_cycle_sample_stores_no_pipes_or_image_markers(water_cycle):
    for text in stored_strings(water_cycle):
        assert "|" not in text
        assert "![]()" not in text


def test_pipe_repairs_missing_space_after_chapter_number():
    outline = parse_pipe_text("CHAPTER 12Rivers of the World |\nRivers carry water to the sea.\n")
    assert section_rows(outline) == [("12", "chapter", "12", "Rivers of the World")]


@pytest.mark.parametrize(
    "heading",
    [
        "CHAPTER 4 Deserts |",
        "Chapter 4: Deserts",
        "Chapter 4 - Deserts |",
        "CHAPTER 4 |\nDeserts |",
    ],
)
def test_pipe_accepts_chapter_heading_spellings(heading):
    outline = parse_pipe_text(f"{heading}\nDeserts receive very little rain.\n")
    assert section_rows(outline) == [("4", "chapter", "4", "Deserts")]


def test_pipe_sentence_starting_with_chapter_is_body_text():
    outline = parse_pipe_text(
        "CHAPTER 1 Law |\nChapter 2 of the treaty says that rivers may be shared fairly.\n"
    )
    assert section_rows(outline) == [("1", "chapter", "1", "Law")]
    assert outline.sections[0].blocks[0].text.startswith("Chapter 2 of the treaty")


def test_pipe_numbered_sentence_without_pipe_is_body_text():
    outline = parse_pipe_text("1. |\nSteps |\n1. Boil the water for a full minute.\n")
    assert section_rows(outline) == [("1", "part", "1", "Steps")]
    assert texts(outline, BlockKind.PARAGRAPH) == ["1. Boil the water for a full minute."]


def test_pipe_marker_followed_by_sentence_gets_empty_title():
    outline = parse_pipe_text(
        "(a) |\nThis line is a long sentence that starts the body rather than naming it.\n"
    )
    assert section_rows(outline) == [("a", "section", "(a)", "")]
    assert len(outline.sections[0].blocks) == 1


def test_pipe_short_line_without_pipe_after_marker_is_still_a_title():
    outline = parse_pipe_text("(a) |\nGlaciers\nIce covers a tenth of the land.\n")
    assert section_rows(outline) == [("a", "section", "(a)", "Glaciers")]


def test_pipe_marker_followed_by_marker_gets_empty_title():
    outline = parse_pipe_text("1. |\n(a) |\nSoil |\nSoil is alive.\n")
    assert section_rows(outline) == [("1", "part", "1", ""), ("1/a", "section", "(a)", "Soil")]


def test_pipe_part_marker_closes_previous_part_and_sections_follow_their_part():
    outline = parse_pipe_text(
        "CHAPTER 1 Seas |\n1. |\nNorth |\n(a) |\nIce |\nCold.\n"
        "2. |\nSouth |\n(a) |\nHeat |\nWarm.\n"
    )
    assert [row[0] for row in section_rows(outline)] == ["1", "1/1", "1/1/a", "1/2", "1/2/a"]


def test_pipe_section_without_part_belongs_to_chapter():
    outline = parse_pipe_text("CHAPTER 2 Air |\n(a) |\nWind |\nAir moves.\n")
    assert [row[0] for row in section_rows(outline)] == ["2", "2/a"]


def test_pipe_duplicate_markers_get_unique_keys():
    outline = parse_pipe_text("(a) |\nOne |\nText one.\n(a) |\nTwo |\nText two.\n")
    assert section_rows(outline) == [
        ("a", "section", "(a)", "One"),
        ("a-2", "section", "(a)", "Two"),
    ]


def test_pipe_content_before_first_heading_goes_to_introduction():
    outline = parse_pipe_text("A word before we start.\nCHAPTER 1 Start |\nBody.\n")
    assert section_rows(outline) == [
        ("intro", "chapter", "", "Introduction"),
        ("1", "chapter", "1", "Start"),
    ]
    assert outline.sections[0].blocks[0].text == "A word before we start."


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("![]() A map of the delta |", "A map of the delta"),
        ("![]()A map of the delta||", "A map of the delta"),
        ("![Delta map](delta.png) A map of the delta", "A map of the delta"),
        ("![A map of the delta](delta.png) |", "A map of the delta"),
    ],
)
def test_pipe_caption_lines(line, caption):
    outline = parse_pipe_text(f"Rivers end in deltas.\n{line}\n")
    assert texts(outline, BlockKind.CAPTION) == [caption]


def test_pipe_empty_image_line_is_dropped():
    outline = parse_pipe_text("Rivers end in deltas.\n![]() |\n")
    assert [block.kind for block in outline.sections[0].blocks] == [BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    ("line", "term", "definition"),
    [
        ("UNHCR: The UN refugee agency.", "UNHCR", "The UN refugee agency."),
        ("Gulf Stream: A warm ocean current. |", "Gulf Stream", "A warm ocean current."),
        ("Law of the Sea: A treaty on oceans.", "Law of the Sea", "A treaty on oceans."),
        ("G8: A forum of eight countries.", "G8", "A forum of eight countries."),
    ],
)
def test_pipe_glossary_boxes(line, term, definition):
    outline = parse_pipe_text(f"Oceans cover most of the planet.\n{line}\n")
    [entry] = outline.sections[0].blocks_of(BlockKind.GLOSSARY)
    assert (entry.term, entry.text) == (term, definition)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2007, three goals were set: peace, prosperity and stability.",
        "The plan had three goals: peace, prosperity and stability.",
        "Note the time 10:30 on the chart.",
        "See https://example.org for more.",
        "Seven different island nations signed it together: all agreed.",
    ],
)
def test_pipe_colon_sentences_are_not_glossary(sentence):
    outline = parse_pipe_text(f"{sentence}\n")
    assert [block.kind for block in outline.sections[0].blocks] == [BlockKind.PARAGRAPH]
    assert outline.sections[0].blocks[0].text == sentence


def test_pipe_strips_every_trailing_pipe_and_whitespace():
    outline = parse_pipe_text("  Rivers flow downhill. | |  \n|\n")
    assert texts(outline, BlockKind.PARAGRAPH) == ["Rivers flow downhill."]
