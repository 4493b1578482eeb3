"""The question bank: questions grounded in one sentence of a stored block, and sets of them.

Generated questions are never deleted. A regeneration run retires the ones it no
longer produces (kept for history and, later, for learners' past answers) and never
changes a question an instructor has touched.
"""

import hashlib
from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from quizzes.generation.question import AnswerType, Format, Kind

MIN_CHOICES = 3


def _choices_of(enum) -> list[tuple[str, str]]:
    return [(member.value, member.value.replace("_", " ").capitalize()) for member in enum]


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def question_fingerprint(*, kind: str, prompt: str, answer: str, section_path: str) -> str:
    """Identity of a generated question: the same question from the same section.

    Case and spacing are ignored, so a cosmetic change in the generator's output is
    still recognised as the question already stored.
    """
    parts = (str(kind), _normalised(prompt), _normalised(answer), section_path)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def has_valid_choices(*, format: str, answer: str, choices: Sequence[str]) -> bool:
    """A multiple-choice question offers at least MIN_CHOICES distinct options, one the answer."""
    if format != Format.MULTIPLE_CHOICE:
        return True
    distinct = len(set(choices)) == len(choices)
    return distinct and len(choices) >= MIN_CHOICES and answer in choices


class QuestionQuerySet(models.QuerySet):
    def live(self) -> "QuestionQuerySet":
        """Questions that may be served: not retired, and asked about text the document
        still contains. A re-import archives a changed block or a removed section; the
        questions on it stay (learners' history points at them) but are no longer asked.
        """
        return (
            self.exclude(status=Question.Status.RETIRED)
            .filter(section__archived_at__isnull=True)
            .filter(Q(block__isnull=True) | Q(block__archived_at__isnull=True))
        )

    def generated(self) -> "QuestionQuerySet":
        return self.filter(origin=Question.Origin.GENERATED)

    def approved(self) -> "QuestionQuerySet":
        return self.filter(status=Question.Status.APPROVED)

    def servable(self) -> "QuestionQuerySet":
        """Live questions that learners are served, by each document's ``serving`` setting:
        approved ones only, or approved ones and drafts ("auto" is the latter until any
        question of the document is approved). One condition, no query per document."""
        from content.models import Document

        approved_here = Question.objects.live().filter(
            status=Question.Status.APPROVED, section__document=OuterRef("section__document")
        )
        return self.live().filter(
            Q(status=Question.Status.APPROVED)
            | Q(section__document__serving=Document.Serving.APPROVED_AND_DRAFTS)
            | (Q(section__document__serving=Document.Serving.AUTO) & ~Exists(approved_here))
        )

    def in_review_order(self) -> "QuestionQuerySet":
        """The review queue's order: reading order of sections, then the best scored."""
        return self.order_by("section__position", "-score", "pk")

    def set_status(self, *, status: str, user) -> int:
        """Approve or retire these questions as ``user``: recorded, and protected from
        regeneration from then on. Returns how many changed."""
        now = timezone.now()
        return self.exclude(status=status).update(
            status=status, edited_at=now, edited_by=user, updated_at=now
        )

    def with_answers_flag(self) -> "QuestionQuerySet":
        """Annotate ``has_answers``: whether any learner has answered the question."""
        from quizzes.models.attempts import AttemptItem

        answered = AttemptItem.objects.filter(question=OuterRef("pk"), answered_at__isnull=False)
        return self.annotate(has_answers=Exists(answered))

    def protected(self) -> "QuestionQuerySet":
        """Questions a regeneration run must leave exactly as they are."""
        return self.with_answers_flag().filter(
            Q(edited_at__isnull=False)
            | Q(status=Question.Status.APPROVED)
            | Q(origin=Question.Origin.MANUAL)
            | Q(has_answers=True)
        )


