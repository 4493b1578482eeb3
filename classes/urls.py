"""Instructors manage classes under /teach/classes/; learners join them under /classes/."""

from django.urls import path

from classes import assignment_views, views

app_name = "classes"

urlpatterns = [
    path("teach/classes/", views.class_list, name="list"),
    path("teach/classes/new/", views.create_class, name="create"),
    path("teach/classes/<int:pk>/", views.class_detail, name="detail"),
    path("teach/classes/<int:pk>/code/", views.regenerate_code, name="regenerate"),
    path("teach/classes/<int:pk>/instructors/", views.add_instructor, name="add_instructor"),
    path(
        "teach/classes/<int:pk>/learners/<int:membership_pk>/remove/",
        views.remove_learner,
        name="remove",
    ),
    path(
        "teach/classes/<int:pk>/assignments/new/",
        views.create_assignment,
        name="assignment_create",
    ),
    path(
        "teach/classes/<int:pk>/assignments/<int:assignment_pk>/edit/",
        views.edit_assignment,
        name="assignment_edit",
    ),
    path(
        "teach/classes/<int:pk>/assignments/<int:assignment_pk>/delete/",
        views.archive_assignment,
        name="assignment_archive",
    ),
    path(
        "teach/classes/<int:pk>/assignments/<int:assignment_pk>/",
        assignment_views.assignment_detail,
        name="assignment",
    ),
    path(
        "teach/classes/<int:pk>/assignments/<int:assignment_pk>/learners/<int:user_pk>/extend/",
        assignment_views.extend,
        name="extend",
    ),
    path("classes/", views.my_classes, name="mine"),
    path("classes/assigned/", views.assigned_to_me, name="assigned"),
    path("classes/assignments/<int:pk>/start/", views.start_assignment, name="start"),
    path("classes/join/", views.join_class, name="join"),
]
