import dataclasses

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from content.models import Block
from content.services import import_document_file, import_outline
from quizzes import teach
from quizzes.attempts import record_answer, start_attempt
from quizzes.generation.question import Format
from quizzes.models import GenerationRun, Question, QuestionSet
from quizzes.services import GenerationError, store_generated_questions
from tests.conftest import SEED_PATH
from tests.quizzes.conftest import ask

WRITES = ("INSERT", "UPDATE", "DELETE")


def store(document, generated):
    return store_generated_questions(document=document, generated=generated)


def writes_during(action) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        action()
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().startswith(WRITES)]


def test_new_questions_are_stored_as_drafts_citing_their_sentence(seed_document, seed_questions):
    report = store(seed_document, seed_questions)

    assert report.created == 4
    stored = Question.objects.order_by("-score")
    assert [q.prompt for q in stored] == [
        q.prompt for q in sorted(seed_questions, key=lambda q: -q.score)
    ]
    for question in stored:
        assert question.status == Question.Status.DRAFT
        assert question.origin == Question.Origin.GENERATED
        assert question.source_sentence
        assert question.source_sentence in question.block.text
    fatf = Question.objects.get(answer="Financial Action Task Force")
    assert fatf.source_sentence.startswith("The United Nations, the G8, and the Financial Action")
    assert fatf.section.path == "3/1/c"
    ban = Question.objects.get(answer="Ban Ki-moon")
    assert ban.choices == ["Srgjan Kerim", "Ban Ki-moon", "Masahiko Koumura", "Robert Gates"]


def test_storing_the_same_questions_again_writes_nothing(seed_document, seed_questions):
    store(seed_document, seed_questions)
    rows = list(Question.objects.order_by("pk").values())

    reports = []
    assert writes_during(lambda: reports.append(store(seed_document, seed_questions))) == []

    assert list(Question.objects.order_by("pk").values()) == rows
    assert (reports[0].created, reports[0].unchanged, reports[0].changed) == (0, 4, False)


def test_questions_no_longer_generated_are_retired_and_kept(seed_document, seed_questions):
    store(seed_document, seed_questions)
    dropped = Question.objects.get(answer="2001")

    report = store(seed_document, seed_questions[1:])

    assert report.retired == 1
    dropped.refresh_from_db()
    assert dropped.status == Question.Status.RETIRED
    assert Question.objects.count() == 4
    assert Question.objects.live().count() == 3


def test_a_retired_question_generated_again_comes_back_as_a_draft(seed_document, seed_questions):
    store(seed_document, seed_questions)
    store(seed_document, seed_questions[1:])

    report = store(seed_document, seed_questions)

    assert (report.revived, report.created) == (1, 0)
    assert Question.objects.get(answer="2001").status == Question.Status.DRAFT
    assert Question.objects.count() == 4


@pytest.mark.parametrize(
    "protect",
    [
        pytest.param({"edited_at": timezone.now()}, id="edited"),
        pytest.param({"status": Question.Status.APPROVED}, id="approved"),
    ],
)
def test_protected_questions_are_never_changed_or_retired(seed_document, seed_questions, protect):
    store(seed_document, seed_questions)
    Question.objects.filter(answer="2001").update(**protect)
    before = Question.objects.filter(answer="2001").values().get()

    report = store(seed_document, seed_questions[1:])
    assert Question.objects.filter(answer="2001").values().get() == before
    assert report.kept_protected == 1
    assert report.retired == 0

    rescored = dataclasses.replace(seed_questions[0], score=0.99, rule="another-rule")
    store(seed_document, [rescored, *seed_questions[1:]])
    assert Question.objects.filter(answer="2001").values().get() == before


def test_a_question_a_learner_answered_is_never_changed_or_retired(
    seed_document, seed_questions, learner
):
    store(seed_document, seed_questions)
    answered = Question.objects.get(answer="2001")
    attempt = start_attempt(learner=learner, questions=[answered], title="Practice")
    record_answer(item=attempt.items.get(), given="2001")
    before = Question.objects.filter(pk=answered.pk).values().get()

    rescored = dataclasses.replace(seed_questions[0], score=0.99, rule="another-rule")
    store(seed_document, [rescored, *seed_questions[1:]])
    report = store(seed_document, seed_questions[1:])

    assert Question.objects.filter(pk=answered.pk).values().get() == before
    assert report.kept_protected == 1
    assert report.retired == 0


def test_an_edited_question_is_not_generated_again_beside_its_edit(seed_document, seed_questions):
    store(seed_document, seed_questions)
    edited = Question.objects.get(answer="2001")
    edited.prompt = "When was the Anti-Terrorism Special Measures Law enacted?"
    edited.edited_at = timezone.now()
    edited.save()

    report = store(seed_document, seed_questions)

    assert report.created == 0
    assert Question.objects.filter(answer="2001").get().prompt == edited.prompt


