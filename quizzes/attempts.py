"""Starting, answering and submitting attempts: each flow is one transaction.

The questions of an attempt, the way each is presented and the order of its choices are
fixed when the attempt starts, so nothing the browser sends can change them.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Collection, Iterable

from django.db import transaction
from django.utils import timezone

from classes.models import AssignmentGrade, FeedbackTiming
from content.importers.limits import shorten
from quizzes.generation.assembly import Candidate, Span, choose
from quizzes.generation.question import BLANK, Format, Kind
from quizzes.grading import Grade, grade_answer
from quizzes.models import AnswerSlot, Attempt, AttemptItem, LatestAnswer, Question, ReviewCard
from quizzes.models.attempts import MAX_ANSWER_LENGTH, TITLE_MAX_LENGTH, Presentation
from quizzes.review import SCHEDULED_FIELDS, schedule

TRUE_WORDS = {"true", "t", "yes"}
FALSE_WORDS = {"false", "f", "no"}
# How many section headings a practice title names before summing up the rest.
TITLE_HEADINGS = 2
RETRY_PREFIX = "Retry: "
# The grader's whole message for a plain right answer: every page already says "right".
BARE_VERDICT = "Correct."


ATTEMPT_CLOSED = "This quiz has been submitted; its answers can no longer change."


class AttemptClosed(Exception):
    """The attempt was submitted: its answers can no longer change."""

    def __init__(self) -> None:
        super().__init__(ATTEMPT_CLOSED)


DEADLINE_PASSED = "Time is up: this answer came after the deadline and was not saved."


class DeadlinePassed(AttemptClosed):
    """The attempt's deadline has passed: it takes no more answers and is to be submitted."""

    def __init__(self) -> None:
        Exception.__init__(self, DEADLINE_PASSED)


def submit_if_expired(attempt: Attempt) -> Attempt:
    """Submit the attempt as it stands if its deadline has passed (on the next request
    after time ran out: nothing runs at the deadline itself)."""
    if not attempt.is_submitted and attempt.is_expired(timezone.now()):
        return submit_attempt(attempt=attempt)
    return attempt


def submit_expired(*, learner) -> None:
    """Submit every attempt of ``learner`` whose deadline has passed, and put into their
    review cards the answers of attempts whose marks have been released since."""
    for attempt in Attempt.objects.of(learner).expired(timezone.now()):
        submit_attempt(attempt=attempt)
    schedule_released_reviews(learner=learner)


