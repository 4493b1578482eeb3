"""Generate grounded questions for every section of an outline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from content.importers.outline import BlockKind, Outline
from quizzes.generation import antecedents
from quizzes.generation.distractors import Candidate, candidates_from_doc
from quizzes.generation.drafts import DocumentContext, Draft, Site
from quizzes.generation.formats import with_formats
from quizzes.generation.key_variants import with_key_variants
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.other_names import renamings, with_other_names
from quizzes.generation.pieces import Piece, block_pieces
from quizzes.generation.question import AnswerType, GeneratedQuestion, Kind, SourceRef
from quizzes.generation.ranking import finalise
from quizzes.generation.rules import drafts_for
from quizzes.generation.rules.acronym import with_counterpart_keys
from quizzes.generation.short_names import with_family_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

Progress = Callable[[int, int], None]


def generate(outline: Outline, *, progress: Progress | None = None) -> list[GeneratedQuestion]:
    nlp = load_pipeline()
    sections = [(path, section) for path, _, section in outline.walk()]
    texts = [block.text for _, section in sections for block in section.blocks]
    # Each block is parsed in pieces (see ``pieces``): a block of any length parses.
    # A batch's memory grows with its tokens; batches of 8 pieces keep a document of
    # punctuation under 0.6 GB, and parse ordinary documents as fast as larger ones.
    pieces_by_block = [block_pieces(text) for text in texts]
    docs = iter(
        nlp.pipe((piece.text for pieces in pieces_by_block for piece in pieces), batch_size=8)
    )
    parsed_blocks = iter([(piece, next(docs)) for piece in pieces] for pieces in pieces_by_block)
    parsed = []
    for path, section in sections:
        parsed.append((path, section, [next(parsed_blocks) for _ in section.blocks]))
    all_docs = [
        doc for _, _, blocks in parsed for parsed_pieces in blocks for _, doc in parsed_pieces
    ]
    context = DocumentContext(frequency=_entity_frequency(all_docs), text="\n".join(texts))
    pool = candidates_from_doc(all_docs)

    section_questions: list[GeneratedQuestion] = []
    discourse = antecedents.Discourse(document_title=outline.title)
    for done, (path, section, blocks) in enumerate(parsed, start=1):
        drafts: list[Draft] = []
        # One running record, advanced once per sentence: no re-reading.
        discourse = discourse.next_section(section.title)
        for index, (block, parsed_pieces) in enumerate(zip(section.blocks, blocks, strict=True)):
            discourse = discourse.next_block()
            for offset, sent, opens_block in _sentences(parsed_pieces):
                site = Site(
                    sent=sent,
                    source=SourceRef(
                        section_path=path,
                        section_label=section.label,
                        section_title=section.title,
                        block=index,
                        start=offset + sent.start_char,
                        end=offset + sent.end_char,
                        sentence=sent.text,
                        lead=f"{block.term}: " if block.term and opens_block else "",
                    ),
                    block_kind=block.kind.value,
                    term=block.term if block.kind == BlockKind.GLOSSARY else "",
                    first_in_block=opens_block,
                    discourse=discourse,
                )
                drafts.extend(drafts_for(site, context))
                discourse = discourse.after(sent)
        section_questions.extend(finalise(drafts))
        if progress:
            progress(done, len(parsed))
    pool += _expansions(section_questions)
    document_text = context.text
    people = {ent.text for doc in all_docs for ent in doc.ents if ent.label_ == "PERSON"}
    keyed = with_counterpart_keys(with_family_names(section_questions, document_text, people))
    keyed = with_other_names(keyed, renamings(all_docs))
    keyed = with_key_variants(keyed, document_text, people)
    return with_formats(keyed, pool, document_text)


def _expansions(questions: list[GeneratedQuestion]) -> list[Candidate]:
    """Acronym expansions are the natural distractors for one another."""
    return [Candidate(q.answer, AnswerType.TERM) for q in questions if q.kind == Kind.ACRONYM]


def _sentences(parsed_pieces: list[tuple[Piece, Doc]]) -> Iterator[tuple[int, Span, bool]]:
    """(offset of its piece in the block, sentence, whether it opens the block) for each
    whole sentence of a block.

    A piece's first or last sentence is only a fragment when the piece begins or ends
    where no sentence does (next to a word too long to parse, or inside a sentence too
    long for one piece); no question is asked about a fragment.
    """
    for position, (piece, doc) in enumerate(parsed_pieces):
        sentences = list(doc.sents)
        for number, sent in enumerate(sentences):
            if number == 0 and piece.opens_mid_sentence:
                continue
            if number == len(sentences) - 1 and piece.closes_mid_sentence:
                continue
            yield piece.start, sent, position == 0 and number == 0


def _entity_frequency(docs) -> Counter:
    counts: Counter = Counter()
    for doc in docs:
        for ent in doc.ents:
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            counts[text.lower()] += 1
    return counts
