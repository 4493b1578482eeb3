import json

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
    """Session, user, the item with its attempt and question (one query), the attempt's
    answered count and the nav's due reviews: five, whatever the size."""
    questions = many_questions(crime_section, count)
    attempt = start(learner, questions)
    client.force_login(learner)
    with django_assert_max_num_queries(5):
        response = client.get(question_url(attempt, 3))
    assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 50])
def test_feedback_page_query_count_is_constant(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """The feedback adds one query for the source passage (section, document, block),
    not one per item of the attempt."""
    attempt = start(learner, many_questions(crime_section, count))
    record_answer(item=attempt.items.get(position=3), given="1989")
    client.force_login(learner)
    with django_assert_max_num_queries(6):
        response = client.get(question_url(attempt, 3))
    assert 'id="feedback"' in response.content.decode()


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


@pytest.mark.parametrize(
    ("presentation", "trigger"),
    [
        (Presentation.TYPED, 'hx-trigger="input changed delay:800ms from:#answer"'),
        (Presentation.MULTIPLE_CHOICE, 'hx-trigger="change"'),
    ],
)
def test_pressing_enter_in_a_typed_answer_does_not_save_it_twice(
    client, learner, quiz_questions, presentation, trigger
):
    """Enter fires "change" and submits the form: autosave must not also fire on it, or the
    same answer is written by two requests at once. A choice still saves when picked."""
    attempt = start(
        learner, quiz_questions[:2], immediate_feedback=False, presentations=[presentation]
    )
    client.force_login(learner)
    html = client.get(question_url(attempt)).content.decode()
    assert trigger in html


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
    assert f"The statement was {right}" in html
    assert "Correct" not in html


# --- The player: how each presentation is drawn, feedback and progress ---------------------


def test_each_multiple_choice_option_is_a_card_labelling_its_radio(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[1]], presentations=[Presentation.MULTIPLE_CHOICE])
    client.force_login(learner)

    html = client.get(question_url(attempt)).content.decode()

    for number, letter in enumerate("ABCD", start=1):
        assert (
            f'class="answer-card-input" type="radio" name="answer" id="choice-{number}" value="'
            in html
        )
        assert f'<label class="answer-card" for="choice-{number}">' in html
        assert f'<span class="answer-card-letter" aria-hidden="true">{letter}</span>' in html
    assert "Check answer" in html  # a plain form: the cards work without the script


def test_true_or_false_is_two_big_buttons(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[2]], presentations=[Presentation.TRUE_FALSE])
    client.force_login(learner)

    html = client.get(question_url(attempt)).content.decode()

    assert 'type="radio"' not in html
    assert '<button type="submit" name="answer" value="true"' in html
    assert '<button type="submit" name="answer" value="false"' in html
    assert ">True</button>" in html
    assert ">False</button>" in html
    assert "Check answer" not in html  # each button answers


def test_the_blank_is_an_input_inside_its_sentence(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[2]], presentations=[Presentation.FILL_BLANK])
    client.force_login(learner)

    html = client.get(question_url(attempt)).content.decode()

    assert "_____" not in html
    assert (
        'US Secretary of Defense <label for="answer" class="visually-hidden">'
        'Missing word(s)</label><input type="text"'
    ) in html
    assert "autofocus> visited Japan in November 2007.</p>" in html


def test_a_typed_answer_has_a_large_input_labelled_by_the_question(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[0]], presentations=[Presentation.TYPED])
    client.force_login(learner)

    html = client.get(question_url(attempt)).content.decode()

    assert (
        '<label for="answer" class="form-label h4 d-block">When was FATF created?</label>' in html
    )
    assert 'class="form-control form-control-lg typed-answer"' in html


def test_the_page_has_one_h1_naming_the_quiz(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions)
    client.force_login(learner)

    html = client.get(question_url(attempt)).content.decode()

    assert html.count("<h1") == 1
    assert '<h1 class="h5 text-body-secondary mb-2">Practice</h1>' in html


def test_progress_counts_the_question_and_the_answers(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions, immediate_feedback=False)
    for item in attempt.items.all()[:2]:
        record_answer(item=item, given="x")
    client.force_login(learner)

    html = client.get(question_url(attempt, 2)).content.decode()

    assert "Question 3 of 3 · <span data-answered>2</span> answered" in html
    assert 'role="progressbar"' in html
    assert 'aria-valuenow="2" aria-valuemin="0" aria-valuemax="3"' in html
    assert 'style="width: 67%"' in html


