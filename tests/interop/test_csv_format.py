import csv
import io

from quizzes.generation.question import Format
from quizzes.interop import ExchangedQuestion, csv_format
from tests.interop.questions import sample_questions


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_question():
    read = rows(csv_format.dumps(sample_questions()))

    assert [row["id"] for row in read] == [f"quizapp-question-{n}" for n in range(1, 5)]
    assert read[1]["choices"].splitlines() == ["~", "=", "#", "{}"]
    assert read[3]["accepted answers"] == "Gates"
    assert read[0]["category"] == "Bluebook: chapter 3 / 3/1 Security"


def test_cells_that_would_run_as_formulas_get_a_leading_quote():
    question = ExchangedQuestion(
        format=Format.SHORT_ANSWER,
        prompt='=HYPERLINK("http://evil")',
        answer="+1",
        accepted_answers=("-2", "ok"),
        feedback="@SUM(A1)",
        kind="\tcmd",
    )

    [row] = rows(csv_format.dumps([question]))

    assert row["question"] == '\'=HYPERLINK("http://evil")'
    assert row["answer"] == "'+1"
    assert row["accepted answers"] == "'-2\nok"
    assert row["source sentence"] == "'@SUM(A1)"
    assert row["kind"] == "'\tcmd"
    assert row["format"] == "short_answer"
