from django.urls import reverse

from classes import services
from classes.models import Classroom, Membership
from quizzes.models import Attempt


def remove_url(membership):
    return reverse("classes:remove", args=[membership.classroom.pk, membership.pk])


def test_asks_for_confirmation_first(client, instructor, membership):
    client.force_login(instructor)
    html = client.get(remove_url(membership)).content.decode()
    assert "<h1>Remove leo from History 10B?</h1>" in html
    assert "Their attempts are kept." in html
    membership.refresh_from_db()
    assert membership.is_active


def test_removing_archives_the_membership_and_keeps_attempts(
    client, instructor, membership, learner
):
    attempt = Attempt.objects.create(learner=learner, title="Practice")
    client.force_login(instructor)
    response = client.post(remove_url(membership), follow=True)
    html = response.content.decode()
    assert "leo was removed from History 10B." in html
    assert "No learners yet." in html
    membership.refresh_from_db()
    assert membership.archived_at is not None
    assert membership.archived_by == instructor
    assert Attempt.objects.filter(pk=attempt.pk).exists()
    assert not Classroom.objects.joined_by(learner).exists()


def test_a_removed_learner_can_rejoin_with_the_code(client, instructor, membership, learner):
    """Decision: removal is not a ban. The learner joins again on the same membership row;
    an instructor who wants them out for good gives the class a new code."""
    client.force_login(instructor)
    client.post(remove_url(membership))
    client.force_login(learner)
    response = client.post(
        reverse("classes:join"), {"code": membership.classroom.join_code}, follow=True
    )
    assert "You joined History 10B." in response.content.decode()
    assert Membership.objects.get().is_active


def test_a_removed_membership_cannot_be_removed_again(client, instructor, membership):
    client.force_login(instructor)
    client.post(remove_url(membership))
    assert client.get(remove_url(membership)).status_code == 404


def test_a_membership_of_another_class_is_404(client, instructor, membership, other_instructor):
    other = services.create_class(name="Other", instructor=instructor)
    client.force_login(instructor)
    url = reverse("classes:remove", args=[other.pk, membership.pk])
    assert client.post(url).status_code == 404
