from django.contrib import admin

from classes.models import Assignment, Classroom, Extension, Membership


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ["name", "join_code", "created_by", "created_at"]
    search_fields = ["name", "join_code"]
    filter_horizontal = ["instructors"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["learner", "classroom", "joined_at", "archived_at"]
    list_filter = ["archived_at"]
    search_fields = ["learner__username", "classroom__name"]
    raw_id_fields = ["classroom", "learner", "archived_by"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["title", "classroom", "opens_at", "due_at", "grading_method", "archived_at"]
    list_filter = ["grading_method", "selection", "feedback", "archived_at"]
    search_fields = ["title", "classroom__name"]
    # Hand-picked questions can run to hundreds: picked by id, not from one long list.
    raw_id_fields = ["classroom", "document", "created_by", "questions"]
    filter_horizontal = ["sections"]


@admin.register(Extension)
class ExtensionAdmin(admin.ModelAdmin):
    list_display = ["learner", "assignment", "due_at", "time_limit_minutes", "granted_at"]
    search_fields = ["learner__username", "assignment__title"]
    raw_id_fields = ["assignment", "learner", "granted_by"]
