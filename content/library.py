"""The home page's library: each document with its top-level sections and how many
questions each holds, and where a visitor can try a quiz without an account."""

from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Value, When

from content.models import Document, Section

# The visitors' trial asks this many questions (quizzes.trial.TRIAL_QUESTIONS; content
# does not import quizzes at module level).
TRIAL_SIZE = 5


@dataclass
class LibraryEntry:
    document: Document
    sections: list[Section] = field(default_factory=list)
    question_total: int = 0


def library_entries(documents: list[Document]) -> list[LibraryEntry]:
    """The documents with their outline's first two levels, from one query for all.

    A document whose only top-level section is its one chapter (the chapter's heading
    is then usually the document's title) lists that chapter's parts instead.
    """
    entries = {document.pk: LibraryEntry(document) for document in documents}
    sections = (
        Section.objects.live()
        .filter(document__in=list(entries), depth__lte=1)
        .with_question_totals()
        .order_by("document", "position")
    )
    roots: dict[int, list[Section]] = {pk: [] for pk in entries}
    children: dict[int, list[Section]] = {pk: [] for pk in entries}
    for section in sections:
        (roots if section.parent_id is None else children)[section.document_id].append(section)
    for pk, entry in entries.items():
        top = roots[pk]
        entry.question_total = sum(section.question_total for section in top)
        entry.sections = children[pk] if len(top) == 1 and children[pk] else top
    return list(entries.values())


def trial_section() -> Section | None:
    """A section to offer visitors the trial on: the first in the library with enough
    questions for a whole trial, else the first with any."""
    return (
        Section.objects.live()
        .with_question_counts()
        .filter(question_count__gt=0)
        .select_related("document")
        .annotate(
            enough=Case(
                When(question_count__gte=TRIAL_SIZE, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("enough", "document__title", "document__pk", "position")
        .first()
    )
