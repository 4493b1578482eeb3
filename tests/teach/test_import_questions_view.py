"""Uploading a file of questions into a section from the exchange page."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from quizzes import exchange
from quizzes.models import Question
from tests.interop.shared import FORMATS, needs_moodle_formats

GIFT = b"::One:: Who? {=Me =I}\n\n::Essay:: Write. {}\n\n::Two:: True? {T}\n"


def url(document) -> str:
    return reverse("teach:import", args=[document.slug])


def upload(client, section, data: bytes = GIFT, name: str = "bank.gift", **fields):
    file = SimpleUploadedFile(name, data, content_type="text/plain")
    return client.post(url(section.document), {"file": file, "section": section.pk, **fields})


def test_questions_come_in_and_skipped_ones_are_named(client, instructor, crime_section):
    client.force_login(instructor)

    response = upload(client, crime_section)

    queue = reverse("teach:queue", args=[crime_section.document.slug])
    assert response.url == f"{queue}?section={crime_section.pk}"
    one, two = Question.objects.order_by("pk")
    assert (one.prompt, one.answer, one.accepted_answers) == ("Who?", "Me", ["I"])
    assert (two.format, two.answer, two.edited_by) == ("true_false", "true", instructor)
    said = [str(message) for message in response.wsgi_request._messages]
    assert said == [
        f"Imported 2 questions into {crime_section.heading}.",
        "Skipped 1 that this app cannot ask: Essay (essay).",
    ]


def test_a_bad_file_is_a_form_error_and_changes_nothing(client, instructor, crime_section):
    client.force_login(instructor)

    response = upload(client, crime_section, b"::A:: Fine {=yes}\n\n::B:: Broken {=no\n")

    assert response.status_code == 400
    assert (
        "Cannot read the file as GIFT: Line 3: &#x27;{&#x27; without a closing"
        in response.content.decode()
    )
    assert not Question.objects.exists()


def test_a_file_over_the_limit_is_refused(client, instructor, crime_section, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 100)
    client.force_login(instructor)

    response = upload(client, crime_section, b"Q {T}\n" + b"// padding\n" * 20)

    assert response.status_code == 400
    assert "The file is larger than" in response.content.decode()
    assert not Question.objects.exists()


def test_the_chosen_format_is_the_one_read(client, instructor, crime_section):
    client.force_login(instructor)

    response = upload(client, crime_section, GIFT, name="bank.txt", format="aiken")

    assert response.status_code == 400
    assert "Cannot read the file as Aiken: Line 1: the question has no" in response.content.decode()


def test_a_section_of_another_document_is_refused(client, instructor, crime_section, make_document):
    other = make_document(slug="other", uploaded_by=instructor)
    client.force_login(instructor)

    response = client.post(
        url(crime_section.document),
        {"file": SimpleUploadedFile("a.gift", GIFT), "section": other.sections.first().pk},
    )

    assert response.status_code == 400
    assert not Question.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, crime_section):
    response = upload(client, crime_section)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_learners_are_refused(client, learner, crime_section):
    client.force_login(learner)

    assert upload(client, crime_section).status_code == 403


def test_another_instructor_gets_404(client, other_instructor, crime_section):
    client.force_login(other_instructor)

    assert upload(client, crime_section).status_code == 404
    assert not Question.objects.exists()


def test_staff_may_import(client, staff, crime_section):
    client.force_login(staff)

    assert upload(client, crime_section).status_code == 302
    assert Question.objects.count() == 2


def test_get_is_not_allowed(client, instructor, crime_section):
    client.force_login(instructor)

    assert client.get(url(crime_section.document)).status_code == 405


def test_the_csrf_token_is_required(instructor, crime_section):
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)

    assert upload(client, crime_section).status_code == 403
    assert not Question.objects.exists()


@needs_moodle_formats
def test_the_shared_gift_fixture_comes_in_with_its_skipped_questions_named(
    client, instructor, crime_section
):
    client.force_login(instructor)
    data = (FORMATS / "questions.gift.txt").read_bytes()

    response = upload(client, crime_section, data, name="questions.gift.txt")

    assert Question.objects.filter(section=crime_section).count() == 4
    said = [str(message) for message in response.wsgi_request._messages]
    assert said[1] == (
        "Skipped 5 that this app cannot ask: Q8 (essay); Moodle activities (matching); "
        "colours (multiple choice with multiple answers); Q5 (numerical with tolerance); "
        "Shortanswer (short answer with partial credit)."
    )
