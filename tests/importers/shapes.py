"""Compact views of an outline, so tests can compare a whole structure in one assert."""

from content.importers import BlockKind, Outline, OutlineSection


def section_rows(outline: Outline) -> list[tuple[str, str, str, str]]:
    """(path, kind, label, title) for every section in reading order."""
    return [
        (path, section.kind.value, section.label, section.title)
        for path, _, section in outline.walk()
    ]


def block_counts(outline: Outline) -> dict[str, tuple[int, int, int]]:
    """path -> (paragraphs, glossary entries, captions)."""
    return {
        path: tuple(
            len(section.blocks_of(kind))
            for kind in (BlockKind.PARAGRAPH, BlockKind.GLOSSARY, BlockKind.CAPTION)
        )
        for path, _, section in outline.walk()
    }


def section_at(outline: Outline, wanted: str) -> OutlineSection:
    for path, _, section in outline.walk():
        if path == wanted:
            return section
    raise AssertionError(f"no section at {wanted!r}")


def texts(outline: Outline, kind: BlockKind) -> list[str]:
    return [block.text for _, _, section in outline.walk() for block in section.blocks_of(kind)]


def glossary_terms(outline: Outline) -> list[str]:
    return [
        block.term
        for _, _, section in outline.walk()
        for block in section.blocks_of(BlockKind.GLOSSARY)
    ]


def stored_strings(outline: Outline) -> list[str]:
    """Every string an outline would store: titles, labels, keys, block texts and terms."""
    strings = [outline.title]
    for _, _, section in outline.walk():
        strings += [section.title, section.label, section.key]
        strings += [text for block in section.blocks for text in (block.text, block.term)]
    return strings
