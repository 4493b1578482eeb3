"""Class pages. Instructors' views (/teach/classes/): anonymous visitors log in, learners
get 403, an instructor asking for a class they do not teach gets 404 (staff manage every
class). Learners' views (/classes/) are for anyone signed in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from classes import services
from classes.assigned import assigned_rows
from classes.forms import AssignmentForm, ClassForm, InstructorForm, JoinForm
from classes.models import Assignment, Classroom
from content.models import Document, Section
from quizzes import attempts
from quizzes.attempts import in_reading_order
from quizzes.models import Question
from quizzes.teach_views import instructor_required


def _managed_class(request: HttpRequest, pk: int) -> Classroom:
    """The class if the user manages it (staff: any; instructors: theirs); else 404."""
    return get_object_or_404(Classroom.objects.managed_by(request.user), pk=pk)


@instructor_required
def class_list(request: HttpRequest) -> HttpResponse:
    classes = Classroom.objects.managed_by(request.user).with_learner_count()
    return render(request, "classes/list.html", {"classes": classes})


@instructor_required
def create_class(request: HttpRequest) -> HttpResponse:
    form = ClassForm(request.POST or None, action=reverse("classes:create"))
    if request.method == "POST" and form.is_valid():
        classroom = services.create_class(name=form.cleaned_data["name"], instructor=request.user)
        messages.success(
            request, f"Class created. Learners join it with the code {classroom.join_code}."
        )
        return redirect(classroom)
    return render(request, "classes/create.html", {"form": form})


def _detail(request: HttpRequest, classroom: Classroom, *, instructor_form=None) -> HttpResponse:
    memberships = (
        classroom.memberships.active().select_related("learner").order_by("learner__username")
    )
    context = {
        "classroom": classroom,
        "memberships": memberships,
        "instructors": classroom.instructors.order_by("username"),
        "instructor_form": instructor_form
        or InstructorForm(action=reverse("classes:add_instructor", args=[classroom.pk])),
        "join_url": request.build_absolute_uri(classroom.get_join_url()),
        "assignments": classroom.assignments.live().select_related("document"),
    }
    return render(request, "classes/detail.html", context)


@instructor_required
def class_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, _managed_class(request, pk))


@instructor_required
@require_POST
def regenerate_code(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = services.regenerate_code(classroom=_managed_class(request, pk))
    messages.success(
        request, f"The new code is {classroom.join_code}. The old code no longer works."
    )
    return redirect(classroom)


@instructor_required
@require_POST
def add_instructor(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _managed_class(request, pk)
    form = InstructorForm(
        request.POST, action=reverse("classes:add_instructor", args=[classroom.pk])
    )
    if not form.is_valid():
        return _detail(request, classroom, instructor_form=form)
    user = form.cleaned_data["username"]
    if services.add_instructor(classroom=classroom, user=user):
        messages.success(request, f"{user} now teaches {classroom}.")
    else:
        messages.info(request, f"{user} already teaches {classroom}.")
    return redirect(classroom)


@instructor_required
def remove_learner(request: HttpRequest, pk: int, membership_pk: int) -> HttpResponse:
    """A confirmation page; the POST from it removes the learner."""
    classroom = _managed_class(request, pk)
    membership = get_object_or_404(
        classroom.memberships.active().select_related("learner"), pk=membership_pk
    )
    if request.method == "POST":
        services.remove_learner(membership=membership, by=request.user)
        messages.success(request, f"{membership.learner} was removed from {classroom}.")
        return redirect(classroom)
    return render(
        request, "classes/remove.html", {"classroom": classroom, "membership": membership}
    )


@login_required
def my_classes(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    instructors = get_user_model().objects.order_by("username")
    classes = (
        Classroom.objects.joined_by(request.user)
        .with_assignment_summary(now)
        .prefetch_related(Prefetch("instructors", queryset=instructors))
    )
    return render(request, "classes/mine.html", {"classes": classes, "now": now})


@login_required
def join_class(request: HttpRequest) -> HttpResponse:
    """The join form; ``?code=`` fills it in (the link instructors share)."""
    action = reverse("classes:join")
    if request.method == "POST":
        form = JoinForm(request.POST, action=action)
        if form.is_valid():
            try:
                joined = services.join_class(user=request.user, code=form.cleaned_data["code"])
            except services.JoinError as error:
                form.add_error("code", str(error))
            else:
                classroom = joined.membership.classroom
                if joined.already:
                    messages.info(request, f"You are already a member of {classroom}.")
                else:
                    messages.success(request, f"You joined {classroom}.")
                return redirect("classes:mine")
    else:
        form = JoinForm(initial={"code": request.GET.get("code", "")[:30]}, action=action)
    return render(request, "classes/join.html", {"form": form})


def _assignable_sections(request: HttpRequest):
    """Live sections, with a question to serve, of the documents the user manages."""
    servable = Question.objects.servable().filter(section=OuterRef("pk"))
    return (
        Section.objects.live()
        .filter(Exists(servable), document__in=Document.objects.managed_by(request.user))
        .select_related("document")
        .order_by("document__title", "document__pk", "position")
    )


def _pickable_questions(request: HttpRequest):
    """Approved live questions of the documents the user manages, by section in reading
    order: what an assignment may hand-pick."""
    return in_reading_order(
        Question.objects.live()
        .approved()
        .filter(section__document__in=Document.objects.managed_by(request.user))
    ).order_by(
        "section__document__title",
        "section__document__pk",
        "section__position",
        "block__position",
        "source_start",
        "pk",
    )


def _assignment_form(request: HttpRequest, action: str, **kwargs) -> AssignmentForm:
    return AssignmentForm(
        request.POST or None,
        sections=_assignable_sections(request),
        questions=_pickable_questions(request).select_related("section__document"),
        action=action,
        **kwargs,
    )


@instructor_required
def create_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _managed_class(request, pk)
    form = _assignment_form(request, reverse("classes:assignment_create", args=[classroom.pk]))
    if request.method == "POST" and form.is_valid():
        assignment = services.create_assignment(
            classroom=classroom, by=request.user, **form.cleaned_data
        )
        messages.success(request, f"“{assignment}” is assigned to {classroom}.")
        return redirect(classroom)
    return render(request, "classes/assignment_create.html", {"classroom": classroom, "form": form})


@instructor_required
def edit_assignment(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    """The creation form, filled in; saving changes the attempts started afterwards."""
    classroom = _managed_class(request, pk)
    assignment = get_object_or_404(classroom.assignments.live(), pk=assignment_pk)
    form = _assignment_form(
        request,
        assignment.get_edit_url(),
        initial=AssignmentForm.initial_from(assignment),
        submit="Save changes",
    )
    if request.method == "POST" and form.is_valid():
        services.update_assignment(assignment=assignment, **form.cleaned_data)
        messages.success(
            request, f"“{assignment}” was saved; attempts started from now on use the changes."
        )
        return redirect(classroom)
    context = {
        "classroom": classroom,
        "assignment": assignment,
        "form": form,
        "started": assignment.attempts.count(),
    }
    return render(request, "classes/assignment_edit.html", context)


@instructor_required
@require_POST
def archive_assignment(request: HttpRequest, pk: int, assignment_pk: int) -> HttpResponse:
    """Delete an assignment for learners; it is archived, and its attempts are kept."""
    classroom = _managed_class(request, pk)
    assignment = get_object_or_404(classroom.assignments.live(), pk=assignment_pk)
    services.archive_assignment(assignment=assignment)
    messages.success(request, f"“{assignment}” was deleted; its attempts are kept.")
    return redirect(classroom)


@login_required
def assigned_to_me(request: HttpRequest) -> HttpResponse:
    """The learner's assignments, in progress first, then to do, overdue and submitted,
    each with its status and grade."""
    attempts.submit_expired(learner=request.user)
    now = timezone.now()
    rows = assigned_rows(request.user, now)
    return render(request, "classes/assigned.html", {"rows": rows, "now": now})


def _assigned(request: HttpRequest, pk: int) -> Assignment:
    """The assignment if it is set to the user (an active learner of its class); else 404."""
    return get_object_or_404(Assignment.objects.assigned_to(request.user), pk=pk)


@login_required
@require_POST
def start_assignment(request: HttpRequest, pk: int) -> HttpResponse:
    """Continue the open attempt, or start a new one if the window and limit allow."""
    try:
        attempt = services.start_assignment(assignment=_assigned(request, pk), learner=request.user)
    except services.CannotStart as error:
        messages.error(request, str(error))
        return redirect("classes:assigned")
    return redirect(attempt)
