from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def source_in_context(question) -> str:
    """The question's block with its source sentence highlighted (escaped)."""
    block = question.block
    if block is None or question.source_start is None:
        return ""
    text = block.text
    start, end = question.source_start, question.source_end
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])
