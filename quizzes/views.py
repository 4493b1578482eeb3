"""Taking quizzes: start a practice quiz, answer one question per page, see results."""

import datetime as dt
import json
import math
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from classes.assigned import assigned_rows, status_counts
from content.models import Document
from quizzes import attempts, charts, feedback, progress
from quizzes.forms import AnswerForm, PracticeForm
from quizzes.generation.question import BLANK
from quizzes.models import Attempt, AttemptItem, Question
from quizzes.models.attempts import MAX_ANSWER_LENGTH, Presentation
from quizzes.review import format_interval
from quizzes.review import next_intervals as review_intervals

HISTORY_PAGE_SIZE = 10
# Multiple-choice options are lettered; keys 1-4 and A-D pick them (static/js/player.js).
CHOICE_LETTERS = "ABCDEFGH"


def htmx_login_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """``login_required`` that answers a signed-out htmx request with one short line.

    A redirect to the login page would be followed by htmx and the whole login page
    swapped into the small element the request targets.
    """
    protected = login_required(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.htmx and not request.user.is_authenticated:
            back = request.htmx.current_url_abs_path or request.get_full_path()
            return HttpResponse(
                format_html(
                    'You are signed out, so this was not saved. <a href="{}">Log in</a> again.',
                    redirect_to_login(back).url,
                )
            )
        return protected(request, *args, **kwargs)

    return wrapper


def _get_attempt(request: HttpRequest, pk: int) -> Attempt:
    """The attempt if it belongs to the signed-in learner; 404 for anyone else's.

    An attempt whose deadline has passed is submitted first, as it stands."""
    return attempts.submit_if_expired(get_object_or_404(Attempt, pk=pk, learner=request.user))


def _get_item(
    request: HttpRequest, pk: int, position: int, *, with_question: bool = False
) -> AttemptItem:
    """The item at ``position`` of the signed-in learner's attempt ``pk``, with its
    attempt (and its question, which grading reads) in one query; 404 for anyone else's
    attempt or a position it does not have. An attempt whose deadline has passed is
    submitted first, as it stands.

    The question page shows the item as it was served, so it leaves out the question's
    two dozen columns (an item stored before snapshots were kept reads it when shown)."""
    related = ("attempt", "question") if with_question else ("attempt",)
    item = get_object_or_404(
        AttemptItem.objects.select_related(*related),
        attempt__pk=pk,
        attempt__learner=request.user,
        position=position,
    )
    item.attempt = attempts.submit_if_expired(item.attempt)
    return item


def _question_with_source(item: AttemptItem) -> Question:
    """The item's question with its section, document and source passage, which only the
    feedback shows (joined into the item's query, four more tables would cost PostgreSQL
    a millisecond of planning on every page)."""
    return Question.objects.select_related("section__document", "block").get(pk=item.question_id)


@login_required
def practice(request: HttpRequest, slug: str) -> HttpResponse:
    document = get_object_or_404(Document, slug=slug)
    # Only sections with a question still served: retired ones and, when the document
    # serves approved questions only, drafts do not count.
    askable = Question.objects.servable().filter(section=OuterRef("pk"))
    sections = document.sections.live().filter(Exists(askable)).order_by("position")
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
                questions=Question.objects.servable().filter(section__in=chosen).order_by("pk"),
                title=attempts.practice_title([section.heading for section in chosen]),
                presentations=form.cleaned_data["presentations"],
                count=form.cleaned_data["count"],
                immediate_feedback=form.cleaned_data["immediate_feedback"],
            )
        except attempts.NothingToAsk as error:
            form.add_error(None, str(error))
        else:
            if attempt.question_count < form.cleaned_data["count"]:
                messages.info(request, _fewer_questions(attempt.question_count))
            return redirect(attempt)
    return render(request, "quizzes/practice.html", {"document": document, "form": form})


