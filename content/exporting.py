"""The JSON form of a stored document, as printed by ``export_document``."""

from collections import defaultdict

from content.importers.outline import BlockKind
from content.models import Block, Document


def document_as_dict(document: Document) -> dict:
    sections = list(document.sections.live().order_by("position"))
    blocks_by_section = defaultdict(list)
    for block in Block.objects.live().filter(section__in=sections).order_by("position"):
        blocks_by_section[block.section_id].append(block)

    nodes = {}
    roots = []
    for section in sections:
        blocks = blocks_by_section[section.pk]
        node = {
            "label": section.label,
            "title": section.title,
            "kind": section.kind,
            "path": section.path,
            "paragraphs": [b.text for b in blocks if b.kind == BlockKind.PARAGRAPH],
            "glossary": [
                {"term": b.term, "definition": b.text}
                for b in blocks
                if b.kind == BlockKind.GLOSSARY
            ],
            "captions": [b.text for b in blocks if b.kind == BlockKind.CAPTION],
            "children": [],
        }
        nodes[section.pk] = node
        siblings = nodes[section.parent_id]["children"] if section.parent_id in nodes else roots
        siblings.append(node)
    return {"slug": document.slug, "title": document.title, "sections": roots}
