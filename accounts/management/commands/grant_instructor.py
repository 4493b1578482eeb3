from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Give a user the instructor role (upload documents, review and write questions at "
        "/teach/), or take it away with --revoke."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--revoke", action="store_true", help="Take the instructor role away instead."
        )

    def handle(self, *args, username: str, revoke: bool, **options) -> None:
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(
                f"No user is called {username!r}; check the spelling, or create the account "
                "first (sign up, or `manage.py createsuperuser`)."
            ) from None
        wanted = not revoke
        name = user.get_username()
        if user.is_instructor == wanted:
            state = "already an instructor" if wanted else "not an instructor"
            self.stdout.write(f"{name} is {state}; nothing changed.")
            return
        user.is_instructor = wanted
        user.save(update_fields=["is_instructor"])
        if wanted:
            self.stdout.write(f"{name} is now an instructor: their workspace is at /teach/.")
        else:
            self.stdout.write(
                f"{name} is no longer an instructor; the documents they uploaded stay."
            )
