import re

import pytest
from django.urls import reverse

from quizzes.models import GenerationJob, Question
from quizzes.teach_views import QUEUE_PAGE_SIZE
from tests.attempts.conftest import make_question
from tests.conftest import add_questions, make_generation_job


def url(document) -> str:
    return reverse("teach:queue", args=[document.slug])


def shown(client, document, **filters) -> list[str]:
    """Prompts on the page, in order."""
    html = client.get(url(document), filters).content.decode()
    return re.findall(r'<h3 class="h6 mb-1" id="question-\d+-prompt">(.*?)</h3>', html)


@pytest.fixture
def bank(owned_document):
    security = owned_document.sections.get(path="3/1/a")
    crime = owned_document.sections.get(path="3/1/c")
    return {
        "crime low": make_question(crime, prompt="Crime low?", answer="1", score=0.3),
        "crime high": make_question(
            crime,
            prompt="Crime high?",
            answer="Financial Action Task Force",
            kind="acronym",
            format="multiple_choice",
            choices=["Financial Action Task Force", "Group of Eight", "World Bank"],
            score=0.9,
            status=Question.Status.APPROVED,
        ),
        "security": make_question(security, prompt="Security?", answer="2", score=0.5),
    }


def test_questions_are_sorted_by_section_then_best_score(client, instructor, bank):
    client.force_login(instructor)
    assert shown(client, bank["security"].section.document) == [
        "Security?",
        "Crime high?",
        "Crime low?",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"kind": "acronym"}, ["Crime high?"]),
        ({"format": "short_answer"}, ["Security?", "Crime low?"]),
        ({"status": "approved"}, ["Crime high?"]),
        ({"status": "draft", "min_score": "0.4"}, ["Security?"]),
        ({"min_score": "0.5"}, ["Security?", "Crime high?"]),
    ],
)
def test_filters(client, instructor, bank, filters, expected):
    client.force_login(instructor)
    assert shown(client, bank["security"].section.document, **filters) == expected


def test_filter_by_section(client, instructor, bank):
    client.force_login(instructor)
    crime = bank["crime low"].section
    assert shown(client, crime.document, section=crime.pk) == ["Crime high?", "Crime low?"]


def test_invalid_filters_are_ignored(client, instructor, bank):
    client.force_login(instructor)
    document = bank["security"].section.document
    assert len(shown(client, document, min_score="lots", kind="<script>")) == 3


def test_no_match_is_said(client, instructor, bank):
    client.force_login(instructor)
    html = client.get(url(bank["security"].section.document), {"kind": "who"}).content.decode()
    assert "No question matches these filters." in html


def test_a_document_without_questions_says_so(client, instructor, owned_document):
    client.force_login(instructor)
    html = client.get(url(owned_document)).content.decode()
    assert "This document has no questions yet." in html


def test_each_question_shows_its_sentence_highlighted_in_its_paragraph(
    client, instructor, crime_section, draft
):
    client.force_login(instructor)
    html = client.get(url(crime_section.document)).content.decode()
    block = draft.block
    assert f"<mark>{block.text[draft.source_start : draft.source_end]}</mark>" in html
    # The whole paragraph, not only a window around the sentence.
    assert block.text[draft.source_end :][-40:] in html


def test_text_is_escaped(client, instructor, crime_section):
    make_question(crime_section, prompt="<script>alert(1)</script>?", answer="<b>x</b>")
    client.force_login(instructor)
    html = client.get(url(crime_section.document)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;?" in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_pages_keep_the_filters(client, instructor, crime_section):
    add_questions(crime_section, QUEUE_PAGE_SIZE + 1)
    client.force_login(instructor)
    html = client.get(url(crime_section.document), {"status": "draft"}).content.decode()
    assert "Page 1 of 2" in html
    assert "?status=draft&amp;page=2" in html


def test_the_list_refreshes_itself_while_questions_are_generated(
    client, instructor, owned_document
):
    make_generation_job(owned_document, state=GenerationJob.State.RUNNING, sections_total=4)
    client.force_login(instructor)
    html = client.get(url(owned_document)).content.decode()
    assert 'hx-select="#question-list"' in html
    assert "Generating questions" in html
    assert "they appear here as soon as they are ready" in html
    GenerationJob.objects.update(state=GenerationJob.State.DONE)
    assert 'hx-select="#question-list"' not in client.get(url(owned_document)).content.decode()


@pytest.mark.parametrize("count", [20, 500])
def test_query_count_does_not_grow_with_the_bank(
    client, instructor, owned_document, django_assert_max_num_queries, count
):
    """Prevents an N+1 over the page's rows: each row shows its section heading, its source
    paragraph (block) and who last changed it (edited_by), all joined into the one query
    that reads the page; the filters' section choices are one more query, not one per row."""
    sections = list(owned_document.sections.filter(blocks__isnull=False).distinct()[:5])
    for section in sections:
        add_questions(section, count // len(sections))
    Question.objects.update(edited_by=instructor)
    client.force_login(instructor)
    with django_assert_max_num_queries(7):
        response = client.get(url(owned_document))
    assert response.status_code == 200
    assert response.content.decode().count('<article class="card') == min(count, QUEUE_PAGE_SIZE)
