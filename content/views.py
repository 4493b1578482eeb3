import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from content.forms import UploadDocumentForm
from content.importers import DocumentError
from content.library import library_entries, trial_section
from content.models import Block, Document, Section
from content.sentences import Sentence
from content.services import import_document_file
from content.toc import build_toc
from quizzes import jobs
from quizzes.models import Attempt

PAGE_SIZE = 20
SEARCH_MIN_LENGTH = 2
SEARCH_MAX_LENGTH = 200
# A block's primary key as a query parameter: digits that fit a bigint.
BLOCK_ID = re.compile(r"[0-9]{1,18}")


def library(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.with_counts().order_by("title", "pk")
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"page": page, "entries": library_entries(list(page.object_list))}
    if request.user.is_authenticated:
        context["resume"] = Attempt.objects.resumable(request.user, timezone.now())
    else:
        context["trial_section"] = trial_section()
    return render(request, "content/library.html", context)


def document_detail(request: HttpRequest, slug: str) -> HttpResponse:
    document = get_object_or_404(Document, slug=slug)
    sections = (
        document.sections.live().with_paragraph_counts().with_question_counts().order_by("position")
    )
    context = {
        "document": document,
        "toc": build_toc(sections),
        # How its questions' generation stands, for the uploader and staff.
        "generation": jobs.job_for(request.user, document),
        "reviews": request.user.is_authenticated
        and request.user.can_manage_content
        and document.is_owned_by(request.user),
    }
    return render(request, "content/document.html", context)


def section_detail(request: HttpRequest, slug: str, path: str) -> HttpResponse:
    # Archived sections are found too, but shown only for a passage a learner's history
    # links to (``?block=<id>``); anything else about them is a 404.
    section = get_object_or_404(
        Section.objects.with_question_counts().select_related("document"),
        document__slug=slug,
        path=path,
    )
    archived_passage = _archived_passage(section, request.GET.get("block", ""))
    if section.archived_at is not None and archived_passage is None:
        raise Http404("No such section in the current version of the document.")
    siblings = Section.objects.live().filter(document=section.document_id)
    blocks = list(section.blocks.live().order_by("position"))
    context = {
        "document": section.document,
        "section": section,
        "archived_passage": archived_passage,
        "blocks": blocks,
        "sentence": _sentence(request.GET, [*blocks, archived_passage]),
        "children": section.children.live().with_question_counts().order_by("position"),
        "ancestors": siblings.filter(path__in=section.ancestor_paths()).order_by("depth"),
        "previous": siblings.filter(position__lt=section.position).order_by("-position").first(),
        "next": siblings.filter(position__gt=section.position).order_by("position").first(),
    }
    return render(request, "content/section.html", context)


def _sentence(query, blocks: list[Block | None]) -> Sentence | None:
    """The sentence a results page links to (``?block=<id>&start=<n>&end=<n>``), to be
    marked on the page; None unless it lies inside one of the page's blocks."""
    block_id, start, end = (query.get(name, "") for name in ("block", "start", "end"))
    if not all(BLOCK_ID.fullmatch(value) for value in (block_id, start, end)):
        return None
    block = next((b for b in blocks if b is not None and b.pk == int(block_id)), None)
    if block is None or not 0 <= int(start) < int(end) <= len(block.text):
        return None
    return Sentence(block_id=block.pk, start=int(start), end=int(end))


def _archived_passage(section: Section, block_id: str) -> Block | None:
    """The block of this section named by ``block_id`` if a re-import archived it or its
    section: the source of a question answered before the document changed."""
    if not BLOCK_ID.fullmatch(block_id):
        return None
    block = section.blocks.filter(pk=int(block_id)).first()
    if block is None or (block.archived_at is None and section.archived_at is None):
        return None
    return block


def search(request: HttpRequest) -> HttpResponse:
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_LENGTH]
    context = {"query": query, "too_short": 0 < len(query) < SEARCH_MIN_LENGTH}
    if len(query) >= SEARCH_MIN_LENGTH:
        matches = (
            Block.objects.live()
            .filter(section__archived_at__isnull=True)
            .filter(Q(text__icontains=query) | Q(term__icontains=query))
            .select_related("section__document")
            .order_by("section__document__title", "section__position", "position")
        )
        context["page"] = Paginator(matches, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "content/search.html", context)


@login_required
def upload_document(request: HttpRequest) -> HttpResponse:
    if not request.user.can_manage_content:
        raise PermissionDenied("Only instructors and staff can upload documents.")
    max_bytes = settings.CONTENT_MAX_UPLOAD_BYTES
    bound = request.method == "POST"
    form = UploadDocumentForm(
        request.POST if bound else None,
        request.FILES if bound else None,
        max_bytes=max_bytes,
        upload_too_large=getattr(request, "upload_too_large", False),
    )
    if bound and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            report = import_document_file(
                data=upload.read(),
                filename=upload.name,
                format=form.cleaned_data["format"] or None,
                title=form.cleaned_data["title"] or None,
                uploaded_by=request.user,
                # Asked inside the import's transaction with the document locked, so two
                # uploads of one file name cannot both pass a check made beforehand.
                may_replace=lambda document: document.is_owned_by(request.user),
                max_bytes=max_bytes,
            )
        except DocumentError as error:
            form.add_error("file", str(error))
        else:
            queued = jobs.queue_generation(document=report.document)
            messages.success(
                request,
                report.summary() + (" Its questions are being generated." if queued else ""),
            )
            return redirect(report.document)
    return render(
        request, "content/upload.html", {"form": form}, status=400 if form.errors else 200
    )
