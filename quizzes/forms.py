from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from quizzes.attempts import ANSWER_TOO_LONG
from quizzes.models.attempts import MAX_ANSWER_LENGTH, Presentation

COUNT_CHOICES = [(5, "5"), (10, "10"), (20, "20"), (50, "50")]


class PracticeForm(forms.Form):
    sections = forms.ModelMultipleChoiceField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text="Questions come from the sections you tick.",
        error_messages={"required": "Choose at least one section."},
    )
    count = forms.TypedChoiceField(
        label="Number of questions", choices=COUNT_CHOICES, coerce=int, initial=10
    )
    presentations = forms.MultipleChoiceField(
        label="Formats",
        choices=Presentation.choices,
        initial=list(Presentation.values),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one format."},
    )
    immediate_feedback = forms.BooleanField(
        label="Mark each answer right away",
        required=False,
        initial=True,
        help_text="Otherwise answers are marked when you finish.",
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = sections
        self.fields["sections"].label_from_instance = lambda section: section.heading
        self.helper = FormHelper()
        self.helper.add_input(Submit("start", "Start the quiz"))


def answer_field() -> forms.CharField:
    """One answer as the server accepts it: capped in length, no NUL characters (the field
    refuses those by default); kept unstripped so grading sees what was sent."""
    return forms.CharField(
        required=False,
        strip=False,
        max_length=MAX_ANSWER_LENGTH,
        error_messages={"max_length": ANSWER_TOO_LONG},
    )


class AnswerForm(forms.Form):
    answer = answer_field()


class TrialAnswersForm(forms.Form):
    """A visitor's answers to the trial quiz, one field per question."""

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        for index in range(count):
            self.fields[f"answer-{index}"] = answer_field()
