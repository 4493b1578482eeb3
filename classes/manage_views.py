"""Instructors' class management: renaming a class, deleting (archiving) it and removing a
co-instructor. Same rights as the other /teach/classes/ views: anonymous visitors log in,
learners get 403, an instructor of another class gets 404 (see ``_managed_class``)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from classes import services
from classes.forms import RenameClassForm
from classes.views import _managed_class
from quizzes.teach_views import instructor_required


@instructor_required
def edit_class(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _managed_class(request, pk)
    form = RenameClassForm(
        request.POST or None,
        initial={"name": classroom.name},
        action=reverse("classes:edit", args=[classroom.pk]),
    )
    if request.method == "POST" and form.is_valid():
        services.rename_class(classroom=classroom, name=form.cleaned_data["name"])
        messages.success(request, f"The class is now called {classroom}.")
        return redirect(classroom)
    return render(request, "classes/edit.html", {"classroom": classroom, "form": form})


@instructor_required
def archive_class(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page; the POST from it deletes (archives) the class."""
    classroom = _managed_class(request, pk)
    if request.method == "POST":
        services.archive_class(classroom=classroom)
        messages.success(request, f"{classroom} was deleted; its learners' attempts are kept.")
        return redirect("classes:list")
    return render(request, "classes/archive.html", {"classroom": classroom})


@instructor_required
def remove_instructor(request: HttpRequest, pk: int, user_pk: int) -> HttpResponse:
    """A confirmation page; the POST from it stops the instructor teaching the class.

    The last instructor cannot be removed; an instructor who removes themself loses the
    class, so they are sent to their list of classes."""
    classroom = _managed_class(request, pk)
    user = get_object_or_404(classroom.instructors.all(), pk=user_pk)
    is_self = user.pk == request.user.pk
    is_last = not classroom.instructors.exclude(pk=user.pk).exists()
    if request.method == "POST":
        try:
            services.remove_instructor(classroom=classroom, user=user)
        except services.CannotRemoveInstructor as error:
            messages.error(request, str(error))
            return redirect(classroom)
        if is_self:
            messages.success(request, f"You no longer teach {classroom}.")
            return redirect("classes:list")
        messages.success(request, f"{user} no longer teaches {classroom}.")
        return redirect(classroom)
    context = {"classroom": classroom, "instructor": user, "is_self": is_self, "is_last": is_last}
    return render(request, "classes/remove_instructor.html", context)
