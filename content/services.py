"""Writing imported documents to the database.

``import_outline`` is the only code that writes content rows. It is idempotent:
importing the same outline twice performs no writes the second time.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from content.importers import DEFAULT_MAX_BYTES, parse_document
from content.importers.outline import Outline, OutlineBlock
from content.models import Block, Document, Section


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
    return slugify(Path(filename).stem)[:100].strip("-") or "document"


def import_document_file(
    *,
    data: bytes,
    filename: str,
    format: str | None = None,
    title: str | None = None,
    slug: str | None = None,
    uploaded_by=None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Parse a file's bytes and store the document; raises DocumentError on bad input."""
    outline = parse_document(
        data, filename=filename, format=format, title=title, max_bytes=max_bytes
    )
    return import_outline(
        outline=outline,
        slug=slug or slug_for_filename(filename),
        source_name=Path(filename).name,
        source_sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=uploaded_by,
    )


@transaction.atomic
def import_outline(
    *,
    outline: Outline,
    slug: str,
    source_name: str,
    source_sha256: str,
    uploaded_by=None,
) -> ImportReport:
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
    """Match sections by path: update in place, create new ones, archive the missing."""
    existing = {section.path: section for section in document.sections.all()}
    seen: dict[str, Section] = {}
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
            section = Section.objects.create(document=document, path=path, **values)
            report.sections["created"] += 1
        elif _update_fields(section, **values):
            report.sections["updated"] += 1
        seen[path] = section
    gone = [s.pk for path, s in existing.items() if path not in seen and s.archived_at is None]
    if gone:
        Section.objects.filter(pk__in=gone).update(archived_at=timezone.now())
        report.sections["archived"] += len(gone)
    return seen


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
