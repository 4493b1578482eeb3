"""The exchange page and the downloads it serves."""

import io
import zipfile

import pytest
from django.urls import reverse

from quizzes.models import Question
from tests.attempts.conftest import make_question


def url(document) -> str:
    return reverse("teach:exchange", args=[document.slug])


@pytest.fixture
def approved(crime_section):
    return make_question(
        crime_section, prompt="When was FATF created?", answer="1989", status="approved"
    )


def test_the_page_offers_both_forms(client, instructor, owned_document):
    client.force_login(instructor)

    html = client.get(url(owned_document)).content.decode()

    assert html.count("<h1>") == 1
    assert 'for="id_export_format"' in html
    assert 'for="id_import_file"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "csrfmiddlewaretoken" in html


@pytest.mark.parametrize(
    ("format", "filename", "content_type"),
    [
        ("gift", "3-1-c.gift.txt", "text/plain"),
        ("moodle-xml", "3-1-c.xml", "application/xml"),
        ("aiken", "3-1-c.aiken.txt", "text/plain"),
        ("csv", "3-1-c.csv", "text/csv"),
        ("anki", "3-1-c.apkg", "application/octet-stream"),
    ],
)
def test_a_section_downloads_as_an_attachment(
    client, instructor, crime_section, approved, format, filename, content_type
):
    client.force_login(instructor)

    response = client.get(
        url(crime_section.document),
        {"section": crime_section.pk, "status": "approved", "format": format},
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    slug = crime_section.document.slug
    assert response["Content-Disposition"] == f'attachment; filename="{slug}-{filename}"'


def test_the_download_holds_the_section_questions(client, instructor, crime_section, approved):
    client.force_login(instructor)

    response = client.get(
        url(crime_section.document),
        {"section": crime_section.pk, "status": "approved", "format": "gift"},
    )

    assert "When was FATF created?" in response.content.decode()


def test_the_anki_deck_is_a_zip(client, instructor, crime_section, approved):
    client.force_login(instructor)

    response = client.get(url(crime_section.document), {"status": "all", "format": "anki"})

    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert "collection.anki2" in archive.namelist()


def test_a_section_of_another_document_is_a_form_error(
    client, instructor, owned_document, make_document
):
    other = make_document(slug="other")
    client.force_login(instructor)

    response = client.get(
        url(owned_document),
        {"section": other.sections.first().pk, "status": "all", "format": "gift"},
    )

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_an_unknown_format_is_a_form_error(client, instructor, owned_document):
    client.force_login(instructor)

    response = client.get(url(owned_document), {"status": "all", "format": "exe"})

    assert response.status_code == 400


def test_downloading_changes_nothing(client, instructor, crime_section, approved):
    client.force_login(instructor)
    before = list(Question.objects.values_list("pk", "updated_at"))

    client.get(url(crime_section.document), {"status": "all", "format": "moodle-xml"})

    assert list(Question.objects.values_list("pk", "updated_at")) == before


def test_the_queue_links_to_the_page(client, instructor, owned_document):
    client.force_login(instructor)

    html = client.get(reverse("teach:queue", args=[owned_document.slug])).content.decode()

    assert f'href="{url(owned_document)}"' in html


def test_a_download_takes_the_same_queries_for_any_number_of_questions(
    client, instructor, crime_section, django_assert_max_num_queries
):
    """Each question's section, document and source block come with it (no N+1)."""
    for number in range(12):
        make_question(crime_section, prompt=f"When {number}?", answer="1989", status="approved")
    client.force_login(instructor)

    with django_assert_max_num_queries(6):
        response = client.get(url(crime_section.document), {"status": "all", "format": "gift"})

    assert response.content.decode().count("::When ") == 12
