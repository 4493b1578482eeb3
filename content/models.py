"""Source documents stored as a tree of sections holding ordered blocks of text.

Block text is kept exactly as imported and never edited in place: a re-import that
changes a block archives it and adds a new one, so character offsets into a block
(the source sentence of a question) stay valid for as long as the block exists.
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from django.urls import reverse

from content.importers.limits import (
    DOCUMENT_SLUG_MAX_LENGTH,
    DOCUMENT_TITLE_MAX_LENGTH,
    GLOSSARY_TERM_MAX_LENGTH,
    SECTION_LABEL_MAX_LENGTH,
    SECTION_PATH_MAX_LENGTH,
    SECTION_TITLE_MAX_LENGTH,
    SOURCE_NAME_MAX_LENGTH,
)
from content.importers.outline import BlockKind, SectionKind


class DocumentQuerySet(models.QuerySet):
    def with_counts(self) -> "DocumentQuerySet":
        live_sections = Q(sections__archived_at__isnull=True)
        return self.annotate(section_count=Count("sections", filter=live_sections))

    def managed_by(self, user) -> "DocumentQuerySet":
        """Documents ``user`` manages in the instructors' workspace: staff all of them,
        instructors those they uploaded, anyone else none."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if user.is_staff:
            return self
        if user.is_instructor:
            return self.filter(uploaded_by=user)
        return self.none()

    def with_status_counts(self) -> "DocumentQuerySet":
        """Annotate ``draft_count``, ``approved_count`` and ``retired_count``: questions of
        the document's live sections by status, counted in the same query."""
        counts = {}
        for status in ("draft", "approved", "retired"):
            condition = Q(sections__archived_at__isnull=True, sections__questions__status=status)
            counts[f"{status}_count"] = Count("sections__questions", filter=condition)
        return self.annotate(**counts)


