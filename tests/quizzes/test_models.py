import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import RestrictedError
from django.utils import timezone

from quizzes.models import Question, QuestionSet, QuestionSetItem, question_fingerprint
from tests.conftest import add_questions


@pytest.fixture
def section(seed_document):
    return seed_document.sections.get(path="3/1/c")


@pytest.fixture
def block(section):
    return section.blocks.get(position=0)


def make_question(section, block, /, **overrides) -> Question:
    values = {
        "section": section,
        "block": block,
        "source_start": 0,
        "source_end": 17,
        "kind": "what",
        "format": "short_answer",
        "prompt": "Which crimes are escalating?",
        "answer": "Human trafficking",
        "origin": Question.Origin.GENERATED,
        "fingerprint": "f" * 40,
        "score": 0.5,
    }
    return Question.objects.create(**(values | overrides))


def refused(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_source_sentence_is_the_cited_slice_of_the_block(section, block):
    question = make_question(section, block, source_start=0, source_end=17)
    assert question.source_sentence == "Human trafficking"
    assert str(question) == "Which crimes are escalating?"


@pytest.mark.parametrize(
    "values",
    [
        {"score": 1.5},
        {"score": -0.1},
        {"difficulty": 2.0},
        {"source_start": 10, "source_end": 10},
        {"source_start": 10, "source_end": 3},
        {"source_end": None},
        {"block": None, "source_start": None, "source_end": None},
        {"fingerprint": ""},
    ],
    ids=str,
)
def test_the_database_refuses_impossible_questions(section, block, values):
    refused(lambda: make_question(section, block, **values))


def test_a_section_holds_a_generated_question_once(seed_document, section, block):
    make_question(section, block)
    refused(lambda: make_question(section, block))

    other = seed_document.sections.get(path="3/1/d")
    make_question(other, other.blocks.first())
    make_question(section, block, origin=Question.Origin.MANUAL)


def test_manual_questions_need_no_source(section):
    question = Question.objects.create(
        section=section, kind="what", format="short_answer", prompt="Why?", answer="Because."
    )
    assert question.origin == Question.Origin.MANUAL
    assert question.source_sentence == ""


def test_fingerprint_ignores_case_and_spacing_but_not_the_section():
    base = {"kind": "who", "prompt": "Who visited Japan?", "answer": "Robert Gates"}
    same = question_fingerprint(**base, section_path="3/1/a")
    assert (
        question_fingerprint(
            kind="who",
            prompt="  who visited   JAPAN? ",
            answer="robert gates",
            section_path="3/1/a",
        )
        == same
    )
    assert question_fingerprint(**base, section_path="3/1/b") != same
    assert question_fingerprint(**(base | {"kind": "what"}), section_path="3/1/a") != same


def test_querysets_tell_live_generated_approved_and_protected_questions(section):
    draft, approved, retired, edited = add_questions(section, 4)
    Question.objects.filter(pk=approved.pk).update(status="approved")
    Question.objects.filter(pk=retired.pk).update(status="retired")
    Question.objects.filter(pk=edited.pk).update(edited_at=timezone.now())
    manual = Question.objects.create(
        section=section, kind="what", format="short_answer", prompt="?", answer="!"
    )

    def pks(queryset):
        return set(queryset.values_list("pk", flat=True))

    assert pks(Question.objects.live()) == {draft.pk, approved.pk, edited.pk, manual.pk}
    assert pks(Question.objects.generated()) == {draft.pk, approved.pk, retired.pk, edited.pk}
    assert pks(Question.objects.approved()) == {approved.pk}
    assert pks(Question.objects.protected()) == {approved.pk, edited.pk, manual.pk}
    for question in Question.objects.with_answers_flag():
        assert question.is_protected == (question.pk in {approved.pk, edited.pk, manual.pk})


def test_questions_on_archived_text_are_not_live(seed_document, section):
    """A re-import archives a changed block or a removed section: its questions stay for
    history but are no longer served."""
    on_kept_block, on_changed_block = add_questions(section, 2)
    changed_block = section.blocks.get(position=1)
    Question.objects.filter(pk=on_changed_block.pk).update(
        block=changed_block, source_start=0, source_end=10
    )
    removed_section = seed_document.sections.get(path="3/1/e")
    [on_removed_section] = add_questions(removed_section, 1)
    manual = Question.objects.create(
        section=section, kind="what", format="short_answer", prompt="?", answer="!"
    )

    changed_block.archived_at = timezone.now()
    changed_block.position = None
    changed_block.save()
    removed_section.archived_at = timezone.now()
    removed_section.save()

    live = set(Question.objects.live().values_list("pk", flat=True))
    assert live == {on_kept_block.pk, manual.pk}
    assert Question.objects.filter(pk=on_removed_section.pk).exists(), "kept for history"


def test_clean_checks_choices_and_that_the_block_is_the_sections(seed_document, section, block):
    question = make_question(
        section, block, format="multiple_choice", choices=["Human trafficking", "Piracy"]
    )
    with pytest.raises(ValidationError, match="at least 3 different choices"):
        question.full_clean()

    question.choices = ["Human trafficking", "Piracy", "Smuggling"]
    question.full_clean()

    question.block = seed_document.sections.get(path="3/1/a").blocks.first()
    with pytest.raises(ValidationError, match="must belong to the question's section"):
        question.full_clean()


def test_a_block_cited_by_a_question_cannot_be_deleted_but_its_document_can(
    seed_document, section, block
):
    make_question(section, block)
    with pytest.raises(RestrictedError):
        block.delete()

    seed_document.delete()
    assert not Question.objects.exists()


def test_a_section_has_at_most_one_generated_set(section):
    QuestionSet.objects.create(title="Generated", section=section, kind="generated")
    refused(lambda: QuestionSet.objects.create(title="Again", section=section, kind="generated"))
    QuestionSet.objects.create(title="Revision", section=section, kind="custom")
    QuestionSet.objects.create(title="Revision 2", section=section, kind="custom")


def test_a_generated_set_needs_a_section(db):
    refused(lambda: QuestionSet.objects.create(title="Orphan", kind="generated"))
    QuestionSet.objects.create(title="Mixed", kind="custom")


def test_a_set_holds_each_question_once_at_distinct_positions(section):
    first, second = add_questions(section, 2)
    question_set = QuestionSet.objects.create(title="Revision", section=section)
    QuestionSetItem.objects.create(question_set=question_set, question=second, position=0)
    QuestionSetItem.objects.create(question_set=question_set, question=first, position=1)

    refused(
        lambda: QuestionSetItem.objects.create(
            question_set=question_set, question=first, position=2
        )
    )
    third = add_questions(section.document.sections.get(path="3/1/d"), 1)[0]
    refused(
        lambda: QuestionSetItem.objects.create(
            question_set=question_set, question=third, position=1
        )
    )
    assert list(question_set.questions_in_order()) == [second, first]
    assert str(question_set.items.first()) == f"1. {second}"
