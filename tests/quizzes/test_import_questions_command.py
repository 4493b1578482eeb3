import io
import shutil

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from quizzes import teach
from quizzes.models import Question
from tests.attempts.conftest import crime_section, make_question, quiz_questions
from tests.interop.shared import FORMATS, needs_moodle_formats

__all__ = ["crime_section", "quiz_questions"]  # one of each format, on section 3/1/c


def run_import(path, seed_document, *args: str, section: str = "3/1/a") -> str:
    out = io.StringIO()
    call_command(
        "import_questions",
        str(path),
        "--document",
        seed_document.slug,
        "--section",
        section,
        *args,
        stdout=out,
    )
    return out.getvalue()


@needs_moodle_formats
@pytest.mark.parametrize(
    ("name", "imported", "skipped"),
    [
        (
            "questions.gift.txt",
            4,
            [
                "Q8 (essay)",
                "Moodle activities (matching)",
                "colours (multiple choice with multiple answers)",
                "Q5 (numerical with tolerance)",
                "Shortanswer (short answer with partial credit)",
            ],
        ),
        ("questions_in_category.gift.txt", 3, ["Moodle activities (matching)"]),
        ("questions.aiken.txt", 2, []),
    ],
)
def test_shared_fixtures_import_supported_questions_and_name_the_rest(
    tmp_path, seed_document, name, imported, skipped
):
    path = tmp_path / name
    shutil.copy(FORMATS / name, path)

    said = run_import(path, seed_document)

    section = seed_document.sections.get(path="3/1/a")
    assert Question.objects.filter(section=section, origin="manual").count() == imported
    assert said.splitlines()[0] == f"Imported {imported} questions into {section.heading}."
    assert [line[2:] for line in said.splitlines() if line.startswith("- ")] == skipped


@needs_moodle_formats
def test_imported_questions_are_approved_hand_written_ones(tmp_path, seed_document):
    path = tmp_path / "questions.aiken.txt"
    shutil.copy(FORMATS / "questions.aiken.txt", path)

    run_import(path, seed_document)

    started, abilities = Question.objects.filter(origin="manual").order_by("pk")
    assert (started.format, started.kind, started.status) == ("multiple_choice", "what", "approved")
    assert started.block is None
    assert (abilities.format, abilities.kind, abilities.answer) == (
        "true_false",
        "true_false",
        "true",
    )


def essentials(question: Question) -> tuple:
    return (
        question.format,
        question.prompt,
        question.answer,
        question.accepted_answers,
        question.choices,
    )


@pytest.mark.parametrize("format", ["gift", "moodle-xml"])
def test_round_trip_into_another_section(tmp_path, seed_document, quiz_questions, format):
    Question.objects.update(status="approved")
    make_question(
        seed_document.sections.get(path="3/1/c"),
        kind="true_false",
        format="true_false",
        prompt="FATF was created in 1989 {really}: #1 = ~yes.",
        answer="true",
        status="approved",
    )
    out = tmp_path / f"crime.{format}"
    call_command(
        "export_questions", seed_document.slug, "--section", "3/1/c", "--format", format,
        "-o", str(out),
    )  # fmt: skip

    run_import(out, seed_document, "--format", format)

    exported = Question.objects.filter(section__path="3/1/c").order_by("pk")
    imported = Question.objects.filter(section__path="3/1/a").order_by("pk")
    assert [essentials(q) for q in imported] == [essentials(q) for q in exported]
    # Moodle XML keeps what a question asks about in a tag; GIFT has nowhere to keep it.
    kinds = ["when", "acronym"] if format == "moodle-xml" else ["what", "what"]
    assert [q.kind for q in imported] == [*kinds, "fill_blank", "true_false"]


def test_bad_file_is_one_line_and_changes_nothing(tmp_path, seed_document):
    path = tmp_path / "bad.gift"
    path.write_text("::A:: Fine {=yes}\n\n::B:: Broken {=no\n")

    with pytest.raises(
        CommandError, match=r"^Cannot read the file as GIFT: Line 3: '\{' without a closing"
    ) as raised:
        run_import(path, seed_document)

    assert "\n" not in str(raised.value)
    assert not Question.objects.exists()


def test_a_question_the_bank_refuses_undoes_the_whole_file(tmp_path, seed_document, monkeypatch):
    path = tmp_path / "two.gift"
    path.write_text("::A:: One {=yes}\n\n::B:: Two {=no}\n")
    write = teach.write_question
    calls = []

    def refuse_second(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise ValidationError("refused")
        return write(**kwargs)

    monkeypatch.setattr(teach, "write_question", refuse_second)

    with pytest.raises(CommandError, match="“B” cannot be stored: refused"):
        run_import(path, seed_document)

    assert not Question.objects.exists()


def test_questions_over_the_limits_are_skipped_with_the_reason(tmp_path, seed_document):
    path = tmp_path / "long.gift"
    path.write_text(f"::Long:: {'word ' * 120}{{=yes}}\n\n::Ok:: Fine? {{T}}\n")

    said = run_import(path, seed_document)

    assert "- Long (question over 500 characters)" in said
    assert Question.objects.count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--document", "nope", "--section", "3/1/a"], "No section '3/1/a' in a document 'nope'"),
        (["--document", "{slug}", "--section", "9"], "No section '9'"),
    ],
)
def test_unknown_target_is_one_clear_line(tmp_path, seed_document, args, message):
    path = tmp_path / "a.gift"
    path.write_text("Q {T}")
    args = [arg.format(slug=seed_document.slug) for arg in args]

    with pytest.raises(CommandError, match=message):
        call_command("import_questions", str(path), *args)


def test_missing_file_is_one_clear_line(tmp_path, seed_document):
    with pytest.raises(CommandError, match="Cannot read .*missing.gift: No such file"):
        run_import(tmp_path / "missing.gift", seed_document)


def test_format_is_guessed_from_the_text(tmp_path, seed_document):
    path = tmp_path / "bank.txt"
    path.write_text("Which?\nA) a\nB) b\nC) c\nANSWER: C\n")

    run_import(path, seed_document)

    assert Question.objects.get().answer == "c"