def _fewer_questions(available: int) -> str:
    if available == 1:
        return "Only 1 question was available in the sections and formats you chose."
    return (
        f"Only {available} questions were available in the sections and formats you chose, "
        f"so this quiz has {available}."
    )


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
    item = _get_item(request, pk, position)
    if item.attempt.is_submitted:
        return redirect("quizzes:results", pk=item.attempt.pk)
    return _question_page(request, item.attempt, item)


def _question_page(
    request: HttpRequest, attempt: Attempt, item: AttemptItem, *, error: str = ""
) -> HttpResponse:
    answered = attempt.answered_count()
    seconds_left = attempt.seconds_left(timezone.now())
    show_feedback = item.is_answered and attempt.immediate_feedback
    is_last = item.position == attempt.question_count - 1
    context = {
        "attempt": attempt,
        "item": item,
        "answered": answered,
        "show_feedback": show_feedback,
        "is_last": is_last,
        "next_url": ""
        if is_last
        else reverse("quizzes:question", args=[attempt.pk, item.position + 1]),
        "choices": list(zip(CHOICE_LETTERS, item.choices, strict=False)),
        "blank": _blank_parts(item),
        "answer_error": error,
        "max_answer_length": MAX_ANSWER_LENGTH,
        "minutes_left": _minutes_left(seconds_left),
        # The page counts down from it (static/js/countdown.js), by its own clock.
        "seconds_left": seconds_left,
    }
    if show_feedback:
        item.question = _question_with_source(item)
        context["explanation"] = feedback.explanation(item)
        context["marked_source"] = feedback.marked_source(item)
    return render(request, "quizzes/question.html", context, status=400 if error else 200)


def _blank_parts(item: AttemptItem) -> tuple[str, str] | None:
    """The sentence of a fill-in-the-blank item either side of its blank, where the page
    puts the input; None for other items (or a prompt that lost its blank)."""
    if item.presentation != Presentation.FILL_BLANK or BLANK not in item.shown_prompt:
        return None
    before, after = item.shown_prompt.split(BLANK, 1)
    return before, after


def _minutes_left(seconds: int | None) -> int | None:
    """Whole minutes (rounded up) of ``seconds`` left; None without a deadline."""
    return None if seconds is None else math.ceil(seconds / 60)


