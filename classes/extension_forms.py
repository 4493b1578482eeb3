"""The form that gives one learner more time at an assignment."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime

from classes.models import MAX_TIME_LIMIT_MINUTES, Assignment

DATETIME_INPUT_FORMAT = "%Y-%m-%dT%H:%M"


class ExtensionForm(forms.Form):
    due_at = forms.DateTimeField(
        label="Their due time",
        required=False,
        input_formats=[DATETIME_INPUT_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT_FORMAT),
        help_text="In your time zone; later than the class's. Leave empty to keep the class's.",
    )
    time_limit_minutes = forms.IntegerField(
        label="Their time limit (minutes)",
        required=False,
        min_value=1,
        max_value=MAX_TIME_LIMIT_MINUTES,
        help_text="Longer than the class's. Leave empty to keep the class's.",
    )

    def __init__(self, *args, assignment: Assignment, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        self.helper = FormHelper()
        self.helper.form_action = action
        self.helper.add_input(Submit("submit", "Save the extension"))

    def clean_due_at(self):
        due_at = self.cleaned_data["due_at"]
        if due_at is not None and due_at <= self.assignment.due_at:
            raise forms.ValidationError(
                "Their due time must be later than the class's, "
                f"{date_format(localtime(self.assignment.due_at), 'j M Y, H:i T')}."
            )
        return due_at

    def clean_time_limit_minutes(self):
        minutes = self.cleaned_data["time_limit_minutes"]
        class_limit = self.assignment.time_limit_minutes
        if minutes is None:
            return None
        if class_limit is None:
            raise forms.ValidationError("This assignment has no time limit to extend.")
        if minutes <= class_limit:
            raise forms.ValidationError(
                f"Their time limit must be longer than the class's {class_limit} minutes."
            )
        return minutes

    def clean(self):
        cleaned = super().clean()
        nothing = cleaned.get("due_at") is None and cleaned.get("time_limit_minutes") is None
        if nothing and not self.errors:
            raise forms.ValidationError("Give a later due time, a longer time limit, or both.")
        return cleaned
