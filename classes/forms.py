"""Forms of classes: creating one, joining one, adding a co-instructor."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model

from classes.models import JOIN_CODE_LENGTH, NAME_MAX_LENGTH

# Room for a code typed with spaces or hyphens between its characters, and no more.
CODE_INPUT_MAX_LENGTH = 3 * JOIN_CODE_LENGTH


def _helper(action: str, submit: str) -> FormHelper:
    helper = FormHelper()
    helper.form_action = action
    helper.add_input(Submit("submit", submit))
    return helper


class ClassForm(forms.Form):
    name = forms.CharField(
        label="Class name",
        max_length=NAME_MAX_LENGTH,
        help_text="Learners see it in their list of classes, "
        "for example “Year 10 history, group B”.",
    )

    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(action, "Create the class")

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError("Give the class a name.")
        return name


class JoinForm(forms.Form):
    code = forms.CharField(
        label="Class code",
        max_length=CODE_INPUT_MAX_LENGTH,
        help_text=f"The {JOIN_CODE_LENGTH} letters and digits your instructor gave you; "
        "capitals or not, spaces do not matter.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(action, "Join")


class InstructorForm(forms.Form):
    username = forms.CharField(
        label="Username of the co-instructor",
        max_length=150,
        help_text="They must have an instructor account.",
    )

    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper(action, "Add co-instructor")

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username__iexact=username).first()
        if user is None:
            raise forms.ValidationError(f"No user is called “{username}”.")
        if not (user.is_active and user.is_instructor):
            raise forms.ValidationError(
                f"{user} is not an instructor; only instructors can teach a class."
            )
        return user
