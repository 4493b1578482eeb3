"""``manage.py seed_scale``: the scale data the benchmarks run on, checked small."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from classes import seeding
from classes.models import Assignment, AssignmentGrade, Classroom, Membership
from quizzes.models import AnswerSlot, Attempt, AttemptItem, LatestAnswer, ReviewCard
from quizzes.models.progress import rebuild
from tests.conftest import add_questions


@pytest.fixture
def questions(make_document):
    """A document of four sections, six questions each."""
    document = make_document(slug="scale-source", parts=2, sections_per_part=2)
    for section in document.sections.filter(blocks__isnull=False).distinct():
        add_questions(section, 6)
    return document


def seed_scale(*args: str) -> str:
    out = StringIO()
    call_command("seed_scale", *args, stdout=out)
    return out.getvalue()


def small_run() -> str:
    return seed_scale("--learners", "5", "--responses", "200")


def test_small_run_creates_the_class_and_about_the_responses_asked(questions):
    output = small_run()
    classroom = Classroom.objects.get(name=seeding.CLASS_NAME)
    assert Membership.objects.filter(classroom=classroom).count() == 5
    assert Assignment.objects.filter(classroom=classroom).count() == seeding.ASSIGNMENTS
    items = AttemptItem.objects.filter(attempt__learner__username__startswith=seeding.PREFIX)
    assert items.count() == 200
    assert not items.filter(answered_at__isnull=True).exists()
    attempts = Attempt.objects.filter(learner__username__startswith=seeding.PREFIX)
    assert not attempts.filter(submitted_at__isnull=True).exists()
    assert attempts.filter(kind=Attempt.Kind.ASSIGNMENT).exists()
    assert ReviewCard.objects.filter(learner__username__startswith=seeding.PREFIX).exists()
    assert "200 responses" in output


def test_attempts_are_spread_over_time_with_consistent_scores(questions):
    small_run()
    attempts = Attempt.objects.filter(learner__username__startswith=seeding.PREFIX)
    assert attempts.values("started_at__date").distinct().count() > 1
    for attempt in attempts:
        items = list(attempt.items.all())
        assert attempt.question_count == len(items)
        assert attempt.correct_count == sum(item.correct for item in items)
        assert attempt.started_at < attempt.submitted_at


def test_second_run_refuses_without_reset(questions):
    small_run()
    with pytest.raises(CommandError, match="--reset"):
        small_run()


def test_reset_replaces_the_earlier_data(questions, learner):
    small_run()
    seed_scale("--learners", "3", "--responses", "60", "--reset")
    assert Membership.objects.filter(classroom__name=seeding.CLASS_NAME).count() == 3
    assert AttemptItem.objects.count() == 60
    assert Classroom.objects.filter(name=seeding.CLASS_NAME).count() == 1
    assert learner.__class__.objects.filter(pk=learner.pk).exists()  # not seeded: kept


def test_without_questions_says_what_to_do(db):
    with pytest.raises(CommandError, match="generate questions first"):
        small_run()


def test_gradebook_renders_for_seeded_class(questions, client):
    small_run()
    client.login(username=seeding.INSTRUCTOR_NAME, password=seeding.DEFAULT_PASSWORD)
    classroom = Classroom.objects.get(name=seeding.CLASS_NAME)
    response = client.get(reverse("classes:gradebook", args=[classroom.pk]))
    assert response.status_code == 200
    assert seeding.learner_name(4).encode() in response.content


def test_dashboard_and_review_render_for_a_seeded_learner(questions, client):
    small_run()
    client.login(username=seeding.learner_name(0), password=seeding.DEFAULT_PASSWORD)
    assert client.get(reverse("quizzes:dashboard")).status_code == 200
    assert client.get(reverse("quizzes:review")).status_code == 200


def test_seeded_summaries_are_those_counted_from_the_attempts(questions):
    """The benchmarks time pages that read the summaries: seeding fills them as
    submitting would have."""
    small_run()
    users = get_user_model().objects.filter(username__startswith=seeding.PREFIX)
    attempts = Attempt.objects.filter(learner__in=users)

    def stored() -> tuple[set, set, set]:
        return (
            set(AssignmentGrade.objects.filter(learner__in=users).values_list()),
            set(AnswerSlot.objects.filter(learner__in=users).values_list()),
            set(LatestAnswer.objects.filter(learner__in=users).values_list()),
        )

    seeded = stored()
    assert all(seeded)
    AssignmentGrade.objects.filter(learner__in=users).delete()
    AssignmentGrade.objects.rebuild(attempts)
    rebuild(users.values_list("pk", flat=True))

    # Ids aside (the rows were made again), the same rows.
    def without_ids(rows: tuple[set, set, set]) -> list[set]:
        return [{row[1:] for row in table} for table in rows]

    assert without_ids(stored()) == without_ids(seeded)
