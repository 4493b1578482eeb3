from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes import services
from tests.classes.conftest import make_assignment

URL = reverse("classes:mine")


def test_lists_the_learners_classes_with_their_instructors(
    client, learner, membership, other_instructor
):
    services.add_instructor(classroom=membership.classroom, user=other_instructor)
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "<h1>My classes</h1>" in html
    assert "History 10B" in html
    assert "Taught by ines, otto" in html
    assert f'href="{reverse("classes:assigned")}"' in html


def test_a_learner_without_classes_is_told_how_to_join(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "You are not in any class yet." in html
    assert f'href="{reverse("classes:join")}"' in html


def test_classes_of_others_are_not_listed(client, learner, classroom, django_user_model):
    other = django_user_model.objects.create_user(username="olga")
    services.join_class(user=other, code=classroom.join_code)
    client.force_login(learner)
    assert "History 10B" not in client.get(URL).content.decode()


def test_each_class_shows_its_open_assignments_and_the_next_due_time(
    client, learner, membership, assigned_document
):
    classroom = membership.classroom
    now = timezone.now()
    make_assignment(classroom, assigned_document, due_at=datetime(2030, 12, 3, 8, 0, tzinfo=UTC))
    make_assignment(classroom, assigned_document, due_at=datetime(2030, 12, 1, 8, 0, tzinfo=UTC))
    make_assignment(  # not open yet: counts for "next due", not as open
        classroom,
        assigned_document,
        opens_at=now + timedelta(days=1),
        due_at=datetime(2030, 11, 1, 8, 0, tzinfo=UTC),
    )
    make_assignment(  # past due: neither
        classroom,
        assigned_document,
        opens_at=now - timedelta(days=3),
        due_at=now - timedelta(days=1),
    )
    deleted = make_assignment(classroom, assigned_document, due_at=now + timedelta(hours=1))
    services.archive_assignment(assignment=deleted)
    learner.time_zone = "Asia/Tokyo"
    learner.save()
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "2 open assignments" in html
    assert (
        'next due <time datetime="2030-11-01T17:00:00+09:00">1 Nov 2030, 17:00 JST</time>' in html
    )


def test_a_class_without_assignments_says_so(client, learner, membership):
    client.force_login(learner)
    assert "No open assignments" in client.get(URL).content.decode()


def test_a_deleted_class_is_not_listed(client, learner, membership):
    services.archive_class(classroom=membership.classroom)
    client.force_login(learner)
    assert "You are not in any class yet." in client.get(URL).content.decode()


@pytest.mark.parametrize("count", [1, 6])
def test_query_count_is_constant_in_the_number_of_classes(
    client, learner, django_user_model, instructor, django_assert_max_num_queries, count
):
    """Instructors are one prefetch and the assignment summary one aggregate, not a query
    per class."""
    for number in range(count):
        classroom = services.create_class(name=f"Class {number}", instructor=instructor)
        services.join_class(user=learner, code=classroom.join_code)
    client.force_login(learner)
    with django_assert_max_num_queries(6):
        assert client.get(URL).status_code == 200
