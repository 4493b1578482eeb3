"""Storing generated questions in the bank.

``store_generated_questions`` is the only code that writes generated questions and
generated sets. It is idempotent: storing the same questions twice performs no
writes the second time. It never deletes a question and never changes one an
instructor has edited, approved or written (see ``QuestionQuerySet.protected``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from content.importers.limits import shorten
from content.importers.outline import Outline
from content.models import Block, Document, Section
from content.outlines import document_outline, outline_sha256
from quizzes.generation import ENGINE_VERSION
from quizzes.generation.question import GeneratedQuestion
from quizzes.models import (
    GenerationRun,
    Question,
    QuestionSet,
    QuestionSetItem,
    has_valid_choices,
    question_fingerprint,
)

Progress = Callable[[int, int], None]


class GenerationError(Exception):
    """Generated questions that cannot be stored; the message is one line for the user."""


class GeneratorUnavailable(GenerationError):
    """The generator cannot run at all (no language model): no document can be generated."""


@dataclass
class GenerationReport:
    document: Document
    generated: int = 0
    created: int = 0
    unchanged: int = 0
    updated: int = 0
    retired: int = 0
    revived: int = 0
    kept_protected: int = 0
    skipped: int = 0
    # (path, heading, live questions) for each live section with text or questions.
    by_section: list[tuple[str, str, int]] = field(default_factory=list)
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any((self.created, self.updated, self.retired, self.revived))

    @property
    def live(self) -> int:
        return sum(self.by_kind.values())

    def summary(self) -> str:
        counts = [
            ("created", self.created),
            ("updated", self.updated),
            ("unchanged", self.unchanged),
            ("retired", self.retired),
            ("revived", self.revived),
            ("kept protected", self.kept_protected),
        ]
        if self.skipped:
            counts.append(("skipped as malformed", self.skipped))
        lines = [
            f"{self.document.title}: {self.live} live question{'s' if self.live != 1 else ''}; "
            + ", ".join(f"{name} {count}" for name, count in counts)
            + "."
        ]
        lines += [f"  {path}  {heading}: {count}" for path, heading, count in self.by_section]
        if self.by_kind:
            kinds = sorted(self.by_kind.items(), key=lambda item: (-item[1], item[0]))
            lines.append("  by kind: " + ", ".join(f"{kind} {count}" for kind, count in kinds))
        return "\n".join(lines)


def run_generator(outline: Outline, *, progress: Progress | None = None) -> list[GeneratedQuestion]:
    """Run the question engine on an outline (tests replace this with a fake)."""
    # Imported on use: importing spaCy takes seconds, and a run that skips every
    # document (an unchanged library) never needs it.
    from quizzes.generation.engine import generate
    from quizzes.generation.nlp import ModelMissing

    try:
        return generate(outline, progress=progress)
    except ModelMissing as error:
        raise GeneratorUnavailable(str(error)) from None


def generate_for_document(
    *, document: Document, force: bool = False, progress: Progress | None = None
) -> GenerationReport | None:
    """Generate and store questions for a stored document.

    Returns None, without running the generator, when the document's text is the
    same as at its last run (unless ``force``).
    """
    outline = document_outline(document)
    content_sha256 = outline_sha256(outline)
    if not force and _generated_from(document, content_sha256):
        return None
    generated = run_generator(outline, progress=progress)
    return store_generated_questions(
        document=document, generated=generated, content_sha256=content_sha256
    )


def is_up_to_date(document: Document) -> bool:
    """Whether the document's questions were last generated from its current text by the
    current rules, so that generating them again would change nothing."""
    return _generated_from(document, outline_sha256(document_outline(document)))


def _generated_from(document: Document, content_sha256: str) -> bool:
    return GenerationRun.objects.filter(
        document=document, content_sha256=content_sha256, engine_version=ENGINE_VERSION
    ).exists()


@dataclass
class _Wanted:
    section: Section
    block: Block
    question: GeneratedQuestion
    fingerprint: str


@transaction.atomic
def store_generated_questions(
    *,
    document: Document,
    generated: list[GeneratedQuestion],
    content_sha256: str | None = None,
) -> GenerationReport:
    """Bring the document's generated questions and sets in line with ``generated``.

    ``content_sha256`` is the checksum of the outline the generator read; when given
    and the document has changed since, nothing is stored (offsets would be stale).
    """
    # Locked as import_outline locks it, so no import changes the blocks mid-way.
    document = Document.objects.select_for_update().get(pk=document.pk)
    outline = document_outline(document)
    current_sha256 = outline_sha256(outline)
    if content_sha256 is not None and content_sha256 != current_sha256:
        raise GenerationError(
            f"{document.title}: the document changed while questions were being generated; "
            "run the command again."
        )
    report = GenerationReport(document=document, generated=len(generated))
    sections = list(document.sections.order_by("position"))
    wanted = _match_sources(document, sections, generated, report)
    _sync_questions(document, wanted, report)
    with_text = {path for path, _, section in outline.walk() if section.blocks}
    _sync_sets(document, sections, with_text, report)
    _record_run(document, current_sha256, len(generated))
    return report


def _match_sources(
    document: Document,
    sections: list[Section],
    generated: list[GeneratedQuestion],
    report: GenerationReport,
) -> dict[tuple[int, str], _Wanted]:
    """Find each question's live section and block; of duplicates, keep the best scored."""
    live_sections = {section.path: section for section in sections if section.archived_at is None}
    blocks = {
        (block.section_id, block.position): block
        for block in Block.objects.live().filter(section__document=document)
    }
    wanted: dict[tuple[int, str], _Wanted] = {}
    for question in generated:
        source = question.source
        section = live_sections.get(source.section_path)
        block = blocks.get((section.pk, source.block)) if section else None
        if block is None:
            raise GenerationError(
                f"{document.title}: a generated question cites block {source.block} of "
                f"section {source.section_path!r}, which the document does not have."
            )
        if not 0 <= source.start < source.end <= len(block.text):
            raise GenerationError(
                f"{document.title}: a generated question cites characters "
                f"{source.start}-{source.end} of a {len(block.text)}-character block "
                f"in section {source.section_path!r}."
            )
        if not (0 <= question.score <= 1 and 0 <= question.difficulty <= 1):
            raise GenerationError(
                f"{document.title}: a generated question has a score or difficulty outside 0-1 "
                f"({question.prompt!r})."
            )
        if not has_valid_choices(
            format=question.format, answer=question.answer, choices=question.choices
        ) or _overflowing_fields(question):
            report.skipped += 1
            continue
        fingerprint = question_fingerprint(
            kind=question.kind,
            prompt=question.prompt,
            answer=question.answer,
            section_path=section.path,
        )
        key = (section.pk, fingerprint)
        if key not in wanted or question.score > wanted[key].question.score:
            wanted[key] = _Wanted(section, block, question, fingerprint)
    return wanted


