import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from classes import services
from quizzes import progress
from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import Attempt, AttemptItem
from quizzes.models.progress import rebuild as rebuild_summaries
from tests.attempts.conftest import many_questions
from tests.classes.conftest import leaf_sections, make_assignment
from tests.conftest import add_questions

URL = reverse("quizzes:dashboard")


def history(learner, section, *, attempts: int, per_attempt: int, days_ago: int = 0):
    """Answered attempts written directly: `attempts` x `per_attempt` responses, counted
    into the progress summaries as submitting them would."""
    questions = many_questions(section, per_attempt, tag=f" ({days_ago} days ago)")
    when = timezone.now() - dt.timedelta(days=days_ago)
    for number in range(attempts):
        attempt = Attempt.objects.create(
            learner=learner,
            title=f"Quiz {number}",
            question_count=per_attempt,
            correct_count=per_attempt // 2,
            submitted_at=when,
            reviews_scheduled_at=when,
        )
        AttemptItem.objects.bulk_create(
            AttemptItem(
                attempt=attempt,
                position=position,
                question=question,
                presentation="typed",
                given_answer="x",
                answered_at=when,
                correct=position % 2 == 0,
                credit=1.0,
            )
            for position, question in enumerate(questions)
        )
    rebuild_summaries([learner.pk])
    return questions


def test_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("login"))


