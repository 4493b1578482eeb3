from django.urls import reverse

from content.templatetags.content_extras import highlight

URL = reverse("content:search")


def test_finds_passages_and_highlights_the_words(client, seed_document):
    html = client.get(URL, {"q": "money laundering"}).content.decode()
    assert "<mark>money laundering</mark>" in html
    assert reverse("content:section", args=[seed_document.slug, "3/1/c"]) in html


def test_finds_glossary_terms(client, seed_document):
    html = client.get(URL, {"q": "FATF"}).content.decode()
    assert "<strong><mark>FATF</mark>:</strong>" in html


def test_reports_no_matches(client, seed_document):
    html = client.get(URL, {"q": "volcano"}).content.decode()
    assert "0 passages match" in html
    assert "Nothing in the library matches" in html


def test_too_short_query_is_explained(client, seed_document):
    assert "at least two characters" in client.get(URL, {"q": "a"}).content.decode()


def test_search_text_is_escaped(client, seed_document):
    html = client.get(URL, {"q": "<b>x</b>"}).content.decode()
    assert "<b>x</b>" not in html


def test_query_count_is_constant_in_matches(client, make_document, django_assert_max_num_queries):
    """Each result's section and document come with it (select_related), not per row."""
    make_document(slug="big", parts=4, sections_per_part=5, paragraphs=10)
    with django_assert_max_num_queries(3):
        response = client.get(URL, {"q": "Paragraph"})
    assert response.content.decode().count('<li class="mb-3">') == 20


def test_excerpts_start_and_end_on_whole_words():
    words = [f"w{n:04d}x" for n in range(100)]
    text = " ".join(words[:50] + ["needle"] + words[50:])
    excerpt = str(highlight(text, "needle"))
    assert "<mark>needle</mark>" in excerpt
    first, last = excerpt.strip("…").split()[0], excerpt.strip("…").split()[-1]
    assert first in words
    assert last in words
    assert excerpt.startswith("…")
    assert excerpt.endswith("…")
