from django.urls import reverse

from content.models import Document


def test_the_owner_changes_what_learners_are_served(client, instructor, owned_document):
    client.force_login(instructor)
    url = reverse("teach:serving", args=[owned_document.slug])
    response = client.post(url, {"serving": "approved_only"}, follow=True)
    owned_document.refresh_from_db()
    assert owned_document.serving == Document.Serving.APPROVED_ONLY
    assert "Learners are now served: Approved questions only." in response.content.decode()


def test_an_unknown_setting_is_refused(client, instructor, owned_document):
    client.force_login(instructor)
    url = reverse("teach:serving", args=[owned_document.slug])
    response = client.post(url, {"serving": "everything"}, follow=True)
    owned_document.refresh_from_db()
    assert owned_document.serving == Document.Serving.AUTO
    assert "Choose one of the settings offered." in response.content.decode()


def test_the_queue_shows_the_setting_and_explains_it(client, instructor, owned_document):
    client.force_login(instructor)
    html = client.get(reverse("teach:queue", args=[owned_document.slug])).content.decode()
    assert "Learners are served: Automatic" in html
    assert "Approved questions always come first." in html
