"""Generate grounded questions for every section of an outline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from content.importers.outline import BlockKind, Outline
from quizzes.generation import antecedents
from quizzes.generation.distractors import Candidate, candidates_from_doc
from quizzes.generation.drafts import DocumentContext, Draft, Site
from quizzes.generation.formats import with_formats
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.pieces import Piece, block_pieces
from quizzes.generation.question import AnswerType, GeneratedQuestion, Kind, SourceRef
from quizzes.generation.ranking import finalise
from quizzes.generation.rules import drafts_for
from quizzes.generation.rules.acronym import with_counterpart_keys

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
    discourse = antecedents.EMPTY
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
    document_text = "\n".join(texts)
    keyed = with_counterpart_keys(_evidenced_short_names(section_questions, document_text))
    return with_formats(keyed, pool, document_text)


def _evidenced_short_names(
    questions: list[GeneratedQuestion], text: str
) -> list[GeneratedQuestion]:
    """Accept a person's short name only where the document itself uses it alone.

    "Secretary Gates" makes "Gates" an answer for Robert Gates; a name the text always
    writes in full ("Bi Sheng", whose family name comes first) gets no short form.
    """
    occurrences = _PhraseCounter(text)
    for question in questions:
        if question.answer_type != AnswerType.PERSON:
            continue
        name_parts = question.answer.split()
        question.accepted_answers = [
            accepted
            for accepted in question.accepted_answers
            if accepted not in name_parts
            or occurrences.count(accepted) > occurrences.count(question.answer)
        ]
    return questions


class _PhraseCounter:
    """How often a phrase stands in a text as whole words: what ``len(re.findall(
    rf"\\b{re.escape(phrase)}\\b", text))`` says, without a scan of the text per phrase.

    A document of many people would otherwise be read twice per who-question. The text
    is read once, noting where each word starts; a phrase is then only compared where
    its first word starts.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: dict[str, int] = {}
        self._word_starts: dict[str, list[int]] | None = None

    def count(self, phrase: str) -> int:
        if phrase not in self._counts:
            self._counts[phrase] = self._count(phrase)
        return self._counts[phrase]

    def _count(self, phrase: str) -> int:
        first = re.match(r"\w+", phrase)
        if first is None:  # no leading word to look up: an ordinary scan
            return len(re.findall(rf"\b{re.escape(phrase)}\b", self._text))
        if self._word_starts is None:
            self._word_starts = {}
            for word in re.finditer(r"\w+", self._text):
                self._word_starts.setdefault(word.group(), []).append(word.start())
        # A match begins where a word begins (\b before a word character), and that word
        # of the text is the phrase's first word exactly (the phrase goes on with a
        # non-word character, or ends where \b wants the text's word to end too).
        wants_word_after = not re.match(r"\w", phrase[-1])
        found, free_from = 0, 0
        for start in self._word_starts.get(first.group(), ()):
            end = start + len(phrase)
            if start < free_from or not self._text.startswith(phrase, start):
                continue  # findall's matches do not overlap
            word_after = end < len(self._text) and bool(re.match(r"\w", self._text[end]))
            if word_after == wants_word_after:
                found, free_from = found + 1, end
        return found


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