def test_an_autosave_tells_the_page_the_new_progress(client, learner, quiz_questions):
    attempt = start(learner, quiz_questions, immediate_feedback=False)
    client.force_login(learner)

    response = client.post(
        reverse("quizzes:answer", args=[attempt.pk, 1]), {"answer": "x"}, HTTP_HX_REQUEST="true"
    )

    assert response.content.decode() == "Answer saved."
    assert json.loads(response["HX-Trigger"]) == {"quizProgress": {"answered": 1, "total": 3}}


def test_a_right_answer_with_a_note_says_right_once(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[2]], presentations=[Presentation.FILL_BLANK])
    client.force_login(learner)

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "Robert Gtes"})
    html = client.get(question_url(attempt)).content.decode()

    assert html.count("Right.") == 1
    assert "Watch the spelling: Robert Gates." in html
    assert "Correct" not in html


def test_a_wrong_answer_says_not_right_once_and_shows_the_key_once(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[1]], presentations=[Presentation.MULTIPLE_CHOICE])
    client.force_login(learner)

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "ASEAN Regional Forum"})
    html = client.get(question_url(attempt)).content.decode()

    assert html.count("Not right.") == 1
    assert "Not quite" not in html
    assert "the answer is" not in html
    assert "Answer: <strong>Financial Action Task Force</strong>." in html
    assert '<label class="answer-card answer-card-key" for=' in html
    assert '<label class="answer-card answer-card-wrong" for=' in html


def test_a_false_statement_says_what_the_text_says_instead(client, learner, quiz_questions):
    attempt = start(learner, [quiz_questions[2]], presentations=[Presentation.TRUE_FALSE])
    item = attempt.items.select_related("question").get()
    item.statement, item.statement_is_true = item.question.false_statement, False
    item.save(update_fields=["statement", "statement_is_true"])
    client.force_login(learner)

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "true"})
    html = client.get(question_url(attempt)).content.decode()

    assert html.count("Not right.") == 1
    assert "The statement was false: Robert Gates, not Yoshiro Mori." in html
    assert "Answer: <strong>False</strong>." in html


def test_feedback_marks_the_answer_in_its_source_sentence(client, learner, quiz_questions):
    question = quiz_questions[0]
    sentence = 'An international framework that was created at 1989 G8 "Summit of Arch"'
    block = question.section.blocks.live().get(text__contains=sentence)
    question.block = block
    question.source_start = block.text.index(sentence)
    question.source_end = question.source_start + len(sentence)
    question.save()
    attempt = start(learner, [question], presentations=[Presentation.TYPED])
    client.force_login(learner)

    client.post(reverse("quizzes:answer", args=[attempt.pk, 0]), {"answer": "1989"})
    html = client.get(question_url(attempt)).content.decode()

    assert "created at <mark>1989</mark> G8 &quot;Summit of Arch&quot;" in html


def test_auto_advance_is_offered_with_immediate_feedback_before_the_last_question(
    client, learner, quiz_questions
):
    immediate = start(learner, quiz_questions[:2])
    saved_as_you_go = start(learner, quiz_questions[:2], immediate_feedback=False)
    client.force_login(learner)

    assert 'id="auto-advance"' in client.get(question_url(immediate, 0)).content.decode()
    assert 'id="auto-advance"' not in client.get(question_url(immediate, 1)).content.decode()
    assert 'id="auto-advance"' not in client.get(question_url(saved_as_you_go)).content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_autosaved_answer_query_count_is_constant(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """The answer the player saves as the learner types, the request bench_load times
    most: session, user, the item with its attempt and question (not its source, which
    only immediate feedback shows), then the attempt locked and the graded save (in a
    savepoint here, two more), and the count of answers for the progress bar: six
    queries, none per item of the attempt."""
    attempt = start(learner, many_questions(crime_section, count), immediate_feedback=False)
    client.force_login(learner)
    url = reverse("quizzes:answer", args=[attempt.pk, 3])
    with django_assert_max_num_queries(8):
        response = client.post(url, {"answer": "1989"}, HTTP_HX_REQUEST="true")
    assert response.content.decode() == "Answer saved."