def _overflowing_fields(question: GeneratedQuestion) -> list[str]:
    """Fields of ``question`` too long for their column (PostgreSQL would refuse the row)."""
    return [
        name
        for name, value in _question_values(question).items()
        if isinstance(field := Question._meta.get_field(name), models.CharField)
        and len(value) > field.max_length
    ]


def _generated_values(wanted: _Wanted) -> dict:
    """The fields the generator owns, which it may refresh on unprotected questions."""
    return {"block_id": wanted.block.pk, **_question_values(wanted.question)}


def _question_values(question: GeneratedQuestion) -> dict:
    return {
        "source_start": question.source.start,
        "source_end": question.source.end,
        "kind": str(question.kind),
        "format": str(question.format),
        "prompt": question.prompt,
        "answer": question.answer,
        "answer_type": str(question.answer_type),
        "rule": question.rule,
        "score": float(question.score),
        "difficulty": float(question.difficulty),
        "accepted_answers": list(question.accepted_answers),
        "choices": list(question.choices),
        "false_statement": question.false_statement,
    }


GENERATED_FIELDS = [
    "block",
    "source_start",
    "source_end",
    "kind",
    "format",
    "prompt",
    "answer",
    "answer_type",
    "rule",
    "score",
    "difficulty",
    "accepted_answers",
    "choices",
    "false_statement",
]


