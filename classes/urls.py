"""Instructors manage classes under /teach/classes/; learners join them under /classes/."""

from django.urls import path

from classes import assignment_views, gradebook_views, manage_views, views

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
    path("teach/classes/<int:pk>/gradebook/", gradebook_views.gradebook_page, name="gradebook"),
    path(
        "teach/classes/<int:pk>/gradebook.csv", gradebook_views.gradebook_csv, name="gradebook_csv"
    ),
    path(
        "teach/classes/<int:pk>/assignments/<int:assignment_pk>/learners/<int:user_pk>/",
        gradebook_views.learner_attempts,
        name="learner_attempts",
    ),
    path(
        "teach/classes/<int:pk>/attempts/<int:attempt_pk>/",
        gradebook_views.attempt_detail,
        name="attempt_detail",
    ),
    path("teach/classes/<int:pk>/progress/", gradebook_views.class_progress, name="progress"),
    path("classes/", views.my_classes, name="mine"),
    path("classes/assigned/", views.assigned_to_me, name="assigned"),
    path("classes/assignments/<int:pk>/start/", views.start_assignment, name="start"),
    path("classes/join/", views.join_class, name="join"),
    path("teach/classes/<int:pk>/edit/", manage_views.edit_class, name="edit"),
    path("teach/classes/<int:pk>/delete/", manage_views.archive_class, name="archive"),
    path(
        "teach/classes/<int:pk>/instructors/<int:user_pk>/remove/",
        manage_views.remove_instructor,
        name="remove_instructor",
    ),
]
