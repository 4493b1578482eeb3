from django.urls import reverse

from content.models import Document
from quizzes.models import Attempt


def url(section) -> str:
    return reverse("teach:preview", args=[section.document.slug, section.path])


def test_shows_a_quiz_as_learners_get_it_with_the_answers_after(
    client, instructor, crime_section, quiz_questions
):
    client.force_login(instructor)
    html = client.get(url(crime_section)).content.decode()
    assert "<h1>Preview: (c) Measures to Counter International Organized Crime</h1>" in html
    assert html.count("<summary>Answer</summary>") == len(quiz_questions)
    assert "1989" in html.split("<summary>Answer</summary>", 1)[1]
    assert not Attempt.objects.exists()


def test_follows_the_serving_setting(client, instructor, crime_section, quiz_questions):
    Document.objects.update(serving=Document.Serving.APPROVED_ONLY)
    client.force_login(instructor)
    html = client.get(url(crime_section)).content.decode()
    assert "Learners are served no question of this section" in html


def test_an_archived_or_unknown_section_is_404(client, instructor, crime_section):
    client.force_login(instructor)
    missing = reverse("teach:preview", args=[crime_section.document.slug, "9/9"])
    assert client.get(missing).status_code == 404
