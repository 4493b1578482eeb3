"""Forms of classes: creating one, joining one, adding a co-instructor, assigning a quiz."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model

from classes.models import JOIN_CODE_LENGTH, NAME_MAX_LENGTH, GradingMethod

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


DATETIME_INPUT_FORMAT = "%Y-%m-%dT%H:%M"


def _datetime_field(label: str, help_text: str) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        help_text=help_text,
        input_formats=[DATETIME_INPUT_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT_FORMAT),
    )


class SectionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, section) -> str:
        return f"{section.document.title}: {section.heading}"


class AssignmentForm(forms.Form):
    title = forms.CharField(label="Title", max_length=NAME_MAX_LENGTH)
    sections = SectionChoiceField(
        queryset=None,
        label="Sections",
        help_text="All from one of your documents. Hold Ctrl (or ⌘) to choose several.",
    )
    per_section = forms.IntegerField(
        label="Questions per section",
        min_value=1,
        max_value=50,
        initial=5,
        help_text="Drawn at random for each attempt.",
    )
    opens_at = _datetime_field("Opens", "In your time zone. Learners can start it from then.")
    due_at = _datetime_field("Due", "In your time zone. No answer is accepted after it.")
    time_limit_minutes = forms.IntegerField(
        label="Time limit (minutes)",
        min_value=1,
        required=False,
        help_text="Counted from the start of each attempt; leave empty for none.",
    )
    max_attempts = forms.IntegerField(
        label="Attempts allowed", min_value=1, max_value=100, initial=1
    )
    grading_method = forms.ChoiceField(
        label="Grade", choices=GradingMethod.choices, initial=GradingMethod.HIGHEST
    )

    def __init__(self, *args, sections=None, action: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = sections
        self.helper = _helper(action, "Assign")

    def clean_sections(self):
        sections = self.cleaned_data["sections"]
        if len({section.document_id for section in sections}) > 1:
            raise forms.ValidationError("Choose sections of one document only.")
        return sections

    def clean(self):
        cleaned = super().clean()
        opens_at, due_at = cleaned.get("opens_at"), cleaned.get("due_at")
        if opens_at and due_at and due_at <= opens_at:
            self.add_error("due_at", "The due time must come after the opening time.")
        return cleaned


class RenameClassForm(ClassForm):
    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, action=action, **kwargs)
        self.helper = _helper(action, "Rename")
