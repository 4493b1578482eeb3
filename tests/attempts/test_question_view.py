import pytest
from django.urls import reverse

from quizzes.attempts import record_answer, start_attempt
from quizzes.models.attempts import Presentation
from tests.attempts.conftest import many_questions


def start(learner, questions, **options):
    return start_attempt(learner=learner, questions=questions, title="Practice", **options)


def question_url(attempt, position=0):
    return reverse("quizzes:question", args=[attempt.pk, position])


def test_another_learners_attempt_is_404(client, learner, django_user_model, quiz_questions):
    attempt = start(learner, quiz_questions)
    intruder = django_user_model.objects.create_user(username="ivy", password="x-pass-12345")
    client.force_login(intruder)
    for name, args in [
        ("quizzes:attempt", [attempt.pk]),
        ("quizzes:question", [attempt.pk, 0]),
        ("quizzes:results", [attempt.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 404
    assert (
        client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "x"}).status_code
        == 404
    )
    assert client.post(reverse("quizzes:submit", args=[attempt.pk])).status_code == 404


@pytest.mark.parametrize("presentation", list(Presentation.values))
def test_the_answer_key_is_not_in_the_page_before_answering(
    client, learner, quiz_questions, presentation
):
    attempt = start(learner, quiz_questions, presentations=[presentation])
    client.force_login(learner)
    for item in attempt.items.select_related("question"):
        html = client.get(question_url(attempt, item.position)).content.decode()
        question = item.question
        if presentation == Presentation.MULTIPLE_CHOICE:
            counts = {choice: html.count(f">{choice}<") for choice in question.choices}
            assert set(counts.values()) == {1}, "the answer looks like any other choice"
        elif presentation == Presentation.TRUE_FALSE:
            assert "is true" not in html
            assert "is false" not in html
            assert "Yoshiro Mori" not in html or not item.statement_is_true
        else:
            assert question.answer not in html
        assert "correct" not in html.lower().replace("incorrect", "")


def test_answering_with_immediate_feedback_shows_the_key_and_the_source_link(
    client, learner, quiz_questions
):
    attempt = start(learner, quiz_questions[:1], presentations=[Presentation.TYPED])
    client.force_login(learner)
    response = client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1990"})
    html = client.get(response.url).content.decode()
    assert "Not right." in html
    assert "<strong>1989</strong>" in html
    assert "Read the source passage" in html


def test_a_reload_keeps_the_saved_answer(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    client.force_login(learner)
    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1989"})
    html = client.get(question_url(attempt)).content.decode()
    assert 'value="1989"' in html


def test_resume_opens_the_first_unanswered_question(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions, immediate_feedback=False)
    record_answer(item=attempt.items.get(position=0), given="x")
    client.force_login(learner)
    assert client.get(attempt.get_absolute_url()).url == question_url(attempt, 1)


def test_answering_a_submitted_attempt_changes_nothing(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1])
    client.force_login(learner)
    client.post(reverse("quizzes:submit", args=[attempt.pk]))
    response = client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1989"})
    assert response.url == reverse("quizzes:results", args=[attempt.pk])
    assert not attempt.items.get().is_answered


@pytest.mark.parametrize("count", [5, 50])
def test_question_page_query_count_is_constant(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """The item, its question and the answered count are fixed queries, whatever the size."""
    questions = many_questions(crime_section, count)
    attempt = start(learner, questions)
    client.force_login(learner)
    with django_assert_max_num_queries(6):
        response = client.get(question_url(attempt, 3))
    assert response.status_code == 200


def test_htmx_saves_an_answer_as_it_is_given(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    client.force_login(learner)

    response = client.post(
        reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1989"}, HTTP_HX_REQUEST="true"
    )

    assert response.content.decode() == "Answer saved."
    assert attempt.items.get().given_answer == "1989"


def test_the_htmx_script_is_served_by_the_app(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    client.force_login(learner)
    html = client.get(question_url(attempt)).content.decode()
    assert '<script src="/static/django_htmx/htmx-2.min.js" defer></script>' in html
    assert "hx-post" in html
    assert client.get("/static/django_htmx/htmx-2.min.js").status_code == 200


def test_autosave_in_a_tab_whose_quiz_was_submitted_elsewhere_says_so_briefly(
    client, learner, quiz_questions
):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    client.force_login(learner)
    client.post(reverse("quizzes:submit", args=[attempt.pk]))

    response = client.post(
        reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1989"}, HTTP_HX_REQUEST="true"
    )

    results = reverse("quizzes:results", args=[attempt.pk])
    assert response.status_code == 200
    assert response.content.decode() == (
        "This quiz has been submitted, so this answer was not saved. "
        f'<a href="{results}">See your results</a>.'
    )
    assert not attempt.items.get().is_answered


def test_autosave_after_signing_out_says_so_briefly(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    page = question_url(attempt)

    response = client.post(
        reverse("quizzes:answer", args=[attempt.pk, 0]),
        {"answer": "1989"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{page}",
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith("You are signed out, so this was not saved.")
    assert f'<a href="{reverse("login")}?next={page}">Log in</a>' in html
    assert "<form" not in html
    assert not attempt.items.get().is_answered


@pytest.mark.parametrize("presentation", [Presentation.TYPED, Presentation.MULTIPLE_CHOICE])
def test_a_right_answer_is_called_right_once(client, learner, quiz_questions, presentation):
    # "When was FATF created?" typed, "What does FATF stand for?" as multiple choice.
    question = quiz_questions[0 if presentation == Presentation.TYPED else 1]
    attempt = start(learner, [question], presentations=[presentation])
    item = attempt.items.select_related("question").get()
    client.force_login(learner)

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": item.question.answer})
    html = client.get(question_url(attempt)).content.decode()

    assert "Right." in html
    assert "Correct." not in html


def test_true_or_false_feedback_does_not_repeat_the_verdict(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions, presentations=[Presentation.TRUE_FALSE], seed=3)
    item = attempt.items.get()
    client.force_login(learner)
    right = "true" if item.statement_is_true else "false"

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": right})
    html = client.get(question_url(attempt)).content.decode()

    assert "Right." in html
    assert f"The statement is {right}." in html
    assert "Correct" not in html


@pytest.mark.parametrize("count", [5, 50])
def test_autosaved_answer_query_count_is_constant(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """The answer the player saves as the learner types, the request bench_load times
    most: session, user, attempt, item, then (in a savepoint here) the attempt locked,
    the item re-read and the graded save: seven queries, none per item of the attempt."""
    attempt = start(learner, many_questions(crime_section, count), immediate_feedback=False)
    client.force_login(learner)
    url = reverse("quizzes:answer", args=[attempt.pk, 3])
    with django_assert_max_num_queries(9):
        response = client.post(url, {"answer": "1989"}, HTTP_HX_REQUEST="true")
    assert response.content.decode() == "Answer saved."