def test_a_question_an_instructor_retired_stays_retired(seed_document, seed_questions):
    store(seed_document, seed_questions)
    now = timezone.now()
    Question.objects.filter(answer="2001").update(status="retired", edited_at=now)

    report = store(seed_document, seed_questions)

    assert report.revived == 0
    assert Question.objects.get(answer="2001").status == Question.Status.RETIRED


def test_questions_written_by_instructors_are_left_alone(
    seed_document, seed_blocks, seed_questions
):
    block = seed_blocks["3/1/a"][0]
    manual = Question.objects.create(
        section=block.section,
        block=block,
        source_start=0,
        source_end=20,
        kind="what",
        format="short_answer",
        prompt="What have the Japan-US security arrangements supported?",
        answer="Stability and development in the Asia-Pacific region",
        score=1.0,
    )

    store(seed_document, seed_questions)

    manual.refresh_from_db()
    assert manual.status == Question.Status.DRAFT
    assert manual.origin == Question.Origin.MANUAL
    generated_set = QuestionSet.objects.get(section=block.section)
    assert list(generated_set.questions_in_order()) == [manual]


def test_duplicates_in_one_run_are_stored_once_with_the_best_score(seed_document, seed_questions):
    first = seed_questions[0]
    louder = dataclasses.replace(first, prompt=f"  {first.prompt.upper()} ", score=0.95)

    report = store(seed_document, [first, louder])

    assert report.created == 1
    assert Question.objects.get().score == 0.95


def test_a_changed_score_or_source_refreshes_an_unprotected_question(seed_document, seed_questions):
    store(seed_document, seed_questions)
    rescored = dataclasses.replace(seed_questions[0], score=0.2)

    report = store(seed_document, [rescored, *seed_questions[1:]])

    assert (report.updated, report.unchanged, report.created) == (1, 3, 0)
    assert Question.objects.get(answer="2001").score == 0.2


def test_questions_follow_a_rewritten_paragraph_to_its_new_block(
    seed_document, seed_blocks, seed_questions, tmp_path
):
    store(seed_document, seed_questions)
    old_block = seed_blocks["3/1/b"][2]
    changed = tmp_path / SEED_PATH.name
    changed.write_text(
        SEED_PATH.read_text(encoding="utf-8").replace("Terrorism can be neither", "Terror is not"),
        encoding="utf-8",
    )
    import_document_file(data=changed.read_bytes(), filename=changed.name)
    new_block = seed_document.sections.get(path="3/1/b").blocks.live().get(position=2)
    assert new_block.pk != old_block.pk
    regenerated = ask(
        new_block,
        seed_questions[0].prompt,
        "2001",
        sentence_from="The activities Japan had been conducting",
        score=0.7,
        kind=seed_questions[0].kind,
    )

    report = store(seed_document, [regenerated, *seed_questions[1:]])

    assert (report.updated, report.created) == (1, 0)
    moved = Question.objects.get(answer="2001")
    assert moved.block == new_block
    assert moved.source_sentence.startswith("The activities Japan had been conducting")


def test_each_section_gets_one_set_of_its_live_questions_best_first(
    seed_document, seed_blocks, seed_questions
):
    extra = ask(seed_blocks["3/1/e"][3], "What does Japan regard as a pillar?", "cooperation")
    extra = dataclasses.replace(extra, score=0.8)
    store(seed_document, [*seed_questions, extra])

    un_set = QuestionSet.objects.get(section__path="3/1/e")
    assert un_set.kind == QuestionSet.Kind.GENERATED
    assert un_set.title == "(e) The United Nations"
    assert [q.score for q in un_set.questions_in_order()] == [0.8, 0.6, 0.4]
    assert QuestionSet.objects.count() == 3, "one per section with questions"

    store(seed_document, [*seed_questions[:3], extra])
    assert [q.score for q in un_set.questions_in_order()] == [0.8, 0.6]
    assert QuestionSet.objects.count() == 3


def test_multiple_choice_needs_three_choices_including_the_answer(seed_document, seed_questions):
    ban = seed_questions[2]
    too_few = dataclasses.replace(ban, choices=["Ban Ki-moon", "Srgjan Kerim"])
    answer_missing = dataclasses.replace(
        ban, prompt="Who else?", choices=["Srgjan Kerim", "Robert Gates", "Masahiko Koumura"]
    )

    report = store(seed_document, [too_few, answer_missing, seed_questions[0]])

    assert report.skipped == 2
    assert list(Question.objects.values_list("answer", flat=True)) == ["2001"]
    assert ban.format == Format.MULTIPLE_CHOICE


