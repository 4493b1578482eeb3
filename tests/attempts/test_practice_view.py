from django.urls import reverse

from quizzes.models import Attempt
from tests.conftest import add_questions


def url(document):
    return reverse("quizzes:practice", args=[document.slug])


def test_visitors_are_sent_to_log_in(client, seed_document):
    response = client.get(url(seed_document))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_lists_sections_with_questions_and_preselects_one(client, learner, quiz_questions):
    crime = quiz_questions[0].section
    client.force_login(learner)
    html = client.get(url(crime.document), {"section": crime.pk}).content.decode()
    assert "(c) Measures to Counter International Organized Crime" in html
    assert f'value="{crime.pk}"' in html
    assert "checked" in html
    assert "(a) Japan-US security arrangements" not in html, "no questions there"


def test_starting_creates_an_attempt_and_opens_its_first_question(client, learner, quiz_questions):
    crime = quiz_questions[0].section
    client.force_login(learner)
    response = client.post(
        url(crime.document),
        {
            "sections": [crime.pk],
            "count": 5,
            "presentations": ["typed", "multiple_choice", "fill_blank"],
            "immediate_feedback": "on",
        },
    )
    attempt = Attempt.objects.get(learner=learner)
    assert response.url == attempt.get_absolute_url()
    assert attempt.question_count == 3
    assert client.get(response.url).url == reverse("quizzes:question", args=[attempt.pk, 0])


def test_no_matching_question_is_explained(client, learner, quiz_questions):
    crime = quiz_questions[0].section
    client.force_login(learner)
    response = client.post(
        url(crime.document), {"sections": [crime.pk], "count": 5, "presentations": ["true_false"]}
    )
    # Only the fill-in-the-blank question can be true/false: one question is enough.
    assert response.status_code == 302
    response = client.post(url(crime.document), {"sections": [], "count": 5})
    html = response.content.decode()
    assert "Choose at least one section." in html
    assert "Choose at least one format." in html


def test_sections_whose_questions_are_all_retired_are_not_offered(client, learner, seed_document):
    crime = seed_document.sections.get(path="3/1/c")
    united_nations = seed_document.sections.get(path="3/1/e")
    add_questions(crime, 2, status="retired")
    add_questions(united_nations, 1)
    client.force_login(learner)

    html = client.get(url(seed_document)).content.decode()

    assert united_nations.heading in html
    assert crime.heading not in html


def test_asking_for_more_questions_than_exist_says_how_many_there_were(
    client, learner, seed_document
):
    crime = seed_document.sections.get(path="3/1/c")
    add_questions(crime, 2)
    client.force_login(learner)

    response = client.post(
        url(seed_document),
        {"sections": [crime.pk], "count": 20, "presentations": ["typed"]},
        follow=True,
    )

    assert Attempt.objects.get().question_count == 2
    assert "Only 2 questions were available" in response.content.decode()


def test_no_notice_when_the_quiz_has_the_number_asked_for(client, learner, seed_document):
    crime = seed_document.sections.get(path="3/1/c")
    add_questions(crime, 6)
    client.force_login(learner)

    response = client.post(
        url(seed_document),
        {"sections": [crime.pk], "count": 5, "presentations": ["typed"]},
        follow=True,
    )

    assert Attempt.objects.get().question_count == 5
    assert "were available" not in response.content.decode()
