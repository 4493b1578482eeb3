"""Generate grounded questions for every section of an outline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from content.importers.outline import BlockKind, Outline
from quizzes.generation.acronyms import acronym_drafts
from quizzes.generation.cloze import cloze_drafts
from quizzes.generation.counts import how_many_drafts
from quizzes.generation.distractors import Candidate, candidates_from_doc
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.formats import with_formats
from quizzes.generation.glossary import definition_drafts
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.people import who_drafts
from quizzes.generation.question import AnswerType, GeneratedQuestion, Kind, SourceRef
from quizzes.generation.ranking import finalise
from quizzes.generation.wh import when_drafts

Progress = Callable[[int, int], None]


def generate(outline: Outline, *, progress: Progress | None = None) -> list[GeneratedQuestion]:
    nlp = load_pipeline()
    sections = [(path, section) for path, _, section in outline.walk()]
    texts = [block.text for _, section in sections for block in section.blocks]
    docs = iter(nlp.pipe(texts, batch_size=32))
    parsed = []
    for path, section in sections:
        parsed.append((path, section, [next(docs) for _ in section.blocks]))
    all_docs = [doc for _, _, section_docs in parsed for doc in section_docs]
    frequency = _entity_frequency(all_docs)
    pool = candidates_from_doc(all_docs)

    section_questions: list[GeneratedQuestion] = []
    for done, (path, section, section_docs) in enumerate(parsed, start=1):
        drafts: list[Draft] = []
        for index, (block, doc) in enumerate(zip(section.blocks, section_docs, strict=True)):
            for number, sent in enumerate(doc.sents):
                site = Site(
                    sent=sent,
                    source=SourceRef(
                        section_path=path,
                        section_label=section.label,
                        section_title=section.title,
                        block=index,
                        start=sent.start_char,
                        end=sent.end_char,
                        sentence=sent.text,
                        lead=f"{block.term}: " if block.term and number == 0 else "",
                    ),
                    block_kind=block.kind.value,
                    term=block.term if block.kind == BlockKind.GLOSSARY else "",
                    first_in_block=number == 0,
                )
                drafts.extend(_drafts_for(site, frequency))
        section_questions.extend(finalise(drafts))
        if progress:
            progress(done, len(parsed))
    pool += _expansions(section_questions)
    document_text = "\n".join(texts)
    return with_formats(
        _evidenced_short_names(section_questions, document_text), pool, document_text
    )


def _evidenced_short_names(
    questions: list[GeneratedQuestion], text: str
) -> list[GeneratedQuestion]:
    """Accept a person's short name only where the document itself uses it alone.

    "Secretary Gates" makes "Gates" an answer for Robert Gates; a name the text always
    writes in full ("Bi Sheng", whose family name comes first) gets no short form.
    """
    for question in questions:
        if question.answer_type != AnswerType.PERSON:
            continue
        name_parts = question.answer.split()
        question.accepted_answers = [
            accepted
            for accepted in question.accepted_answers
            if accepted not in name_parts or _used_alone(accepted, question.answer, text)
        ]
    return questions


def _used_alone(short: str, full: str, text: str) -> bool:
    return len(re.findall(rf"\b{re.escape(short)}\b", text)) > len(
        re.findall(rf"\b{re.escape(full)}\b", text)
    )


def _expansions(questions: list[GeneratedQuestion]) -> list[Candidate]:
    """Acronym expansions are the natural distractors for one another."""
    return [Candidate(q.answer, AnswerType.TERM) for q in questions if q.kind == Kind.ACRONYM]


def _drafts_for(site: Site, frequency: Counter) -> list[Draft]:
    return [
        *acronym_drafts(site),
        *definition_drafts(site),
        *when_drafts(site),
        *who_drafts(site),
        *how_many_drafts(site),
        *cloze_drafts(site, frequency),
    ]


def _entity_frequency(docs) -> Counter:
    counts: Counter = Counter()
    for doc in docs:
        for ent in doc.ents:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            counts[text.lower()] += 1
    return counts
