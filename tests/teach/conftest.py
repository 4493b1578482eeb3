import pytest

from tests.attempts.conftest import make_question, quiz_questions

__all__ = ["quiz_questions"]  # one of each format, on the crime_section below


@pytest.fixture
def crime_section(owned_document):
    return owned_document.sections.get(path="3/1/c")


@pytest.fixture
def draft(crime_section):
    """A generated draft on section (c) of the instructor's document."""
    return make_question(crime_section, prompt="When was FATF created?", answer="1989", score=0.8)
