"""Scale data for benchmarks (``manage.py seed_scale``): one class of many learners, its
assignments, and a history of submitted attempts, answers and review cards, written with
bulk inserts so a million answers take minutes, not hours.

Everything it makes is named with ``PREFIX`` (users, the class), so ``delete_seeded``
can remove it again without touching anything else. Answers are drawn from the servable
questions of one document, which must already have them (``make load-content questions``).
The review cards are plausible, not replayed: each card's state comes from how often the
learner answered its question and got it wrong, not from running FSRS over every answer.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import reset_queries, transaction
from django.db.models import F
from django.utils import timezone

from classes import services
from classes.models import Assignment, AssignmentGrade, Classroom, GradingMethod, Membership
from content.models import Document, Section
from quizzes.attempts import make_item, practice_title, presentations_for
from quizzes.models import AnswerSlot, Attempt, AttemptItem, LatestAnswer, Question, ReviewCard

PREFIX = "scale-"
CLASS_NAME = f"{PREFIX}class"
INSTRUCTOR_NAME = f"{PREFIX}instructor"
DEFAULT_PASSWORD = "scale-pass-1"
ASSIGNMENTS = 20
SECTIONS_PER_ASSIGNMENT = 2
PER_SECTION = 5
PRACTICE_SIZE = 10
HISTORY_DAYS = 180
# Rows per INSERT: large enough to amortise the round trip, small enough for SQLite's
# limit on query parameters.
BATCH_SIZE = 2000
SECONDS_PER_ANSWER = 30


class NoQuestions(Exception):
    """No document has questions to draw answers from."""


@dataclass
class Seeded:
    learners: int = 0
    assignments: int = 0
    attempts: int = 0
    responses: int = 0
    review_cards: int = 0
    document: str = ""
    by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def learner_name(number: int) -> str:
    return f"{PREFIX}learner-{number:05d}"


def delete_seeded() -> int:
    """Remove everything an earlier run made; returns the number of users removed.

    Answers, attempts and cards are deleted first with set-based deletes: the cascade
    from the users would load a million rows into the collector."""
    users = get_user_model().objects.filter(username__startswith=PREFIX)
    with transaction.atomic():
        for summary in (AnswerSlot, LatestAnswer, AssignmentGrade):
            summary.objects.filter(learner__in=users).delete()
        ReviewCard.objects.filter(learner__in=users).delete()
        AttemptItem.objects.filter(attempt__learner__in=users).delete()
        Attempt.objects.filter(learner__in=users).delete()
        Classroom.objects.filter(name=CLASS_NAME).delete()
        removed, _ = users.delete()
    return removed


def already_seeded() -> bool:
    return Classroom.objects.filter(name=CLASS_NAME).exists()


def pick_document(slug: str | None) -> Document:
    """The document named, or the first with questions to serve."""
    documents = Document.objects.filter(
        pk__in=Question.objects.servable().values("section__document")
    ).order_by("pk")
    if slug:
        documents = documents.filter(slug=slug)
    document = documents.first()
    if document is None:
        raise NoQuestions(
            f"No document{f' {slug!r}' if slug else ''} has questions to serve: load content "
            "and generate questions first (make load-content questions)."
        )
    return document


def seed(
    *,
    learners: int,
    responses: int,
    document: Document,
    password: str = DEFAULT_PASSWORD,
    seed: int = 2026,
    now: datetime | None = None,
) -> Seeded:
    """One class of ``learners`` with ``ASSIGNMENTS`` assignments and about ``responses``
    answers, each learner's share spread over assignment attempts first, then practice."""
    now = now or timezone.now()
    rng = random.Random(seed)
    bank = _question_bank(document)
    result = Seeded(document=document.slug)
    with transaction.atomic():
        instructor, users = _create_users(learners, make_password(password))
        classroom = services.create_class(name=CLASS_NAME, instructor=instructor)
        Membership.objects.bulk_create(
            [
                Membership(classroom=classroom, learner=user, joined_at=now - timedelta(days=200))
                for user in users
            ],
            batch_size=BATCH_SIZE,
        )
        assignments = _create_assignments(classroom, instructor, list(bank), now)
        result.learners, result.assignments = len(users), len(assignments)
        budget = _share(responses, len(users))
        for user, share in zip(users, budget, strict=True):
            _seed_learner(user, share, assignments, bank, rng, now, result)
            # With DEBUG on, every INSERT of a million rows would stay in memory.
            reset_queries()
        _move_start_times()
        # The gradebook's summary, once the start times (which order the attempts) are set.
        AssignmentGrade.objects.rebuild(
            Attempt.objects.filter(learner__username__startswith=PREFIX)
        )
    return result


