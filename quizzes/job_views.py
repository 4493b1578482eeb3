"""A document's question generation as its page shows it: the state, polled by htmx while
it runs, and "Try again" after a failure. Only the uploader and staff see either."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from content.models import Document
from quizzes import jobs
from quizzes.models import GenerationJob
from quizzes.views import htmx_login_required


@htmx_login_required
def generation_status(request: HttpRequest, slug: str) -> HttpResponse:
    document, job = _managed_document(slug, request.user)
    if job is not None and request.GET.get("shown") == job.shown:
        # Nothing new since the last poll: htmx swaps nothing on a 204, so a screen
        # reader is not read the same status again.
        return HttpResponse(status=204)
    return _status(request, document, job)


@htmx_login_required
@require_POST
def retry_generation(request: HttpRequest, slug: str) -> HttpResponse:
    document, _ = _managed_document(slug, request.user)
    jobs.retry_generation(document=document)
    if not request.htmx:
        return redirect(document)
    return _status(request, document, GenerationJob.objects.filter(document=document).first())


def _managed_document(slug: str, user) -> tuple[Document, GenerationJob | None]:
    """The document and its job, from one query; 404 for a document the user may not manage."""
    document = get_object_or_404(Document.objects.select_related("generation_job"), slug=slug)
    if not document.is_owned_by(user):
        raise Http404("No such document among yours.")
    return document, getattr(document, "generation_job", None)


def _status(request: HttpRequest, document: Document, job: GenerationJob | None) -> HttpResponse:
    return render(
        request, "quizzes/_generation_status.html", {"document": document, "generation": job}
    )
