from django.urls import reverse

from content.models import Document
from quizzes.models import Question
from tests.conftest import add_questions

URL = reverse("teach:workspace")


def test_lists_the_instructors_documents_with_counts_by_status(client, instructor, crime_section):
    add_questions(crime_section, 3)
    add_questions(crime_section, 2, status=Question.Status.APPROVED)
    add_questions(crime_section, 1, status=Question.Status.RETIRED)
    client.force_login(instructor)
    html = client.get(URL).content.decode()
    document = crime_section.document
    row = html.split(reverse("teach:queue", args=[document.slug]), 1)[1].split("</tr>", 1)[0]
    cells = [cell.split("</td>")[0] for cell in row.split('<td class="text-end">')[1:]]
    assert cells == ["3", "2", "1"]
    assert document.get_serving_display() in row


def test_offers_the_upload(client, instructor, owned_document):
    client.force_login(instructor)
    assert f'href="{reverse("content:upload")}"' in client.get(URL).content.decode()


def test_an_instructor_without_documents_is_told_how_to_start(client, other_instructor, db):
    client.force_login(other_instructor)
    html = client.get(URL).content.decode()
    assert "You have no documents yet." in html
    assert "<table" not in html


def test_staff_see_every_document(client, staff, owned_document, make_document):
    make_document(slug="nobodys")
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert reverse("teach:queue", args=[owned_document.slug]) in html
    assert reverse("teach:queue", args=["nobodys"]) in html


def test_the_counts_take_one_query_whatever_the_number_of_documents(
    client, staff, make_document, django_assert_max_num_queries
):
    """Counts by status are aggregated in the documents' query, not asked per row."""
    for number in range(15):
        document = make_document(slug=f"doc-{number}")
        add_questions(document.sections.filter(blocks__isnull=False).first(), 2)
    client.force_login(staff)
    with django_assert_max_num_queries(6):
        assert client.get(URL).status_code == 200


def test_documents_are_paginated(client, staff, db):
    Document.objects.bulk_create(
        Document(slug=f"d{n:02}", title=f"Doc {n:02}", source_name="x", source_sha256="0")
        for n in range(25)
    )
    client.force_login(staff)
    html = client.get(URL, {"page": 2}).content.decode()
    assert "Page 2 of 2" in html
    assert "Doc 24" in html
    assert "Doc 00" not in html