def _sync_questions(
    document: Document, wanted: dict[tuple[int, str], _Wanted], report: GenerationReport
) -> None:
    now = timezone.now()
    existing = {
        (question.section_id, question.fingerprint): question
        for question in Question.objects.generated()
        .with_answers_flag()
        .filter(section__document=document)
    }
    to_create: list[Question] = []
    to_update: list[Question] = []
    for key, item in wanted.items():
        stored = existing.get(key)
        if stored is None:
            to_create.append(
                Question(
                    section=item.section,
                    origin=Question.Origin.GENERATED,
                    status=Question.Status.DRAFT,
                    fingerprint=item.fingerprint,
                    **_generated_values(item),
                )
            )
            report.created += 1
            continue
        if stored.is_protected:
            report.kept_protected += 1
            continue
        changed = _assign(stored, _generated_values(item))
        if stored.status == Question.Status.RETIRED:
            stored.status = Question.Status.DRAFT
            report.revived += 1
        elif changed:
            report.updated += 1
        else:
            report.unchanged += 1
            continue
        stored.updated_at = now
        to_update.append(stored)

    stale = []
    for key, stored in existing.items():
        if key in wanted or stored.status == Question.Status.RETIRED:
            continue
        if stored.is_protected:
            report.kept_protected += 1
        else:
            stale.append(stored.pk)
    if stale:
        Question.objects.filter(pk__in=stale).update(status=Question.Status.RETIRED, updated_at=now)
        report.retired = len(stale)
    if to_update:
        Question.objects.bulk_update(to_update, [*GENERATED_FIELDS, "status", "updated_at"])
    if to_create:
        Question.objects.bulk_create(to_create)


def _assign(instance, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def _sync_sets(
    document: Document, sections: list[Section], with_text: set[str], report: GenerationReport
) -> None:
    """Give each live section with questions a generated set of them, best scored first."""
    now = timezone.now()
    live_ids: dict[int, list[int]] = defaultdict(list)
    kinds: Counter[str] = Counter()
    live_questions = (
        Question.objects.live()
        .filter(section__document=document, section__archived_at__isnull=True)
        .order_by("section", "-score", "pk")
        .values_list("section_id", "pk", "kind")
    )
    for section_id, pk, kind in live_questions:
        live_ids[section_id].append(pk)
        kinds[kind] += 1

    sets = {
        question_set.section_id: question_set
        for question_set in QuestionSet.objects.generated().filter(section__document=document)
    }
    current: dict[int, list[int]] = defaultdict(list)
    items = QuestionSetItem.objects.filter(
        question_set__kind=QuestionSet.Kind.GENERATED, question_set__section__document=document
    ).order_by("question_set", "position")
    for set_id, question_id in items.values_list("question_set_id", "question_id"):
        current[set_id].append(question_id)

    new_items: list[QuestionSetItem] = []
    rebuilt: list[int] = []
    title_field = QuestionSet._meta.get_field("title")
    for section in sections:
        ids = live_ids[section.pk]
        if section.archived_at is None and (ids or section.path in with_text):
            report.by_section.append((section.path, section.heading, len(ids)))
        title = shorten(section.heading, title_field.max_length)
        question_set = sets.get(section.pk)
        if question_set is None:
            if not ids:
                continue
            question_set = QuestionSet.objects.create(
                kind=QuestionSet.Kind.GENERATED, section=section, title=title
            )
        elif question_set.title != title:
            question_set.title = title
            question_set.save(update_fields=["title", "updated_at"])
        if current[question_set.pk] != ids:
            rebuilt.append(question_set.pk)
            new_items += [
                QuestionSetItem(question_set=question_set, question_id=pk, position=position)
                for position, pk in enumerate(ids)
            ]
    if rebuilt:
        QuestionSetItem.objects.filter(question_set__in=rebuilt).delete()
        QuestionSetItem.objects.bulk_create(new_items)
        QuestionSet.objects.filter(pk__in=rebuilt).update(updated_at=now)
    report.by_kind = dict(kinds)


def _record_run(document: Document, content_sha256: str, generated_count: int) -> None:
    values = {
        "content_sha256": content_sha256,
        "engine_version": ENGINE_VERSION,
        "generated_count": generated_count,
    }
    run = GenerationRun.objects.filter(document=document).first()
    if run is None:
        GenerationRun.objects.create(document=document, **values)
    elif (run.content_sha256, run.engine_version, run.generated_count) != tuple(values.values()):
        GenerationRun.objects.filter(pk=run.pk).update(updated_at=timezone.now(), **values)
