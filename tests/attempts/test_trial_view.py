import re

from django.core import signing
from django.urls import reverse

from quizzes.models import Attempt, ReviewCard
from quizzes.trial import SALT


def url(section):
    return reverse("quizzes:try", args=[section.document.slug, section.path])


def shown_quiz(client, section):
    html = client.get(url(section)).content.decode()
    token = re.search(r'name="quiz" value="([^"]+)"', html).group(1)
    return html, token


def test_visitors_get_the_sections_questions_without_answers(client, quiz_questions):
    section = quiz_questions[0].section
    html, token = shown_quiz(client, section)
    assert "Nothing is saved" in html
    for question in quiz_questions:
        assert question.prompt in html
    assert "1989" not in html
    assert "Robert Gates" not in html


def test_answers_are_graded_and_nothing_is_stored(client, quiz_questions, django_user_model):
    section = quiz_questions[0].section
    _, token = shown_quiz(client, section)
    entries = signing.loads(token, salt=SALT)
    answers = {}
    for index, (question_id, _, _) in enumerate(entries):
        question = next(q for q in quiz_questions if q.pk == question_id)
        answers[f"answer-{index}"] = question.answer if question.answer == "1989" else "wrong"

    html = client.post(url(section), {"quiz": token, **answers}).content.decode()

    assert "1 of 3 right." in html
    assert "Sign up</a> to track your scores" in html
    assert not Attempt.objects.exists()
    assert not ReviewCard.objects.exists()
    assert not django_user_model.objects.exists()


def test_a_tampered_quiz_is_not_graded(client, quiz_questions):
    section = quiz_questions[0].section
    response = client.post(url(section), {"quiz": "forged-token", "answer-0": "1989"})
    assert "Check my answers" in response.content.decode()
    assert "right." not in response.content.decode()


def test_section_page_offers_visitors_a_trial_and_learners_practice(
    client, learner, quiz_questions
):
    section = quiz_questions[0].section
    assert url(section) in client.get(section.get_absolute_url()).content.decode()
    client.force_login(learner)
    html = client.get(section.get_absolute_url()).content.decode()
    assert "Practise this section" in html
    assert url(section) not in html