class Question(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"
        RETIRED = "retired", "Retired"

    class Origin(models.TextChoices):
        GENERATED = "generated", "Generated"
        MANUAL = "manual", "Written by an instructor"

    section = models.ForeignKey(
        "content.Section", on_delete=models.CASCADE, related_name="questions"
    )
    # RESTRICT, not PROTECT: a block is never deleted on its own while questions point
    # at it, but deleting a whole document still takes its questions with it.
    block = models.ForeignKey(
        "content.Block",
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="questions",
        verbose_name="source block",
        help_text="The paragraph, glossary box or caption the question comes from.",
    )
    source_start = models.PositiveIntegerField(
        null=True, blank=True, help_text="Offset of the source sentence in the block's text."
    )
    source_end = models.PositiveIntegerField(
        null=True, blank=True, help_text="Offset just past the source sentence."
    )
    kind = models.CharField(
        max_length=20, choices=_choices_of(Kind), help_text="What the question asks about."
    )
    format = models.CharField(
        max_length=20, choices=_choices_of(Format), help_text="How the learner answers it."
    )
    prompt = models.TextField(help_text="The question as the learner reads it.")
    answer = models.TextField(help_text="The expected answer, as shown after answering.")
    accepted_answers = models.JSONField(
        default=list, blank=True, help_text="Other answers marked as correct (a list)."
    )
    choices = models.JSONField(
        default=list,
        blank=True,
        help_text="Options in display order, the answer among them (multiple choice only).",
    )
    false_statement = models.TextField(
        blank=True,
        help_text=(
            "For fill in the blank: the sentence with a wrong fact of the same type in the "
            "blank, so the question can also be asked as true or false."
        ),
    )
    answer_type = models.CharField(
        max_length=20,
        choices=_choices_of(AnswerType),
        default=AnswerType.PHRASE,
        help_text="What sort of thing the answer is: a year, a person, a place, …",
    )
    origin = models.CharField(
        max_length=20, choices=Origin.choices, default=Origin.MANUAL, editable=False
    )
    rule = models.CharField(
        max_length=100, blank=True, help_text="The generator rule that produced the question."
    )
    score = models.FloatField(
        default=1.0, help_text="Generator's confidence from 0 to 1; sets list the best first."
    )
    difficulty = models.FloatField(default=0.5, help_text="From 0 (easy) to 1 (hard).")
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text="Drafts await review; retired questions are kept for history only.",
    )
    edited_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Last change by an instructor; regeneration never touches edited questions.",
    )
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="edited_questions",
        help_text="Who made the last change (approved, retired, edited or wrote it).",
    )
    fingerprint = models.CharField(
        max_length=40,
        blank=True,
        editable=False,
        help_text=(
            "Identity of the generator output the question came from. It is kept when an "
            "instructor edits the question, so regeneration does not bring the original back."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["section_id", "-score", "pk"]
        verbose_name = "question"
        indexes = [models.Index(fields=["section", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=1), name="question_score_range"
            ),
            models.CheckConstraint(
                condition=Q(difficulty__gte=0, difficulty__lte=1),
                name="question_difficulty_range",
            ),
            models.CheckConstraint(
                condition=Q(source_start__gte=0, source_end__gt=F("source_start")),
                name="question_source_range",
            ),
            models.CheckConstraint(
                condition=Q(block__isnull=True, source_start__isnull=True, source_end__isnull=True)
                | Q(block__isnull=False, source_start__isnull=False, source_end__isnull=False),
                name="question_source_complete",
            ),
            models.CheckConstraint(
                condition=Q(origin="manual") | (Q(block__isnull=False) & ~Q(fingerprint="")),
                name="question_generated_has_source",
            ),
            models.UniqueConstraint(
                fields=["section", "fingerprint"],
                condition=Q(origin="generated"),
                name="question_generated_unique",
            ),
        ]

    def __str__(self) -> str:
        return self.prompt if len(self.prompt) <= 80 else f"{self.prompt[:79]}…"

    @property
    def source_sentence(self) -> str:
        if self.block is None or self.source_start is None or self.source_end is None:
            return ""
        return self.block.text[self.source_start : self.source_end]

    @property
    def is_protected(self) -> bool:
        """Python twin of ``QuestionQuerySet.protected``, for a question loaded through
        ``with_answers_flag()`` (learners' answers must keep the question they answered)."""
        return (
            self.edited_at is not None
            or self.status == self.Status.APPROVED
            or self.origin == self.Origin.MANUAL
            or self.has_answers
        )

    def clean(self) -> None:
        errors = {}
        if not has_valid_choices(format=self.format, answer=self.answer, choices=self.choices):
            errors["choices"] = (
                f"A multiple-choice question needs at least {MIN_CHOICES} different "
                "choices, one of them the answer."
            )
        if self.block_id is not None and self.section_id is not None:
            if self.block.section_id != self.section_id:
                errors["block"] = "The source block must belong to the question's section."
            elif self.source_end is not None and self.source_end > len(self.block.text):
                errors["source_end"] = "The source sentence ends past the end of the block."
        if errors:
            raise ValidationError(errors)


class QuestionSetQuerySet(models.QuerySet):
    def generated(self) -> "QuestionSetQuerySet":
        return self.filter(kind=QuestionSet.Kind.GENERATED)


class QuestionSet(models.Model):
    class Kind(models.TextChoices):
        GENERATED = "generated", "Generated for a section"
        CUSTOM = "custom", "Put together by an instructor"

    title = models.CharField(max_length=300)
    section = models.ForeignKey(
        "content.Section",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="question_sets",
        help_text="The section a generated set covers.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.CUSTOM)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question_sets",
    )
    questions = models.ManyToManyField(
        Question, through="QuestionSetItem", related_name="question_sets", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionSetQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = "question set"
        constraints = [
            models.UniqueConstraint(
                fields=["section"],
                condition=Q(kind="generated"),
                name="question_set_one_generated_per_section",
            ),
            models.CheckConstraint(
                condition=Q(kind="custom") | Q(section__isnull=False),
                name="question_set_generated_has_section",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def questions_in_order(self) -> QuestionQuerySet:
        return Question.objects.filter(set_items__question_set=self).order_by("set_items__position")


class QuestionSetItem(models.Model):
    question_set = models.ForeignKey(QuestionSet, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="set_items")
    position = models.PositiveIntegerField(help_text="Order inside the set, from 0.")

    class Meta:
        ordering = ["question_set", "position"]
        verbose_name = "question in a set"
        verbose_name_plural = "questions in sets"
        constraints = [
            models.UniqueConstraint(
                fields=["question_set", "position"], name="question_set_item_position_unique"
            ),
            models.UniqueConstraint(
                fields=["question_set", "question"], name="question_set_item_question_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position + 1}. {self.question}"


class GenerationRun(models.Model):
    """The latest generation run of a document: which content it read.

    A run of the same rules over content with the same checksum would change nothing,
    so the ``generate_questions`` command skips it unless forced.
    """

    document = models.OneToOneField(
        "content.Document", on_delete=models.CASCADE, related_name="generation_run"
    )
    content_sha256 = models.CharField(
        max_length=64, help_text="Checksum of the live sections and blocks the generator read."
    )
    engine_version = models.CharField(
        max_length=40, blank=True, help_text="Version of the generator's rules that ran."
    )
    generated_count = models.PositiveIntegerField(
        help_text="How many questions the generator produced."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "generation run"

    def __str__(self) -> str:
        return f"{self.document}: {self.generated_count} questions"
