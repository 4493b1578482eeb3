"""The whole generator on real documents: properties a learner or an instructor would notice."""

from collections import Counter
from pathlib import Path

import pytest

from content.importers import BlockKind, read_document
from quizzes.generation.engine import generate
from quizzes.generation.question import BLANK, Format, Kind
from quizzes.generation.ranking import normalise

PROJECT_DIR = Path(__file__).resolve().parents[2]
SEED = PROJECT_DIR / "content" / "sources" / "bluebook-2008-ch3.txt"
DOCUMENTS = Path(__file__).resolve().parent / "documents"
ANTARCTICA = DOCUMENTS / "antarctic-exploration.txt"
VACCINATION = DOCUMENTS / "vaccination-history.md"
ALL_DOCUMENTS = [SEED, ANTARCTICA, VACCINATION]


SEED_LABELS = ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]


@pytest.fixture(scope="module")
def questions_for():
    """``questions_for(path)``: the document read and generated once for the whole module."""
    cache: dict[Path, list] = {}

    def get(path: Path) -> list:
        if path not in cache:
            cache[path] = generate(read_document(path))
        return cache[path]

    return get


@pytest.fixture(scope="module", params=ALL_DOCUMENTS, ids=lambda path: path.stem)
def generated(request, questions_for):
    """(path, questions) for each document."""
    return request.param, questions_for(request.param)


def sections_by_path(path: Path) -> dict:
    """A freshly parsed outline, so offsets are checked against text the engine never saw."""
    return {section_path: section for section_path, _, section in read_document(path).walk()}


def test_every_document_gets_questions(generated):
    _, questions = generated

    assert len(questions) >= 20


def test_every_source_sentence_sits_at_its_offsets_in_its_block(generated):
    path, questions = generated
    sections = sections_by_path(path)

    for q in questions:
        source = q.source
        text = sections[source.section_path].blocks[source.block].text
        assert text[source.start : source.end] == source.sentence, q.prompt


def test_every_answer_is_written_in_its_source_sentence(generated):
    """As printed: a glossary box's term stands before its definition."""
    _, questions = generated

    missing = [(q.prompt, q.answer) for q in questions if q.answer not in q.source.as_printed]
    assert missing == []


def test_no_fill_in_the_blank_stem_is_too_long_to_read(generated):
    _, questions = generated

    long_stems = [
        q.prompt for q in questions if q.kind == Kind.FILL_BLANK and len(q.prompt.split()) > 25
    ]
    assert long_stems == []


def test_no_question_gives_its_answer_away(generated):
    _, questions = generated

    leaking = [
        (q.prompt, q.answer)
        for q in questions
        if f" {normalise(q.answer)} " in f" {normalise(q.prompt)} "
    ]
    assert leaking == []


def test_no_two_questions_read_the_same(generated):
    _, questions = generated
    counts = Counter(normalise(q.prompt) for q in questions)

    assert [prompt for prompt, count in counts.items() if count > 1] == []


def test_every_multiple_choice_question_offers_four_distinct_choices_with_the_answer(generated):
    _, questions = generated
    multiple_choice = [q for q in questions if q.format == Format.MULTIPLE_CHOICE]

    assert multiple_choice
    for q in multiple_choice:
        assert len(q.choices) == 4, q.prompt
        assert len(set(q.choices)) == 4, q.choices
        assert q.choices.count(q.answer) == 1, q.choices


def test_questions_end_with_a_question_mark_and_blanks_hold_one_blank(generated):
    _, questions = generated

    for q in questions:
        if q.kind == Kind.FILL_BLANK:
            assert q.prompt.count(BLANK) == 1, q.prompt
        else:
            assert q.prompt.endswith("?"), q.prompt
            assert BLANK not in q.prompt, q.prompt


def test_every_section_with_three_paragraphs_gets_a_question(generated):
    path, questions = generated
    asked = Counter(q.source.section_path for q in questions)
    sections = sections_by_path(path)
    substantial = [
        section_path
        for section_path, section in sections.items()
        if len(section.blocks_of(BlockKind.PARAGRAPH)) >= 3
    ]

    assert substantial
    assert [section_path for section_path in substantial if not asked[section_path]] == []


@pytest.fixture(scope="module")
def seed_questions(questions_for):
    return questions_for(SEED)


# A sentence no longer yields a blank just for being there: stems that cannot be cut to
# a short clause, or whose subject only points back, are refused. The counts say every
# section still gets questions, not that every sentence does.
def test_seed_chapter_gets_at_least_thirty_questions(seed_questions):
    assert len(seed_questions) >= 30


def test_each_seed_section_gets_a_question(seed_questions):
    # Section (g) is mostly policy statements; one good question beats five blanks on them.
    per_section = Counter(q.source.section_label for q in seed_questions)
    too_few = {label: per_section[label] for label in SEED_LABELS if per_section[label] < 1}

    assert too_few == {}


def test_seed_chapter_asks_at_least_five_kinds_of_question(seed_questions):
    assert len({q.kind for q in seed_questions}) >= 5


def test_own_documents_have_the_shape_the_tests_rely_on():
    antarctica = read_document(ANTARCTICA)
    vaccination = read_document(VACCINATION)
    pipe_sections = [s for _, depth, s in antarctica.walk() if depth == 2]
    markdown_sections = [s for _, depth, s in vaccination.walk() if depth >= 1]

    assert antarctica.format == "pipe"
    assert len([s for _, depth, s in antarctica.walk() if depth == 1]) >= 2
    assert len(pipe_sections) >= 5
    assert sum(len(s.blocks_of(BlockKind.GLOSSARY)) for s in pipe_sections) >= 2
    assert sum(len(s.blocks_of(BlockKind.CAPTION)) for s in pipe_sections) >= 2
    assert vaccination.format == "markdown"
    assert len(markdown_sections) >= 4
    assert sum(len(s.blocks_of(BlockKind.GLOSSARY)) for s in markdown_sections) >= 2
    for path in (ANTARCTICA, VACCINATION):
        assert len(path.read_text(encoding="utf-8").split()) >= 500
