"""Asking for a document's questions in the background: one task, and only when needed."""

from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes import jobs, services
from quizzes.models import GenerationJob
from tests.conftest import enqueued_generations, make_generation_job


@pytest.fixture
def queue(owned_document, django_capture_on_commit_callbacks):
    """Queue generation of the seed document, running the on-commit enqueue."""

    def queue_it(**options) -> bool:
        with django_capture_on_commit_callbacks(execute=True):
            return jobs.queue_generation(document=owned_document, **options)

    return queue_it


def test_enqueues_one_task_when_the_transaction_commits(
    owned_document, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        assert jobs.queue_generation(document=owned_document)
        assert enqueued_generations() == 0, "nothing is enqueued before the commit"
    assert len(callbacks) == 1
    callbacks[0]()
    assert enqueued_generations() == 1
    job = GenerationJob.objects.get(document=owned_document)
    assert job.state == GenerationJob.State.QUEUED
    assert job.task_id


def test_nothing_more_is_enqueued_while_a_task_waits(queue):
    assert queue()
    assert not queue()
    assert enqueued_generations() == 1


def test_nothing_is_enqueued_for_questions_up_to_date_with_the_text(owned_document, queue):
    services.store_generated_questions(document=owned_document, generated=[])
    assert not queue()
    assert enqueued_generations() == 0
    assert queue(force=True), "unless forced"


def test_a_finished_job_is_queued_again_with_its_figures_cleared(owned_document, queue):
    make_generation_job(
        owned_document, state=GenerationJob.State.FAILED, error="Boom.", sections_done=3
    )
    assert queue()
    job = GenerationJob.objects.get(document=owned_document)
    assert (job.state, job.error, job.sections_done) == (GenerationJob.State.QUEUED, "", 0)


def test_a_job_queued_long_ago_without_news_is_queued_again(owned_document, queue):
    job = make_generation_job(owned_document, state=GenerationJob.State.QUEUED)
    GenerationJob.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    assert queue()
    assert enqueued_generations() == 1


def test_retry_only_restarts_a_failed_or_stalled_job(
    owned_document, django_capture_on_commit_callbacks
):
    job = make_generation_job(owned_document, state=GenerationJob.State.DONE)
    assert not jobs.retry_generation(document=owned_document)
    GenerationJob.objects.filter(pk=job.pk).update(state=GenerationJob.State.FAILED)
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.retry_generation(document=owned_document)
        assert not jobs.retry_generation(document=owned_document)
    assert enqueued_generations() == 1
