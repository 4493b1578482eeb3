"""Background tasks, on the django-tasks backport of Django 6's ``django.tasks``.

On Django 6 the import becomes ``from django.tasks import task`` and nothing else changes.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from content.importers.limits import shorten
from quizzes import services
from quizzes.models import GenerationJob, Question

# Sections between two writes of the progress: a poll every 2 s needs no more.
PROGRESS_EVERY = 3


@task()
def generate_document_questions(document_id: int) -> dict[str, int] | None:
    """Generate and store the questions of a document whose job is queued.

    Returns the counts of the run, or None when there was nothing to do (the job was
    already taken by another task, or the document is gone). A failure is recorded on
    the job, which keeps no half bank (storing is one transaction), and raised again so
    that the task backend records it too.
    """
    job = _start(document_id)
    if job is None:
        return None
    try:
        report = services.generate_for_document(
            document=job.document, progress=ProgressWriter(job_id=job.pk)
        )
    except Exception as error:
        _finish(job.pk, state=GenerationJob.State.FAILED, error=failure_message(error))
        raise
    if report is None:  # generated meanwhile (by the command, say) from the same text
        counts = {"live": Question.objects.live().filter(section__document=job.document).count()}
    else:
        counts = {
            "live": report.live,
            "created": report.created,
            "updated": report.updated,
            "retired": report.retired,
        }
    _finish(
        job.pk,
        state=GenerationJob.State.DONE,
        live_count=counts["live"],
        created_count=counts.get("created", 0),
        updated_count=counts.get("updated", 0),
        retired_count=counts.get("retired", 0),
    )
    return counts


@transaction.atomic
def _start(document_id: int) -> GenerationJob | None:
    """Take the document's queued job, or None if there is none to take."""
    job = (
        GenerationJob.objects.select_for_update()
        .select_related("document")
        .filter(document_id=document_id)
        .first()
    )
    if job is None or job.state != GenerationJob.State.QUEUED:
        return None
    job.state = GenerationJob.State.RUNNING
    job.started_at = timezone.now()
    job.save(update_fields=["state", "started_at", "updated_at"])
    return job


def _finish(job_id: int, *, state: str, **values) -> None:
    """Record the end of a run, unless a new request has queued the job again meanwhile
    (its own task will report)."""
    now = timezone.now()
    GenerationJob.objects.filter(pk=job_id, state=GenerationJob.State.RUNNING).update(
        state=state, finished_at=now, updated_at=now, **values
    )


class ProgressWriter:
    """The generator's progress callback: writes sections done of total to the job, on
    the first section, every PROGRESS_EVERY sections and on the last."""

    def __init__(self, *, job_id: int) -> None:
        self.job_id = job_id
        self.written: int | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.written is not None and done < total and done - self.written < PROGRESS_EVERY:
            return
        GenerationJob.objects.filter(pk=self.job_id, state=GenerationJob.State.RUNNING).update(
            sections_done=done, sections_total=total, updated_at=timezone.now()
        )
        self.written = done


def failure_message(error: Exception) -> str:
    """One short line for the document's page: a GenerationError's own message, or the
    kind of error for anything else (a bug; the traceback is in the task's result)."""
    if isinstance(error, services.GenerationError):
        text = str(error)
    else:
        text = f"an unexpected error ({type(error).__name__}: {error})"
    return shorten(" ".join(text.split()), GenerationJob._meta.get_field("error").max_length)
