"""The class progress page: mastery of each section the class's assignments draw from,
weakest first, across the class and per learner; who may see it; its query count."""

from django.urls import reverse

from classes import services
from tests.classes.conftest import add_learners, leaf_sections
from tests.classes.results_helpers import answer_by_section, count_queries, populate
from tests.conftest import add_questions


def url(classroom):
    return reverse("classes:progress", args=[classroom.pk])


# Who may open it (anonymous, learners, other instructors, staff): test_permissions.py.


def test_shows_the_weakest_section_first_and_each_learner(
    client, instructor, assignment, assigned_document, learner
):
    strong, weak = leaf_sections(assigned_document)
    answer_by_section(assignment, learner, right_in=strong)
    client.force_login(instructor)

    html = client.get(url(assignment.classroom)).content.decode()

    assert "<h1>Progress: History 10B</h1>" in html
    by_section = html.split("By section")[1].split("By learner")[0]
    assert by_section.index(weak.title) < by_section.index(strong.title)
    assert "0 of 3" in by_section
    assert "2 of 3" in by_section
    by_learner = html.split("By learner")[1]
    assert ">leo</th>" in by_learner
    assert "67%" in by_learner


def test_removed_learners_are_left_out(client, instructor, assignment, membership):
    services.remove_learner(membership=membership, by=instructor)
    client.force_login(instructor)
    assert "No learners yet." in client.get(url(assignment.classroom)).content.decode()


def test_says_when_the_class_has_no_assignment(client, instructor, membership):
    client.force_login(instructor)
    assert "No sections yet" in client.get(url(membership.classroom)).content.decode()


def test_query_count_is_the_same_for_10_and_200_learners_and_2_and_8_sections(
    client,
    instructor,
    classroom,
    assigned_document,
    make_document,
    django_user_model,
    django_assert_num_queries,
):
    """Every learner's mastery comes from one query of answers for all the sections,
    grouped in Python: no query per learner, per section, or per table cell."""
    add_learners(classroom, django_user_model, 200)
    learners = list(django_user_model.objects.filter(username__startswith="learner-"))
    wide = make_document(slug="wide", parts=2, sections_per_part=4, uploaded_by=instructor)
    for document in (assigned_document, wide):
        for section in leaf_sections(document):
            add_questions(section, 2)
    small = services.create_class(name="Small", instructor=instructor)
    big = services.create_class(name="Big", instructor=instructor)
    populate(small, assigned_document, learners[:10], assignments=1)
    populate(big, wide, learners, assignments=1)
    assert len(leaf_sections(wide)) == 8
    client.force_login(instructor)
    expected = count_queries(client, url(small))
    with django_assert_num_queries(expected):
        assert client.get(url(big)).status_code == 200
