"""The flows that write classes and memberships, each in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from classes.models import Classroom, Membership, new_join_code, normalize_join_code

# Tries before giving up on finding a free code (a collision is already one in millions).
CODE_TRIES = 10


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
