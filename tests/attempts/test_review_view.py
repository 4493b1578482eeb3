import datetime as dt

from django.db.models import F
from django.urls import reverse

from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import Attempt, ReviewCard

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
    ReviewCard.objects.update(due=F("due") - dt.timedelta(days=30))


def test_nothing_due_says_when_the_next_card_is(client, learner, quiz_questions):
    answered(learner, quiz_questions[:1])
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "Nothing is due for review." in html
    assert "The next question is due" in html


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
    assert "Nothing is due for review." in client.get(URL).content.decode()
    assert not ReviewCard.objects.filter(learner=other).exists()
