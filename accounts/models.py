from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A learner, or an instructor when ``is_instructor`` is set."""

    is_instructor = models.BooleanField(
        "instructor",
        default=False,
        help_text="Instructors can upload documents, edit questions and run classes.",
    )

    @property
    def can_manage_content(self) -> bool:
        return self.is_active and (self.is_instructor or self.is_staff)
