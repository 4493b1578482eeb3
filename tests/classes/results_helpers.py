"""Helpers for the gradebook, drill-down and progress tests: attempts taken through the
real services, and classes of any size (attempt rows bulk-made) for query counts."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from classes import services
from classes.models import AssignmentGrade
from quizzes import attempts
from quizzes.models import Attempt
from quizzes.models.attempts import Presentation
from tests.classes.conftest import make_assignment


def right_answer(item) -> str:
    if item.presentation == Presentation.TRUE_FALSE:
        return "true" if item.statement_is_true else "false"
    return item.shown_answer


def wrong_answer(item) -> str:
    if item.presentation == Presentation.TRUE_FALSE:
        return "false" if item.statement_is_true else "true"
    return "certainly not this"


def take(assignment, learner, *, right: int, submit: bool = True) -> Attempt:
    """Start an attempt at ``assignment`` and answer its first ``right`` items rightly and
    the rest wrongly, then submit it (unless ``submit`` is false)."""
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    for item in attempt.items.order_by("position"):
        given = right_answer(item) if item.position < right else wrong_answer(item)
        attempts.record_answer(item=item, given=given)
    if submit:
        attempt = attempts.submit_attempt(attempt=attempt)
    return attempt


def answer_by_section(assignment, learner, *, right_in) -> None:
    """Take the assignment answering rightly exactly the items from section ``right_in``."""
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    for item in attempt.items.select_related("question"):
        right = item.question.section_id == right_in.pk
        attempts.record_answer(item=item, given=right_answer(item) if right else wrong_answer(item))
    attempts.submit_attempt(attempt=attempt)


def populate(classroom, document, learners, *, assignments: int) -> None:
    """Join ``learners`` to the class, set it ``assignments`` quizzes, and give every
    learner a submitted attempt and an open one at each."""
    for learner in learners:
        services.join_class(user=learner, code=classroom.join_code)
    made = [
        make_assignment(classroom, document, title=f"Quiz {number}")
        for number in range(assignments)
    ]
    now = timezone.now()
    rows = []
    for index, learner in enumerate(learners):
        for assignment in made:
            common = {
                "learner": learner,
                "assignment": assignment,
                "kind": Attempt.Kind.ASSIGNMENT,
                "title": assignment.title,
                "deadline": assignment.due_at,
                "question_count": 4,
            }
            rows.append(Attempt(submitted_at=now, correct_count=index % 5, **common))
            rows.append(Attempt(**common))
    Attempt.objects.bulk_create(rows)
    # Grades as submitting would have kept them.
    AssignmentGrade.objects.rebuild(Attempt.objects.filter(assignment__in=made))


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
