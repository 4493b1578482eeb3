import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from content.models import Document
from quizzes import services
from quizzes.models import GenerationJob
from tests.conftest import SEED_PATH, enqueued_generations
from tests.content.helpers import row_counts

URL = reverse("content:upload")

MARKDOWN = b"""# Volcanoes

## How they form

Magma rises through cracks in the crust and erupts at the surface.

## Famous eruptions

Vesuvius buried Pompeii in 79 AD.
"""


def upload(client, name: str, data: bytes, **fields):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), **fields})


def test_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_learners_are_forbidden(client, learner):
    client.force_login(learner)
    assert client.get(URL).status_code == 403
    assert upload(client, "v.md", MARKDOWN).status_code == 403
    assert not Document.objects.exists()


def test_instructor_uploads_markdown_and_sees_it(client, instructor):
    client.force_login(instructor)
    response = upload(client, "volcanoes.md", MARKDOWN)
    document = Document.objects.get(slug="volcanoes")
    assert response.status_code == 302
    assert response.url == document.get_absolute_url()
    assert document.uploaded_by == instructor
    page = client.get(response.url).content.decode()
    assert "imported" in page
    assert "Famous eruptions" in page


def test_staff_can_upload_the_pipe_format(client, staff):
    client.force_login(staff)
    upload(client, SEED_PATH.name, SEED_PATH.read_bytes())
    assert Document.objects.get().sections.count() == 9


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("picture.txt", b"\x89PNG\x00\x00\x00\x00", "binary"),
        ("latin.txt", "Caf\xe9".encode("latin-1"), "UTF-8"),
        ("archive.zip", b"PK\x03\x04", "Upload a .txt or .md file"),
    ],
)
def test_bad_files_get_a_form_error_and_change_nothing(client, instructor, name, data, message):
    client.force_login(instructor)
    before = row_counts()
    response = upload(client, name, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert row_counts() == before


def test_missing_file_is_explained(client, instructor):
    client.force_login(instructor)
    response = client.post(URL, {"title": "Nothing"})
    assert "Choose a file to upload" in response.content.decode()


def test_file_over_the_limit_is_refused_before_it_is_stored(client, instructor, settings):
    settings.CONTENT_MAX_UPLOAD_BYTES = 100
    client.force_login(instructor)
    response = upload(client, "big.txt", b"Plenty of words. " * 100)
    assert response.status_code == 400
    assert "larger than the 100\xa0bytes limit" in response.content.decode()
    assert not Document.objects.exists()


def test_uploading_the_same_name_again_updates_the_document(client, instructor):
    client.force_login(instructor)
    upload(client, "volcanoes.md", MARKDOWN)
    upload(client, "volcanoes.md", MARKDOWN.replace(b"79 AD", b"AD 79"))
    assert Document.objects.count() == 1
    assert (
        "AD 79"
        in client.get(
            reverse("content:section", args=["volcanoes", "volcanoes/famous-eruptions"])
        ).content.decode()
    )


def test_another_instructor_cannot_replace_someone_elses_document(
    client, instructor, other_instructor
):
    client.force_login(instructor)
    upload(client, "volcanoes.md", MARKDOWN)
    client.force_login(other_instructor)
    response = upload(client, "volcanoes.md", b"# Hijacked\n\nReplaced text.\n")
    assert response.status_code == 400
    assert "rename the file" in response.content.decode()
    assert Document.objects.get().title == "Volcanoes"


def test_upload_requires_csrf_token(instructor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert upload(client, "volcanoes.md", MARKDOWN).status_code == 403


@pytest.fixture
def upload_and_commit(client, instructor, django_capture_on_commit_callbacks):
    """Upload as the instructor, running what waits for the commit (the enqueueing)."""
    client.force_login(instructor)

    def upload_it(name: str, data: bytes):
        with django_capture_on_commit_callbacks(execute=True):
            return upload(client, name, data)

    return upload_it


def test_upload_enqueues_exactly_one_generation_task(upload_and_commit):
    response = upload_and_commit("volcanoes.md", MARKDOWN)
    assert response.status_code == 302
    assert enqueued_generations() == 1
    job = GenerationJob.objects.get(document__slug="volcanoes")
    assert job.state == GenerationJob.State.QUEUED


def test_the_page_after_an_upload_says_questions_are_coming(client, upload_and_commit):
    response = upload_and_commit("volcanoes.md", MARKDOWN)
    page = client.get(response.url).content.decode()
    assert "Its questions are being generated." in page
    assert "Questions are queued for generation" in page


def test_reuploading_an_unchanged_document_enqueues_nothing(upload_and_commit, monkeypatch):
    upload_and_commit("volcanoes.md", MARKDOWN)
    upload_and_commit("volcanoes.md", MARKDOWN)
    assert enqueued_generations() == 1, "while the first task waits"

    # Once the worker has generated from this text, nothing more either.
    monkeypatch.setattr(services, "run_generator", lambda outline, *, progress=None: [])
    services.generate_for_document(document=Document.objects.get(slug="volcanoes"))
    GenerationJob.objects.update(state=GenerationJob.State.DONE)
    upload_and_commit("volcanoes.md", MARKDOWN)
    assert enqueued_generations() == 1


def test_reuploading_a_changed_document_enqueues_generation_again(upload_and_commit, monkeypatch):
    monkeypatch.setattr(services, "run_generator", lambda outline, *, progress=None: [])
    upload_and_commit("volcanoes.md", MARKDOWN)
    services.generate_for_document(document=Document.objects.get(slug="volcanoes"))
    GenerationJob.objects.update(state=GenerationJob.State.DONE)

    upload_and_commit("volcanoes.md", MARKDOWN + b"\nEtna is in Sicily.\n")
    assert enqueued_generations() == 2


def test_a_refused_upload_enqueues_nothing(upload_and_commit):
    upload_and_commit("empty.md", b"")
    assert enqueued_generations() == 0
