"""Assembles headings and blocks, met in reading order, into a tree of outline sections."""

from __future__ import annotations

from .common import KeyRegistry
from .outline import OutlineBlock, OutlineSection, SectionKind, kind_for_depth

INTRO_KEY = "intro"
INTRO_TITLE = "Introduction"


def is_implicit_intro(section: OutlineSection) -> bool:
    """True for the section the builder invents for text that precedes every heading."""
    return section.key == INTRO_KEY and section.title == INTRO_TITLE and not section.label


class OutlineBuilder:
    """Nests each heading under the nearest open heading of a smaller level.

    Levels are whatever the format uses (Markdown's 1-6, the export's chapter/part/section
    ranks); only their order matters, so a document that starts at ``##`` still gets
    chapters at the top.
    """

    def __init__(self) -> None:
        self.sections: list[OutlineSection] = []
        self._open: list[tuple[int, OutlineSection]] = []
        self._intro: OutlineSection | None = None
        # One registry per parent, found by the identity of its list of children.
        self._keys: dict[int, KeyRegistry] = {}

    def open(
        self,
        level: int,
        *,
        key: str,
        label: str,
        title: str,
        kind: SectionKind | None = None,
    ) -> OutlineSection:
        """Start a heading; later blocks belong to it until another heading opens."""
        while self._open and self._open[-1][0] >= level:
            self._open.pop()
        siblings = self._open[-1][1].children if self._open else self.sections
        section = OutlineSection(
            kind=kind or kind_for_depth(len(self._open)),
            key=self._claim(siblings, key),
            label=label,
            title=title,
        )
        siblings.append(section)
        self._open.append((level, section))
        return section

    def _claim(self, siblings: list[OutlineSection], key: str) -> str:
        return self._keys.setdefault(id(siblings), KeyRegistry()).claim(key)

    def add(self, block: OutlineBlock | None) -> None:
        if block is not None:
            self._current().blocks.append(block)

    def _current(self) -> OutlineSection:
        if self._open:
            return self._open[-1][1]
        if self._intro is None:
            # Text before the first heading still needs a home that keeps reading order.
            self._intro = OutlineSection(
                kind=kind_for_depth(0),
                key=self._claim(self.sections, INTRO_KEY),
                label="",
                title=INTRO_TITLE,
            )
            self.sections.append(self._intro)
        return self._intro
