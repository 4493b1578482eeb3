import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_USERS = (
    ("instructor", {"is_instructor": True}),
    ("learner", {}),
)


class Command(BaseCommand):
    help = (
        "Create a demo instructor and a demo learner with random passwords, printed once. "
        "Development only: does nothing unless DJANGO_DEBUG is on."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stderr.write("Demo users are for development only; set DJANGO_DEBUG=1.")
            return
        User = get_user_model()
        for username, extra in DEMO_USERS:
            if User.objects.filter(username=username).exists():
                self.stdout.write(
                    f"Demo user {username!r} exists; to set a new password run "
                    f"`python manage.py changepassword {username}`."
                )
                continue
            password = secrets.token_urlsafe(12)
            User.objects.create_user(username=username, password=password, **extra)
            self.stdout.write(f"Created demo user {username!r} with password {password}")
