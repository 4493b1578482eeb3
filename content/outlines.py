"""A stored document read back into the importers' neutral Outline.

The question generator works on an Outline built from the database rather than on
the source file, so the block indexes and character offsets it reports are those of
the stored, live blocks: ``SourceRef.block`` is ``Block.position``.
"""

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from content.models import Block, Document


def document_outline(document: Document) -> Outline:
    """The live sections and blocks of ``document``, in reading order, from two queries.

    Walking the outline yields exactly the stored section paths.
    """
    sections = list(document.sections.live().order_by("position"))
    blocks = defaultdict(list)
    live_blocks = Block.objects.live().filter(
        section__document=document, section__archived_at__isnull=True
    )
    for block in live_blocks.order_by("section", "position"):
        blocks[block.section_id].append(
            OutlineBlock(BlockKind(block.kind), block.text, term=block.term)
        )

    placed: dict[int, tuple[str, OutlineSection]] = {}
    roots: list[OutlineSection] = []
    for section in sections:
        parent = placed.get(section.parent_id)
        if parent and section.path.startswith(f"{parent[0]}/"):
            key, siblings = section.path[len(parent[0]) + 1 :], parent[1].children
        else:
            # A section whose parent is not live keeps its whole path as its key, so
            # the path the outline yields is still the stored one.
            key, siblings = section.path, roots
        node = OutlineSection(
            SectionKind(section.kind),
            key=key,
            label=section.label,
            title=section.title,
            blocks=blocks[section.pk],
        )
        siblings.append(node)
        placed[section.pk] = (section.path, node)
    return Outline(title=document.title, format=document.source_format, sections=roots)


def outline_sha256(outline: Outline) -> str:
    """A checksum of everything in the outline, to tell whether its text has changed."""
    canonical = json.dumps(asdict(outline), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
