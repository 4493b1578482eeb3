from django.urls import path

from quizzes import flashcard_views, job_views, trial, views

app_name = "quizzes"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("review/", views.review, name="review"),
    path("practice/<slug:slug>/", views.practice, name="practice"),
    path("try/<slug:slug>/<path:path>/", trial.try_section, name="try"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt"),
    path("attempts/<int:pk>/questions/<int:position>/", views.question, name="question"),
    path("attempts/<int:pk>/questions/<int:position>/answer/", views.answer, name="answer"),
    path("attempts/<int:pk>/submit/", views.submit, name="submit"),
    path("attempts/<int:pk>/results/", views.results, name="results"),
    path("attempts/<int:pk>/retry/", views.retry, name="retry"),
    path(
        "documents/<slug:slug>/generation/",
        job_views.generation_status,
        name="generation_status",
    ),
    path(
        "documents/<slug:slug>/generation/retry/",
        job_views.retry_generation,
        name="generation_retry",
    ),
]

# Flashcards. The rating route comes first: the section path would otherwise swallow "rate".
urlpatterns += [
    path(
        "flashcards/<slug:slug>/<path:path>/rate/",
        flashcard_views.rate,
        name="flashcards_rate",
    ),
    path("flashcards/<slug:slug>/<path:path>/", flashcard_views.flashcard, name="flashcards"),
]