@htmx_login_required
@require_POST
def answer(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    item = _get_item(request, pk, position, with_question=True)
    attempt = item.attempt
    if attempt.is_submitted:
        return _attempt_closed(request, attempt)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _answer_refused(request, attempt, item, form.errors["answer"][0])
    try:
        attempts.record_answer(item=item, given=form.cleaned_data["answer"])
    except attempts.AttemptClosed:
        return _attempt_closed(request, attempt)
    except attempts.AnswerTooLong as error:
        return _answer_refused(request, attempt, item, str(error))
    if request.htmx:
        # Saved as the learner types or picks (no feedback in this mode): just say so,
        # and let the page's progress bar count it (static/js/player.js).
        response = HttpResponse("Answer saved.")
        progress = {"answered": attempt.answered_count(), "total": attempt.question_count}
        response["HX-Trigger"] = json.dumps({"quizProgress": progress})
        return response
    # With feedback, stay to read it; without, move on (the last question stays put).
    if not attempt.immediate_feedback:
        position = min(position + 1, attempt.question_count - 1)
    return redirect("quizzes:question", pk=attempt.pk, position=position)


def _attempt_closed(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    """The quiz was submitted (perhaps in another tab), or its time is up: its answers
    no longer change."""
    attempt.refresh_from_db(fields=["deadline", "submitted_at"])
    if attempt.is_expired(timezone.now()):
        message, why = attempts.DEADLINE_PASSED, "Time is up"
        attempts.submit_if_expired(attempt)
    else:
        message, why = attempts.ATTEMPT_CLOSED, "This quiz has been submitted"
    if request.htmx:
        # One line for the status element, not the results page a redirect would paste in.
        return HttpResponse(
            format_html(
                '{}, so this answer was not saved. <a href="{}">See your results</a>.',
                why,
                reverse("quizzes:results", kwargs={"pk": attempt.pk}),
            )
        )
    messages.error(request, message)
    return redirect("quizzes:results", pk=attempt.pk)


def _answer_refused(
    request: HttpRequest, attempt: Attempt, item: AttemptItem, error: str
) -> HttpResponse:
    """Say why the answer was not saved; the saved answer, if any, stays as it was."""
    if request.htmx:
        return HttpResponse(format_html("Not saved: {}", error))
    return _question_page(request, attempt, item, error=error)


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
    if not attempt.feedback_visible(timezone.now()):
        context = {"attempt": attempt, "shown_after": attempt.assignment.last_due()}
        return render(request, "quizzes/results_withheld.html", context)
    items = attempt.items.select_related("question__block", "question__section__document")
    return render(
        request, "quizzes/results.html", {"attempt": attempt, "items": items.order_by("position")}
    )


@login_required
@require_POST
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt(request, pk)
    if not attempt.feedback_visible(timezone.now()):
        # Retrying "the ones I missed" would tell which those are.
        return redirect("quizzes:results", pk=attempt.pk)
    try:
        new = attempts.start_retry(attempt=attempt)
    except attempts.NothingToAsk:
        if attempt.correct_count == attempt.question_count:
            messages.success(request, "Nothing to retry: you got every question right.")
        else:
            messages.info(
                request,
                "Nothing to retry: the questions you missed are no longer asked "
                "(they were withdrawn or their text has changed).",
            )
        return redirect("quizzes:results", pk=attempt.pk)
    return redirect(new)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    learner = request.user
    attempts.submit_expired(learner=learner)
    # The answers of attempts still open, read once: the summaries hold submitted ones.
    answers = progress.open_answers(learner)
    totals = progress.day_totals(learner, answers=answers)
    days = progress.daily_activity(learner, totals=totals)
    forecast = progress.review_forecast(learner)
    withheld = Attempt.objects.marks_withheld(timezone.now()).filter(pk=OuterRef("pk"))
    history = (
        Attempt.objects.of(learner)
        .annotate(marks_withheld=Exists(withheld))
        .order_by("-started_at", "-pk")
    )
    context = {
        "page": Paginator(history, HISTORY_PAGE_SIZE).get_page(request.GET.get("page")),
        "mastery": progress.mastery_by_section(learner, answers=answers),
        "mastery_explained": progress.MASTERY_EXPLAINED,
        "days": days,
        "chart": charts.accuracy_figure(days),
        "calendar": progress.study_calendar(learner, totals=totals),
        "calendar_levels": progress.CALENDAR_LEVELS,
        "forecast": forecast,
        "forecast_chart": charts.forecast_chart(forecast),
        "streak": progress.streak(learner, totals=totals),
        "totals": progress.quiz_totals(learner),
        # Statuses as "Assigned to me" shows them (expired attempts count as not running).
        "assignment_counts": status_counts(assigned_rows(learner, timezone.now())),
    }
    return render(request, "quizzes/dashboard.html", context)


@login_required
def review(request: HttpRequest) -> HttpResponse:
    """What is due for review; POST starts a review quiz of the due questions."""
    attempts.submit_expired(learner=request.user)
    if request.method == "POST":
        try:
            attempt = attempts.start_review(learner=request.user)
        except attempts.NothingToAsk:
            messages.info(request, "Nothing is due for review right now.")
            return redirect("quizzes:review")
        return redirect(attempt)
    now = timezone.now()
    due = progress.due_cards(request.user, now=now, limit=attempts.REVIEW_LIMIT)
    next_due = None if due else progress.next_due(request.user)
    context = {
        # What each possible answer would do, as Anki shows on its buttons.
        "due_cards": [(card, review_intervals(card, when=now)) for card in due],
        "review_limit": attempts.REVIEW_LIMIT,
        "next_due": next_due,
        "next_due_in": _wait_in_words(next_due - now) if next_due else "",
    }
    return render(request, "quizzes/review.html", context)


def _wait_in_words(wait: dt.timedelta) -> str:
    label = format_interval(max(wait, dt.timedelta()))
    return "under a minute" if label.startswith("<") else label
