import pytest

from classes import services


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
