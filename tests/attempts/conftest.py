import pytest

from quizzes.models import Question, question_fingerprint

# Length of the stretch of its block each made question cites.
CITED_CHARACTERS = 20


def make_question(section, **fields) -> Question:
    """A generated question on the section's first live block. Each one cites its own
    stretch of the block, the first its first 20 characters: a quiz never serves two
    items of one sentence, and the questions made here are meant to be served together."""
    block = section.blocks.live().order_by("position").first()
    start = CITED_CHARACTERS * Question.objects.filter(block=block).count()
    values = {
        "kind": "when",
        "format": "short_answer",
        "answer_type": "year",
        "origin": Question.Origin.GENERATED,
        "score": 0.9,
        **fields,
    }
    values["fingerprint"] = question_fingerprint(
        kind=values["kind"],
        prompt=values["prompt"],
        answer=values["answer"],
        section_path=section.path,
    )
    return Question.objects.create(
        section=section,
        block=block,
        source_start=start,
        source_end=start + CITED_CHARACTERS,
        **values,
    )


def many_questions(section, count: int, *, tag: str = "") -> list[Question]:
    """`count` distinct typed questions, for checks that must not grow with the data."""
    return [
        make_question(section, prompt=f"When did event {n}{tag} happen?", answer=str(1800 + n))
        for n in range(count)
    ]


@pytest.fixture
def crime_section(seed_document):
    return seed_document.sections.get(path="3/1/c")


@pytest.fixture
def quiz_questions(crime_section):
    """One question for each way of asking: typed, multiple choice, fill in the blank."""
    return [
        make_question(crime_section, prompt="When was FATF created?", answer="1989"),
        make_question(
            crime_section,
            kind="acronym",
            format="multiple_choice",
            answer_type="term",
            prompt="What does FATF stand for?",
            answer="Financial Action Task Force",
            choices=[
                "North Atlantic Treaty Organization",
                "Financial Action Task Force",
                "ASEAN Regional Forum",
                "Official Development Assistance",
            ],
        ),
        make_question(
            crime_section,
            kind="fill_blank",
            format="fill_blank",
            answer_type="person",
            prompt="US Secretary of Defense _____ visited Japan in November 2007.",
            answer="Robert Gates",
            accepted_answers=["Gates"],
            false_statement="US Secretary of Defense Yoshiro Mori visited Japan in November 2007.",
        ),
    ]
