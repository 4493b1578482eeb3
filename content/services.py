"""Writing imported documents to the database.

``import_outline`` is the only code that writes content rows. It is idempotent:
importing the same outline twice performs no writes the second time.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.validators import slug_re
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from content.importers import DEFAULT_MAX_BYTES, DocumentError, parse_document
from content.importers.common import without_control_characters
from content.importers.limits import DOCUMENT_SLUG_MAX_LENGTH, shorten
from content.importers.outline import Outline, OutlineBlock
from content.importers.source import stored_file_name
from content.models import Block, Document, Section

# What the URL patterns accept for <slug:slug>; anything else breaks every link to it.
FALLBACK_SLUG = "document"
# Characters of a digest of the file name added when the slug cannot tell names apart.
NAME_DIGEST_LENGTH = 8


class DocumentTaken(DocumentError):
    """The file name belongs to a document this user may not replace."""


@dataclass
class ImportReport:
    document: Document
    created: bool = False
    sections: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    blocks: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def changed(self) -> bool:
        return self.created or any(self.sections.values()) or any(self.blocks.values())

    def summary(self) -> str:
        if not self.changed:
            return f"{self.document.title}: unchanged."
        verb = "imported" if self.created else "updated"
        parts = [f"{name} {count}" for name, count in self.sections.items() if count]
        block_parts = [f"{name} {count}" for name, count in self.blocks.items() if count]
        return (
            f"{self.document.title}: {verb}; sections: {', '.join(parts) or 'unchanged'}; "
            f"text blocks: {', '.join(block_parts) or 'unchanged'}."
        )


def slug_for_filename(filename: str) -> str:
    """The slug a file is stored under: its name in ASCII, so re-importing it updates it.

    Names that ASCII cannot spell ("日本.md", "Straße.md") get a short digest of the
    name appended, so "日本.md" and "中国.md" are two documents instead of both being
    "document", while the same name still gives the same slug every time.
    """
    stem = unicodedata.normalize("NFC", without_control_characters(PurePath(filename).stem))
    slug = slugify(stem)[:DOCUMENT_SLUG_MAX_LENGTH].strip("-")
    if slug and not _ascii_loses_letters(stem):
        return slug
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:NAME_DIGEST_LENGTH]
    room = DOCUMENT_SLUG_MAX_LENGTH - NAME_DIGEST_LENGTH - 1
    return f"{(slug or FALLBACK_SLUG)[:room].strip('-')}-{digest}"


def _ascii_loses_letters(name: str) -> bool:
    """Whether spelling ``name`` in ASCII drops letters or digits, not just accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return any(not character.isascii() and character.isalnum() for character in decomposed)


def check_slug(slug: str) -> str:
    """``slug`` if the URLs can use it; otherwise a one-line DocumentError."""
    if len(slug) > DOCUMENT_SLUG_MAX_LENGTH:
        raise DocumentError(
            f"The slug is {len(slug):,} characters long; the limit is {DOCUMENT_SLUG_MAX_LENGTH}"
        )
    if not slug_re.match(slug):
        shown = without_control_characters(shorten(slug, 60))
        raise DocumentError(
            f"Invalid slug {shown!r}: use only letters, digits, hyphens and underscores"
        )
    return slug


