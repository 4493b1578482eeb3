"""The workspace's exchange page: a document's questions downloaded for Moodle, Anki or a
spreadsheet, and files of questions uploaded into one of its sections.

Who may come in is checked as on every /teach/ page (``instructor_required`` and
``_managed_document``): anonymous visitors log in, learners get 403, an instructor asking
for another's document gets 404.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from content.models import Document
from quizzes import exchange
from quizzes.exchange_forms import ExportForm, ImportForm
from quizzes.teach_views import _managed_document, instructor_required

# How many skipped questions a message names; the rest are counted.
NAMED_SKIPPED = 20


def _page(
    request: HttpRequest,
    document: Document,
    *,
    export_form: ExportForm,
    import_form: ImportForm,
    status: int = 200,
) -> HttpResponse:
    context = {"document": document, "export_form": export_form, "import_form": import_form}
    return render(request, "teach/exchange.html", context, status=status)


@instructor_required
@require_GET
def exchange_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The page with both forms; with the export form's fields, the file itself."""
    document = _managed_document(request, slug)
    sections = document.sections.live().order_by("position")
    export_form = ExportForm(request.GET or None, sections=sections)
    import_form = ImportForm(sections=sections)
    if not export_form.is_bound:
        return _page(request, document, export_form=export_form, import_form=import_form)
    if not export_form.is_valid():
        return _page(
            request, document, export_form=export_form, import_form=import_form, status=400
        )
    exported = exchange.export_questions(document=document, **export_form.cleaned_data)
    response = HttpResponse(exported.content, content_type=exported.content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=exported.filename
    )
    return response


def _skipped_message(report: exchange.ImportReport) -> str:
    named = "; ".join(str(skipped) for skipped in report.skipped[:NAMED_SKIPPED])
    more = len(report.skipped) - NAMED_SKIPPED
    return f"{report.lines()[1]} {named}" + (f"; and {more} more." if more > 0 else ".")


@instructor_required
@require_POST
def import_questions(request: HttpRequest, slug: str) -> HttpResponse:
    document = _managed_document(request, slug)
    sections = document.sections.live().order_by("position")
    form = ImportForm(request.POST, request.FILES, sections=sections)
    if form.is_valid():
        section = form.cleaned_data["section"]
        upload = form.cleaned_data["file"]
        try:
            report = exchange.import_questions(
                section=section,
                data=upload.read(),
                format=form.cleaned_data["format"] or None,
                filename=upload.name,
                user=request.user,
            )
        except exchange.ExchangeError as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, report.lines()[0])
            if report.skipped:
                messages.warning(request, _skipped_message(report))
            queue = reverse("teach:queue", args=[document.slug])
            return redirect(f"{queue}?section={section.pk}")
    export_form = ExportForm(sections=sections)
    return _page(request, document, export_form=export_form, import_form=form, status=400)
