import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import flashcards
from quizzes.models import Question, ReviewCard
from quizzes.review import SCHEDULER


def deck_url(section, **query) -> str:
    url = reverse("quizzes:flashcards", args=[section.document.slug, section.path])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def rate_url(section) -> str:
    return reverse("quizzes:flashcards_rate", args=[section.document.slug, section.path])


@pytest.fixture
def studying(client, learner):
    client.force_login(learner)
    return client


def test_visitors_are_sent_to_log_in(client, crime_section, quiz_questions):
    assert client.get(deck_url(crime_section)).url.startswith(reverse("login"))
    response = client.post(rate_url(crime_section), {"card": 1, "question": 1, "knew": "yes"})
    assert response.url.startswith(reverse("login"))


def test_the_front_shows_the_question_and_count_but_not_the_key(
    studying, crime_section, quiz_questions
):
    html = studying.get(deck_url(crime_section)).content.decode()
    first = flashcards.deck(crime_section)[0]
    assert first.prompt in html
    assert "Card 1 of 3" in html
    for question in quiz_questions:
        assert question.answer not in html
        assert question.source_sentence not in html
    assert "Show answer" in html


def test_the_back_shows_the_key_the_source_and_both_intervals(
    studying, crime_section, quiz_questions
):
    html = studying.get(deck_url(crime_section, card=2, side="back")).content.decode()
    second = flashcards.deck(crime_section)[1]
    assert "Card 2 of 3" in html
    assert second.answer in html
    assert second.source_sentence in html
    assert 'Not yet <span class="small d-block">again in 1 min' in html
    assert 'I knew it <span class="small d-block">again in 10 min' in html


def test_knowing_a_card_schedules_it_as_good_and_moves_on(
    studying, learner, crime_section, quiz_questions
):
    question = flashcards.deck(crime_section).first()
    response = studying.post(
        rate_url(crime_section), {"card": 1, "question": question.pk, "knew": "yes"}
    )
    assert response.url == deck_url(crime_section, card=2)
    card = ReviewCard.objects.get(learner=learner, question=question)
    assert (card.reviews, card.lapses) == (1, 0)
    assert card.due - card.last_review == dt.timedelta(minutes=10), "Good on a new card"


@pytest.fixture
def crime_questions(crime_section, quiz_questions):
    return quiz_questions


def test_not_yet_schedules_again_and_counts_a_lapse(studying, learner, crime_questions):
    question = crime_questions[0]
    studying.post(rate_url(question.section), {"card": 1, "question": question.pk, "knew": "no"})
    card = ReviewCard.objects.get(learner=learner, question=question)
    assert (card.reviews, card.lapses) == (1, 1)
    assert card.due - card.last_review == dt.timedelta(minutes=1), "Again on a new card"


def test_a_rating_moves_the_card_a_quiz_created(learner, crime_questions):
    question = crime_questions[0]
    now = timezone.now()
    ReviewCard.objects.create(learner=learner, question=question, due=now, state=1)
    flashcards.rate_flashcard(learner=learner, question=question, knew=True, when=now)
    flashcards.rate_flashcard(learner=learner, question=question, knew=True, when=now)
    card = ReviewCard.objects.get(learner=learner, question=question)
    assert card.reviews == 2
    assert card.due - now > dt.timedelta(days=1), "two Goods graduate the card"


def test_after_the_last_card_the_deck_is_done(studying, crime_questions):
    section = crime_questions[0].section
    last = flashcards.deck(section).last()
    response = studying.post(rate_url(section), {"card": 3, "question": last.pk, "knew": "yes"})
    html = studying.get(response.url).content.decode()
    assert "You went through all 3 cards" in html


def test_only_servable_questions_are_cards(studying, crime_questions):
    retired = crime_questions[0]
    Question.objects.filter(pk=retired.pk).update(status=Question.Status.RETIRED)
    section = retired.section
    assert "Card 1 of 2" in studying.get(deck_url(section)).content.decode()
    response = studying.post(rate_url(section), {"card": 1, "question": retired.pk, "knew": "yes"})
    assert response.status_code == 404
    assert not ReviewCard.objects.exists()


def test_a_question_of_another_section_cannot_be_rated_here(
    studying, seed_document, crime_questions
):
    # A sibling, not the chapter or part the crime section is inside.
    other = seed_document.sections.get(path="3/1/a")
    response = studying.post(
        rate_url(other), {"card": 1, "question": crime_questions[0].pk, "knew": "yes"}
    )
    assert response.status_code == 404


def test_a_section_no_longer_in_the_document_is_404(studying, crime_questions):
    section = crime_questions[0].section
    section.archived_at = timezone.now()
    section.save(update_fields=["archived_at"])
    assert studying.get(deck_url(section)).status_code == 404


def test_a_parent_section_studies_the_cards_of_its_subsections(studying, crime_questions):
    parent = crime_questions[0].section.parent
    assert "Card 1 of 3" in studying.get(deck_url(parent)).content.decode()


def test_a_section_without_questions_says_so(studying, seed_document):
    section = seed_document.sections.first()
    assert "no questions to study yet" in studying.get(deck_url(section)).content.decode()


@pytest.mark.parametrize("card", ["0", "x", "99999999999"])
def test_a_nonsense_card_number_starts_the_deck(studying, crime_questions, card):
    section = crime_questions[0].section
    response = studying.get(deck_url(section, card=card))
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response.url == deck_url(section, card=1)


def test_a_tampered_rating_is_refused_without_scheduling(studying, crime_questions):
    section = crime_questions[0].section
    response = studying.post(
        rate_url(section), {"card": 1, "question": crime_questions[0].pk, "knew": "maybe"}
    )
    assert response.status_code == 302
    assert not ReviewCard.objects.exists()


def test_another_learners_card_is_untouched(studying, django_user_model, crime_questions):
    other = django_user_model.objects.create_user(username="olga", password="olga-pass-123")
    question = crime_questions[0]
    now = timezone.now()
    ReviewCard.objects.create(learner=other, question=question, due=now, state=1)
    studying.post(rate_url(question.section), {"card": 1, "question": question.pk, "knew": "no"})
    assert ReviewCard.objects.get(learner=other).reviews == 0


def test_the_scheduler_is_not_fuzzed():
    """The interval checks above rely on reproducible due dates."""
    assert SCHEDULER.enable_fuzzing is False


@pytest.mark.parametrize("count", [2, 20])
def test_query_count_is_constant_in_the_deck_size(
    studying, crime_section, django_assert_max_num_queries, count
):
    """The card is one row of the deck, not the deck loaded to pick it."""
    from tests.attempts.conftest import many_questions

    many_questions(crime_section, count)
    with django_assert_max_num_queries(8):
        assert studying.get(deck_url(crime_section, card=2, side="back")).status_code == 200