class Document(models.Model):
    slug = models.SlugField(
        unique=True,
        max_length=DOCUMENT_SLUG_MAX_LENGTH,
        help_text="Stable name in URLs, taken from the file name.",
    )
    title = models.CharField(max_length=DOCUMENT_TITLE_MAX_LENGTH)
    source_name = models.CharField(
        "source file",
        max_length=SOURCE_NAME_MAX_LENGTH,
        help_text="Name of the file it was imported from.",
    )
    source_format = models.CharField(
        max_length=20, help_text="Importer that read the file: pipe, markdown or text."
    )
    source_sha256 = models.CharField(max_length=64, help_text="Checksum of the imported file.")

    class Serving(models.TextChoices):
        AUTO = "auto", "Automatic: drafts until a question is approved, then approved only"
        APPROVED_ONLY = "approved_only", "Approved questions only"
        APPROVED_AND_DRAFTS = "approved_and_drafts", "Approved questions, then the best drafts"

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="uploaded_documents",
    )
    serving = models.CharField(
        "questions served",
        max_length=20,
        choices=Serving.choices,
        default=Serving.AUTO,
        help_text=(
            "Which questions learners get in practice, review and the visitors' trial. "
            "Automatic serves every draft (best ranked first) until you approve a question, "
            "then only approved ones. Approved questions always come first."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = "document"
        constraints = [
            models.CheckConstraint(
                condition=Q(serving__in=["auto", "approved_only", "approved_and_drafts"]),
                name="document_serving_known",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:document", kwargs={"slug": self.slug})

    def is_owned_by(self, user) -> bool:
        """Whether ``user`` may replace the document and follow its questions' generation:
        staff, and whoever uploaded it. (The workspace asks more: ``managed_by``.)"""
        return (
            user.is_authenticated
            and user.is_active
            and (user.is_staff or self.uploaded_by_id == user.pk)
        )


class ArchivableQuerySet(models.QuerySet):
    """Rows a re-import no longer contains are archived (``archived_at`` set), never deleted."""

    def live(self):
        return self.filter(archived_at__isnull=True)


class SectionQuerySet(ArchivableQuerySet):
    def with_paragraph_counts(self) -> "SectionQuerySet":
        live_paragraphs = Q(blocks__kind=BlockKind.PARAGRAPH, blocks__archived_at__isnull=True)
        return self.annotate(paragraph_count=Count("blocks", filter=live_paragraphs))

    def with_question_counts(self) -> "SectionQuerySet":
        """Annotate ``question_count``: the section's questions learners are served (live,
        and allowed by the document's ``serving`` setting).

        A subquery rather than a join, so it does not multiply the rows other counts
        (such as ``with_paragraph_counts``) aggregate over.
        """
        # Imported here: quizzes builds on content, which stays importable without it.
        from quizzes.models import Question

        live_questions = (
            Question.objects.servable()
            .filter(section=OuterRef("pk"))
            .order_by()
            .values("section")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(question_count=Coalesce(Subquery(live_questions), 0))

    def with_question_totals(self) -> "SectionQuerySet":
        """Annotate ``question_total``: the served questions of the section and of every
        section below it (paths under ``<path>/``), counted by one subquery per row."""
        from quizzes.models import Question

        in_subtree = Q(section=OuterRef("pk")) | Q(
            section__document=OuterRef("document"),
            section__path__startswith=Concat(OuterRef("path"), Value("/")),
        )
        served = (
            Question.objects.servable()
            .filter(in_subtree)
            .order_by()
            # COUNT as a plain function, not an aggregate, so no GROUP BY: one row.
            .annotate(count=Func(F("pk"), function="COUNT"))
            .values("count")
        )
        return self.annotate(question_total=Coalesce(Subquery(served), 0))


class Section(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    kind = models.CharField(max_length=20, choices=[(k.value, k.name.title()) for k in SectionKind])
    label = models.CharField(
        max_length=SECTION_LABEL_MAX_LENGTH,
        blank=True,
        help_text='Marker as printed in the source: "3", "1", "(a)".',
    )
    title = models.CharField(max_length=SECTION_TITLE_MAX_LENGTH, blank=True)
    path = models.CharField(
        max_length=SECTION_PATH_MAX_LENGTH,
        help_text='Stable address inside the document, e.g. "3/1/a"; kept across re-imports.',
    )
    depth = models.PositiveSmallIntegerField(help_text="0 for a chapter, 1 for a part, …")
    position = models.PositiveIntegerField(help_text="Reading order inside the document.")
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when a re-import no longer contains the section."
    )

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "path"], name="section_path_unique"),
        ]
        indexes = [models.Index(fields=["document", "position"])]

    def __str__(self) -> str:
        return self.heading

    def get_absolute_url(self) -> str:
        return reverse("content:section", kwargs={"slug": self.document.slug, "path": self.path})

    @property
    def heading(self) -> str:
        return " ".join(part for part in (self.label, self.title) if part) or self.path

    def ancestor_paths(self) -> list[str]:
        parts = self.path.split("/")
        return ["/".join(parts[:end]) for end in range(1, len(parts))]


class Block(models.Model):
    """A paragraph, glossary box or figure caption, in reading order inside its section."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="blocks")
    kind = models.CharField(max_length=20, choices=[(k.value, k.name.title()) for k in BlockKind])
    position = models.PositiveIntegerField(
        null=True, blank=True, help_text="Order inside the section; empty once archived."
    )
    term = models.CharField(
        max_length=GLOSSARY_TERM_MAX_LENGTH,
        blank=True,
        help_text="The defined term, for a glossary box.",
    )
    text = models.TextField(help_text="Exact source text; offsets into it locate sentences.")
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when a re-import no longer contains the block."
    )

    objects = ArchivableQuerySet.as_manager()

    class Meta:
        ordering = ["section", "position"]
        constraints = [
            models.UniqueConstraint(fields=["section", "position"], name="block_position_unique"),
            models.CheckConstraint(
                condition=Q(archived_at__isnull=True, position__isnull=False)
                | Q(archived_at__isnull=False, position__isnull=True),
                name="block_live_iff_positioned",
            ),
            models.CheckConstraint(
                condition=Q(kind=BlockKind.GLOSSARY, term__gt="")
                | (~Q(kind=BlockKind.GLOSSARY) & Q(term="")),
                name="block_term_iff_glossary",
            ),
        ]

    def __str__(self) -> str:
        prefix = f"{self.term}: " if self.term else ""
        return f"{prefix}{self.text[:60]}"