def schedule_released_reviews(*, learner) -> int:
    """Schedule the reviews of ``learner``'s submitted attempts whose marks were held back
    and are shown now (the assignment's due date has passed, or its instructor has since
    chosen to show marks at submission); how many attempts that was.

    Held back, a wrong answer would come up for review early, and the review would show
    its key: that tells the learner their mark before the due date."""
    now = timezone.now()
    released = list(
        Attempt.objects.of(learner)
        .submitted()
        # Read from the partial index of such attempts: a few rows whatever the history.
        .filter(reviews_scheduled_at__isnull=True)
        .exclude(pk__in=Attempt.objects.marks_withheld(now).values("pk"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return sum(_schedule_attempt_reviews(pk, now) for pk in released)


@transaction.atomic
def _schedule_attempt_reviews(pk: int, now) -> bool:
    """Schedule one released attempt's reviews, once: two requests at the same moment
    take turns on the attempt's row, and the second finds it done."""
    attempt = Attempt.objects.select_for_update().get(pk=pk)
    if attempt.reviews_scheduled_at is not None:
        return False
    items = list(attempt.items.filter(answered_at__isnull=False))
    attempt.reviews_scheduled_at = now
    attempt.save(update_fields=["reviews_scheduled_at"])
    # Counted as given at submission; from now on their marks count too.
    _count_released(attempt.learner_id, items, now, answered=False)
    return True


def _count_released(learner_id: int, items: list[AttemptItem], now, *, answered: bool) -> None:
    """Schedule the reviews of ``items``, whose marks the learner may now see, and count
    them into the progress summaries (``answered``: as answers given too).

    Submissions and releases lock rows in one order, cards then slots then latest
    answers, each in key order, so two at once for one learner wait instead of
    deadlocking."""
    _schedule_reviews(learner_id, items, now)
    AnswerSlot.objects.add(learner_id, items, answered=answered, marked=True)
    LatestAnswer.objects.record(learner_id, items)


class NothingToAsk(Exception):
    """No question matches what the learner asked for."""


ANSWER_TOO_LONG = (
    f"Your answer is too long: answers can be at most {MAX_ANSWER_LENGTH:,} characters."
)


class AnswerTooLong(ValueError):
    """The answer is longer than any answer the server grades."""

    def __init__(self) -> None:
        super().__init__(ANSWER_TOO_LONG)


def check_answer_length(given: str) -> None:
    if len(given) > MAX_ANSWER_LENGTH:
        raise AnswerTooLong()


def practice_title(headings: list[str]) -> str:
    """Name the first sections and count the others: "Practice: A, B and 5 more"."""
    named = headings[:TITLE_HEADINGS]
    rest = len(headings) - len(named)
    if rest:
        listed = f"{', '.join(named)} and {rest} more"
    elif len(named) > 1:
        listed = f"{', '.join(named[:-1])} and {named[-1]}"
    else:
        listed = "".join(named)
    return shorten(f"Practice: {listed}", TITLE_MAX_LENGTH)


def retry_title(title: str) -> str:
    """A retry of a retry is still "Retry: <the original quiz>", not "Retry: Retry: ..."."""
    original = title.removeprefix(RETRY_PREFIX)
    return shorten(RETRY_PREFIX + original, TITLE_MAX_LENGTH)


def presentations_for(question: Question) -> list[Presentation]:
    """Every way this question can be asked."""
    options = []
    if question.kind == Kind.TRUE_FALSE:
        # Written by an instructor: the prompt is the statement, the answer "true" or "false".
        return [Presentation.TRUE_FALSE]
    if question.kind == Kind.FILL_BLANK:
        if question.format != Format.MULTIPLE_CHOICE:
            options.append(Presentation.FILL_BLANK)
        if question.false_statement:
            options.append(Presentation.TRUE_FALSE)
    else:
        options.append(Presentation.TYPED)
    if question.format == Format.MULTIPLE_CHOICE and question.choices:
        options.append(Presentation.MULTIPLE_CHOICE)
    return options


def true_statement(question: Question) -> str:
    return question.prompt.replace(BLANK, question.answer, 1)


def states_truth(question: Question) -> bool:
    """For a true-or-false statement written by an instructor: whether it is true."""
    return question.answer.strip().lower() in TRUE_WORDS


# Approved questions are served before any draft, whatever the generator scored them.
APPROVED_BONUS = 1.0


@transaction.atomic
def start_attempt(
    *,
    learner,
    questions: Iterable[Question],
    title: str,
    kind: str = Attempt.Kind.PRACTICE,
    presentations: Collection[str] = tuple(Presentation.values),
    count: int | None = None,
    immediate_feedback: bool = True,
    retry_of: Attempt | None = None,
    seed: int | None = None,
) -> Attempt:
    """Create an attempt over the questions that can be asked in one of the chosen
    presentations (at most ``count``, chosen by ``choose_askable``), each presented one
    of those ways, choices shuffled."""
    rng = random.Random(seed)
    askable = askable_questions(questions, presentations)
    if not askable:
        raise NothingToAsk("No question can be asked in the formats you chose.")
    # Without a count (retries, reviews) every question is wanted, as far as the
    # assembly rules allow them together.
    askable = choose_askable(askable, len(askable) if count is None else count, rng=rng)
    return _create_attempt(
        askable,
        rng=rng,
        learner=learner,
        kind=kind,
        title=title,
        immediate_feedback=immediate_feedback,
        retry_of=retry_of,
    )


Askable = tuple[Question, list[str]]


def askable_questions(
    questions: Iterable[Question], presentations: Collection[str] = tuple(Presentation.values)
) -> list[Askable]:
    """Each question that can be asked in one of ``presentations``, with those it can."""
    return [
        (question, allowed)
        for question in questions
        if (allowed := [p for p in presentations_for(question) if p in presentations])
    ]


def _create_attempt(askable: list[Askable], *, rng: random.Random, **fields) -> Attempt:
    """The attempt with ``fields``, serving ``askable`` in order, each one of its ways."""
    attempt = Attempt.objects.create(question_count=len(askable), **fields)
    AttemptItem.objects.bulk_create(
        make_item(attempt, position, question, rng.choice(allowed), rng)
        for position, (question, allowed) in enumerate(askable)
    )
    return attempt


def draw_at_random(askable: list[Askable], count: int, *, rng: random.Random) -> list[Askable]:
    """Up to ``count`` of ``askable`` drawn at random, keeping the assembly rules (never
    two of one sentence, never one stem giving another's answer away)."""
    candidates = [
        dataclasses.replace(_assembly_candidate(question, allowed), score=rng.random())
        for question, allowed in askable
    ]
    return [candidate.item for candidate in choose(candidates, count, rng=rng)]


@transaction.atomic
def start_assignment_attempt(*, assignment, learner, seed: int | None = None) -> Attempt:
    """A new attempt at ``assignment``, with the deadline it has from now: its hand-picked
    questions still served, or ``per_section`` drawn at random from each of its sections;
    each asked in one of the assignment's formats, shuffled or in reading order. Whether
    the learner may start one is for the caller (``classes.services.start_assignment``)."""
    rng = random.Random(seed)
    if assignment.is_hand_picked:
        askable = askable_questions(
            in_reading_order(assignment.questions.servable()), assignment.presentations
        )
    else:
        askable = []
        for section in assignment.sections.order_by("position", "pk"):
            in_section = askable_questions(
                in_reading_order(Question.objects.servable().filter(section=section)),
                assignment.presentations,
            )
            askable += draw_at_random(in_section, assignment.per_section, rng=rng)
    if not askable:
        raise NothingToAsk("This assignment has no question to ask in the formats it allows.")
    if assignment.shuffle_questions:
        rng.shuffle(askable)
    else:
        askable.sort(key=lambda pair: reading_position(pair[0]))
    return _create_attempt(
        askable,
        rng=rng,
        learner=learner,
        kind=Attempt.Kind.ASSIGNMENT,
        title=assignment.title,
        # Otherwise answers are marked after submission: one seen marked could be passed on.
        immediate_feedback=assignment.feedback == FeedbackTiming.IMMEDIATELY,
        assignment=assignment,
        deadline=assignment.deadline_for(learner, timezone.now()),
    )


def in_reading_order(questions):
    """``questions`` as the document reads: by section, then where in it each is asked."""
    return questions.select_related("section", "block").order_by(
        "section__position", "block__position", "source_start", "pk"
    )


def reading_position(question: Question) -> tuple:
    """The sort key of ``in_reading_order`` (a question without a block comes first)."""
    block_position = -1 if question.block is None else question.block.position
    return (question.section.position, block_position, question.source_start or 0, question.pk)


def choose_askable(askable: list[Askable], count: int, *, rng: random.Random) -> list[Askable]:
    """Up to ``count`` of the (question, allowed presentations) pairs that one quiz can
    serve together: best-ranked first, never two from one sentence, never one whose stem
    gives another's answer away (see ``quizzes.generation.assembly``)."""
    candidates = [_assembly_candidate(question, allowed) for question, allowed in askable]
    return [candidate.item for candidate in choose(candidates, count, rng=rng)]


def _assembly_candidate(question: Question, allowed: list[str]) -> Candidate[Askable]:
    stems = [question.prompt]
    if Presentation.TRUE_FALSE in allowed and question.kind != Kind.TRUE_FALSE:
        # Asked as true or false, the item shows its sentence with the answer filled in.
        stems += [true_statement(question), question.false_statement]
    source = None
    if question.block_id is not None:
        source = Span(question.block_id, question.source_start, question.source_end)
    return Candidate(
        item=(question, allowed),
        score=question.score + _bonus(question),
        kind=question.kind,
        answer=question.answer,
        accepted=tuple(str(accepted) for accepted in question.accepted_answers),
        stems=tuple(stems),
        source=source,
        section=question.section_id,
    )


def _bonus(question: Question) -> float:
    return APPROVED_BONUS if question.status == Question.Status.APPROVED else 0.0


def make_item(attempt, position, question, presentation, rng) -> AttemptItem:
    """One item as it is served: the question snapshot, its choices shuffled, or its
    statement drawn true or false."""
    item = AttemptItem(
        attempt=attempt, position=position, question=question, presentation=presentation
    ).snapshot(question)
    if presentation == Presentation.MULTIPLE_CHOICE:
        item.choices = rng.sample(question.choices, len(question.choices))
    elif presentation == Presentation.TRUE_FALSE and question.kind == Kind.TRUE_FALSE:
        item.statement_is_true = states_truth(question)
        item.statement = question.prompt
    elif presentation == Presentation.TRUE_FALSE:
        item.statement_is_true = rng.random() < 0.5
        item.statement = (
            true_statement(question) if item.statement_is_true else question.false_statement
        )
    return item


@transaction.atomic
def record_answer(*, item: AttemptItem, given: str) -> AttemptItem:
    """Grade and save the learner's answer to one item of an open attempt.

    With immediate feedback the first answer is final (the learner has seen the key);
    otherwise answers can change until the attempt is submitted. An answer longer than
    MAX_ANSWER_LENGTH raises AnswerTooLong and changes nothing.
    """
    check_answer_length(given)
    # PostgreSQL cannot store NUL in text; no answer needs one.
    given = given.replace("\x00", "")
    # The attempt's row lock puts this save before or after a submit, never inside one.
    attempt = (
        Attempt.objects.select_for_update()
        .only("immediate_feedback", "deadline", "submitted_at")
        .get(pk=item.attempt_id)
    )
    if attempt.is_submitted:
        raise AttemptClosed()
    if attempt.is_expired(timezone.now()):
        raise DeadlinePassed()
    grade = grade_item(item, given)
    saved = {
        "given_answer": given.strip(),
        "answered_at": timezone.now(),
        "correct": grade.correct,
        "credit": grade.credit,
        "feedback": AttemptItem.fitted_feedback(grade.feedback),
    }
    rows = AttemptItem.objects.filter(pk=item.pk)
    if attempt.immediate_feedback:
        # Only a first answer is saved: the condition is checked again under the row's
        # lock, so of two answers sent at once the second finds the item answered.
        rows = rows.filter(answered_at__isnull=True)
    if not rows.update(**saved):
        item.refresh_from_db()
        return item
    for field, value in saved.items():
        setattr(item, field, value)
    return item


def grade_item(item: AttemptItem, given: str) -> Grade:
    """Grade one answer; the feedback explains the verdict and never merely repeats it
    (pages show "Right." or "Not right." themselves)."""
    check_answer_length(given)
    grade = _grade_as_presented(item, given)
    if grade.feedback == BARE_VERDICT:
        return Grade(correct=grade.correct, credit=grade.credit, feedback="")
    return grade


def _grade_as_presented(item: AttemptItem, given: str) -> Grade:
    """Graded against the key the learner was served, even if the question changed since."""
    question = item.question
    key = item.shown_answer
    if item.presentation == Presentation.MULTIPLE_CHOICE:
        correct = given == key
        feedback = "" if correct else f"Not quite: the answer is {key}."
        return Grade(correct=correct, credit=1.0 if correct else 0.0, feedback=feedback)
    if item.presentation == Presentation.TRUE_FALSE:
        said = given.strip().lower()
        if said not in TRUE_WORDS | FALSE_WORDS:
            return Grade(correct=False, credit=0.0, feedback="Answer true or false.")
        correct = (said in TRUE_WORDS) == item.statement_is_true
        verdict = "true" if item.statement_is_true else "false"
        feedback = (
            f"The statement is {verdict}."
            if correct or question.kind == Kind.TRUE_FALSE
            else f"The statement is {verdict}; the text says {key}."
        )
        return Grade(correct=correct, credit=1.0 if correct else 0.0, feedback=feedback)
    return grade_answer(
        given,
        key,
        item.shown_accepted_answers,
        # The question's distractors are names from the same document: a misspelling
        # that lands on one of them is that other thing, not a typo.
        known_entities=[choice for choice in question.choices if choice != key],
        answer_type=question.answer_type,
    )


@transaction.atomic
def submit_attempt(*, attempt: Attempt) -> Attempt:
    """Close the attempt, count its score and schedule a review card for each answer
    (unless its marks are held back until the due date: ``schedule_released_reviews``
    schedules them then), and count it into the summaries the gradebook and the
    dashboard read (``AssignmentGrade``, ``AnswerSlot``, ``LatestAnswer``).

    Submitting twice grades once: the second call finds the attempt closed.
    """
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.is_submitted:
        return attempt
    now = timezone.now()
    items = list(attempt.items.filter(answered_at__isnull=False))
    attempt.correct_count = sum(1 for item in items if item.correct)
    attempt.submitted_at = now
    released = attempt.feedback_visible(now)
    if released:
        attempt.reviews_scheduled_at = now
    attempt.save(update_fields=["correct_count", "submitted_at", "reviews_scheduled_at"])
    # The summaries the gradebook and the dashboard read, in this transaction.
    if attempt.assignment_id is not None:
        AssignmentGrade.objects.refresh(
            learner_id=attempt.learner_id, assignment_id=attempt.assignment_id
        )
    if released:
        _count_released(attempt.learner_id, items, now, answered=True)
    else:
        AnswerSlot.objects.add(attempt.learner_id, items, answered=True, marked=False)
    return attempt


def _schedule_reviews(learner_id: int, items: list[AttemptItem], now) -> None:
    """Apply each answer to the learner's card for its question, creating missing cards.

    Several attempts of one learner can be submitted at once over the same questions:
    missing cards are inserted with ON CONFLICT DO NOTHING, then every card is locked
    before it is read, so each submission waits for the previous one and counts once.
    Both steps go in question order, so two submissions cannot wait on each other.
    """
    question_ids = sorted({item.question_id for item in items})
    ReviewCard.objects.bulk_create(
        [
            ReviewCard(learner_id=learner_id, question_id=question_id, due=now, state=1)
            for question_id in question_ids
        ],
        ignore_conflicts=True,
    )
    cards = {
        card.question_id: card
        for card in ReviewCard.objects.select_for_update()
        .filter(learner_id=learner_id, question_id__in=question_ids)
        .order_by("question_id")
    }
    for item in items:
        schedule(
            cards[item.question_id],
            correct=bool(item.correct),
            credit=item.credit or 0.0,
            when=now,
        )
    # Written back in one INSERT ... ON CONFLICT DO UPDATE (every card exists and is
    # locked): bulk_update's CASE per field and card cost more than the rest of a submit.
    ReviewCard.objects.bulk_create(
        [
            ReviewCard(
                learner_id=learner_id,
                question_id=card.question_id,
                **{field: getattr(card, field) for field in SCHEDULED_FIELDS},
            )
            for card in cards.values()
        ],
        update_conflicts=True,
        unique_fields=["learner", "question"],
        update_fields=SCHEDULED_FIELDS,
    )


def start_retry(*, attempt: Attempt, seed: int | None = None) -> Attempt:
    """A new attempt over the questions this (submitted) attempt got wrong."""
    # exclude(correct=True) keeps wrong answers and unanswered items (correct is NULL).
    # Only questions still served: one retired, re-imported away or no longer served by its
    # document's setting since is not asked again.
    missed = Question.objects.servable().filter(
        attempt_items__in=attempt.items.exclude(correct=True)
    )
    return start_attempt(
        learner=attempt.learner,
        questions=missed.order_by("pk"),
        title=retry_title(attempt.title),
        kind=Attempt.Kind.RETRY,
        immediate_feedback=attempt.immediate_feedback,
        retry_of=attempt,
        seed=seed,
    )


# Questions in one review quiz, the most overdue first.
REVIEW_LIMIT = 20


def start_review(*, learner, limit: int = REVIEW_LIMIT, seed: int | None = None) -> Attempt:
    """An attempt over the learner's due review cards, most overdue first."""
    due = ReviewCard.objects.of(learner).servable().due(timezone.now()).order_by("due")[:limit]
    questions = Question.objects.filter(review_cards__in=due).order_by("pk")
    return start_attempt(
        learner=learner,
        questions=questions,
        title="Review",
        kind=Attempt.Kind.REVIEW,
        seed=seed,
    )
