"""Hand-made generator output pointing at real blocks of the seed document.

The bank logic is tested against a fake generator, independently of the language
analysis; one integration test in the command's module runs the real engine.
"""

from dataclasses import dataclass, field

import pytest

from content.models import Block
from quizzes import services
from quizzes.generation.question import AnswerType, Format, GeneratedQuestion, Kind, SourceRef


def ask(
    block: Block,
    prompt: str,
    answer: str,
    *,
    sentence_from: str | None = None,
    kind: Kind = Kind.WHAT,
    format: Format = Format.SHORT_ANSWER,
    answer_type: AnswerType = AnswerType.PHRASE,
    score: float = 0.5,
    choices: tuple[str, ...] = (),
) -> GeneratedQuestion:
    """A question citing the sentence of ``block`` that starts at ``sentence_from``."""
    text = block.text
    start = text.index(sentence_from) if sentence_from else 0
    stop = text.find(". ", start)
    end = stop + 1 if stop != -1 else len(text)
    section = block.section
    return GeneratedQuestion(
        kind=kind,
        format=format,
        prompt=prompt,
        answer=answer,
        answer_type=answer_type,
        source=SourceRef(
            section_path=section.path,
            section_label=section.label,
            section_title=section.title,
            block=block.position,
            start=start,
            end=end,
            sentence=text[start:end],
        ),
        rule="hand-made",
        score=score,
        difficulty=0.4,
        accepted_answers=[],
        choices=list(choices),
    )


@pytest.fixture
def seed_blocks(seed_document) -> dict[str, list[Block]]:
    """Live blocks of the seed by section path, in order."""
    blocks: dict[str, list[Block]] = {}
    live = Block.objects.live().filter(section__document=seed_document).select_related("section")
    for block in live.order_by("section__position", "position"):
        blocks.setdefault(block.section.path, []).append(block)
    return blocks


@pytest.fixture
def seed_questions(seed_blocks) -> list[GeneratedQuestion]:
    return [
        ask(
            seed_blocks["3/1/b"][2],
            "In which year was the Anti-Terrorism Special Measures Law passed?",
            "2001",
            sentence_from="The activities Japan had been conducting",
            kind=Kind.WHEN,
            answer_type=AnswerType.YEAR,
            score=0.7,
        ),
        ask(
            seed_blocks["3/1/c"][0],
            "What does FATF stand for?",
            "Financial Action Task Force",
            sentence_from="The United Nations, the G8",
            kind=Kind.ACRONYM,
            answer_type=AnswerType.TERM,
            score=0.9,
        ),
        ask(
            seed_blocks["3/1/e"][0],
            "Who assumed office as UN Secretary-General in January?",
            "Ban Ki-moon",
            sentence_from="In this context",
            kind=Kind.WHO,
            format=Format.MULTIPLE_CHOICE,
            answer_type=AnswerType.PERSON,
            score=0.6,
            choices=("Srgjan Kerim", "Ban Ki-moon", "Masahiko Koumura", "Robert Gates"),
        ),
        ask(
            seed_blocks["3/1/e"][1],
            "At which session of the UN General Assembly did Foreign Minister Koumura speak?",
            "the 62nd Session",
            kind=Kind.WHAT,
            score=0.4,
        ),
    ]


@dataclass
class FakeEngine:
    """Stands in for ``services.run_generator``, recording the outlines it is given.

    It returns those of ``questions`` that cite a section the outline has, so one
    fake serves a run over several documents.
    """

    questions: list[GeneratedQuestion] = field(default_factory=list)
    outlines: list = field(default_factory=list)

    def __call__(self, outline, *, progress=None) -> list[GeneratedQuestion]:
        self.outlines.append(outline)
        sections = list(outline.walk())
        for done in range(1, len(sections) + 1):
            if progress:
                progress(done, len(sections))
        paths = {path for path, _, _ in sections}
        return [question for question in self.questions if question.source.section_path in paths]


@pytest.fixture
def fake_engine(monkeypatch, seed_questions) -> FakeEngine:
    engine = FakeEngine(questions=seed_questions)
    monkeypatch.setattr(services, "run_generator", engine)
    return engine
