from datetime import timedelta

import pytest
from django.utils import timezone

from classes import services
from classes.models import GradingMethod
from tests.conftest import add_questions


@pytest.fixture
def classroom(instructor):
    """Ines's class, with no learners yet."""
    return services.create_class(name="History 10B", instructor=instructor)


@pytest.fixture
def membership(classroom, learner):
    """Leo, a learner of Ines's class."""
    return services.join_class(user=learner, code=classroom.join_code).membership


def add_learners(classroom, django_user_model, count: int) -> None:
    for number in range(count):
        user = django_user_model.objects.create_user(username=f"learner-{number}")
        services.join_class(user=user, code=classroom.join_code)


@pytest.fixture
def assigned_document(make_document, instructor):
    """Ines's document of two sections, three questions each (drafts, served by default)."""
    return make_document(slug="assigned", sections_per_part=2, uploaded_by=instructor)


def leaf_sections(document):
    """The sections that hold paragraphs, in reading order."""
    return [
        section
        for section in document.sections.live().order_by("position")
        if section.blocks.live().exists()
    ]


def make_assignment(classroom, document, **fields):
    """An assignment open now for a day, drawing two questions from each leaf section."""
    now = timezone.now()
    values = {
        "title": "Chapter quiz",
        "sections": leaf_sections(document),
        "per_section": 2,
        "opens_at": now - timedelta(hours=1),
        "due_at": now + timedelta(days=1),
        "time_limit_minutes": None,
        "max_attempts": 2,
        "grading_method": GradingMethod.HIGHEST,
    }
    values.update(fields)
    return services.create_assignment(classroom=classroom, by=None, **values)


@pytest.fixture
def assignment(classroom, assigned_document, membership):
    """Chapter quiz, set to Ines's class (Leo is a member), open now, two attempts."""
    for section in leaf_sections(assigned_document):
        add_questions(section, 3)
    return make_assignment(classroom, assigned_document)
