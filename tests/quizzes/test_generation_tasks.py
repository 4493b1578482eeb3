"""The generation task: run by the database worker, by RQ, or at once; its failures."""

import signal
import socket
from contextlib import contextmanager
from io import StringIO

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from quizzes import jobs, services, tasks
from quizzes.models import GenerationJob, GenerationRun, Question
from tests.conftest import make_generation_job

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
# A database of the local Redis that nothing else here uses; emptied by the test.
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/15"


@contextmanager
def signal_handlers_kept():
    """Workers install their own SIGINT/SIGTERM handlers; give pytest its own back."""
    kept = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in kept.items():
            signal.signal(number, handler)


def run_db_worker_batch() -> str:
    out = StringIO()
    with signal_handlers_kept():
        call_command(
            "db_worker", "--batch", "--no-reload", "--no-startup-delay", stdout=out, stderr=out
        )
    return out.getvalue()


def job_of(document) -> GenerationJob:
    return GenerationJob.objects.get(document=document)


@pytest.mark.django_db(transaction=True)
def test_db_worker_batch_generates_the_queued_document_and_exits(owned_document, fake_engine):
    """As in production: enqueued on commit, then `db_worker --batch` runs it and exits."""
    assert jobs.queue_generation(document=owned_document)
    assert job_of(owned_document).state == GenerationJob.State.QUEUED

    run_db_worker_batch()

    job = job_of(owned_document)
    assert job.state == GenerationJob.State.DONE
    assert (job.live_count, job.created_count, job.retired_count) == (4, 4, 0)
    assert job.sections_total > 0
    assert job.sections_done == job.sections_total
    assert Question.objects.filter(section__document=owned_document).count() == 4
    result = DBTaskResult.objects.get()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"live": 4, "created": 4, "updated": 0, "retired": 0}
    assert job.task_id == str(result.id)


def test_a_failure_is_recorded_with_a_short_message(
    owned_document, immediate_tasks, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(outline, *, progress=None):
        progress(1, 9)
        raise RuntimeError("the parser broke\non two lines")

    monkeypatch.setattr(services, "run_generator", broken)
    with django_capture_on_commit_callbacks(execute=True):
        jobs.queue_generation(document=owned_document)

    job = job_of(owned_document)
    assert job.state == GenerationJob.State.FAILED
    assert job.error == "an unexpected error (RuntimeError: the parser broke on two lines)"
    assert job.finished_at is not None
    assert not Question.objects.exists()
    assert not GenerationRun.objects.exists()


def test_a_failure_while_storing_leaves_no_half_bank(
    owned_document, fake_engine, immediate_tasks, monkeypatch, django_capture_on_commit_callbacks
):
    """Storing is one transaction: questions written before the failure are rolled back."""

    def broken_sets(*args, **kwargs):
        assert Question.objects.count() == 4, "the questions were written before the failure"
        raise services.GenerationError("Sets could not be stored.")

    monkeypatch.setattr(services, "_sync_sets", broken_sets)
    with django_capture_on_commit_callbacks(execute=True):
        jobs.queue_generation(document=owned_document)

    job = job_of(owned_document)
    assert (job.state, job.error) == (GenerationJob.State.FAILED, "Sets could not be stored.")
    assert not Question.objects.exists()
    assert not GenerationRun.objects.exists()


def test_a_task_whose_job_is_not_queued_does_nothing(owned_document, fake_engine):
    """A second task for one request (a stalled job restarted twice) finds it taken."""
    make_generation_job(owned_document, state=GenerationJob.State.RUNNING)
    assert tasks.generate_document_questions.call(owned_document.pk) is None
    assert fake_engine.outlines == []
    assert job_of(owned_document).state == GenerationJob.State.RUNNING


def test_a_task_for_a_deleted_document_does_nothing(owned_document, fake_engine):
    document_id = owned_document.pk
    owned_document.delete()
    assert tasks.generate_document_questions.call(document_id) is None
    assert fake_engine.outlines == []


def test_a_document_generated_meanwhile_is_done_without_running_the_generator(
    owned_document, fake_engine
):
    services.generate_for_document(document=owned_document)
    fake_engine.outlines.clear()
    make_generation_job(owned_document, state=GenerationJob.State.QUEUED)

    assert tasks.generate_document_questions.call(owned_document.pk) == {"live": 4}
    assert fake_engine.outlines == []
    job = job_of(owned_document)
    assert (job.state, job.live_count, job.created_count) == (GenerationJob.State.DONE, 4, 0)


def test_a_job_queued_again_while_running_is_left_to_its_new_task(owned_document, monkeypatch):
    """The running task's end is not written over the new request's queued state."""

    def requeued_meanwhile(outline, *, progress=None):
        GenerationJob.objects.filter(document=owned_document).update(
            state=GenerationJob.State.QUEUED
        )
        return []

    monkeypatch.setattr(services, "run_generator", requeued_meanwhile)
    make_generation_job(owned_document, state=GenerationJob.State.QUEUED)
    tasks.generate_document_questions.call(owned_document.pk)
    assert job_of(owned_document).state == GenerationJob.State.QUEUED


def test_progress_is_written_every_few_sections_and_at_the_end(
    owned_document, django_assert_num_queries
):
    job = make_generation_job(owned_document, state=GenerationJob.State.RUNNING)
    writer = tasks.ProgressWriter(job_id=job.pk)
    # Sections 1, 4, 7 and 10 of 10 (PROGRESS_EVERY is 3).
    with django_assert_num_queries(4):
        for done in range(1, 11):
            writer(done, 10)
    job.refresh_from_db()
    assert (job.sections_done, job.sections_total) == (10, 10)


def test_an_unreachable_queue_marks_the_job_failed(
    owned_document, monkeypatch, django_capture_on_commit_callbacks
):
    class Unreachable:
        def enqueue(self, *args):
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(jobs, "generate_document_questions", Unreachable())
    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.queue_generation(document=owned_document)

    job = job_of(owned_document)
    assert job.state == GenerationJob.State.FAILED
    assert "ConnectionError: Error 111 connecting" in job.error
    assert job.may_retry


def redis_reachable() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(
    not redis_reachable(),
    reason=f"no Redis at {REDIS_HOST}:{REDIS_PORT}: the RQ backend cannot be tried here",
)
def test_rq_backend_enqueues_to_redis_and_an_rq_worker_generates(
    owned_document, fake_engine, settings, django_capture_on_commit_callbacks
):
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = django_rq.get_queue("default", job_class=Job)
    queue.empty()

    with django_capture_on_commit_callbacks(execute=True):
        assert jobs.queue_generation(document=owned_document)
    assert queue.count == 1
    assert job_of(owned_document).state == GenerationJob.State.QUEUED

    # In this process, so it sees the test's database transaction.
    worker = SimpleWorker([queue], connection=queue.connection, job_class=Job)
    with signal_handlers_kept():
        worker.work(burst=True)

    job = job_of(owned_document)
    assert job.state == GenerationJob.State.DONE
    assert job.live_count == 4
    assert Job.fetch(job.task_id, connection=queue.connection).get_status() == "finished"
    queue.empty()
