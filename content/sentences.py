"""A sentence of a block to mark on the section page: where a results page's "read it
in the source" link lands (``#sentence``, highlighted by CSS ``:target``)."""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString


@dataclass(frozen=True)
class Sentence:
    block_id: int
    start: int
    end: int

    def mark(self, block) -> SafeString:
        """``block``'s text, escaped, with this sentence in a ``<mark id="sentence">``;
        the plain text for any other block."""
        text = block.text
        if block.pk != self.block_id:
            return format_html("{}", text)
        return format_html(
            '{}<mark id="sentence" class="source-sentence">{}</mark>{}',
            text[: self.start],
            text[self.start : self.end],
            text[self.end :],
        )
