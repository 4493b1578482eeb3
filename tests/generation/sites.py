"""Sites for every sentence of a small document, each with the discourse record the engine
gives it: what tests of references, groups and rules that read earlier sentences need."""

from __future__ import annotations

from quizzes.generation import antecedents
from quizzes.generation.drafts import Site
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.question import SourceRef


def document_sites(*sections: tuple[str, list[str]], document_title: str = "") -> list[Site]:
    """A ``Site`` for every sentence of the sections ((title, paragraphs) each)."""
    sites = []
    discourse = antecedents.Discourse(document_title=document_title)
    for title, paragraphs in sections:
        discourse = discourse.next_section(title)
        for block, text in enumerate(paragraphs):
            discourse = discourse.next_block()
            for number, sent in enumerate(load_pipeline()(text).sents):
                source = SourceRef(
                    section_path="1/1/a",
                    section_label="(a)",
                    section_title=title,
                    block=block,
                    start=sent.start_char,
                    end=sent.end_char,
                    sentence=sent.text,
                    lead="",
                )
                sites.append(
                    Site(
                        sent=sent,
                        source=source,
                        block_kind="paragraph",
                        first_in_block=number == 0,
                        discourse=discourse,
                    )
                )
                discourse = discourse.after(sent)
    return sites


def paragraph_sites(*paragraphs: str, title: str = "Test section") -> list[Site]:
    """A ``Site`` for every sentence of the paragraphs, the blocks of one section."""
    return document_sites((title, list(paragraphs)))


def asked(drafts) -> list[tuple[str, str]]:
    """(prompt, answer) of each draft: what a rule's tests compare."""
    return [(draft.prompt, draft.answer) for draft in drafts]
