"""Two instructors uploading the same file name at the same moment: one owns it."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from content import views
from content.models import Block, Document

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: concurrent writers and row locks (SQLite serialises them)",
    ),
    pytest.mark.django_db(transaction=True),
]

URL = reverse("content:upload")


def test_simultaneous_uploads_of_one_file_name_leave_each_owner_their_own_text(
    instructor, other_instructor, monkeypatch
):
    real_import = views.import_document_file
    both_ready = threading.Barrier(2, timeout=30)

    def import_together(**kwargs):
        # Both requests have done everything that comes before the import; any check
        # of ownership made before this point has seen no document.
        both_ready.wait()
        return real_import(**kwargs)

    monkeypatch.setattr(views, "import_document_file", import_together)
    texts = {instructor: "Lava from Ines.", other_instructor: "Lava from Otto."}
    responses = {}

    def upload(user):
        try:
            client = Client()
            client.force_login(user)
            data = f"# Volcanoes\n\n{texts[user]}\n".encode()
            responses[user] = client.post(URL, {"file": SimpleUploadedFile("volcanoes.md", data)})
        finally:
            connection.close()

    threads = [threading.Thread(target=upload, args=(user,)) for user in texts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = {user: response.status_code for user, response in responses.items()}
    assert sorted(statuses.values()) == [302, 400]
    [owner] = [user for user, status in statuses.items() if status == 302]
    [refused] = [user for user, status in statuses.items() if status == 400]
    document = Document.objects.get()
    assert document.uploaded_by == owner
    assert list(Block.objects.live().values_list("text", flat=True)) == [texts[owner]]
    assert "rename the file" in responses[refused].content.decode()
