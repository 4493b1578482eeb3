import pytest
from django.urls import reverse

from tests.conftest import add_questions


def section_url(document, path):
    return reverse("content:section", args=[document.slug, path])


def test_shows_paragraphs_glossary_and_breadcrumbs(client, seed_document):
    html = client.get(section_url(seed_document, "3/1/c")).content.decode()
    assert "Measures to Counter International Organized Crime" in html
    assert "Human trafficking, drug-related crime, cyber crime" in html
    assert "<dt>FATF</dt>" in html
    assert 'aria-label="Breadcrumb"' in html
    assert "Efforts to Achieve Peace and Stability in the International Community" in html


def test_shows_figure_captions(client, seed_document):
    html = client.get(section_url(seed_document, "3/1/f")).content.decode()
    assert "<figcaption" in html
    assert "Japanese personnel working in the United Nations Mission in Nepal" in html


def test_links_to_previous_and_next_sections(client, seed_document):
    html = client.get(section_url(seed_document, "3/1/c")).content.decode()
    assert f'rel="prev" href="{section_url(seed_document, "3/1/b")}"' in html
    assert f'rel="next" href="{section_url(seed_document, "3/1/d")}"' in html
    last = client.get(section_url(seed_document, "3/1/g")).content.decode()
    assert 'rel="next"' not in last


def test_part_page_lists_its_sections(client, seed_document):
    html = client.get(section_url(seed_document, "3/1")).content.decode()
    assert section_url(seed_document, "3/1/e") in html


def test_shows_how_many_live_questions_the_section_has(client, seed_document):
    section = seed_document.sections.get(path="3/1/c")
    add_questions(section, 12)
    add_questions(section, 2, status="retired")

    html = client.get(section_url(seed_document, "3/1/c")).content.decode()
    assert "12 questions" in html
    assert "14 questions" not in html

    quiet = client.get(section_url(seed_document, "3/1/d")).content.decode()
    assert "question-count" not in quiet


def test_part_page_shows_question_counts_of_its_sections(client, seed_document):
    add_questions(seed_document.sections.get(path="3/1/e"), 1)
    html = client.get(section_url(seed_document, "3/1")).content.decode()
    entry = html.split("The United Nations</a>", 1)[1].split("</li>", 1)[0]
    assert "1 question<" in entry


def test_archived_or_unknown_sections_are_404(client, seed_document):
    seed_document.sections.filter(path="3/1/b").update(archived_at="2026-01-01T00:00Z")
    assert client.get(section_url(seed_document, "3/1/b")).status_code == 404
    assert client.get(section_url(seed_document, "3/9/z")).status_code == 404


def test_text_is_escaped(client, make_document):
    document = make_document(slug="x")
    section = document.sections.get(path="1/1/a")
    section.blocks.filter(kind="paragraph").update(text="<script>alert(1)</script>")
    html = client.get(section_url(document, "1/1/a")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(("parts", "paragraphs"), [(1, 1), (10, 60)])
def test_query_count_is_constant(
    client, make_document, django_assert_max_num_queries, parts, paragraphs
):
    """Blocks, children, breadcrumbs, neighbours and question counts are a fixed set of queries."""
    document = make_document(slug="big", parts=parts, sections_per_part=5, paragraphs=paragraphs)
    for section in document.sections.filter(kind="section"):
        add_questions(section, paragraphs)
    with django_assert_max_num_queries(6):
        response = client.get(section_url(document, "1/1/c"))
    html = response.content.decode()
    assert html.count('<p id="block-') == paragraphs
    assert f"{paragraphs} question" in html
    with django_assert_max_num_queries(6):
        part = client.get(section_url(document, "1/1")).content.decode()
    assert part.count(f">{paragraphs} question") == 5, "each child section's count"


def breadcrumb(html: str) -> str:
    return html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]


def test_breadcrumbs_do_not_repeat_the_document_title(client, seed_document):
    chapter = seed_document.sections.get(depth=0)
    assert chapter.title == seed_document.title
    crumbs = breadcrumb(client.get(section_url(seed_document, "3/1/c")).content.decode())
    assert crumbs.count(seed_document.title.replace("'", "&#x27;")) == 1
    chapter_crumbs = breadcrumb(client.get(chapter.get_absolute_url()).content.decode())
    assert chapter_crumbs.count(seed_document.title.replace("'", "&#x27;")) == 1
    assert f"Chapter {chapter.label}" in chapter_crumbs


def test_a_linked_sentence_is_marked_as_the_anchor_target(client, seed_document):
    section = seed_document.sections.get(path="3/1/c")
    block = section.blocks.live().order_by("position").first()
    query = {"block": block.pk, "start": 0, "end": 17}
    html = client.get(section_url(seed_document, "3/1/c"), query).content.decode()
    assert (
        f'<p id="block-{block.pk}"><mark id="sentence" class="source-sentence">'
        f"{block.text[:17]}</mark>{block.text[17:40]}"
    ) in html


def test_a_sentence_in_a_glossary_box_is_marked_too(client, seed_document):
    section = seed_document.sections.get(path="3/1/c")
    glossary = section.blocks.get(term="FATF")
    query = {"block": glossary.pk, "start": 3, "end": 20}
    html = client.get(section_url(seed_document, "3/1/c"), query).content.decode()
    assert f'<mark id="sentence" class="source-sentence">{glossary.text[3:20]}</mark>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"start": 0, "end": 10**6},
        {"start": 10, "end": 5},
        {"start": "x", "end": 5},
        {"start": "-1", "end": 5},
        {"end": 5},
    ],
)
def test_an_impossible_sentence_is_ignored(client, seed_document, query):
    section = seed_document.sections.get(path="3/1/c")
    block = section.blocks.live().order_by("position").first()
    response = client.get(section_url(seed_document, "3/1/c"), {"block": block.pk, **query})
    assert response.status_code == 200
    assert 'id="sentence"' not in response.content.decode()


def test_a_block_of_another_section_marks_nothing(client, seed_document):
    other = seed_document.sections.get(path="3/1/a").blocks.live().first()
    query = {"block": other.pk, "start": 0, "end": 5}
    html = client.get(section_url(seed_document, "3/1/c"), query).content.decode()
    assert 'id="sentence"' not in html


def test_marked_text_is_still_escaped(client, make_document):
    document = make_document(slug="escaped")
    section = document.sections.get(path="1/1/a")
    block = section.blocks.live().order_by("position").first()
    block.text = "<script>alert(1)</script> and more"
    block.save()
    query = {"block": block.pk, "start": 0, "end": 25}
    html = client.get(section_url(document, "1/1/a"), query).content.decode()
    assert "<script>alert(1)" not in html
    assert '<mark id="sentence" class="source-sentence">&lt;script&gt;' in html
