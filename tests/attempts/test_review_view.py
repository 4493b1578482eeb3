import datetime as dt

import pytest
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import Attempt, ReviewCard
from tests.attempts.conftest import many_questions

URL = reverse("quizzes:review")


def answered(learner, questions):
    attempt = start_attempt(
        learner=learner, questions=questions, title="Practice", presentations=["typed"]
    )
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given=item.question.answer)
    return submit_attempt(attempt=attempt)


def thirty_days_pass():
    """Move every card's schedule back instead of the clock (sessions would expire)."""
    month = dt.timedelta(days=30)
    ReviewCard.objects.update(due=F("due") - month, last_review=F("last_review") - month)


def test_nothing_due_says_when_the_next_card_is(client, learner, quiz_questions):
    answered(learner, quiz_questions[:1])
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "Nothing is due for review." in html
    # Good on a new card: back in 10 minutes.
    assert "Next review: in 10 min" in html
    assert "0 minutes" not in html


def test_without_any_card_says_no_reviews_yet(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "No reviews yet." in html
    assert "Next review" not in html


def test_due_list_shows_each_question_with_its_next_intervals(client, learner, quiz_questions):
    answered(learner, quiz_questions[:2])
    client.force_login(learner)
    thirty_days_pass()

    html = client.get(URL).content.decode()

    assert "Questions due, most overdue first" in html
    assert quiz_questions[0].prompt in html
    assert quiz_questions[0].answer not in html, "the list must not give the key away"
    # Learnt a month ago (one Good): wrong brings it back in a minute, a slip in ten, a
    # right answer in over a month.
    assert html.count("<td>1 min</td><td>10 min</td><td>1.2 mo</td>") == 2


@pytest.mark.parametrize("count", [2, 25])
def test_query_count_is_constant_in_the_number_due(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """The due list is one query with its questions, sections and documents joined."""
    answered(learner, many_questions(crime_section, count))
    client.force_login(learner)
    thirty_days_pass()
    with django_assert_max_num_queries(10):
        assert client.get(URL).status_code == 200


def test_after_time_passes_review_serves_the_due_cards(client, learner, quiz_questions):
    answered(learner, quiz_questions[:2])
    client.force_login(learner)
    thirty_days_pass()

    html = client.get(URL).content.decode()
    assert "2 questions are due for review." in html
    assert '>2<span class="visually-hidden"> due</span>' in html, "the nav shows the count"

    response = client.post(URL)
    review = Attempt.objects.get(kind=Attempt.Kind.REVIEW)
    assert response.url == review.get_absolute_url()
    assert review.question_count == 2


def test_review_with_nothing_due_is_explained(client, learner):
    client.force_login(learner)
    response = client.post(URL, follow=True)
    assert "Nothing is due for review right now." in response.content.decode()


def test_cards_belong_to_their_learner(client, learner, django_user_model, quiz_questions):
    answered(learner, quiz_questions[:1])
    other = django_user_model.objects.create_user(username="olga", password="olga-pass-123")
    client.force_login(other)
    thirty_days_pass()
    assert "No reviews yet." in client.get(URL).content.decode()
    assert not ReviewCard.objects.filter(learner=other).exists()


def test_a_card_due_within_the_minute_is_worded_plainly(client, learner, quiz_questions):
    ReviewCard.objects.create(
        learner=learner,
        question=quiz_questions[0],
        due=timezone.now() + dt.timedelta(seconds=30),
        state=1,
    )
    client.force_login(learner)
    assert "Next review: in under a minute" in client.get(URL).content.decode()
