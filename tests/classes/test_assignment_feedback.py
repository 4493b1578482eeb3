"""When a learner sees an assignment attempt's marks and keys: immediately, after
submitting, or only after the due date, whatever URL they fetch."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes import services
from classes.models import Assignment, FeedbackTiming
from quizzes import attempts, progress
from quizzes.models import Attempt, ReviewCard
from tests.classes.conftest import leaf_sections, make_assignment
from tests.conftest import add_questions


@pytest.fixture
def set_to(classroom, assigned_document, membership):
    """An assignment with the given feedback timing, due in a day, learner Leo a member."""
    for section in leaf_sections(assigned_document):
        add_questions(section, 3)

    def make(feedback):
        return make_assignment(classroom, assigned_document, feedback=feedback)

    return make


def answered_and_submitted(assignment, learner) -> Attempt:
    """Leo's attempt, the first item answered right and the rest wrong, submitted."""
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    for item in attempt.items.order_by("position"):
        given = item.answer if item.position == 0 else "no idea"
        attempts.record_answer(item=item, given=given)
    return attempts.submit_attempt(attempt=attempt)


def make_past_due(assignment: Assignment) -> None:
    now = timezone.now()
    Assignment.objects.filter(pk=assignment.pk).update(
        opens_at=now - timedelta(days=3), due_at=now - timedelta(minutes=1)
    )


def keys(attempt) -> list[str]:
    return list(attempt.items.values_list("answer", flat=True))


def results(client, attempt):
    return client.get(reverse("quizzes:results", args=[attempt.pk]))


def test_after_the_due_date_the_results_url_shows_no_key_or_mark_before_it(client, learner, set_to):
    attempt = answered_and_submitted(set_to(FeedbackTiming.AFTER_DUE), learner)
    client.force_login(learner)
    response = results(client, attempt)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Answers and marks are shown after" in html
    for key in keys(attempt):
        assert key not in html
    assert "Correct answer" not in html
    assert "text-bg-danger" not in html  # the "wrong" badge
    assert f"{attempt.correct_count} of" not in html
    assert "results-strip" not in html  # the right/wrong strip of the results page
    assert reverse("quizzes:retry", args=[attempt.pk]) not in html


def test_after_the_due_date_the_results_show_everything_once_it_has_passed(client, learner, set_to):
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    make_past_due(assignment)
    client.force_login(learner)
    html = results(client, attempt).content.decode()
    assert "Answers and marks are shown after" not in html
    for key in keys(attempt):
        assert key in html
    assert f"1 of {attempt.question_count}" in html


def test_retrying_the_missed_ones_before_the_due_date_is_refused(client, learner, set_to):
    attempt = answered_and_submitted(set_to(FeedbackTiming.AFTER_DUE), learner)
    client.force_login(learner)
    response = client.post(reverse("quizzes:retry", args=[attempt.pk]))
    assert response.url == reverse("quizzes:results", args=[attempt.pk])
    assert not Attempt.objects.filter(retry_of=attempt).exists()


def test_retrying_works_once_the_due_date_has_passed(client, learner, set_to):
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    make_past_due(assignment)
    client.force_login(learner)
    client.post(reverse("quizzes:retry", args=[attempt.pk]))
    assert Attempt.objects.filter(retry_of=attempt).count() == 1


def test_an_attempt_in_progress_cannot_be_retried_to_find_its_wrong_answers(
    client, learner, set_to
):
    attempt = services.start_assignment(
        assignment=set_to(FeedbackTiming.AFTER_SUBMISSION), learner=learner
    )
    attempts.record_answer(item=attempt.items.first(), given="no idea")
    client.force_login(learner)
    client.post(reverse("quizzes:retry", args=[attempt.pk]))
    assert not Attempt.objects.filter(retry_of=attempt).exists()


def test_the_dashboard_and_assigned_list_hold_the_score_back_until_due(client, learner, set_to):
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    client.force_login(learner)
    dashboard = client.get(reverse("quizzes:dashboard")).content.decode()
    assert "Marks after" in dashboard
    assert f"{attempt.correct_count}/{attempt.question_count}" not in dashboard
    assigned = client.get(reverse("classes:assigned")).content.decode()
    assert "After the due date" in assigned
    assert f"{attempt.score_percent}%" not in assigned


def test_mastery_leaves_out_marks_held_back(learner, set_to):
    answered_and_submitted(set_to(FeedbackTiming.AFTER_DUE), learner)
    assert all(row.answered == 0 for row in progress.mastery_by_section(learner))
    assert sum(day.correct for day in progress.daily_activity(learner)) == 0


