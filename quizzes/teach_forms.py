"""Forms of the instructors' workspace: filtering the review queue, acting in bulk,
editing and writing questions, and a document's serving setting."""

from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from content.models import Document
from quizzes.generation.question import BLANK, MAX_ANSWER_CHARS, MAX_PROMPT_CHARS, Format, Kind
from quizzes.models import MIN_CHOICES, Question
from quizzes.teach import QuestionText

MAX_ACCEPTED_ANSWERS = 20
MAX_CHOICES = 8
# Selected questions in one bulk action: a page of the queue, with room to spare.
MAX_SELECTED = 200
TRUE_FALSE_ANSWERS = ("true", "false")

FORMAT_LABELS = {
    Format.SHORT_ANSWER: "Typed short answer",
    Format.MULTIPLE_CHOICE: "Multiple choice",
    Format.TRUE_FALSE: "True or false statement",
    Format.FILL_BLANK: "Fill in the blank",
}
# What a typed or multiple-choice question asks about; the other two formats are kinds.
ASKED_KINDS = [kind for kind in Kind if kind not in (Kind.FILL_BLANK, Kind.TRUE_FALSE)]


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ReviewFilterForm(forms.Form):
    """The review queue's filters, read from the query string; invalid values are ignored."""

    section = forms.ModelChoiceField(queryset=None, required=False, empty_label="All sections")
    kind = forms.ChoiceField(required=False, choices=[("", "All kinds")])
    format = forms.ChoiceField(
        required=False, choices=[("", "All formats"), *FORMAT_LABELS.items()]
    )
    status = forms.ChoiceField(
        required=False, choices=[("", "All statuses"), *Question.Status.choices]
    )
    min_score = forms.FloatField(
        label="Minimum score", required=False, min_value=0, max_value=1, step_size=0.05
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: section.heading
        self.fields["kind"].choices += [(kind.value, _label(kind.value)) for kind in Kind]

    def apply(self, questions):
        if not self.is_valid():
            return questions
        data = self.cleaned_data
        if data["section"] is not None:
            questions = questions.filter(section=data["section"])
        for name in ("kind", "format", "status"):
            if data[name]:
                questions = questions.filter(**{name: data[name]})
        if data["min_score"] is not None:
            questions = questions.filter(score__gte=data["min_score"])
        return questions


class BulkActionForm(forms.Form):
    """Approve or retire the selected questions, or every question scoring above a value."""

    action = forms.ChoiceField(choices=[("approve", "Approve"), ("retire", "Retire")])
    scope = forms.ChoiceField(
        choices=[("selected", "The selected questions"), ("above", "All with a score above")],
        initial="selected",
        widget=forms.RadioSelect,
    )
    selected = forms.TypedMultipleChoiceField(coerce=int, required=False)
    score_above = forms.FloatField(required=False, min_value=0, max_value=1)
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any whole number is a candidate; the view keeps only the document's questions.
        self.fields["selected"].valid_value = lambda value: str(value).isdigit()

    def clean_selected(self) -> list[int]:
        selected = self.cleaned_data["selected"]
        if len(selected) > MAX_SELECTED:
            raise forms.ValidationError(f"Select at most {MAX_SELECTED} questions at once.")
        return selected

    def clean(self):
        data = super().clean()
        if data.get("scope") == "selected" and not data.get("selected") and not self.errors:
            raise forms.ValidationError("Select at least one question.")
        if data.get("scope") == "above" and data.get("score_above") is None:
            self.add_error("score_above", "Give the score, from 0 to 1.")
        return data

    def questions(self, queryset):
        if self.cleaned_data["scope"] == "above":
            return queryset.filter(score__gt=self.cleaned_data["score_above"])
        return queryset.filter(pk__in=self.cleaned_data["selected"])

    @property
    def status(self) -> str:
        if self.cleaned_data["action"] == "approve":
            return Question.Status.APPROVED
        return Question.Status.RETIRED


class QuestionTextForm(forms.Form):
    """The wording and key of a question, checked for its format."""

    prompt = forms.CharField(
        label="Question",
        max_length=MAX_PROMPT_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    answer = forms.CharField(label="Answer", max_length=MAX_ANSWER_CHARS)
    accepted_answers = forms.CharField(
        label="Other accepted answers",
        required=False,
        max_length=MAX_ACCEPTED_ANSWERS * (MAX_ANSWER_CHARS + 1),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=f"One per line, at most {MAX_ACCEPTED_ANSWERS}.",
    )
    choices = forms.CharField(
        label="Choices",
        required=False,
        max_length=MAX_CHOICES * (MAX_ANSWER_CHARS + 1),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=(
            f"One per line: at least {MIN_CHOICES} different ones, at most {MAX_CHOICES}, "
            "and the answer exactly once among them."
        ),
    )
    false_statement = forms.CharField(
        label="False statement",
        required=False,
        max_length=MAX_PROMPT_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=(
            "Optional: the sentence with a wrong fact in the blank, so the question can "
            "also be asked as true or false."
        ),
    )

    def question_format(self) -> str:
        raise NotImplementedError

    def question_kind(self) -> str:
        raise NotImplementedError

    def clean_accepted_answers(self) -> list[str]:
        answers = _lines(self.cleaned_data["accepted_answers"])
        if len(answers) > MAX_ACCEPTED_ANSWERS:
            raise forms.ValidationError(f"Give at most {MAX_ACCEPTED_ANSWERS} other answers.")
        if any(len(answer) > MAX_ANSWER_CHARS for answer in answers):
            raise forms.ValidationError(f"Answers can be at most {MAX_ANSWER_CHARS} characters.")
        return answers

    def clean_choices(self) -> list[str]:
        choices = _lines(self.cleaned_data["choices"])
        if any(len(choice) > MAX_ANSWER_CHARS for choice in choices):
            raise forms.ValidationError(f"Choices can be at most {MAX_ANSWER_CHARS} characters.")
        return choices

    def clean(self):
        data = super().clean()
        format = self.question_format()
        prompt, answer = data.get("prompt"), data.get("answer")
        if format == Format.MULTIPLE_CHOICE and "choices" in data and answer:
            self._check_choices(data["choices"], answer)
        blanked = format == Format.FILL_BLANK or (
            format and self.question_kind() == Kind.FILL_BLANK
        )
        if blanked and prompt is not None and prompt.count(BLANK) != 1:
            self.add_error("prompt", f"Mark the blank once in the sentence, as {BLANK}.")
        if format == Format.FILL_BLANK and BLANK in data.get("false_statement", ""):
            self.add_error("false_statement", "Write the false statement in full, without a blank.")
        if format == Format.TRUE_FALSE and answer is not None:
            if answer.strip().lower() not in TRUE_FALSE_ANSWERS:
                self.add_error("answer", "Answer true or false.")
            else:
                data["answer"] = answer.strip().lower()
        return data

    def _check_choices(self, choices: list[str], answer: str) -> None:
        folded = [choice.casefold() for choice in choices]
        if len(set(folded)) != len(folded):
            self.add_error("choices", "Each choice must be different.")
        elif len(choices) < MIN_CHOICES:
            self.add_error("choices", f"Give at least {MIN_CHOICES} choices.")
        elif len(choices) > MAX_CHOICES:
            self.add_error("choices", f"Give at most {MAX_CHOICES} choices.")
        elif folded.count(answer.casefold()) != 1 or answer not in choices:
            self.add_error("choices", "The answer must be one of the choices, written the same.")

    def text(self) -> QuestionText:
        data = self.cleaned_data
        return QuestionText(
            prompt=data["prompt"],
            answer=data["answer"],
            accepted_answers=data["accepted_answers"],
            choices=data["choices"],
            false_statement=data["false_statement"],
        )


class EditQuestionForm(QuestionTextForm):
    """Editing a question keeps its format and kind; only the fields they use are shown."""

    def __init__(self, *args, question: Question, **kwargs):
        initial = {
            "prompt": question.prompt,
            "answer": question.answer,
            "accepted_answers": "\n".join(question.accepted_answers),
            "choices": "\n".join(question.choices),
            "false_statement": question.false_statement,
        }
        kwargs.setdefault("auto_id", f"id_{question.pk}_%s")
        super().__init__(*args, initial=initial, **kwargs)
        self.question = question
        if question.format != Format.MULTIPLE_CHOICE:
            del self.fields["choices"]
        if question.kind != Kind.FILL_BLANK:
            del self.fields["false_statement"]
        if question.kind == Kind.TRUE_FALSE:
            self.fields["prompt"].label = "Statement"
            self.fields["answer"].help_text = "true or false"
            del self.fields["accepted_answers"]
        self.fields["prompt"].widget.attrs["autofocus"] = True

    def question_format(self) -> str:
        return self.question.format

    def question_kind(self) -> str:
        return self.question.kind

    def clean(self):
        self.cleaned_data.setdefault("choices", [])
        self.cleaned_data.setdefault("false_statement", "")
        self.cleaned_data.setdefault("accepted_answers", [])
        return super().clean()


class WriteQuestionForm(QuestionTextForm):
    section = forms.ModelChoiceField(queryset=None, empty_label=None)
    format = forms.ChoiceField(choices=list(FORMAT_LABELS.items()), initial=Format.SHORT_ANSWER)
    kind = forms.ChoiceField(
        label="Asks about",
        choices=[(kind.value, _label(kind.value)) for kind in ASKED_KINDS],
        initial=Kind.WHAT,
        help_text="For typed and multiple-choice questions: what the answer is.",
    )
    field_order = ["section", "format", "kind", "prompt", "answer"]

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: section.heading
        self.fields["prompt"].help_text = (
            f"For fill in the blank, mark the blank as {BLANK}; for true or false, write the "
            "statement."
        )
        self.fields["answer"].help_text = "For true or false: true or false."
        self.helper = FormHelper()
        self.helper.add_input(Submit("save", "Save the question"))

    def question_format(self) -> str:
        return self.cleaned_data.get("format", "")

    def question_kind(self) -> str:
        format = self.cleaned_data.get("format")
        if format == Format.FILL_BLANK:
            return Kind.FILL_BLANK
        if format == Format.TRUE_FALSE:
            return Kind.TRUE_FALSE
        return self.cleaned_data.get("kind", "")


class ServingForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["serving"]
        widgets = {"serving": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
