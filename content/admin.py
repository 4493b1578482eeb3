from django.contrib import admin

from content.models import Block, Document, Section


class SectionInline(admin.TabularInline):
    model = Section
    fields = ("path", "kind", "label", "title", "archived_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "source_name", "source_format", "uploaded_by", "updated_at")
    list_filter = ("source_format",)
    search_fields = ("title", "slug", "source_name")
    readonly_fields = ("source_sha256", "created_at", "updated_at")
    list_select_related = ("uploaded_by",)
    inlines = [SectionInline]


class BlockInline(admin.TabularInline):
    model = Block
    fields = ("position", "kind", "term", "text", "archived_at")
    # Block text is the anchor of question offsets: it changes only through re-import.
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("path", "label", "title", "kind", "document", "archived_at")
    list_filter = ("kind", "document")
    search_fields = ("title", "path", "document__title")
    list_select_related = ("document",)
    raw_id_fields = ("parent",)
    inlines = [BlockInline]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "section", "position", "archived_at")
    list_filter = ("kind", "section__document")
    search_fields = ("text", "term", "section__title")
    list_select_related = ("section",)
    readonly_fields = ("section", "kind", "position", "term", "text", "archived_at")
