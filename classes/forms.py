"""Forms of classes: creating one, joining one, adding a co-instructor, assigning a quiz."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Layout, Submit
from django import forms
from django.contrib.auth import get_user_model

from classes.models import (
    JOIN_CODE_LENGTH,
    MAX_TIME_LIMIT_MINUTES,
    NAME_MAX_LENGTH,
    FeedbackTiming,
    GradingMethod,
    Selection,
)
from quizzes.attempts import askable_questions
from quizzes.models.attempts import Presentation

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
# Many-to-many fields: their initial values are lists of keys, not attributes.
MANY = {"sections", "questions"}


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
    """An assignment's settings, to create one or to edit it (``initial_from``)."""

    title = forms.CharField(label="Title", max_length=NAME_MAX_LENGTH)
    selection = forms.ChoiceField(
        label="Questions",
        choices=Selection.choices,
        initial=Selection.RANDOM,
        widget=forms.RadioSelect,
    )
    sections = SectionChoiceField(
        queryset=None,
        label="Sections",
        required=False,
        help_text="At random only: all from one of your documents. "
        "Hold Ctrl (or ⌘) to choose several.",
    )
    per_section = forms.IntegerField(
        label="Questions per section",
        min_value=1,
        max_value=50,
        initial=5,
        required=False,
        help_text="At random only: drawn afresh for each attempt.",
    )
    questions = forms.ModelMultipleChoiceField(
        queryset=None,
        label="Hand-picked questions",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Hand-picked only: approved questions of one of your documents.",
    )
    shuffle_questions = forms.BooleanField(
        label="Shuffle the questions",
        required=False,
        initial=True,
        help_text="Each attempt orders them at random; otherwise as the document reads.",
    )
    presentations = forms.MultipleChoiceField(
        label="Formats",
        choices=Presentation.choices,
        initial=list(Presentation.values),
        widget=forms.CheckboxSelectMultiple,
        help_text="Each question is asked in one of the ticked formats it can be asked in.",
        error_messages={"required": "Allow at least one format."},
    )
    feedback = forms.ChoiceField(
        label="Learners see their marks and the answers",
        choices=FeedbackTiming.choices,
        initial=FeedbackTiming.AFTER_SUBMISSION,
        widget=forms.RadioSelect,
    )
    opens_at = _datetime_field("Opens", "In your time zone. Learners can start it from then.")
    due_at = _datetime_field("Due", "In your time zone. No answer is accepted after it.")
    time_limit_minutes = forms.IntegerField(
        label="Time limit (minutes)",
        min_value=1,
        max_value=MAX_TIME_LIMIT_MINUTES,
        required=False,
        help_text="Counted from the start of each attempt; leave empty for none.",
    )
    max_attempts = forms.IntegerField(
        label="Attempts allowed", min_value=1, max_value=100, initial=1
    )
    grading_method = forms.ChoiceField(
        label="Grade", choices=GradingMethod.choices, initial=GradingMethod.HIGHEST
    )

    def __init__(
        self, *args, sections=None, questions=None, action: str = "", submit="Assign", **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = sections
        self.fields["questions"].queryset = questions
        self.helper = _helper(action, submit)
        # The picker is grouped by section (a template of its own), not one long list.
        self.helper.layout = Layout(
            *[
                HTML('{% include "classes/_question_picker.html" %}')
                if name == "questions"
                else name
                for name in self.fields
            ]
        )

    @staticmethod
    def initial_from(assignment) -> dict:
        """The form's initial values for editing ``assignment``."""
        fields = AssignmentForm.base_fields
        initial = {name: getattr(assignment, name) for name in fields if name not in MANY}
        initial["sections"] = [section.pk for section in assignment.sections.all()]
        initial["questions"] = [question.pk for question in assignment.questions.all()]
        return initial

    def question_groups(self) -> list[tuple]:
        """The hand-pickable questions by section, each with whether it is ticked:
        [(section, [(question, checked), ...]), ...], in the queryset's order."""
        chosen = {str(value) for value in self["questions"].value() or []}
        groups: dict = {}
        for question in self.fields["questions"].queryset:
            groups.setdefault(question.section, []).append((question, str(question.pk) in chosen))
        return list(groups.items())

    def clean_sections(self):
        sections = self.cleaned_data["sections"]
        if len({section.document_id for section in sections}) > 1:
            raise forms.ValidationError("Choose sections of one document only.")
        return sections

    def clean_questions(self):
        questions = self.cleaned_data["questions"]
        if len({question.section.document_id for question in questions}) > 1:
            raise forms.ValidationError("Pick questions of one document only.")
        return questions

    def clean(self):
        cleaned = super().clean()
        opens_at, due_at = cleaned.get("opens_at"), cleaned.get("due_at")
        if opens_at and due_at and due_at <= opens_at:
            self.add_error("due_at", "The due time must come after the opening time.")
        if cleaned.get("selection") == Selection.HAND_PICKED:
            self._clean_hand_picked(cleaned)
        else:
            self._clean_random(cleaned)
        return cleaned

    def _clean_random(self, cleaned) -> None:
        if "sections" in cleaned and not cleaned["sections"]:
            self.add_error("sections", "Choose at least one section to draw questions from.")
        if "per_section" in cleaned and cleaned["per_section"] is None:
            self.add_error("per_section", "Say how many questions to draw from each section.")
        cleaned["questions"] = []

    def _clean_hand_picked(self, cleaned) -> None:
        if cleaned.get("per_section") is None:
            # Unused when hand-picked; kept for a later switch back to random.
            cleaned["per_section"] = self.initial.get("per_section") or 5
        questions = cleaned.get("questions")
        if questions is None:
            return
        if not questions:
            self.add_error("questions", "Tick at least one question to hand-pick.")
            return
        allowed = cleaned.get("presentations") or []
        if allowed and not askable_questions(questions, allowed):
            self.add_error(
                "presentations",
                "None of the questions you picked can be asked in the formats you allowed.",
            )


class RenameClassForm(ClassForm):
    def __init__(self, *args, action: str = "", **kwargs):
        super().__init__(*args, action=action, **kwargs)
        self.helper = _helper(action, "Rename")
