from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone

from quizzes.models import GenerationJob, GenerationRun, Question, QuestionSet, QuestionSetItem


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "answer",
        "kind",
        "format",
        "status",
        "origin",
        "score",
        "section",
        "edited_at",
    )
    list_filter = ("status", "origin", "kind", "format", "section__document")
    search_fields = ("prompt", "answer", "section__title", "section__path")
    list_select_related = ("section",)
    raw_id_fields = ("section", "block")
    readonly_fields = (
        "origin",
        "rule",
        "source_sentence",
        "fingerprint",
        "edited_at",
        "edited_by",
        "created_at",
        "updated_at",
    )
    actions = ["approve", "retire"]

    def save_model(self, request, obj, form, change):
        # Any change by an instructor, status included, protects the question from
        # regeneration: a rejected (retired) draft must not come back as a new draft.
        if change and form.has_changed():
            obj.edited_at = timezone.now()
            obj.edited_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Approve selected questions")
    def approve(self, request, queryset):
        self._set_status(request, queryset, Question.Status.APPROVED)

    @admin.action(description="Retire selected questions")
    def retire(self, request, queryset):
        self._set_status(request, queryset, Question.Status.RETIRED)

    def _set_status(self, request, queryset, status: str) -> None:
        now = timezone.now()
        count = queryset.update(
            status=status, edited_at=now, edited_by=request.user, updated_at=now
        )
        self.message_user(request, f"{count} question(s) now {status}.", messages.SUCCESS)


class QuestionSetItemInline(admin.TabularInline):
    model = QuestionSetItem
    fields = ("position", "question")
    raw_id_fields = ("question",)
    extra = 0


@admin.register(QuestionSet)
class QuestionSetAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "section", "question_count", "created_by", "updated_at")
    list_filter = ("kind", "section__document")
    search_fields = ("title", "section__title", "section__path")
    list_select_related = ("section", "created_by")
    raw_id_fields = ("section",)
    readonly_fields = ("created_at", "updated_at")
    inlines = [QuestionSetItemInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description="questions", ordering="item_count")
    def question_count(self, question_set) -> int:
        return question_set.item_count


@admin.register(GenerationRun)
class GenerationRunAdmin(admin.ModelAdmin):
    list_display = ("document", "generated_count", "updated_at")
    search_fields = ("document__title", "document__slug")
    list_select_related = ("document",)
    readonly_fields = ("document", "content_sha256", "generated_count", "updated_at")


@admin.register(GenerationJob)
class GenerationJobAdmin(admin.ModelAdmin):
    """Read-only: the task changes it; an instructor restarts it from the document's page."""

    list_display = (
        "document",
        "state",
        "sections_done",
        "sections_total",
        "live_count",
        "updated_at",
    )
    list_filter = ("state",)
    search_fields = ("document__title", "document__slug")
    list_select_related = ("document",)

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
