import pytest

from content.services import import_document_file
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seed(transactional_db):
    return import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document


def test_reader_opens_the_library_and_reads_a_section_by_keyboard(page, live_server, seed):
    page.goto(live_server.url + "/")
    assert page.title().startswith("Library")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("el => el === document.activeElement")

    page.get_by_role("link", name=seed.title).click()
    page.get_by_role("link", name="(c) Measures to Counter International Organized Crime").click()

    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .endswith("Measures to Counter International Organized Crime")
    )
    assert page.locator("dt", has_text="FATF").is_visible()
    page.get_by_role("link", name="(d) Regional Security").click()
    assert "ASEAN Regional Forum" in page.locator("article").inner_text()
