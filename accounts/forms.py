from django.contrib.auth.forms import UserCreationForm
from django.db import IntegrityError, transaction

from accounts.models import User


class SignupForm(UserCreationForm):
    """A new learner: a username, an optional email address and a password given twice."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.required = False
        email.help_text = "Optional. Only used to send you a link if you forget your password."
        email.widget.attrs["autocomplete"] = "email"

    def save_unless_taken(self) -> User | None:
        """Create the account, or return None with the usual "taken" error on the form.

        Validation already refuses a taken name; this covers a signup for the same name
        (in any case) that committed between our validation and our insert.
        """
        try:
            with transaction.atomic():
                return self.save()
        except IntegrityError:
            username = self.cleaned_data["username"]
            if not User.objects.filter(username__iexact=username).exists():
                raise  # some other constraint: not ours to explain away
            self.add_error("username", self.instance.unique_error_message(User, ["username"]))
            return None
