"""Classes: a group of learners taught by one or more instructors, joined with a code.

A learner who is removed keeps their membership row, archived (``archived_at``), and every
attempt they made: nothing a learner did is deleted with the membership.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

# Letters and digits that cannot be mistaken for one another when read aloud or copied from
# a board: no 0/O, no 1/I/L (codes are upper case, so no lower-case l either).
JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 6  # 31**6, close to 900 million codes
NAME_MAX_LENGTH = 100


def new_join_code() -> str:
    """A random join code; whether it is free is for the database's unique constraint."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalize_join_code(text: str) -> str:
    """What a learner typed, as stored: upper case, without spaces or hyphens."""
    return "".join(text.split()).replace("-", "").upper()


class ClassroomQuerySet(models.QuerySet):
    def managed_by(self, user) -> ClassroomQuerySet:
        """Classes ``user`` manages: staff all of them, instructors those they teach,
        anyone else none."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if user.is_staff:
            return self
        if user.is_instructor:
            return self.filter(instructors=user)
        return self.none()

    def joined_by(self, user) -> ClassroomQuerySet:
        """Classes ``user`` is an active (not removed) learner of."""
        return self.filter(memberships__learner=user, memberships__archived_at__isnull=True)

    def with_learner_count(self) -> ClassroomQuerySet:
        active = Q(memberships__archived_at__isnull=True)
        return self.annotate(learner_count=Count("memberships", filter=active, distinct=True))


class Classroom(models.Model):
    """A class (``class`` is a Python keyword, hence the name)."""

    name = models.CharField(max_length=NAME_MAX_LENGTH, help_text="Shown to its learners.")
    join_code = models.CharField(
        max_length=JOIN_CODE_LENGTH,
        unique=True,
        help_text="Learners join with it. Regenerating it makes the old one stop working.",
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="taught_classes",
        help_text="Who manages the class: its creator and any co-instructors.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The instructor who created the class.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    code_changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the join code was last regenerated."
    )

    objects = ClassroomQuerySet.as_manager()

    class Meta:
        verbose_name = "class"
        verbose_name_plural = "classes"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("classes:detail", args=[self.pk])

    def get_join_url(self) -> str:
        """The join form with the code filled in, to share as a link."""
        return f"{reverse('classes:join')}?code={self.join_code}"


class MembershipQuerySet(models.QuerySet):
    def active(self) -> MembershipQuerySet:
        return self.filter(archived_at__isnull=True)


class Membership(models.Model):
    """A learner in a class. Removing them archives this row; it is never deleted, and
    joining again with the code makes it active again."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_memberships"
    )
    joined_at = models.DateTimeField(help_text="When the learner last joined.")
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="When an instructor removed the learner; empty if active."
    )
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who removed the learner.",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "learner"], name="classes_one_membership_per_learner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} in {self.classroom}"

    def get_absolute_url(self) -> str:
        return self.classroom.get_absolute_url()

    @property
    def is_active(self) -> bool:
        return self.archived_at is None
