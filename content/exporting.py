"""The JSON form of a stored document, as printed by ``export_document``."""

from content.importers.outline import BlockKind, OutlineSection
from content.models import Document
from content.outlines import document_outline


def document_as_dict(document: Document) -> dict:
    outline = document_outline(document)
    return {
        "slug": document.slug,
        "title": document.title,
        "sections": [_section_as_dict(section, section.key) for section in outline.sections],
    }


def _section_as_dict(section: OutlineSection, path: str) -> dict:
    return {
        "label": section.label,
        "title": section.title,
        "kind": section.kind.value,
        "path": path,
        "paragraphs": [b.text for b in section.blocks_of(BlockKind.PARAGRAPH)],
        "glossary": [
            {"term": b.term, "definition": b.text} for b in section.blocks_of(BlockKind.GLOSSARY)
        ],
        "captions": [b.text for b in section.blocks_of(BlockKind.CAPTION)],
        "children": [_section_as_dict(child, f"{path}/{child.key}") for child in section.children],
    }