def test_a_question_citing_a_missing_block_stores_nothing(seed_document, seed_questions):
    lost = dataclasses.replace(
        seed_questions[0],
        source=dataclasses.replace(seed_questions[0].source, block=99),
    )

    with pytest.raises(GenerationError, match="block 99 of section '3/1/b'"):
        store(seed_document, [*seed_questions[1:], lost])

    assert not Question.objects.exists()
    assert not QuestionSet.objects.exists()


def test_a_question_citing_characters_past_its_block_stores_nothing(seed_document, seed_questions):
    source = seed_questions[1].source
    overlong = dataclasses.replace(
        seed_questions[1], source=dataclasses.replace(source, end=source.end + 100_000)
    )

    with pytest.raises(GenerationError, match="characters"):
        store(seed_document, [overlong])

    assert not Question.objects.exists()


def test_questions_for_text_that_changed_meanwhile_are_refused(seed_document, seed_questions):
    with pytest.raises(GenerationError, match="changed while questions were being generated"):
        store_generated_questions(
            document=seed_document, generated=seed_questions, content_sha256="0" * 64
        )

    assert not Question.objects.exists()


def test_the_run_is_recorded_for_the_document(seed_document, seed_questions):
    store(seed_document, seed_questions)

    run = GenerationRun.objects.get(document=seed_document)
    assert run.generated_count == 4
    assert len(run.content_sha256) == 64


def test_the_report_counts_live_questions_per_section_and_kind(seed_document, seed_questions):
    report = store(seed_document, seed_questions)

    counts = {path: count for path, _, count in report.by_section}
    assert counts == {
        "3/1/a": 0,
        "3/1/b": 1,
        "3/1/c": 1,
        "3/1/d": 0,
        "3/1/e": 2,
        "3/1/f": 0,
        "3/1/g": 0,
    }
    assert report.by_kind == {"when": 1, "acronym": 1, "who": 1, "what": 1}
    summary = report.summary()
    assert summary.startswith("Japan's Foreign Policy in Major Diplomatic Fields: 4 live questions")
    assert "created 4" in summary
    assert "3/1/e  (e) The United Nations: 2" in summary


def import_with_heading(title: str, text: str):
    """A document of one section with this heading and one paragraph."""
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title=title,
        blocks=[OutlineBlock(BlockKind.PARAGRAPH, text)],
    )
    outline = Outline(title="Headings", format="text", sections=[section])
    return import_outline(
        outline=outline, slug="headings", source_name="headings.txt", source_sha256="0" * 64
    ).document


LONGEST_TITLE = ("The activities of the Financial Action Task Force and its members " * 8)[:500]


def test_a_set_for_a_section_with_the_longest_title_is_titled_up_to_a_whole_word(db):
    document = import_with_heading(LONGEST_TITLE, "FATF was founded in 1989 by the G7.")
    block = Block.objects.get(section__document=document)
    heading = block.section.heading
    assert len(heading) > QuestionSet._meta.get_field("title").max_length

    store(document, [ask(block, "When was FATF founded?", "1989")])

    title = QuestionSet.objects.get(section=block.section).title
    assert len(title) <= QuestionSet._meta.get_field("title").max_length
    assert title.endswith("…")
    kept = title.removesuffix("…")
    assert heading.startswith(kept)
    assert heading[len(kept)] == " ", "cut between words"
    assert len(kept) > 250


def test_a_question_with_a_value_too_long_for_its_column_is_skipped(seed_document, seed_questions):
    odd_rule = dataclasses.replace(seed_questions[0], rule="fill_blank:" + "x" * 200)

    report = store(seed_document, [odd_rule, *seed_questions[1:]])

    assert report.skipped == 1
    assert "skipped as malformed 1" in report.summary()
    assert Question.objects.count() == 3


def test_changes_made_in_the_workspace_survive_regeneration(
    seed_document, seed_questions, instructor
):
    store(seed_document, seed_questions)
    edited = Question.objects.get(answer="2001")
    teach.edit_question(
        question=edited,
        text=teach.QuestionText(prompt="In which year did the law pass?", answer="2001"),
        user=instructor,
    )
    Question.objects.filter(answer="Ban Ki-moon").set_status(
        status=Question.Status.RETIRED, user=instructor
    )

    report = store(seed_document, seed_questions)

    assert (report.created, report.revived, report.kept_protected) == (0, 0, 2)
    assert Question.objects.get(answer="2001").prompt == "In which year did the law pass?"
    assert Question.objects.get(answer="Ban Ki-moon").status == Question.Status.RETIRED
