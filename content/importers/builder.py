"""Assembles headings and blocks, met in reading order, into a tree of outline sections."""

from __future__ import annotations

from .common import KeyRegistry
from .errors import DocumentError
from .limits import (
    MAX_BLOCKS,
    MAX_SECTION_DEPTH,
    MAX_SECTIONS,
    MIN_KEY_LENGTH,
    SECTION_LABEL_MAX_LENGTH,
    SECTION_PATH_MAX_LENGTH,
    SECTION_TITLE_MAX_LENGTH,
    shorten,
)
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

    It also keeps every value within what the database stores: a title too long is
    shortened, a marker too long to be a label stays part of the title, keys are cut so
    paths fit, and a document with too many sections or blocks is refused.
    """

    def __init__(self) -> None:
        self.sections: list[OutlineSection] = []
        # (level, section, path) of each heading still open, outermost first.
        self._open: list[tuple[int, OutlineSection, str]] = []
        self._intro: OutlineSection | None = None
        # One registry per parent, found by the identity of its list of children.
        self._keys: dict[int, KeyRegistry] = {}
        self._section_count = 0
        self._block_count = 0

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
        depth = len(self._open)
        if depth >= MAX_SECTION_DEPTH:
            raise DocumentError(
                f"Headings are nested more than {MAX_SECTION_DEPTH} levels deep "
                f"at {shorten(title, 60)!r}"
            )
        parent_path = self._open[-1][2] if self._open else ""
        siblings = self._open[-1][1].children if self._open else self.sections
        if len(label) > SECTION_LABEL_MAX_LENGTH:
            # "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15" is no label a reader uses to find a
            # section; keep it as the start of the title instead of losing it.
            label, title = "", f"{label} {title}".strip()
        section = OutlineSection(
            kind=kind or kind_for_depth(depth),
            key=self._claim(siblings, key, _key_room(parent_path, depth)),
            label=label,
            title=shorten(title, SECTION_TITLE_MAX_LENGTH),
        )
        self._count_section()
        siblings.append(section)
        path = f"{parent_path}/{section.key}" if parent_path else section.key
        self._open.append((level, section, path))
        return section

    def _claim(self, siblings: list[OutlineSection], key: str, max_length: int) -> str:
        return self._keys.setdefault(id(siblings), KeyRegistry()).claim(key, max_length)

    def _count_section(self) -> None:
        self._section_count += 1
        if self._section_count > MAX_SECTIONS:
            raise DocumentError(
                f"The document has more than {MAX_SECTIONS:,} sections; "
                "split it into smaller documents"
            )

    def add(self, block: OutlineBlock | None) -> None:
        if block is not None:
            check_block_count(self._block_count + 1)
            self._block_count += 1
            self._current().blocks.append(block)

    def _current(self) -> OutlineSection:
        if self._open:
            return self._open[-1][1]
        if self._intro is None:
            # Text before the first heading still needs a home that keeps reading order.
            self._intro = OutlineSection(
                kind=kind_for_depth(0),
                key=self._claim(self.sections, INTRO_KEY, _key_room("", 0)),
                label="",
                title=INTRO_TITLE,
            )
            self._count_section()
            self.sections.append(self._intro)
        return self._intro


def check_block_count(count: int) -> None:
    if count > MAX_BLOCKS:
        raise DocumentError(
            f"The document has more than {MAX_BLOCKS:,} paragraphs; split it into smaller documents"
        )


def _key_room(parent_path: str, depth: int) -> int:
    """How long a key at ``depth`` under ``parent_path`` may be.

    Each level leaves MIN_KEY_LENGTH characters (and a slash) for every level that may
    still come below it, so even six nested long headings give a path that fits. Keys
    are at most 50 characters, so the cut only shortens the keys of deep long headings.
    """
    separator = 1 if parent_path else 0
    left = SECTION_PATH_MAX_LENGTH - len(parent_path) - separator
    levels_below = MAX_SECTION_DEPTH - 1 - depth
    return left - levels_below * (MIN_KEY_LENGTH + 1)
