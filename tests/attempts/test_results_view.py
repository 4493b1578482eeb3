import pytest
from django.urls import reverse

from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import Attempt, Question
from tests.attempts.conftest import many_questions


def finished(learner, questions):
    attempt = start_attempt(learner=learner, questions=questions, title="Practice", seed=1)
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given=item.question.answer if item.position % 2 else "wrong")
    return submit_attempt(attempt=attempt)


def test_results_show_each_answer_the_key_and_the_highlighted_source(
    client, learner, quiz_questions
):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    html = client.get(reverse("quizzes:results", args=[attempt.pk])).content.decode()
    assert f"{attempt.correct_count} of 3" in html
    assert "<mark>" in html
    assert "Financial Action Task Force" in html
    assert "Retry the ones I missed" in html


def test_unsubmitted_results_send_the_learner_back_to_the_quiz(client, learner, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions, title="P")
    client.force_login(learner)
    assert (
        client.get(reverse("quizzes:results", args=[attempt.pk])).url == attempt.get_absolute_url()
    )


def test_double_submit_grades_once(client, learner, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions[:1], title="P")
    client.force_login(learner)
    client.post(reverse("quizzes:submit", args=[attempt.pk]))
    first = Attempt.objects.get().submitted_at
    client.post(reverse("quizzes:submit", args=[attempt.pk]))
    assert Attempt.objects.get().submitted_at == first


def test_retry_starts_an_attempt_of_the_missed_questions(client, learner, quiz_questions):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    response = client.post(reverse("quizzes:retry", args=[attempt.pk]))
    retry = Attempt.objects.get(retry_of=attempt)
    assert response.url == retry.get_absolute_url()
    assert retry.question_count == attempt.question_count - attempt.correct_count


@pytest.mark.parametrize("count", [5, 50])
def test_results_query_count_is_constant(
    client, learner, crime_section, django_assert_max_num_queries, count
):
    """Items come with their question, block, section and document in one query."""
    questions = many_questions(crime_section, count)
    attempt = finished(learner, questions)
    client.force_login(learner)
    with django_assert_max_num_queries(5):
        response = client.get(reverse("quizzes:results", args=[attempt.pk]))
    assert response.content.decode().count("<mark>") == count


def test_retry_when_every_missed_question_was_withdrawn_says_so(client, learner, quiz_questions):
    attempt = finished(learner, quiz_questions)
    missed = attempt.items.exclude(correct=True).values_list("question", flat=True)
    Question.objects.filter(pk__in=missed).update(status=Question.Status.RETIRED)
    client.force_login(learner)

    response = client.post(reverse("quizzes:retry", args=[attempt.pk]), follow=True)

    assert "the questions you missed are no longer asked" in response.content.decode()
    assert not Attempt.objects.filter(retry_of=attempt).exists()


def test_results_link_each_answer_to_its_source_passage(client, learner, quiz_questions):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    html = client.get(reverse("quizzes:results", args=[attempt.pk])).content.decode()
    question = quiz_questions[0]
    section_url = reverse("content:section", args=[question.section.document.slug, "3/1/c"])
    sentence = f"start={question.source_start}&amp;end={question.source_end}#sentence"
    anchor = f"?block={question.block_id}&amp;{sentence}"
    assert f'href="{section_url}{anchor}"' in html
    assert client.get(section_url, {"block": question.block_id}).status_code == 200


def results_page(client, attempt) -> str:
    return client.get(reverse("quizzes:results", args=[attempt.pk])).content.decode()


def test_the_score_is_shown_large_at_the_top(client, learner, quiz_questions):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    html = results_page(client, attempt)
    score = f"{attempt.correct_count} / 3 · {attempt.score_percent}%"
    assert f'<p class="results-score display-4 fw-bold mb-1" aria-hidden="true">{score}</p>' in html
    assert html.index(score) < html.index("results-strip")


def test_a_strip_says_right_or_wrong_for_each_question_and_links_to_it(
    client, learner, quiz_questions
):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    html = results_page(client, attempt)
    strip = html.split('<ol class="results-strip', 1)[1].split("</ol>", 1)[0]
    for item in attempt.items.order_by("position"):
        number = item.position + 1
        verdict = "right" if item.correct else "wrong"
        assert f'href="#item-{number}"' in strip
        assert f'aria-label="Question {number}: {verdict}"' in strip
        assert f'id="item-{number}"' in html


def test_each_item_is_collapsed_to_one_line_with_the_key_inside(client, learner, quiz_questions):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    html = results_page(client, attempt)
    assert html.count('<details class="results-item card"') == 3
    assert "<details open" not in html
    second = '<details class="results-item card" id="item-2">'
    item = html.split(second, 1)[1].split("</details>")[0]
    summary, body = item.split("</summary>", 1)
    assert "What does FATF stand for?" in summary
    assert "Your answer:" in summary
    assert "Correct answer: <strong>Financial Action Task Force</strong>" in body
    assert "<mark>" in body


def test_the_source_link_names_the_sentence_for_the_section_page_to_mark(
    client, learner, quiz_questions
):
    attempt = finished(learner, quiz_questions)
    client.force_login(learner)
    item = attempt.items.get(position=0)
    link = item.source_sentence_url
    assert link.endswith("#sentence")
    assert f'href="{link}"' in results_page(client, attempt).replace("&amp;", "&")
    section = client.get(link).content.decode()
    question = item.question
    sentence = question.block.text[question.source_start : question.source_end]
    assert f'<mark id="sentence" class="source-sentence">{sentence}</mark>' in section
