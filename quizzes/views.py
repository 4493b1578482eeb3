"""Taking quizzes: start a practice quiz, answer one question per page, see results."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from content.models import Document
from quizzes import attempts, charts, progress
from quizzes.forms import PracticeForm
from quizzes.models import Attempt, AttemptItem, Question

HISTORY_PAGE_SIZE = 10


def _get_attempt(request: HttpRequest, pk: int) -> Attempt:
    """The attempt if it belongs to the signed-in learner; 404 for anyone else's."""
    return get_object_or_404(Attempt, pk=pk, learner=request.user)


def _get_item(attempt: Attempt, position: int) -> AttemptItem:
    return get_object_or_404(
        attempt.items.select_related("question__section__document"), position=position
    )


@login_required
def practice(request: HttpRequest, slug: str) -> HttpResponse:
    document = get_object_or_404(Document, slug=slug)
    sections = document.sections.live().filter(questions__isnull=False).distinct()
    sections = sections.order_by("position")
    form = PracticeForm(
        request.POST or None,
        sections=sections,
        initial={"sections": request.GET.getlist("section")},
    )
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["sections"]
        try:
            attempt = attempts.start_attempt(
                learner=request.user,
                questions=Question.objects.live().filter(section__in=chosen).order_by("pk"),
                title="Practice: " + ", ".join(section.heading for section in chosen),
                presentations=form.cleaned_data["presentations"],
                count=form.cleaned_data["count"],
                immediate_feedback=form.cleaned_data["immediate_feedback"],
            )
        except attempts.NothingToAsk as error:
            form.add_error(None, str(error))
        else:
            return redirect(attempt)
    return render(request, "quizzes/practice.html", {"document": document, "form": form})


@login_required
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Resume where the learner left off: the first unanswered question, or the results."""
    attempt = _get_attempt(request, pk)
    if attempt.is_submitted:
        return redirect("quizzes:results", pk=attempt.pk)
    unanswered = attempt.items.filter(answered_at__isnull=True).order_by("position").first()
    position = unanswered.position if unanswered else attempt.question_count - 1
    return redirect("quizzes:question", pk=attempt.pk, position=position)


@login_required
def question(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    attempt = _get_attempt(request, pk)
    if attempt.is_submitted:
        return redirect("quizzes:results", pk=attempt.pk)
    item = _get_item(attempt, position)
    answered = attempt.items.filter(answered_at__isnull=False).count()
    context = {
        "attempt": attempt,
        "item": item,
        "answered": answered,
        "show_feedback": item.is_answered and attempt.immediate_feedback,
        "is_last": position == attempt.question_count - 1,
    }
    return render(request, "quizzes/question.html", context)


@login_required
@require_POST
def answer(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    attempt = _get_attempt(request, pk)
    item = _get_item(attempt, position)
    try:
        attempts.record_answer(item=item, given=request.POST.get("answer", ""))
    except attempts.AttemptClosed as error:
        messages.error(request, str(error))
        return redirect("quizzes:results", pk=attempt.pk)
    if request.htmx:
        # Saved as the learner types or picks (no feedback in this mode): just say so.
        return HttpResponse("Answer saved.")
    # With feedback, stay to read it; without, move on (the last question stays put).
    if not attempt.immediate_feedback:
        position = min(position + 1, attempt.question_count - 1)
    return redirect("quizzes:question", pk=attempt.pk, position=position)


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = attempts.submit_attempt(attempt=_get_attempt(request, pk))
    return redirect("quizzes:results", pk=attempt.pk)


@login_required
def results(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt(request, pk)
    if not attempt.is_submitted:
        messages.info(request, "Finish the quiz to see your results.")
        return redirect(attempt)
    items = attempt.items.select_related("question__block", "question__section__document")
    return render(
        request, "quizzes/results.html", {"attempt": attempt, "items": items.order_by("position")}
    )


@login_required
@require_POST
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt(request, pk)
    try:
        new = attempts.start_retry(attempt=attempt)
    except attempts.NothingToAsk:
        messages.success(request, "Nothing to retry: you got every question right.")
        return redirect("quizzes:results", pk=attempt.pk)
    return redirect(new)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    learner = request.user
    days = progress.daily_activity(learner)
    history = Attempt.objects.of(learner).order_by("-started_at", "-pk")
    context = {
        "page": Paginator(history, HISTORY_PAGE_SIZE).get_page(request.GET.get("page")),
        "mastery": progress.mastery_by_section(learner),
        "mastery_explained": progress.MASTERY_EXPLAINED,
        "days": days,
        "chart": charts.accuracy_chart(days),
        "streak": progress.streak(learner),
    }
    return render(request, "quizzes/dashboard.html", context)


@login_required
def review(request: HttpRequest) -> HttpResponse:
    """What is due for review; POST starts a review quiz of the due questions."""
    if request.method == "POST":
        try:
            attempt = attempts.start_review(learner=request.user)
        except attempts.NothingToAsk:
            messages.info(request, "Nothing is due for review right now.")
            return redirect("quizzes:review")
        return redirect(attempt)
    return render(request, "quizzes/review.html", {"next_due": progress.next_due(request.user)})
