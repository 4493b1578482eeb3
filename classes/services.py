"""The flows that write classes and memberships, each in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from classes.models import (
    Assignment,
    Classroom,
    Extension,
    FeedbackTiming,
    Membership,
    Selection,
    new_join_code,
    normalize_join_code,
)
from quizzes import attempts
from quizzes.models import Attempt, Question
from quizzes.models.attempts import Presentation

# Tries before giving up on finding a free code (a collision is already one in millions).
CODE_TRIES = 10


class CannotStart(Exception):
    """The learner may not start an attempt at an assignment now; the message says why."""


class JoinError(Exception):
    """A code that joins nothing; the message says why, for the learner."""


@dataclass(frozen=True)
class Joined:
    membership: Membership
    already: bool  # the learner was already an active member


def _save_with_free_code(classroom: Classroom, **save_kwargs) -> None:
    """Save with a fresh code, drawing another one when the unique constraint says it is
    taken (each try in a savepoint, so one collision does not spoil the transaction)."""
    for _ in range(CODE_TRIES):
        classroom.join_code = new_join_code()
        try:
            with transaction.atomic():
                classroom.save(**save_kwargs)
        except IntegrityError:
            continue
        return
    raise RuntimeError(f"No free join code after {CODE_TRIES} tries.")


@transaction.atomic
def create_class(*, name: str, instructor) -> Classroom:
    """A new class taught by ``instructor``, with a fresh join code."""
    classroom = Classroom(name=name, created_by=instructor)
    _save_with_free_code(classroom)
    classroom.instructors.add(instructor)
    return classroom


@transaction.atomic
def regenerate_code(*, classroom: Classroom) -> Classroom:
    """A new join code; the old one stops working at once. Members stay members."""
    classroom = Classroom.objects.select_for_update().get(pk=classroom.pk)
    old = classroom.join_code
    classroom.code_changed_at = timezone.now()
    for _ in range(CODE_TRIES):  # a fresh code that differs from the old one
        _save_with_free_code(classroom, update_fields=["join_code", "code_changed_at"])
        if classroom.join_code != old:
            return classroom
    raise RuntimeError(f"No new join code after {CODE_TRIES} tries.")


@transaction.atomic
def join_class(*, user, code: str) -> Joined:
    """Make ``user`` a learner of the class with ``code`` (any case, spaces ignored).

    A learner who was removed joins again on the same membership row."""
    classroom = Classroom.objects.filter(join_code=normalize_join_code(code)).first()
    if classroom is None:
        raise JoinError(
            "No class has that code. Check it with your instructor: "
            "a class's code can be changed, and then the old one stops working."
        )
    if classroom.archived_at is not None:
        raise JoinError(f"{classroom} was closed by its instructor; it cannot be joined.")
    if classroom.instructors.filter(pk=user.pk).exists():
        raise JoinError(f"You teach {classroom}, so you cannot join it as a learner.")
    membership, created = Membership.objects.select_for_update().get_or_create(
        classroom=classroom, learner=user, defaults={"joined_at": timezone.now()}
    )
    if created:
        return Joined(membership, already=False)
    if membership.is_active:
        return Joined(membership, already=True)
    membership.archived_at = None
    membership.archived_by = None
    membership.joined_at = timezone.now()
    membership.save(update_fields=["archived_at", "archived_by", "joined_at"])
    return Joined(membership, already=False)


@transaction.atomic
def remove_learner(*, membership: Membership, by) -> Membership:
    """Archive the membership: the learner leaves the class list; their attempts stay."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.is_active:
        membership.archived_at = timezone.now()
        membership.archived_by = by
        membership.save(update_fields=["archived_at", "archived_by"])
    return membership


@transaction.atomic
def add_instructor(*, classroom: Classroom, user) -> bool:
    """Make ``user`` (an instructor) a co-instructor; False if they already teach it.

    If they were a learner of the class, that membership is archived: one role per class."""
    if not (user.is_active and user.is_instructor):
        raise ValueError(f"{user} is not an instructor.")
    if classroom.instructors.filter(pk=user.pk).exists():
        return False
    classroom.instructors.add(user)
    Membership.objects.active().filter(classroom=classroom, learner=user).update(
        archived_at=timezone.now()
    )
    return True


def _questions_and_sections(*, selection: str, sections, questions) -> tuple[list, list]:
    """The sections and questions an assignment is saved with, checked: random draws
    from ``sections``; hand-picked serves ``questions``, approved ones of one document,
    and draws from their sections. Raises ValueError for anything else."""
    if selection == Selection.HAND_PICKED:
        questions = list(questions)
        if not questions:
            raise ValueError("A hand-picked assignment needs at least one question.")
        if any(question.status != Question.Status.APPROVED for question in questions):
            raise ValueError("Only approved questions can be hand-picked.")
        sections = list({question.section_id: question.section for question in questions}.values())
        return sections, questions
    if selection != Selection.RANDOM:
        raise ValueError(f"Unknown selection {selection!r}.")
    return list(sections), []


def _check_presentations(presentations) -> list[str]:
    presentations = list(presentations)
    if not presentations or not set(presentations) <= set(Presentation.values):
        raise ValueError(f"Formats must be some of {', '.join(Presentation.values)}.")
    return presentations


def _save_assignment(assignment: Assignment, *, sections, questions, **fields) -> Assignment:
    sections, questions = _questions_and_sections(
        selection=fields["selection"], sections=sections, questions=questions
    )
    documents = {section.document_id for section in sections}
    if len(documents) != 1:
        raise ValueError("An assignment draws from the sections of exactly one document.")
    fields["presentations"] = _check_presentations(fields["presentations"])
    for name, value in fields.items():
        setattr(assignment, name, value)
    assignment.document_id = documents.pop()
    assignment.save()
    assignment.sections.set(sections)
    assignment.questions.set(questions)
    return assignment


