"""An assignment's page for its instructors (settings, each learner's progress, item
statistics) and the page that gives one learner more time. Permissions as for the class:
anonymous visitors log in, learners get 403, other instructors and assignments not of this
class (or deleted) 404."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from classes import services
from classes.assignment_stats import (
    MIN_ATTEMPTS_TO_JUDGE,
    TOO_EASY,
    TOO_HARD,
    WEAK_DISCRIMINATION,
    assignment_statistics,
    graded_attempts,
)
from classes.extension_forms import ExtensionForm
from classes.models import Assignment
from classes.views import _managed_class
from content.models import Document
from quizzes.models import AttemptItem
from quizzes.teach_views import instructor_required

LEARNERS_PAGE_SIZE = 50


def _managed_assignment(request: HttpRequest, pk: int, assignment_pk: int) -> Assignment:
    """The live assignment of a class the user manages; else 404."""
    classroom = _managed_class(request, pk)
    return get_object_or_404(
        classroom.assignments.live().select_related("classroom", "document"), pk=assignment_pk
    )


@instructor_required
def assignment_detail(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    assignment = _managed_assignment(request, pk, assignment_pk)
    memberships = (
        assignment.classroom.memberships.active()
        .select_related("learner")
        .order_by("learner__username")
    )
    items = AttemptItem.objects.select_related("question__section").order_by("position")
    attempts = (
        assignment.attempts.filter(learner__in=memberships.values("learner"))
        .order_by("started_at", "pk")
        .prefetch_related(Prefetch("items", queryset=items))
    )
    attempts_of = defaultdict(list)
    for attempt in attempts:
        attempts_of[attempt.learner_id].append(attempt)
    extensions = {extension.learner_id: extension for extension in assignment.extensions.all()}

    now = timezone.now()
    rows = []
    for membership in memberships:
        mine, extension = attempts_of[membership.learner_id], extensions.get(membership.learner_id)
        rows.append(
            {
                "learner": membership.learner,
                "status": assignment.status_for(mine, now, extension),
                "attempts_used": len(mine),
                "grade": assignment.final_grade(mine),
                "extension": extension,
                "due": assignment.due_with(extension),
                "time_limit": assignment.time_limit_with(extension),
            }
        )
    counted = graded_attempts(assignment.grading_method, attempts_of.values())
    stats = assignment_statistics(counted)
    can_edit = Document.objects.managed_by(request.user).filter(pk=assignment.document_id).exists()
    questions = [
        {"figures": figures, "edit_url": _edit_url(assignment, figures.question, can_edit)}
        for figures in stats.questions
    ]
    context = {
        "classroom": assignment.classroom,
        "assignment": assignment,
        "page": Paginator(rows, LEARNERS_PAGE_SIZE).get_page(request.GET.get("page")),
        "learner_count": len(rows),
        "stats": stats,
        "questions": questions,
        "min_attempts": MIN_ATTEMPTS_TO_JUDGE,
        "weak_discrimination": WEAK_DISCRIMINATION,
        "too_easy": round(100 * TOO_EASY),
        "too_hard": round(100 * TOO_HARD),
    }
    return render(request, "classes/assignment.html", context)


def _edit_url(assignment: Assignment, question, can_edit: bool) -> str | None:
    """The question's edit page in the workspace, if the user manages its document and
    its section is still there (the workspace edits only those)."""
    if not can_edit or question.section.archived_at is not None:
        return None
    return reverse("teach:edit", args=[assignment.document.slug, question.pk])


@instructor_required
def extend(request: HttpRequest, pk: int, assignment_pk: int, user_pk: int) -> HttpResponse:
    """Give one learner a later due time or a longer time limit (or change theirs)."""
    assignment = _managed_assignment(request, pk, assignment_pk)
    membership = get_object_or_404(
        assignment.classroom.memberships.active().select_related("learner"), learner_id=user_pk
    )
    learner = membership.learner
    extension = assignment.extension_for(learner)
    initial = {}
    if extension is not None:
        initial = {"due_at": extension.due_at, "time_limit_minutes": extension.time_limit_minutes}
    form = ExtensionForm(
        # Bound on every POST, even one with no fields, so it says what is missing.
        request.POST if request.method == "POST" else None,
        initial=initial,
        assignment=assignment,
        action=reverse("classes:extend", args=[pk, assignment_pk, user_pk]),
    )
    if request.method == "POST" and form.is_valid():
        services.grant_extension(
            assignment=assignment, learner=learner, by=request.user, **form.cleaned_data
        )
        messages.success(request, f"{learner} has more time at “{assignment}”.")
        return redirect("classes:assignment", pk, assignment_pk)
    context = {
        "classroom": assignment.classroom,
        "assignment": assignment,
        "learner": learner,
        "extension": extension,
        "form": form,
    }
    return render(request, "classes/extend.html", context)
