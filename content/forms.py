from pathlib import Path

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.template.defaultfilters import filesizeformat

from content.importers import FORMATS
from content.importers.limits import DOCUMENT_TITLE_MAX_LENGTH

ALLOWED_SUFFIXES = (".txt", ".md", ".markdown")


class UploadDocumentForm(forms.Form):
    file = forms.FileField(
        label="Document file",
        required=False,  # clean_file says why a file is missing: none chosen, or too large
        help_text="A .txt or .md file in UTF-8: the pipe export format, Markdown or plain text.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ALLOWED_SUFFIXES)}),
    )
    title = forms.CharField(
        max_length=DOCUMENT_TITLE_MAX_LENGTH,
        required=False,
        help_text="Leave empty to take the title from the document.",
    )
    format = forms.ChoiceField(
        choices=[("", "Detect automatically")] + [(f, f.title()) for f in FORMATS],
        required=False,
    )

    def __init__(self, *args, max_bytes: int, upload_too_large: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes
        self.upload_too_large = upload_too_large
        self.fields["file"].help_text += f" At most {filesizeformat(max_bytes)}."
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Upload and import"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if self.upload_too_large:
            raise forms.ValidationError(
                f"The file is larger than the {filesizeformat(self.max_bytes)} limit."
            )
        if not upload:
            raise forms.ValidationError("Choose a file to upload.")
        if Path(upload.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError("Upload a .txt or .md file.")
        if upload.size > self.max_bytes:
            raise forms.ValidationError(
                f"The file is {filesizeformat(upload.size)}; the limit is "
                f"{filesizeformat(self.max_bytes)}."
            )
        return upload