def import_document_file(
    *,
    data: bytes,
    filename: str,
    format: str | None = None,
    title: str | None = None,
    slug: str | None = None,
    uploaded_by=None,
    may_replace: Callable[[Document], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Parse a file's bytes and store the document; raises DocumentError on bad input.

    ``may_replace`` decides whether an existing document under the same slug may be
    updated; it is asked inside the import's transaction, with the document locked.
    """
    slug = check_slug(slug) if slug is not None else slug_for_filename(filename)
    outline = parse_document(
        data, filename=filename, format=format, title=title, max_bytes=max_bytes
    )
    return import_outline(
        outline=outline,
        slug=slug,
        source_name=stored_file_name(filename),
        source_sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=uploaded_by,
        may_replace=may_replace,
    )


@transaction.atomic
def import_outline(
    *,
    outline: Outline,
    slug: str,
    source_name: str,
    source_sha256: str,
    uploaded_by=None,
    may_replace: Callable[[Document], bool] | None = None,
) -> ImportReport:
    check_slug(slug)
    # get_or_create under a row lock: of two imports racing for a new slug, the second
    # waits for the first to commit and then finds its document, so ownership is
    # decided here, on committed data, and never by a check made before the import.
    document, created = Document.objects.select_for_update().get_or_create(
        slug=slug,
        defaults={
            "title": outline.title,
            "source_name": source_name,
            "source_format": outline.format,
            "source_sha256": source_sha256,
            "uploaded_by": uploaded_by,
        },
    )
    if not created and may_replace is not None and not may_replace(document):
        raise DocumentTaken(
            f"A document from this file name already exists ({document.title}); "
            "rename the file to add it as a new document."
        )
    report = ImportReport(document=document, created=created)
    if not created:
        _update_fields(
            document,
            title=outline.title,
            source_name=source_name,
            source_format=outline.format,
            source_sha256=source_sha256,
        )
    sections_by_path = _sync_sections(document, outline, report)
    _sync_blocks(outline, sections_by_path, report)
    return report


def _update_fields(instance, **values) -> bool:
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    for name in changed:
        setattr(instance, name, values[name])
    if changed:
        instance.save(update_fields=[*changed, *_auto_now_fields(instance)])
    return bool(changed)


def _auto_now_fields(instance) -> list[str]:
    return [f.name for f in instance._meta.concrete_fields if getattr(f, "auto_now", False)]


def _sync_sections(
    document: Document, outline: Outline, report: ImportReport
) -> dict[str, Section]:
    """Match sections by path: update in place, create new ones, archive the missing.

    New sections are inserted in bulk, a level at a time so each parent has its key
    before its children are written; changed ones are updated in bulk at the end.
    """
    existing = {section.path: section for section in document.sections.all()}
    seen: dict[str, Section] = {}
    new_by_depth: dict[int, list[Section]] = defaultdict(list)
    changed: list[Section] = []
    for position, (path, depth, outlined) in enumerate(outline.walk()):
        parent = seen.get(path.rpartition("/")[0]) if "/" in path else None
        values = {
            "parent": parent,
            "kind": outlined.kind.value,
            "label": outlined.label,
            "title": outlined.title,
            "depth": depth,
            "position": position,
            "archived_at": None,
        }
        section = existing.get(path)
        if section is None:
            section = Section(document=document, path=path, **values)
            new_by_depth[depth].append(section)
        elif _assign_changes(section, values):
            changed.append(section)
        seen[path] = section
    for depth in sorted(new_by_depth):
        Section.objects.bulk_create(new_by_depth[depth])
    report.sections["created"] += sum(map(len, new_by_depth.values()))
    if changed:
        Section.objects.bulk_update(changed, list(SECTION_SYNCED_FIELDS))
        report.sections["updated"] += len(changed)
    gone = [s.pk for path, s in existing.items() if path not in seen and s.archived_at is None]
    if gone:
        Section.objects.filter(pk__in=gone).update(archived_at=timezone.now())
        report.sections["archived"] += len(gone)
    return seen


SECTION_SYNCED_FIELDS = ("parent", "kind", "label", "title", "depth", "position", "archived_at")


def _assign_changes(section: Section, values: dict) -> bool:
    """Set the values that differ on ``section``; return whether any did.

    The parent is compared by key, so no query loads it; a parent created by this
    import has no key yet, and bulk_update takes it from the object once it has one.
    """
    values = dict(values)
    parent = values.pop("parent")
    changed = parent is not None and parent.pk is None
    changed = changed or section.parent_id != (parent.pk if parent else None)
    if changed:
        section.parent = parent
    for name, value in values.items():
        if getattr(section, name) != value:
            setattr(section, name, value)
            changed = True
    return changed


def _block_key(kind: str, term: str, text: str) -> tuple[str, str, str]:
    return (kind, term, text)


def _sync_blocks(outline: Outline, sections: dict[str, Section], report: ImportReport) -> None:
    """Keep blocks whose text is unchanged (so offsets into them stay valid).

    Live blocks are matched first, then archived ones, which come back to life when
    the same text returns. Positions are cleared before being reassigned so the
    unique (section, position) constraint holds at every statement.
    """
    pools: dict[int, dict[tuple, deque[Block]]] = defaultdict(lambda: defaultdict(deque))
    stored = Block.objects.filter(section__in=list(sections.values())).order_by(
        F("archived_at").asc(nulls_first=True), "position", "pk"
    )
    for block in stored:
        pools[block.section_id][_block_key(block.kind, block.term, block.text)].append(block)

    to_create: list[Block] = []
    to_move: list[Block] = []
    kept: set[int] = set()
    for path, _, outlined in outline.walk():
        section = sections[path]
        pool = pools[section.pk]
        for position, wanted in enumerate(outlined.blocks):
            match = _take(pool, wanted)
            if match is None:
                to_create.append(
                    Block(
                        section=section,
                        kind=wanted.kind.value,
                        term=wanted.term,
                        text=wanted.text,
                        position=position,
                    )
                )
                continue
            kept.add(match.pk)
            if match.position != position or match.archived_at is not None:
                if match.archived_at is not None:
                    report.blocks["restored"] += 1
                else:
                    report.blocks["moved"] += 1
                match.position, match.archived_at = position, None
                to_move.append(match)

    leftovers = [
        block.pk
        for pool in pools.values()
        for queue in pool.values()
        for block in queue
        if block.archived_at is None and block.pk not in kept
    ]
    stale = leftovers + [block.pk for block in to_move]
    if stale:
        Block.objects.filter(pk__in=stale).update(position=None, archived_at=timezone.now())
    if to_move:
        Block.objects.bulk_update(to_move, ["position", "archived_at"])
    if to_create:
        Block.objects.bulk_create(to_create)
    report.blocks["created"] += len(to_create)
    report.blocks["archived"] += len(leftovers)


def _take(pool: dict[tuple, deque[Block]], wanted: OutlineBlock) -> Block | None:
    queue = pool.get(_block_key(wanted.kind.value, wanted.term, wanted.text))
    return queue.popleft() if queue else None
