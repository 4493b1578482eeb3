"""The home page: what the app is for, the library's documents with their sections and
question counts, the visitors' trial, and a signed-in learner's next steps."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from quizzes.attempts import start_attempt
from quizzes.models import ReviewCard
from tests.conftest import add_questions

URL = reverse("content:library")


def home(client) -> str:
    return client.get(URL).content.decode()


def test_says_what_the_app_is_for_in_one_sentence(client, db):
    assert "Learn what the documents below say by answering questions" in home(client)


def test_lists_real_titles_never_the_file_name(client, seed_document):
    html = home(client)
    assert escape(seed_document.title) in html
    assert seed_document.source_name not in html


def test_lists_the_parts_below_a_lone_chapter_with_question_counts_of_their_subtree(
    client, seed_document
):
    part = seed_document.sections.get(path="3/1")
    add_questions(seed_document.sections.get(path="3/1/c"), 3)
    add_questions(seed_document.sections.get(path="3/1/a"), 2)
    html = home(client)
    sections = html.split('<details class="library-sections">', 1)[1].split("</details>", 1)[0]
    assert escape(part.heading) in sections
    assert "5 questions" in sections
    # The chapter itself is the document: not listed again under it.
    chapter = seed_document.sections.get(depth=0)
    assert f">{escape(chapter.heading)}<" not in sections
    assert "5 questions" in html.split('<details class="library-sections">', 1)[0]


def test_sections_are_collapsed_under_a_summary(client, seed_document):
    html = home(client)
    assert '<details class="library-sections">' in html
    assert "<summary>Sections" in html


def test_visitors_are_offered_the_trial_on_a_section_with_enough_questions(client, seed_document):
    few = seed_document.sections.get(path="3/1/a")
    enough = seed_document.sections.get(path="3/1/c")
    add_questions(few, 2)
    add_questions(enough, 5)
    html = home(client)
    assert "Try 5 questions without an account" in html
    assert reverse("quizzes:try", args=[seed_document.slug, enough.path]) in html


def test_no_trial_offer_without_questions(client, seed_document):
    assert "Try 5 questions without an account" not in home(client)


def test_signed_in_learners_are_not_offered_the_trial(client, learner, seed_document):
    add_questions(seed_document.sections.get(path="3/1/c"), 5)
    client.force_login(learner)
    assert "Try 5 questions without an account" not in home(client)


def test_learners_continue_their_latest_open_attempt(client, learner, seed_document):
    questions = add_questions(seed_document.sections.get(path="3/1/c"), 3)
    start_attempt(learner=learner, questions=questions[:1], title="Older quiz")
    latest = start_attempt(learner=learner, questions=questions, title="Latest quiz")
    client.force_login(learner)
    html = home(client)
    assert "Continue where you left off" in html
    assert "Latest quiz: 0 of 3 answered." in html
    assert f'href="{latest.get_absolute_url()}"' in html


def test_a_past_deadline_or_submitted_attempt_is_not_offered(client, learner, seed_document):
    questions = add_questions(seed_document.sections.get(path="3/1/c"), 2)
    attempt = start_attempt(learner=learner, questions=questions, title="Timed")
    attempt.deadline = timezone.now() - timedelta(minutes=1)
    attempt.save()
    client.force_login(learner)
    assert "Continue where you left off" not in home(client)


def test_due_reviews_are_counted_and_linked(client, learner, seed_document):
    questions = add_questions(seed_document.sections.get(path="3/1/c"), 2)
    for question in questions:
        ReviewCard.objects.create(
            learner=learner, question=question, due=timezone.now() - timedelta(days=1), state=2
        )
    client.force_login(learner)
    html = home(client)
    assert "Due for review" in html
    assert "2 questions are due for review." in html
    assert f'href="{reverse("quizzes:review")}"' in html


def test_nothing_due_and_nothing_open_shows_no_next_steps(client, learner, seed_document):
    client.force_login(learner)
    html = home(client)
    assert "Continue where you left off" not in html
    assert "Due for review" not in html


@pytest.mark.parametrize("documents", [1, 12])
def test_visitor_query_count_is_constant(
    client, make_document, django_assert_max_num_queries, documents
):
    """The sections of every listed document come from one query, with their question
    totals as a subquery: not one query per document or per section."""
    for number in range(documents):
        document = make_document(slug=f"doc-{number}", parts=3, sections_per_part=4)
        add_questions(document.sections.get(path="1/1/a"), 5)
    with django_assert_max_num_queries(4):
        html = home(client)
    assert html.count('<details class="library-sections">') == documents


@pytest.mark.parametrize("documents", [1, 12])
def test_learner_query_count_is_constant(
    client, learner, make_document, django_assert_max_num_queries, documents
):
    """The open attempt (with its answered count) and the due count are one query each,
    whatever the size of the library: no query per document or section."""
    for number in range(documents):
        document = make_document(slug=f"doc-{number}", parts=3, sections_per_part=4)
        questions = add_questions(document.sections.get(path="1/1/a"), 5)
    start_attempt(learner=learner, questions=questions, title="Open")
    client.force_login(learner)
    with django_assert_max_num_queries(7):
        home(client)
