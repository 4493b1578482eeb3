"""A practice quiz for visitors without an account: nothing is stored.

The questions, their presentation and choice order travel in a signed form field, so a
visitor cannot swap in other questions, and the answer key never reaches the page before
the answers are sent back.
"""

from __future__ import annotations

import random

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from content.models import Section
from quizzes.attempts import choose_askable, grade_item, presentations_for
from quizzes.forms import TrialAnswersForm
from quizzes.models import AttemptItem, Question
from quizzes.models.attempts import MAX_ANSWER_LENGTH, Presentation

TRIAL_QUESTIONS = 5
SALT = "quizzes.trial"
# Visitors get the formats that need no reading of a statement pair: typed and choices.
TRIAL_PRESENTATIONS = (Presentation.TYPED, Presentation.MULTIPLE_CHOICE, Presentation.FILL_BLANK)


def try_section(request: HttpRequest, slug: str, path: str) -> HttpResponse:
    section = get_object_or_404(
        Section.objects.live().select_related("document"), document__slug=slug, path=path
    )
    if request.method == "POST":
        token = request.POST.get("quiz", "")
        items = _items_from(token, section)
        if items is not None:
            form = TrialAnswersForm(request.POST, count=len(items))
            if not form.is_valid():
                # Show the same quiz again with the visitor's answers and what was wrong.
                return _quiz_page(request, section, items, token, form=form)
            graded = [
                (item, grade_item(item, form.cleaned_data[f"answer-{index}"]))
                for index, item in enumerate(items)
            ]
            context = {
                "section": section,
                "graded": graded,
                "right": sum(1 for _, grade in graded if grade.correct),
            }
            return render(request, "quizzes/trial_results.html", context)
    items = _new_items(section)
    token = signing.dumps(
        [[item.question_id, item.presentation, item.choices] for item in items], salt=SALT
    )
    return _quiz_page(request, section, items, token)


def _quiz_page(
    request: HttpRequest,
    section: Section,
    items: list[AttemptItem],
    token: str,
    *,
    form: TrialAnswersForm | None = None,
) -> HttpResponse:
    rows = []
    for index, item in enumerate(items):
        name = f"answer-{index}"
        errors = form.errors.get(name, []) if form else []
        # An answer that was refused is not echoed back (it may be megabytes long).
        given = "" if errors or form is None else form.cleaned_data.get(name, "")
        rows.append({"index": index, "item": item, "given": given, "errors": errors})
    context = {
        "section": section,
        "rows": rows,
        "token": token,
        "max_answer_length": MAX_ANSWER_LENGTH,
    }
    return render(request, "quizzes/trial.html", context, status=400 if form else 200)


def _new_items(section: Section) -> list[AttemptItem]:
    rng = random.Random()
    askable = [
        (question, allowed)
        for question in Question.objects.servable().filter(section=section).order_by("pk")
        if (allowed := [p for p in presentations_for(question) if p in TRIAL_PRESENTATIONS])
    ]
    chosen = choose_askable(askable, TRIAL_QUESTIONS, rng=rng)
    return [_item(question, rng.choice(allowed), rng) for question, allowed in chosen]


def _item(question: Question, presentation: str, rng: random.Random) -> AttemptItem:
    choices = (
        rng.sample(question.choices, len(question.choices))
        if presentation == Presentation.MULTIPLE_CHOICE
        else []
    )
    return AttemptItem(question=question, presentation=presentation, choices=choices).snapshot(
        question
    )


def _items_from(token: str, section: Section) -> list[AttemptItem] | None:
    """The quiz the visitor was shown, or None if the form was tampered with or is stale."""
    try:
        entries = signing.loads(token, salt=SALT, max_age=24 * 3600)
    except signing.BadSignature:
        return None
    questions = (
        Question.objects.servable()
        .filter(section=section)
        .in_bulk([question_id for question_id, _, _ in entries])
    )
    if len(questions) != len(entries):
        return None
    return [
        _item_shown(questions[question_id], presentation, choices)
        for question_id, presentation, choices in entries
    ]


def _item_shown(question: Question, presentation: str, choices: list[str]) -> AttemptItem:
    item = AttemptItem(question=question, presentation=presentation, choices=choices)
    return item.snapshot(question)
