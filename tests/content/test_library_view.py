from django.urls import reverse
from django.utils.html import escape

URL = reverse("content:library")


def test_lists_documents_with_section_counts(client, seed_document):
    response = client.get(URL)
    assert response.status_code == 200
    assert escape(seed_document.title) in response.content.decode()
    assert "9 sections" in response.content.decode()


def test_empty_library_says_so_and_invites_instructors_to_upload(client, instructor):
    assert "The library is empty" in client.get(URL).content.decode()
    client.force_login(instructor)
    assert reverse("content:upload") in client.get(URL).content.decode()


def test_paginates_long_libraries(client, make_document):
    for number in range(25):
        make_document(slug=f"doc-{number:02d}")
    first = client.get(URL).content.decode()
    assert "Page 1 of 2" in first
    assert "?page=2" in first


def test_query_count_does_not_grow_with_documents(
    client, make_document, django_assert_max_num_queries
):
    """Section counts come from one annotated query, not one query per document; the
    sections listed under each document from one more; the trial offer from one."""
    for number in range(15):
        make_document(slug=f"doc-{number}", parts=2, sections_per_part=3)
    with django_assert_max_num_queries(4):
        client.get(URL)