def test_empty_dashboard_invites_practice(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "No quizzes yet." in html
    assert "Answer some questions to see your mastery." in html
    assert "0 days" in html


def test_shows_attempts_mastery_streak_and_accuracy(client, learner, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions[:1], title="Practice: (c)")
    record_answer(item=attempt.items.get(), given="1989")
    submit_attempt(attempt=attempt)
    client.force_login(learner)

    html = client.get(URL).content.decode()

    assert "Practice: (c)" in html
    assert "1/1 (100%)" in html
    assert "(c) Measures to Counter International Organized Crime" in html
    assert "1 of 3 questions mastered, 1 answered" in html
    assert "1 day" in html
    assert "<svg" in html
    assert "Answers and accuracy per day" in html
    assert escape(progress.MASTERY_EXPLAINED) in html


def test_mastery_follows_the_latest_answer(learner, quiz_questions):
    first = start_attempt(learner=learner, questions=quiz_questions[:1], title="One")
    record_answer(item=first.items.get(), given="1989")
    submit_attempt(attempt=first)
    second = start_attempt(learner=learner, questions=quiz_questions[:1], title="Two")
    record_answer(item=second.items.get(), given="1990")
    submit_attempt(attempt=second)

    [row] = progress.mastery_by_section(learner)
    assert (row.mastered, row.answered, row.questions) == (0, 1, 3)


def test_streak_counts_consecutive_days(learner, crime_section):
    for days_ago in (0, 1, 2, 4):
        history(learner, crime_section, attempts=1, per_attempt=1, days_ago=days_ago)
    assert progress.streak(learner) == 3


def test_another_learners_answers_do_not_show(client, learner, django_user_model, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions[:1], title="Mine")
    submit_attempt(attempt=attempt)
    other = django_user_model.objects.create_user(username="olga", password="olga-pass-123")
    client.force_login(other)
    assert "Mine" not in client.get(URL).content.decode()


def test_history_is_paginated(client, learner, crime_section):
    history(learner, crime_section, attempts=12, per_attempt=1)
    client.force_login(learner)
    assert "Page 1 of 2" in client.get(URL).content.decode()


@pytest.mark.parametrize(("attempts", "per_attempt"), [(2, 5), (20, 50)])
def test_query_count_is_constant_in_history_size(
    client, learner, crime_section, django_assert_max_num_queries, attempts, per_attempt
):
    """10 responses or 1,000: mastery, trend and streak are read from summaries."""
    history(learner, crime_section, attempts=attempts, per_attempt=per_attempt)
    client.force_login(learner)
    # 2 catch up (expired attempts, released marks); 1 for the open attempts' answers, 1 for
    # the day totals (calendar, streak, accuracy), 1 for the forecast.
    with django_assert_max_num_queries(16):
        response = client.get(URL)
    assert response.status_code == 200


@pytest.fixture
def assigned_class(instructor, learner, make_document):
    """Leo's class, with Ines's two-section document to assign quizzes from."""
    classroom = services.create_class(name="History 10B", instructor=instructor)
    services.join_class(user=learner, code=classroom.join_code)
    document = make_document(slug="assigned", sections_per_part=2, uploaded_by=instructor)
    for section in leaf_sections(document):
        add_questions(section, 3)
    return classroom, document


def answer_and_submit(attempt, *, right: int) -> None:
    for number, item in enumerate(attempt.items.order_by("position")):
        record_answer(item=item, given=item.question.answer if number < right else "wrong")
    submit_attempt(attempt=attempt)


def test_assignment_attempts_count_with_practice_attempts(
    client, learner, quiz_questions, assigned_class
):
    """Decision, checked here: every statistic on the page (history, totals, trend, streak,
    mastery) counts assignment attempts as well as practice ones; they are all Attempts."""
    practice = start_attempt(learner=learner, questions=quiz_questions[:1], title="Practice: (c)")
    answer_and_submit(practice, right=1)
    classroom, document = assigned_class
    assignment = make_assignment(classroom, document, title="Week 1 quiz", per_section=1)
    answer_and_submit(services.start_assignment(assignment=assignment, learner=learner), right=1)
    client.force_login(learner)

    html = client.get(URL).content.decode()

    assert 'Week 1 quiz</a> <span class="badge text-bg-info">Assignment</span>' in html
    assert "Practice: (c)" in html
    totals = progress.quiz_totals(learner)
    assert (totals.submitted, totals.assignments, totals.correct, totals.questions) == (2, 1, 2, 3)
    assert "1 of them assignment" in html
    assert "2 of 3 right, practice and assignments" in html
    assert sum(day.answered for day in progress.daily_activity(learner)) == 3
    mastered_sections = {row.section.document_id for row in progress.mastery_by_section(learner)}
    assert document.pk in mastered_sections


def test_counts_assignments_by_status_with_a_link_to_them(client, learner, assigned_class):
    classroom, document = assigned_class
    now = timezone.now()
    make_assignment(classroom, document, title="To do")
    make_assignment(classroom, document, title="Later", opens_at=now + dt.timedelta(days=1))
    running = make_assignment(classroom, document, title="Running")
    services.start_assignment(assignment=running, learner=learner)
    done = make_assignment(classroom, document, title="Done")
    answer_and_submit(services.start_assignment(assignment=done, learner=learner), right=0)
    make_assignment(
        classroom,
        document,
        title="Missed",
        opens_at=now - dt.timedelta(days=2),
        due_at=now - dt.timedelta(days=1),
    )
    client.force_login(learner)

    html = client.get(URL).content.decode()

    assert "To do: <strong>2</strong>" in html
    assert "In progress: <strong>1</strong>" in html
    assert "Overdue: <strong>1</strong>" in html
    assert "Submitted: <strong>1</strong>" in html
    assert f'href="{reverse("classes:assigned")}"' in html


def test_a_learner_without_assignments_sees_no_assignment_counts(client, learner):
    client.force_login(learner)
    assert "assignments-heading" not in client.get(URL).content.decode()


@pytest.mark.parametrize("count", [1, 10])
def test_query_count_is_constant_in_the_number_of_assignments(
    client, learner, assigned_class, django_assert_max_num_queries, count
):
    """Assignment statuses come from one query and one prefetch of the learner's attempts,
    not a query per assignment."""
    classroom, document = assigned_class
    for number in range(count):
        assignment = make_assignment(classroom, document, title=f"Quiz {number}")
        if number % 2:
            services.start_assignment(assignment=assignment, learner=learner)
    client.force_login(learner)
    # 2 catch up (expired attempts, released marks); 1 for the open attempts' answers, 1 for
    # the day totals (calendar, streak, accuracy), 1 for the forecast.
    with django_assert_max_num_queries(16):
        assert client.get(URL).status_code == 200
