from dataclasses import dataclass, field

from content.models import Section


@dataclass
class TocNode:
    section: Section
    children: list["TocNode"] = field(default_factory=list)


def build_toc(sections) -> list[TocNode]:
    """Nest sections (given in reading order) under their parents, from one query."""
    nodes: dict[int, TocNode] = {}
    roots: list[TocNode] = []
    for section in sections:
        node = nodes[section.pk] = TocNode(section)
        parent = nodes.get(section.parent_id)
        (parent.children if parent else roots).append(node)
    return roots
