from django.contrib.auth.forms import UserCreationForm

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
