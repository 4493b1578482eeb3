"""Asking for a document's questions to be generated in the background.

An upload, ``import_document --generate`` and "Try again" call ``queue_generation``;
the task in ``quizzes.tasks`` does the work and reports on the document's
``GenerationJob``, which its page shows.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from content.models import Document
from quizzes import services
from quizzes.models import GenerationJob
from quizzes.tasks import failure_message, generate_document_questions

logger = logging.getLogger(__name__)


@transaction.atomic
def queue_generation(*, document: Document, force: bool = False) -> bool:
    """Enqueue one generation task for ``document``, when the transaction commits.

    Returns whether a task was enqueued. None is when the questions are up to date with
    the document's text (unless ``force``), or when a task for it is already waiting: it
    reads the text when it starts, so it will see this version too.
    """
    if not force and services.is_up_to_date(document):
        return False
    job, created = GenerationJob.objects.select_for_update().get_or_create(document=document)
    if not created and job.state == GenerationJob.State.QUEUED and not job.stalled:
        return False
    job.state = GenerationJob.State.QUEUED
    job.sections_done = job.sections_total = 0
    job.live_count = job.created_count = job.updated_count = job.retired_count = 0
    job.error = ""
    job.queued_at = timezone.now()
    job.started_at = job.finished_at = None
    job.save()
    transaction.on_commit(lambda: _enqueue(job_id=job.pk, document_id=document.pk))
    return True


def retry_generation(*, document: Document) -> bool:
    """ "Try again" on a failed (or stalled) job: enqueue it once more."""
    job = GenerationJob.objects.filter(document=document).first()
    if job is None or not job.may_retry:
        return False
    return queue_generation(document=document, force=True)


def _enqueue(*, job_id: int, document_id: int) -> None:
    try:
        result = generate_document_questions.enqueue(document_id)
    except Exception as error:  # the queue is unreachable (Redis down): say so on the page
        logger.exception("Could not enqueue question generation for document %s", document_id)
        now = timezone.now()
        GenerationJob.objects.filter(pk=job_id, state=GenerationJob.State.QUEUED).update(
            state=GenerationJob.State.FAILED,
            error=failure_message(error),
            finished_at=now,
            updated_at=now,
        )
        return
    GenerationJob.objects.filter(pk=job_id).update(task_id=str(result.id))


def job_for(user, document: Document) -> GenerationJob | None:
    """The document's generation job if ``user`` may see it (one query), else None."""
    if not document.is_owned_by(user):
        return None
    return GenerationJob.objects.filter(document=document).first()
