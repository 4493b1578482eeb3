import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import CommandError, call_command

from quizzes.models import Question
from tests.attempts.conftest import make_question


@pytest.fixture
def crime_questions(seed_document):
    crime = seed_document.sections.get(path="3/1/c")
    approved = make_question(
        crime, prompt="When was FATF created?", answer="1989", status="approved"
    )
    draft = make_question(crime, prompt="When did it start?", answer="1990")
    retired = make_question(crime, prompt="Retired one?", answer="1991", status="retired")
    other = make_question(
        seed_document.sections.get(path="3/1/a"),
        prompt="Elsewhere?",
        answer="1992",
        status="approved",
    )
    return approved, draft, retired, other


def export(tmp_path, *args: str) -> tuple[str, str]:
    out = tmp_path / "out"
    stderr = io.StringIO()
    call_command("export_questions", *args, "-o", str(out), stderr=stderr)
    return out.read_bytes().decode("utf-8", errors="replace"), stderr.getvalue()


def test_exports_approved_questions_of_the_section(tmp_path, seed_document, crime_questions):
    text, said = export(tmp_path, seed_document.slug, "--section", "3/1/c", "--format", "gift")

    assert "When was FATF created?" in text
    assert "When did it start?" not in text
    assert "Elsewhere?" not in text
    assert "Wrote 1 question to" in said


def test_status_all_adds_drafts_but_never_retired(tmp_path, seed_document, crime_questions):
    text, _ = export(tmp_path, seed_document.slug, "--status", "all", "--format", "moodle-xml")

    prompts = [q.findtext("questiontext/text") for q in ET.fromstring(text).iter("question")]
    assert set(prompts) - {None} == {"When was FATF created?", "When did it start?", "Elsewhere?"}


def test_source_sentence_is_the_general_feedback(tmp_path, seed_document, crime_questions):
    text, _ = export(tmp_path, seed_document.slug, "--section", "3/1/c", "--format", "moodle-xml")

    feedback = ET.fromstring(text).find("question[@type='shortanswer']/generalfeedback/text")
    assert feedback.text == crime_questions[0].source_sentence


def test_aiken_reports_the_questions_left_out(tmp_path, seed_document, crime_questions):
    text, said = export(tmp_path, seed_document.slug, "--format", "aiken")

    assert text == ""
    assert "Left out 2 questions that are not multiple choice" in said


def test_csv_and_anki_are_written(tmp_path, seed_document, crime_questions):
    text, _ = export(tmp_path, seed_document.slug, "--format", "csv")
    assert text.count("quizapp-question-") == 2

    apkg, _ = export(tmp_path, seed_document.slug, "--format", "anki")
    assert apkg.startswith("PK")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--format", "gift"], "No document 'nope'"),
        (["--section", "9/9", "--format", "gift"], "has no section '9/9'"),
    ],
)
def test_unknown_document_or_section_is_one_clear_line(tmp_path, seed_document, args, message):
    args = args if args[0] == "nope" else [seed_document.slug, *args]
    with pytest.raises(CommandError, match=message):
        call_command("export_questions", *args, "-o", str(tmp_path / "x"))


def test_nothing_is_changed_by_an_export(tmp_path, seed_document, crime_questions):
    before = list(Question.objects.values_list("pk", "status", "updated_at"))

    export(tmp_path, seed_document.slug, "--format", "gift")

    assert list(Question.objects.values_list("pk", "status", "updated_at")) == before


def test_dash_writes_to_standard_output(capfdbinary, seed_document, crime_questions):
    call_command("export_questions", seed_document.slug, "--format", "csv", "-o", "-")

    assert b"When was FATF created?" in capfdbinary.readouterr().out
