import pytest
from django.urls import reverse


def test_shows_the_table_of_contents_in_order(client, seed_document):
    html = client.get(seed_document.get_absolute_url()).content.decode()
    assert "<title>Japan&#x27;s Foreign Policy in Major Diplomatic Fields" in html
    positions = [
        html.index(title)
        for title in (
            "Efforts to Achieve Peace and Stability",
            "Japan-US security arrangements",
            "Measures to Counter International Organized Crime",
            "Efforts towards Peacebuilding",
        )
    ]
    assert positions == sorted(positions)
    assert reverse("content:section", args=[seed_document.slug, "3/1/c"]) in html


def test_archived_sections_are_not_listed(client, seed_document):
    seed_document.sections.filter(path="3/1/b").update(archived_at="2026-01-01T00:00Z")
    html = client.get(seed_document.get_absolute_url()).content.decode()
    assert "Efforts to Counter Terrorism" not in html


def test_unknown_document_is_404(client, db):
    assert client.get(reverse("content:document", args=["nope"])).status_code == 404


@pytest.mark.parametrize("parts", [1, 12])
def test_query_count_is_constant_in_document_size(
    client, make_document, django_assert_max_num_queries, parts
):
    """The whole tree, with paragraph counts, comes from one query however big it is."""
    document = make_document(slug="big", parts=parts, sections_per_part=8, paragraphs=20)
    with django_assert_max_num_queries(2):
        response = client.get(document.get_absolute_url())
    assert response.content.decode().count("Topic h") == parts