def _move_start_times() -> None:
    """started_at is auto_now_add, which bulk_create sets to now: move it back to the
    submission time less the answering time, one UPDATE per attempt length."""
    attempts = Attempt.objects.filter(learner__username__startswith=PREFIX)
    for count in set(attempts.values_list("question_count", flat=True).order_by().distinct()):
        attempts.filter(question_count=count).update(
            started_at=F("submitted_at") - timedelta(seconds=SECONDS_PER_ANSWER * (count + 1))
        )


def _question_bank(document: Document) -> dict[Section, list[tuple[Question, list[str]]]]:
    """The document's servable questions by section, each with the ways it can be asked."""
    bank: dict[Section, list[tuple[Question, list[str]]]] = defaultdict(list)
    questions = (
        Question.objects.servable()
        .filter(section__document=document)
        .select_related("section")
        .order_by("section__position", "pk")
    )
    for question in questions:
        if allowed := presentations_for(question):
            bank[question.section].append((question, allowed))
    if not bank:
        raise NoQuestions(f"{document.slug}: no question can be asked.")
    return dict(bank)


def _create_users(learners: int, password_hash: str):
    User = get_user_model()
    instructor = User.objects.create(
        username=INSTRUCTOR_NAME, password=password_hash, is_instructor=True
    )
    users = User.objects.bulk_create(
        [User(username=learner_name(n), password=password_hash) for n in range(learners)],
        batch_size=BATCH_SIZE,
    )
    return instructor, users


def _create_assignments(classroom, instructor, sections: list[Section], now) -> list[Assignment]:
    """Weekly assignments over the last twenty weeks; the last is open now."""
    assignments = []
    for number in range(ASSIGNMENTS):
        opens = now - timedelta(weeks=ASSIGNMENTS - number, days=-4)
        chosen = [
            sections[(number + offset) % len(sections)]
            for offset in range(min(SECTIONS_PER_ASSIGNMENT, len(sections)))
        ]
        assignments.append(
            services.create_assignment(
                classroom=classroom,
                by=instructor,
                title=f"Week {number + 1} quiz",
                sections=chosen,
                per_section=PER_SECTION,
                opens_at=opens,
                due_at=opens + timedelta(weeks=1),
                time_limit_minutes=None,
                max_attempts=2,
                grading_method=GradingMethod.HIGHEST,
            )
        )
        assignments[-1].drawn_sections = chosen  # where seeded attempts draw from
    return assignments