def test_after_submission_the_results_show_keys_and_marks_at_once(client, learner, set_to):
    attempt = answered_and_submitted(set_to(FeedbackTiming.AFTER_SUBMISSION), learner)
    client.force_login(learner)
    html = results(client, attempt).content.decode()
    for key in keys(attempt):
        assert key in html
    assert f"1 of {attempt.question_count}" in html
    assert reverse("quizzes:retry", args=[attempt.pk]) in html


def test_after_submission_nothing_is_marked_while_answering(client, learner, set_to):
    attempt = services.start_assignment(
        assignment=set_to(FeedbackTiming.AFTER_SUBMISSION), learner=learner
    )
    item = attempt.items.get(position=0)
    client.force_login(learner)
    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": item.answer})
    html = client.get(reverse("quizzes:question", args=[attempt.pk, 0])).content.decode()
    assert "Right." not in html
    assert results(client, attempt).status_code == 302  # finish first


def test_immediately_marks_each_answer_in_the_player(client, learner, set_to):
    attempt = services.start_assignment(
        assignment=set_to(FeedbackTiming.IMMEDIATELY), learner=learner
    )
    item = attempt.items.get(position=0)
    client.force_login(learner)
    response = client.post(
        reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": item.answer}, follow=True
    )
    html = response.content.decode()
    assert "Right." in html
    assert item.answer in html


def test_another_learner_cannot_fetch_the_results(client, learner, set_to, django_user_model):
    attempt = answered_and_submitted(set_to(FeedbackTiming.AFTER_SUBMISSION), learner)
    client.force_login(django_user_model.objects.create_user(username="mallory"))
    assert results(client, attempt).status_code == 404


def test_the_rule_lives_on_the_models(learner, set_to):
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    before, after = assignment.due_at - timedelta(seconds=1), assignment.due_at
    assert not assignment.feedback_released(before)
    assert assignment.feedback_released(after)
    assert not attempt.feedback_visible(before)
    assert attempt.feedback_visible(after)
    assert list(Attempt.objects.marks_withheld(before)) == [attempt]
    assert not Attempt.objects.marks_withheld(after).exists()


def test_an_extension_holds_everyones_marks_back_until_it_ends(
    client, learner, set_to, instructor, django_user_model, classroom
):
    """Keys seen after the class's due time could be passed on to a learner still
    working under an extension."""
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    slow = django_user_model.objects.create_user(username="sam")
    services.join_class(user=slow, code=classroom.join_code)
    extended_to = timezone.now() + timedelta(days=5)
    services.grant_extension(
        assignment=assignment,
        learner=slow,
        by=instructor,
        due_at=extended_to,
        time_limit_minutes=None,
    )
    make_past_due(assignment)
    client.force_login(learner)
    html = results(client, attempt).content.decode()
    assert "Answers and marks are shown after" in html
    assert extended_to.strftime("%Y-%m-%dT%H:%M") in html  # the <time datetime>
    for key in keys(attempt):
        assert key not in html
    assert Attempt.objects.marks_withheld(timezone.now()).get() == attempt
    assigned = client.get(reverse("classes:assigned")).content.decode()
    assert "After the due date" in assigned


def review_cards_of(learner) -> int:
    return ReviewCard.objects.filter(learner=learner).count()


def test_marks_held_back_keep_the_answers_out_of_review_until_the_due_date(client, learner, set_to):
    """A wrong answer in the review queue before the due date would give its mark away."""
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    client.force_login(learner)
    client.get(reverse("quizzes:review"))
    client.get(reverse("quizzes:dashboard"))

    attempt.refresh_from_db()
    assert attempt.reviews_scheduled_at is None
    assert review_cards_of(learner) == 0


def test_once_the_due_date_passes_the_next_page_schedules_the_held_back_reviews(
    client, learner, set_to
):
    assignment = set_to(FeedbackTiming.AFTER_DUE)
    attempt = answered_and_submitted(assignment, learner)
    make_past_due(assignment)
    client.force_login(learner)
    client.get(reverse("quizzes:dashboard"))

    attempt.refresh_from_db()
    assert attempt.reviews_scheduled_at is not None
    assert review_cards_of(learner) == attempt.items.values("question").distinct().count()
    client.get(reverse("quizzes:review"))  # scheduled once, not again
    assert ReviewCard.objects.filter(learner=learner, reviews__gt=1).count() == 0


@pytest.mark.parametrize("feedback", [FeedbackTiming.AFTER_SUBMISSION, FeedbackTiming.IMMEDIATELY])
def test_marks_shown_at_submission_schedule_the_reviews_then(learner, set_to, feedback):
    attempt = answered_and_submitted(set_to(feedback), learner)

    assert attempt.reviews_scheduled_at == attempt.submitted_at
    assert review_cards_of(learner) > 0
