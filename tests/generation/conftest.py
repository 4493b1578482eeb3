"""Helpers for the rule tests: one sentence parsed into the ``Site`` every rule takes."""

from __future__ import annotations

import pytest

from quizzes.generation.drafts import Site
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.question import SourceRef


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline; ``load_pipeline`` is cached, so it is loaded once per session."""
    return load_pipeline()


def make_site(
    text: str,
    *,
    term: str = "",
    first_in_block: bool = True,
    block_kind: str | None = None,
    title: str = "Test section",
) -> Site:
    """A ``Site`` for the first sentence of ``text``, as the engine builds it.

    ``term`` makes the sentence part of a glossary box defining that term.
    """
    doc = load_pipeline()(text)
    sent = next(iter(doc.sents))
    kind = block_kind or ("glossary" if term else "paragraph")
    return Site(
        sent=sent,
        source=SourceRef(
            section_path="1/1/a",
            section_label="(a)",
            section_title=title,
            block=0,
            start=sent.start_char,
            end=sent.end_char,
            sentence=sent.text,
            lead=f"{term}: " if term and first_in_block else "",
        ),
        block_kind=kind,
        term=term,
        first_in_block=first_in_block,
    )


@pytest.fixture
def site(nlp):
    """``site("Some sentence.")`` -> a ``Site`` for that sentence (see ``make_site``)."""
    return make_site
