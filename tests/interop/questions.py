"""Records of every format, with the characters GIFT must escape in their keys."""

from quizzes.generation.question import Format
from quizzes.interop import ExchangedQuestion

CATEGORY = ("Bluebook: chapter 3", "3/1 Security")


def sample_questions() -> list[ExchangedQuestion]:
    return [
        ExchangedQuestion(
            format=Format.SHORT_ANSWER,
            prompt="What does {x} mean in a = b: c?",
            answer="a~b=c#d{e}f:g\\h",
            accepted_answers=("x = 1", "// not a comment"),
            category=CATEGORY,
            feedback="The source: it says {x} # 1.",
            uid="quizapp-question-1",
            kind="what",
        ),
        ExchangedQuestion(
            format=Format.MULTIPLE_CHOICE,
            prompt="Which sign is equality?",
            answer="=",
            choices=("~", "=", "#", "{}"),
            category=CATEGORY,
            uid="quizapp-question-2",
        ),
        ExchangedQuestion(
            format=Format.TRUE_FALSE,
            prompt="FATF was created in 1989.",
            answer="true",
            category=CATEGORY,
            uid="quizapp-question-3",
        ),
        ExchangedQuestion(
            format=Format.FILL_BLANK,
            prompt="US Secretary of Defense _____ visited Japan.",
            answer="Robert Gates",
            accepted_answers=("Gates",),
            category=("Other", "A/B section"),
            uid="quizapp-question-4",
        ),
    ]


def essentials(question: ExchangedQuestion) -> tuple:
    """What a round trip must keep."""
    return (
        question.format,
        question.prompt,
        question.answer,
        question.accepted_answers,
        question.choices,
    )
