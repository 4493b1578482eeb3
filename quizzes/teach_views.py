"""The instructors' workspace at /teach/: their documents, each document's review queue,
and writing, editing and previewing its questions.

Anonymous visitors are sent to log in, learners get 403, and an instructor asking for a
document they did not upload gets 404 (staff manage every document).
"""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from content.models import Document, Section
from quizzes import teach
from quizzes.models import Question
from quizzes.teach_forms import (
    BulkActionForm,
    EditQuestionForm,
    ReviewFilterForm,
    ServingForm,
    WriteQuestionForm,
)
from quizzes.views import htmx_login_required

DOCUMENTS_PAGE_SIZE = 20
QUEUE_PAGE_SIZE = 25
STATUS_ACTIONS = {"approve": Question.Status.APPROVED, "retire": Question.Status.RETIRED}
DONE = {Question.Status.APPROVED: "approved", Question.Status.RETIRED: "retired"}


def instructor_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-out visitors log in first; signed-in users who are neither instructors nor
    staff are refused (403)."""

    @htmx_login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.can_manage_content:
            raise PermissionDenied("The workspace is for instructors and staff.")
        return view(request, *args, **kwargs)

    return wrapper


def _managed_document(request: HttpRequest, slug: str) -> Document:
    """The document if the user manages it (staff: any; instructors: theirs); else 404."""
    documents = Document.objects.managed_by(request.user).select_related("generation_job")
    return get_object_or_404(documents, slug=slug)


def _managed_questions(document: Document):
    """The document's questions on its live sections, with what their rows show."""
    return Question.objects.filter(
        section__document=document, section__archived_at__isnull=True
    ).select_related("section", "block", "edited_by")


def _queue_url(document: Document, request: HttpRequest) -> str:
    """Back to the queue where the instructor was (``next``, if it is a page of this site)."""
    back = request.POST.get("next") or request.GET.get("next", "")
    queue = reverse("teach:queue", args=[document.slug])
    if back.startswith(queue) and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
        return back
    return queue


@instructor_required
def workspace(request: HttpRequest) -> HttpResponse:
    documents = (
        Document.objects.managed_by(request.user).with_status_counts().order_by("title", "pk")
    )
    page = Paginator(documents, DOCUMENTS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "teach/workspace.html", {"page": page})


@instructor_required
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    document = _managed_document(request, slug)
    sections = document.sections.live().order_by("position")
    filters = ReviewFilterForm(request.GET or None, sections=sections)
    questions = filters.apply(_managed_questions(document)).in_review_order()
    page = Paginator(questions, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    job = getattr(document, "generation_job", None)
    context = {
        "document": document,
        # While questions are generated, the list refreshes itself until they are in.
        "generation_running": job is not None and job.in_progress and not job.stalled,
        "filters": filters,
        "page": page,
        "serving_form": ServingForm(instance=document),
        "bulk_form": BulkActionForm(),
        "next": request.get_full_path(),
    }
    return render(request, "teach/queue.html", context)


def _row(
    request: HttpRequest, document: Document, question: Question, *, said: str = ""
) -> HttpResponse:
    """One question's row; ``said`` goes to the queue's live region (an out-of-band swap)."""
    context = {
        "document": document,
        "question": question,
        "said": said,
        "next": _queue_url(document, request),
    }
    return render(request, "teach/_question.html", context)


@instructor_required
def question_row(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One question's row of the queue (htmx: after "Cancel" on its edit form)."""
    document = _managed_document(request, slug)
    question = get_object_or_404(_managed_questions(document), pk=pk)
    if not request.htmx:
        return redirect(_queue_url(document, request))
    return _row(request, document, question)


@instructor_required
@require_POST
def set_status(request: HttpRequest, slug: str, pk: int, action: str) -> HttpResponse:
    document = _managed_document(request, slug)
    question = get_object_or_404(_managed_questions(document), pk=pk)
    status = STATUS_ACTIONS[action]
    Question.objects.filter(pk=question.pk).set_status(status=status, user=request.user)
    said = f"Question {DONE[status]}: {question}"
    if request.htmx:
        question = _managed_questions(document).get(pk=pk)
        return _row(request, document, question, said=said)
    messages.success(request, said)
    return redirect(_queue_url(document, request))


@instructor_required
def edit_question(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    document = _managed_document(request, slug)
    question = get_object_or_404(_managed_questions(document), pk=pk)
    form = EditQuestionForm(request.POST or None, question=question)
    if request.method == "POST" and form.is_valid():
        teach.edit_question(question=question, text=form.text(), user=request.user)
        said = f"Question saved: {form.cleaned_data['prompt'][:80]}"
        if request.htmx:
            question = _managed_questions(document).get(pk=pk)
            return _row(request, document, question, said=said)
        messages.success(request, said)
        return redirect(_queue_url(document, request))
    context = {
        "document": document,
        "question": question,
        "form": form,
        "next": _queue_url(document, request),
    }
    template = "teach/_edit_question.html" if request.htmx else "teach/edit_question.html"
    # htmx swaps only successful responses by default; the form with its errors must show.
    status = 400 if form.errors and not request.htmx else 200
    return render(request, template, context, status=status)


@instructor_required
@require_POST
def bulk_action(request: HttpRequest, slug: str) -> HttpResponse:
    """Approve or retire many questions; the first POST shows how many, the second acts."""
    document = _managed_document(request, slug)
    form = BulkActionForm(request.POST)
    back = _queue_url(document, request)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(back)
    status = form.status
    targets = form.questions(_managed_questions(document)).exclude(status=status)
    if not form.cleaned_data["confirmed"]:
        context = {
            "document": document,
            "form": form,
            "count": targets.count(),
            "verb": form.cleaned_data["action"],
            "next": back,
        }
        return render(request, "teach/confirm_bulk.html", context)
    changed = Question.objects.filter(pk__in=targets.values("pk")).set_status(
        status=status, user=request.user
    )
    messages.success(request, f"{changed} question{'s' if changed != 1 else ''} {DONE[status]}.")
    return redirect(back)


@instructor_required
@require_POST
def serving(request: HttpRequest, slug: str) -> HttpResponse:
    document = _managed_document(request, slug)
    form = ServingForm(request.POST, instance=document)
    if form.is_valid():
        form.save()
        messages.success(request, f"Learners are now served: {document.get_serving_display()}.")
    else:
        messages.error(request, "Choose one of the settings offered.")
    return redirect(_queue_url(document, request))


@instructor_required
def write_question(request: HttpRequest, slug: str) -> HttpResponse:
    document = _managed_document(request, slug)
    sections = document.sections.live().order_by("position")
    form = WriteQuestionForm(
        request.POST or None, sections=sections, initial={"section": request.GET.get("section")}
    )
    if request.method == "POST" and form.is_valid():
        question = teach.write_question(
            section=form.cleaned_data["section"],
            format=form.cleaned_data["format"],
            kind=form.question_kind(),
            text=form.text(),
            user=request.user,
        )
        messages.success(request, f"Question written and approved: {question}")
        return redirect(_queue_url(document, request))
    context = {"document": document, "form": form}
    return render(request, "teach/write_question.html", context, status=400 if form.errors else 200)


@instructor_required
def preview(request: HttpRequest, slug: str, path: str) -> HttpResponse:
    """A quiz of the section as a learner would get it now; nothing is stored."""
    document = _managed_document(request, slug)
    section = get_object_or_404(Section.objects.live(), document=document, path=path)
    context = {"document": document, "section": section, "items": teach.preview_items(section)}
    return render(request, "teach/preview.html", context)
