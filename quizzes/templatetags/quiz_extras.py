from django import template
from django.utils.html import format_html

register = template.Library()

CONTEXT_CHARACTERS = 120


@register.simple_tag
def source_in_context(question) -> str:
    """The question's source sentence highlighted, with a little of the text around it
    (escaped; cut at word boundaries)."""
    block = question.block
    if block is None or question.source_start is None:
        return ""
    text = block.text
    start, end = question.source_start, question.source_end
    before = text[max(0, start - CONTEXT_CHARACTERS) : start]
    after = text[end : end + CONTEXT_CHARACTERS]
    if len(before) < start:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…"
    if end + len(after) < len(text):
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else "…"
    lead = f"{block.term}: " if block.term and start == 0 else ""
    return format_html("{}{}<mark>{}</mark>{}", lead, before, text[start:end], after)


@register.simple_tag
def source_paragraph(question) -> str:
    """The question's whole source block (paragraph, glossary box or caption), escaped,
    with its source sentence highlighted."""
    block = question.block
    if block is None or question.source_start is None:
        return ""
    text, start, end = block.text, question.source_start, question.source_end
    lead = f"{block.term}: " if block.term else ""
    return format_html("{}{}<mark>{}</mark>{}", lead, text[:start], text[start:end], text[end:])
