from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from accounts.models import User


@admin.register(User)
class QuizUserAdmin(UserAdmin):
    list_display = ("username", "email", "is_instructor", "is_staff", "is_active", "date_joined")
    list_filter = ("is_instructor", "is_staff", "is_superuser", "is_active")
    fieldsets = UserAdmin.fieldsets + (("Role", {"fields": ("is_instructor",)}),)
