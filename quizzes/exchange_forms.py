"""Forms of the workspace's exchange page: downloading a document's questions in another
tool's format, and uploading a file of questions into one of its sections."""

from __future__ import annotations

from django import forms

from quizzes import exchange

MAX_UPLOAD_MB = exchange.MAX_IMPORT_BYTES // (1024 * 1024)


def _section_field(**kwargs) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(queryset=None, **kwargs)


class ExportForm(forms.Form):
    section = _section_field(
        required=False,
        empty_label="The whole document",
        help_text="A section's questions include those of the sections under it.",
    )
    status = forms.ChoiceField(
        label="Questions",
        choices=[("approved", "Approved only"), ("all", "Approved and drafts")],
        initial="approved",
        help_text="Retired questions are never exported.",
    )
    format = forms.ChoiceField(choices=list(exchange.EXPORT_FORMATS.items()), initial="gift")

    def __init__(self, *args, sections, **kwargs):
        # Both forms share a page: their own prefixes keep the labels' ids apart.
        kwargs.setdefault("auto_id", "id_export_%s")
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: section.heading


class ImportForm(forms.Form):
    file = forms.FileField(
        label="File of questions",
        max_length=200,
        help_text=f"GIFT, Moodle XML or Aiken, at most {MAX_UPLOAD_MB} MB.",
    )
    section = _section_field(
        label="Into the section",
        empty_label="Choose a section",
        help_text="The questions come in as written by you, approved.",
    )
    format = forms.ChoiceField(
        required=False,
        choices=[("", "Recognise it from the file"), *exchange.IMPORT_FORMATS.items()],
    )

    def __init__(self, *args, sections, **kwargs):
        kwargs.setdefault("auto_id", "id_import_%s")
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections
        self.fields["section"].label_from_instance = lambda section: section.heading

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > exchange.MAX_IMPORT_BYTES:
            raise forms.ValidationError(f"The file is larger than {MAX_UPLOAD_MB} MB.")
        return upload