def _share(total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` near-equal whole shares."""
    base, extra = divmod(total, parts)
    return [base + (1 if index < extra else 0) for index in range(parts)]


@dataclass
class _Planned:
    attempt: Attempt
    askable: list[tuple[Question, list[str]]]


def _plan_attempts(user, share, assignments, bank, rng, now) -> Iterator[_Planned]:
    """The learner's attempts until ``share`` answers: each assignment (a second try
    now and then), then practice quizzes spread over the last six months."""
    left = share
    for assignment in assignments:
        for _ in range(1 + (rng.random() < 0.3)):
            askable = []
            for section in assignment.drawn_sections:
                questions = bank.get(section, [])
                askable += rng.sample(questions, min(PER_SECTION, len(questions)))
            askable = askable[:left]
            if not askable:
                return
            span = (min(assignment.due_at, now) - assignment.opens_at).total_seconds()
            started = assignment.opens_at + timedelta(seconds=rng.uniform(0, span * 0.9))
            attempt = Attempt(
                learner=user,
                kind=Attempt.Kind.ASSIGNMENT,
                title=assignment.title,
                immediate_feedback=False,
                assignment=assignment,
                deadline=assignment.due_at,
            )
            yield _Planned(_started(attempt, started, len(askable)), askable)
            left -= len(askable)
    sections = list(bank)
    while left > 0:
        chosen = rng.sample(sections, min(2, len(sections)))
        pool = [pair for section in chosen for pair in bank[section]]
        askable = rng.sample(pool, min(PRACTICE_SIZE, len(pool), left))
        # Recent days weigh more, as on a real dashboard.
        started = now - timedelta(days=HISTORY_DAYS * rng.random() ** 2, minutes=30)
        attempt = Attempt(
            learner=user,
            title=practice_title([section.heading for section in chosen]),
        )
        yield _Planned(_started(attempt, started, len(askable)), askable)
        left -= len(askable)


def _started(attempt: Attempt, started: datetime, count: int) -> Attempt:
    attempt.question_count = count
    attempt.submitted_at = started + timedelta(seconds=SECONDS_PER_ANSWER * (count + 1))
    attempt.reviews_scheduled_at = attempt.submitted_at  # its review cards are seeded too
    return attempt


def _seed_learner(user, share, assignments, bank, rng, now, result: Seeded) -> None:
    skill = rng.uniform(0.4, 0.95)
    planned = list(_plan_attempts(user, share, assignments, bank, rng, now))
    outcomes = [[rng.random() < skill for _ in plan.askable] for plan in planned]
    for plan, right in zip(planned, outcomes, strict=True):
        plan.attempt.correct_count = sum(right)
        result.by_kind[plan.attempt.kind] += 1
    Attempt.objects.bulk_create([plan.attempt for plan in planned], batch_size=BATCH_SIZE)
    items = []
    history: dict[int, list[tuple[datetime, bool]]] = defaultdict(list)
    for plan, right in zip(planned, outcomes, strict=True):
        attempt = plan.attempt
        started = attempt.submitted_at - timedelta(
            seconds=SECONDS_PER_ANSWER * (attempt.question_count + 1)
        )
        for position, ((question, allowed), correct) in enumerate(
            zip(plan.askable, right, strict=True)
        ):
            item = make_item(attempt, position, question, rng.choice(allowed), rng)
            item.correct, item.credit = correct, 1.0 if correct else 0.0
            item.given_answer = item.answer if correct else "not sure"
            item.answered_at = started + timedelta(seconds=SECONDS_PER_ANSWER * (position + 1))
            items.append(item)
            history[question.pk].append((item.answered_at, correct))
    AttemptItem.objects.bulk_create(items, batch_size=BATCH_SIZE)
    # The dashboard's summaries, as submission would keep them: every seeded attempt is
    # submitted with its marks shown.
    AnswerSlot.objects.add(user.pk, items, answered=True, marked=True)
    LatestAnswer.objects.record(user.pk, items)
    cards = [_card(user, question_id, answers) for question_id, answers in history.items()]
    ReviewCard.objects.bulk_create(cards, batch_size=BATCH_SIZE)
    result.attempts += len(planned)
    result.responses += len(items)
    result.review_cards += len(cards)


def _card(user, question_id: int, answers: list[tuple[datetime, bool]]) -> ReviewCard:
    """A review card as FSRS would roughly leave it: stability grows with the right
    answers since the last lapse, and the card is due that many days after the last one."""
    answers.sort()
    last_review, _ = answers[-1]
    lapses = sum(1 for _, correct in answers if not correct)
    streak = 0
    for _, correct in reversed(answers):
        if not correct:
            break
        streak += 1
    stability = min(365.0, 0.5 * 2.5**streak)
    return ReviewCard(
        learner=user,
        question_id=question_id,
        due=last_review + timedelta(days=stability),
        state=2 if streak else 3,  # review, or relearning after a lapse
        step=None if streak else 0,
        stability=stability,
        difficulty=min(10.0, 1.0 + 9.0 * lapses / len(answers)),
        last_review=last_review,
        reviews=len(answers),
        lapses=lapses,
    )
