"""Instructors manage classes under /teach/classes/; learners join them under /classes/."""

from django.urls import path

from classes import views

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
    path("classes/", views.my_classes, name="mine"),
    path("classes/join/", views.join_class, name="join"),
]