@transaction.atomic
def create_assignment(
    *,
    classroom: Classroom,
    by,
    title: str,
    sections=(),
    per_section: int = 5,
    opens_at,
    due_at,
    time_limit_minutes: int | None,
    max_attempts: int,
    grading_method: str,
    selection: str = Selection.RANDOM,
    questions=(),
    shuffle_questions: bool = True,
    presentations=tuple(Presentation.values),
    feedback: str = FeedbackTiming.AFTER_SUBMISSION,
) -> Assignment:
    """Assign to ``classroom`` a quiz drawn at random from ``sections`` (all of one
    document), or made of hand-picked approved ``questions`` (all of one document)."""
    return _save_assignment(
        Assignment(classroom=classroom, created_by=by),
        sections=sections,
        questions=questions,
        title=title,
        per_section=per_section,
        opens_at=opens_at,
        due_at=due_at,
        time_limit_minutes=time_limit_minutes,
        max_attempts=max_attempts,
        grading_method=grading_method,
        selection=selection,
        shuffle_questions=shuffle_questions,
        presentations=presentations,
        feedback=feedback,
    )


@transaction.atomic
def update_assignment(*, assignment: Assignment, sections=(), questions=(), **fields) -> Assignment:
    """Change an assignment's settings (the keyword arguments of ``create_assignment``
    after ``by``). Attempts already started keep their questions and deadline; the
    changes apply to attempts started afterwards."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    return _save_assignment(assignment, sections=sections, questions=questions, **fields)


@transaction.atomic
def start_assignment(*, assignment: Assignment, learner, seed: int | None = None) -> Attempt:
    """The learner's open attempt at ``assignment``, or a new one if the window is open
    and attempts remain.

    The learner's membership row is locked first, so two concurrent starts by one
    learner take turns and the second sees the first's attempt: the limit holds."""
    membership = (
        Membership.objects.active()
        .select_for_update()
        .filter(classroom_id=assignment.classroom_id, learner=learner)
        .first()
    )
    if membership is None or assignment.archived_at is not None:
        raise CannotStart("This assignment is not set to you.")
    mine = assignment.attempts.filter(learner=learner)
    now = timezone.now()
    current = mine.in_progress().filter(deadline__gt=now).order_by("-started_at").first()
    if current is not None:
        return current
    for expired in mine.expired(now):
        attempts.submit_attempt(attempt=expired)
    if now < assignment.opens_at:
        raise CannotStart(f"“{assignment}” is not open yet.")
    if now >= assignment.due_for(learner):
        raise CannotStart(f"“{assignment}” was due already; it takes no more attempts.")
    if mine.count() >= assignment.max_attempts:
        raise CannotStart(f"You have used all your attempts at “{assignment}”.")
    try:
        return attempts.start_assignment_attempt(assignment=assignment, learner=learner, seed=seed)
    except attempts.NothingToAsk as error:
        raise CannotStart(str(error)) from error


@transaction.atomic
def archive_assignment(*, assignment: Assignment) -> Assignment:
    """ "Delete" the assignment: learners no longer see it; every attempt at it is kept."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.archived_at is None:
        assignment.archived_at = timezone.now()
        assignment.save(update_fields=["archived_at"])
    return assignment


@transaction.atomic
def grant_extension(
    *,
    assignment: Assignment,
    learner,
    by,
    due_at: datetime | None,
    time_limit_minutes: int | None,
) -> Extension:
    """Give ``learner`` their own due time and/or time limit at ``assignment`` (replacing
    any extension they had). Their open attempt gets the deadline the extension gives it,
    so the extra time counts at once and not only from their next attempt."""
    extension, _ = Extension.objects.update_or_create(
        assignment=assignment,
        learner=learner,
        defaults={
            "due_at": due_at,
            "time_limit_minutes": time_limit_minutes,
            "granted_by": by,
            "granted_at": timezone.now(),
        },
    )
    open_attempts = assignment.attempts.filter(learner=learner).in_progress().select_for_update()
    for attempt in open_attempts:
        attempt.deadline = assignment.deadline_from(attempt.started_at, extension)
        attempt.save(update_fields=["deadline"])
    return extension


class CannotRemoveInstructor(Exception):
    """Removing this instructor would leave the class without one; the message says so."""


@transaction.atomic
def rename_class(*, classroom: Classroom, name: str) -> Classroom:
    classroom.name = name
    classroom.save(update_fields=["name"])
    return classroom


@transaction.atomic
def archive_class(*, classroom: Classroom) -> Classroom:
    """ "Delete" the class: it leaves every list, its code stops joining it; memberships,
    assignments and attempts are kept."""
    classroom = Classroom.objects.select_for_update().get(pk=classroom.pk)
    if classroom.archived_at is None:
        classroom.archived_at = timezone.now()
        classroom.save(update_fields=["archived_at"])
    return classroom


@transaction.atomic
def remove_instructor(*, classroom: Classroom, user) -> None:
    """Stop ``user`` teaching the class, unless they are its last instructor.

    The class row is locked first, so two instructors removing each other at the same
    moment take turns and the second finds the class would be left with nobody."""
    classroom = Classroom.objects.select_for_update().get(pk=classroom.pk)
    others = classroom.instructors.exclude(pk=user.pk)
    if not others.exists():
        raise CannotRemoveInstructor(
            f"{user} is the only instructor of {classroom}; add another before removing them."
        )
    classroom.instructors.remove(user)
