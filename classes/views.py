"""Class pages. Instructors' views (/teach/classes/): anonymous visitors log in, learners
get 403, an instructor asking for a class they do not teach gets 404 (staff manage every
class). Learners' views (/classes/) are for anyone signed in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from classes import services
from classes.forms import ClassForm, InstructorForm, JoinForm
from classes.models import Classroom
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
    classes = Classroom.objects.joined_by(request.user).prefetch_related("instructors")
    return render(request, "classes/mine.html", {"classes": classes})


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
