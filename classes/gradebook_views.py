"""An instructor's view of a class's results: the gradebook, its CSV export, a learner's
attempts at one assignment, one attempt item by item, and mastery per section.

Same rights as the other class pages (``_managed_class``): anonymous visitors log in,
learners get 403, an instructor of another class gets 404, staff see every class.
"""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from classes import gradebook
from classes.views import _managed_class
from quizzes.models import Attempt
from quizzes.teach_views import instructor_required

GRADEBOOK_PAGE_SIZE = 50
PROGRESS_PAGE_SIZE = 50
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@instructor_required
def gradebook_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Learners by assignments, fifty learners a page; averages cover the whole class."""
    classroom = _managed_class(request, pk)
    learners = list(gradebook.active_learners(classroom))
    page = Paginator(learners, GRADEBOOK_PAGE_SIZE).get_page(request.GET.get("page"))
    # Grades for the page's learners only; the class averages cover everyone.
    book = gradebook.build_gradebook(classroom, learners=page.object_list)
    _prepare_cells(classroom, book.rows)
    context = {"classroom": classroom, "book": book, "page": page, "now": timezone.now()}
    return render(request, "classes/gradebook.html", context)


# Stands for the learner in an address reversed once per assignment.
LEARNER_PLACEHOLDER = 987654321


def _prepare_cells(classroom, rows) -> None:
    """Write the grade cells of each shown row as HTML (``row.cells_html``). Done here
    rather than in the template: a page holds a thousand cells, and the template's loop,
    tags and filters over them were most of the page's time, twice as much for a class
    whose every cell has a grade and a link as for a new class. The address is reversed
    once per assignment and the learner filled in; every text is escaped."""
    by_assignment: dict[int, tuple[str, str, str]] = {}
    for row in rows:
        username = escape(row.learner.get_username())
        cells = []
        for cell in row.cells:
            text = escape(cell.status) if cell.grade is None else f"{_grade_text(cell.grade)}%"
            if not cell.attempt_count:
                cells.append(f'<td class="text-end">{text}</td>')
                continue
            assignment = cell.assignment
            if assignment.pk not in by_assignment:
                url = reverse(
                    "classes:learner_attempts",
                    args=[classroom.pk, assignment.pk, LEARNER_PLACEHOLDER],
                )
                before, after = url.rsplit(str(LEARNER_PLACEHOLDER), 1)
                by_assignment[assignment.pk] = (
                    escape(before),
                    escape(after),
                    escape(assignment.title),
                )
            before, after, title = by_assignment[assignment.pk]
            cells.append(
                f'<td class="text-end"><a href="{before}{cell.learner_id}{after}">{text}'
                f'<span class="visually-hidden">: {username}, {title}</span></a></td>'
            )
        row.cells_html = mark_safe("".join(cells))


def spreadsheet_safe(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows rather than evaluates."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _grade_text(grade: float | None) -> str:
    """One decimal, rounded half up as the page's ``floatformat`` rounds (56.25 -> 56.3)."""
    if grade is None:
        return ""
    return str(Decimal(repr(grade)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@instructor_required
def gradebook_csv(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _managed_class(request, pk)
    book = gradebook.build_gradebook(classroom)
    filename = f"{slugify(classroom.name) or f'class-{classroom.pk}'}-gradebook.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    titles = [column.assignment.title for column in book.columns]
    writer.writerow([spreadsheet_safe(text) for text in ["Username", *titles, "Average"]])
    for row in book.rows:
        grades = [_grade_text(cell.grade) for cell in row.cells]
        writer.writerow(
            [spreadsheet_safe(row.learner.get_username()), *grades, _grade_text(row.average)]
        )
    return response


@instructor_required
def learner_attempts(
    request: HttpRequest, pk: int, assignment_pk: int, user_pk: int
) -> HttpResponse:
    """A learner's attempts at one assignment, oldest first, the one graded marked.
    Removed learners' attempts stay reachable: they were kept for this."""
    classroom = _managed_class(request, pk)
    assignment = get_object_or_404(classroom.assignments, pk=assignment_pk)
    learner = get_object_or_404(
        get_user_model().objects.filter(class_memberships__classroom=classroom), pk=user_pk
    )
    attempts = list(assignment.attempts.filter(learner=learner).order_by("started_at", "pk"))
    context = {
        "classroom": classroom,
        "assignment": assignment,
        "learner": learner,
        "attempts": attempts,
        "grade": assignment.final_grade(attempts),
        "counting": gradebook.counting_attempt(assignment, attempts),
        "now": timezone.now(),
    }
    return render(request, "classes/learner_attempts.html", context)


@instructor_required
def attempt_detail(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    """One attempt at one of the class's assignments, item by item; 404 for any other
    attempt (practice, or another class's)."""
    classroom = _managed_class(request, pk)
    attempt = get_object_or_404(
        Attempt.objects.filter(assignment__classroom=classroom).select_related(
            "learner", "assignment"
        ),
        pk=attempt_pk,
    )
    items = attempt.items.select_related("question__section__document").order_by("position")
    context = {"classroom": classroom, "attempt": attempt, "items": items}
    return render(request, "classes/attempt_detail.html", context)


@instructor_required
def class_progress(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _managed_class(request, pk)
    report = gradebook.class_progress(classroom)
    page = Paginator(report.learners, PROGRESS_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"classroom": classroom, "report": report, "page": page}
    return render(request, "classes/progress.html", context)
