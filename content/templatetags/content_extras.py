import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

EXCERPT_RADIUS = 120


@register.filter
def highlight(text: str, query: str) -> SafeString:
    """An escaped excerpt of ``text`` around the first match, with matches in <mark>."""
    if not query:
        return escape(text)
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    first = pattern.search(text)
    if first:
        start = _word_start(text, max(first.start() - EXCERPT_RADIUS, 0))
        end = _word_end(text, min(first.end() + EXCERPT_RADIUS, len(text)))
        excerpt = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    else:
        excerpt = text[: 2 * EXCERPT_RADIUS] + ("…" if len(text) > 2 * EXCERPT_RADIUS else "")
    pieces = []
    position = 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(excerpt[position:]))
    return mark_safe("".join(pieces))


def _word_start(text: str, index: int) -> int:
    """Move ``index`` forward to the start of a word, so excerpts do not open mid-word."""
    if index == 0 or text[index - 1].isspace():
        return index
    space = text.find(" ", index)
    return space + 1 if space != -1 else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text) or text[index].isspace():
        return index
    space = text.rfind(" ", 0, index)
    return space if space > 0 else index


@register.simple_tag
def block_text(block, sentence) -> SafeString:
    """The block's text, escaped, with the linked-to ``sentence`` marked if it is in it."""
    return sentence.mark(block) if sentence else escape(block.text)
