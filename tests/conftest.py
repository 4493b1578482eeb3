"""Fixtures shared by the whole suite: a cast of users and imported documents."""

from pathlib import Path

import pytest

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from content.services import import_document_file, import_outline
from quizzes.models import GenerationJob, Question, question_fingerprint

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEED_PATH = PROJECT_DIR / "content" / "sources" / "bluebook-2008-ch3.txt"


@pytest.fixture
def instructor(django_user_model):
    return django_user_model.objects.create_user(
        username="ines", password="instructor-pass-1", is_instructor=True
    )


@pytest.fixture
def learner(django_user_model):
    return django_user_model.objects.create_user(username="leo", password="learner-pass-1")


@pytest.fixture
def other_instructor(django_user_model):
    return django_user_model.objects.create_user(
        username="otto", password="instructor-pass-2", is_instructor=True
    )


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        username="stella", password="staff-pass-1", is_staff=True
    )


@pytest.fixture
def seed_document(db):
    """The shipped Bluebook chapter, imported as `make run` imports it."""
    return import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document


def synthetic_outline(*, parts: int, sections_per_part: int, paragraphs: int) -> Outline:
    """A document of any size, for checking that pages do not query per row."""
    chapter = OutlineSection(SectionKind.CHAPTER, key="1", label="1", title="Synthetic chapter")
    for part_number in range(1, parts + 1):
        part = OutlineSection(
            SectionKind.PART,
            key=str(part_number),
            label=str(part_number),
            title=f"Part {part_number}",
        )
        for letter in "abcdefghijklmnopqrstuvwxyz"[:sections_per_part]:
            blocks = [
                OutlineBlock(BlockKind.PARAGRAPH, f"Paragraph {n} of {part_number}{letter}.")
                for n in range(paragraphs)
            ]
            blocks.append(OutlineBlock(BlockKind.GLOSSARY, "A defined word.", term=f"T{letter}"))
            blocks.append(OutlineBlock(BlockKind.CAPTION, f"Figure for {letter}"))
            part.children.append(
                OutlineSection(
                    SectionKind.SECTION,
                    key=letter,
                    label=f"({letter})",
                    title=f"Topic {letter}",
                    blocks=blocks,
                )
            )
        chapter.children.append(part)
    return Outline(title="Synthetic", format="pipe", sections=[chapter])


@pytest.fixture
def make_document(db):
    def make(
        *,
        slug: str,
        parts: int = 1,
        sections_per_part: int = 1,
        paragraphs: int = 1,
        uploaded_by=None,
    ):
        outline = synthetic_outline(
            parts=parts, sections_per_part=sections_per_part, paragraphs=paragraphs
        )
        return import_outline(
            outline=outline,
            slug=slug,
            source_name=f"{slug}.txt",
            source_sha256="0" * 64,
            uploaded_by=uploaded_by,
        ).document

    return make


def add_questions(section, count: int, *, status: str = "draft") -> list[Question]:
    """``count`` generated questions on the section's first live block, made directly,
    each citing its own ten characters of it: a quiz never serves two items of one
    sentence, and these are meant to be served together."""
    block = section.blocks.live().order_by("position").first()
    first = section.questions.count()
    questions = []
    for number in range(first, first + count):
        prompt = f"Question {number} about {section.path}?"
        questions.append(
            Question(
                section=section,
                block=block,
                source_start=10 * number,
                source_end=10 * number + 10,
                kind="what",
                format="short_answer",
                prompt=prompt,
                answer=f"Answer {number}",
                origin=Question.Origin.GENERATED,
                status=status,
                score=0.5,
                fingerprint=question_fingerprint(
                    kind="what", prompt=prompt, answer=f"Answer {number}", section_path=section.path
                ),
            )
        )
    return Question.objects.bulk_create(questions)


GENERATION_TASK = "quizzes.tasks.generate_document_questions"


def enqueued_generations() -> int:
    """Generation tasks the database backend holds, whatever their status."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=GENERATION_TASK).count()


def make_generation_job(document, *, state: str, **fields) -> GenerationJob:
    """The document's generation job in ``state``, as a task would have left it."""
    return GenerationJob.objects.create(document=document, state=state, **fields)


@pytest.fixture
def immediate_tasks(settings):
    """Tasks run as they are enqueued (django-tasks' immediate backend), in the request."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def owned_document(seed_document, instructor):
    """The seed document as if ``instructor`` had uploaded it."""
    seed_document.uploaded_by = instructor
    seed_document.save(update_fields=["uploaded_by"])
    return seed_document
