from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower

from accounts.time_zones import DEFAULT_TIME_ZONE, TIME_ZONE_MAX_LENGTH, validate_time_zone


class UserManager(DjangoUserManager):
    def get_by_natural_key(self, username: str) -> "User":
        # Usernames are unique whatever their case (see the constraint below), so logging in
        # as "Leo" finds "leo", and createsuperuser refuses a case variant of an existing name.
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    """A learner, or an instructor when ``is_instructor`` is set."""

    is_instructor = models.BooleanField(
        "instructor",
        default=False,
        help_text="Instructors can upload documents, edit questions and run classes.",
    )
    time_zone = models.CharField(
        max_length=TIME_ZONE_MAX_LENGTH,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text="IANA name, e.g. Asia/Tokyo: due dates and times are shown in it. "
        "Times are stored in UTC whatever it is.",
    )

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        constraints = [
            # The signup form refuses case variants of a taken name, but only the database can
            # do so for two signups at the same moment.
            models.UniqueConstraint(
                Lower("username"),
                name="accounts_user_username_ci_unique",
                violation_error_message="A user with that username already exists.",
            ),
        ]

    @property
    def can_manage_content(self) -> bool:
        return self.is_active and (self.is_instructor or self.is_staff)
