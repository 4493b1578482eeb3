"""The neutral outline every importer produces and the import service consumes.

Plain Python on purpose: importers and the question generator use it without Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SectionKind(StrEnum):
    CHAPTER = "chapter"
    PART = "part"
    SECTION = "section"


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    GLOSSARY = "glossary"
    CAPTION = "caption"


# Depth in the tree decides the kind: chapter > part > section (and deeper sections).
KINDS_BY_DEPTH = (SectionKind.CHAPTER, SectionKind.PART, SectionKind.SECTION)


def kind_for_depth(depth: int) -> SectionKind:
    return KINDS_BY_DEPTH[min(depth, len(KINDS_BY_DEPTH) - 1)]


@dataclass
class OutlineBlock:
    """One run of text inside a section, stored verbatim so offsets stay valid.

    For a glossary box, ``term`` is the defined term and ``text`` its definition.
    """

    kind: BlockKind
    text: str
    term: str = ""


@dataclass
class OutlineSection:
    """A heading with its own blocks and its subsections.

    ``label`` is the heading's marker as printed ("3", "1", "(a)"), empty when the
    heading has none. ``key`` is the path segment: the marker without punctuation
    ("3", "1", "a"), or a slug of the title when there is no marker. Keys are
    unique among siblings, so the chain of keys ("3/1/a") is a stable path.
    """

    kind: SectionKind
    key: str
    label: str
    title: str
    blocks: list[OutlineBlock] = field(default_factory=list)
    children: list[OutlineSection] = field(default_factory=list)

    def blocks_of(self, kind: BlockKind) -> list[OutlineBlock]:
        return [block for block in self.blocks if block.kind == kind]


@dataclass
class Outline:
    title: str
    format: str
    sections: list[OutlineSection] = field(default_factory=list)

    def walk(self):
        """Yield ``(path, depth, section)`` for every section in reading order."""
        yield from _walk(self.sections, "", 0)

    def block_count(self) -> int:
        return sum(len(section.blocks) for _, _, section in self.walk())


def _walk(sections: list[OutlineSection], parent_path: str, depth: int):
    for section in sections:
        path = f"{parent_path}/{section.key}" if parent_path else section.key
        yield path, depth, section
        yield from _walk(section.children, path, depth + 1)
