from django.urls import reverse

from quizzes.models import Attempt


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
