from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.db import IntegrityError, transaction

from accounts.models import User
from accounts.time_zones import DEFAULT_TIME_ZONE, time_zone_names


class SignupForm(UserCreationForm):
    """A new learner: a username, an optional email address, a password given twice and
    the time zone (UTC unless chosen, or preselected from the browser)."""

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email", "time_zone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.required = False
        email.help_text = "Optional. Only used to send you a link if you forget your password."
        email.widget.attrs["autocomplete"] = "email"
        self.fields["time_zone"] = time_zone_field(required=False)

    def clean_time_zone(self) -> str:
        return self.cleaned_data["time_zone"] or DEFAULT_TIME_ZONE

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


def time_zone_field(**kwargs) -> forms.ChoiceField:
    """A select of every zone, sorted by name; static/js/time_zone.js may preselect the
    browser's own zone."""
    return forms.ChoiceField(
        label="Time zone",
        choices=[(name, name.replace("_", " ")) for name in time_zone_names()],
        initial=DEFAULT_TIME_ZONE,
        help_text="Due dates and opening times are shown in it.",
        error_messages={
            "invalid_choice": "“%(value)s” is not a time zone we know. Choose one from the list."
        },
        widget=forms.Select(attrs={"data-browser-time-zone": "", "autocomplete": "off"}),
        **kwargs,
    )


class AccountSettingsForm(forms.ModelForm):
    time_zone = time_zone_field()

    class Meta:
        model = User
        fields = ("time_zone",)
