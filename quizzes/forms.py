from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from quizzes.models.attempts import Presentation

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
