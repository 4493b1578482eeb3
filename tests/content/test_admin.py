import pytest
from django.urls import reverse


@pytest.fixture
def admin_client_with_seed(admin_client, seed_document):
    return admin_client


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("document", "bluebook", "Japan&#x27;s Foreign Policy"),
        ("section", "Regional", "Regional Security"),
        ("block", "FATF", "FATF: An international framework"),
    ],
)
def test_changelists_search_content(admin_client_with_seed, model, query, expected):
    url = reverse(f"admin:content_{model}_changelist")
    response = admin_client_with_seed.get(url, {"q": query})
    assert response.status_code == 200
    assert expected in response.content.decode()


def test_block_text_cannot_be_edited_in_the_admin(admin_client_with_seed, seed_document):
    block = seed_document.sections.get(path="3/1/c").blocks.get(kind="glossary")
    url = reverse("admin:content_block_change", args=[block.pk])
    admin_client_with_seed.post(url, {"text": "Changed", "term": "X"})
    block.refresh_from_db()
    assert block.term == "FATF"
