import pytest
from django.urls import reverse

from quizzes.models import GenerationJob
from tests.conftest import add_questions, make_generation_job


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


def test_each_section_shows_how_many_live_questions_it_has(client, seed_document):
    add_questions(seed_document.sections.get(path="3/1/a"), 12)
    add_questions(seed_document.sections.get(path="3/1/c"), 1)
    add_questions(seed_document.sections.get(path="3/1/c"), 3, status="retired")

    html = client.get(seed_document.get_absolute_url()).content.decode()

    after_a = html.split("Japan-US security arrangements</a>", 1)[1]
    assert after_a.split("</li>", 1)[0].count("12 questions") == 1
    after_c = html.split("Measures to Counter International Organized Crime</a>", 1)[1]
    assert "1 question<" in after_c.split("</li>", 1)[0], "retired questions are not counted"
    assert html.count("question-count") == 2, "sections without questions show no count"


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
    """The whole tree, with paragraph and question counts, is one query however big it is."""
    document = make_document(slug="big", parts=parts, sections_per_part=8, paragraphs=20)
    for section in document.sections.filter(kind="section"):
        add_questions(section, 3)
    with django_assert_max_num_queries(2):
        response = client.get(document.get_absolute_url())
    html = response.content.decode()
    assert html.count("Topic h") == parts
    assert html.count("3 questions") == parts * 8
    assert html.count("(20 paragraphs)") == parts * 8, "question counts do not skew these"


def test_the_uploader_sees_the_generation_state_in_a_live_region(
    client, instructor, owned_document
):
    make_generation_job(
        owned_document, state=GenerationJob.State.RUNNING, sections_done=2, sections_total=9
    )
    client.force_login(instructor)
    html = client.get(owned_document.get_absolute_url()).content.decode()
    region = html.split('id="generation-status"', 1)[1].split("</section>", 1)[0]
    assert 'role="status" aria-live="polite"' in region
    assert "Generating questions: 2 of 9 sections done." in region


@pytest.mark.parametrize("who", [None, "learner", "other_instructor"])
def test_others_do_not_see_the_generation_state(client, owned_document, request, who):
    make_generation_job(owned_document, state=GenerationJob.State.FAILED, error="Boom.")
    if who:
        client.force_login(request.getfixturevalue(who))
    html = client.get(owned_document.get_absolute_url()).content.decode()
    assert "generation-status" not in html
    assert "Boom." not in html


def test_the_uploader_is_offered_the_review_queue(client, instructor, owned_document):
    client.force_login(instructor)
    html = client.get(owned_document.get_absolute_url()).content.decode()
    assert reverse("teach:queue", args=[owned_document.slug]) in html


def test_learners_and_other_instructors_are_not(client, learner, other_instructor, owned_document):
    for user in (learner, other_instructor):
        client.force_login(user)
        html = client.get(owned_document.get_absolute_url()).content.decode()
        assert reverse("teach:queue", args=[owned_document.slug]) not in html
