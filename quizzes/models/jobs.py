"""Where a document's question generation in the background stands, for its page to show."""

from datetime import timedelta

from django.db import models
from django.utils import timezone

# A job queued or running with no news for this long has lost its worker (a crash, a
# flushed queue): its owner may start it again.
STALLED_AFTER = timedelta(hours=1)
ERROR_MAX_LENGTH = 300


class GenerationJob(models.Model):
    """The latest background generation of one document.

    ``quizzes.jobs`` moves it from queued to running to done or failed; a new request
    (an upload that changed the text, "Try again") puts it back to queued.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    document = models.OneToOneField(
        "content.Document", on_delete=models.CASCADE, related_name="generation_job"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    task_id = models.CharField(
        max_length=64, blank=True, help_text="Id of the last task enqueued for it."
    )
    sections_done = models.PositiveIntegerField(default=0)
    sections_total = models.PositiveIntegerField(default=0)
    live_count = models.PositiveIntegerField(
        default=0, help_text="Live questions of the document after the run."
    )
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    retired_count = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=ERROR_MAX_LENGTH, blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "generation job"

    def __str__(self) -> str:
        return f"{self.document}: {self.get_state_display().lower()}"

    @property
    def in_progress(self) -> bool:
        return self.state in (self.State.QUEUED, self.State.RUNNING)

    @property
    def stalled(self) -> bool:
        return self.in_progress and self.updated_at < timezone.now() - STALLED_AFTER

    @property
    def may_retry(self) -> bool:
        return self.state == self.State.FAILED or self.stalled

    @property
    def shown(self) -> str:
        """What the page shows of it, to tell a poll whether anything changed."""
        return f"{self.state}-{self.sections_done}"

    @property
    def percent_done(self) -> int:
        if not self.sections_total:
            return 0
        return min(100, round(100 * self.sections_done / self.sections_total))
