from django.urls import path

from quizzes import exchange_views, teach_views

app_name = "teach"

urlpatterns = [
    path("", teach_views.workspace, name="workspace"),
    path("<slug:slug>/", teach_views.queue, name="queue"),
    path("<slug:slug>/serving/", teach_views.serving, name="serving"),
    path("<slug:slug>/bulk/", teach_views.bulk_action, name="bulk"),
    path("<slug:slug>/write/", teach_views.write_question, name="write"),
    path("<slug:slug>/preview/<path:path>/", teach_views.preview, name="preview"),
    path("<slug:slug>/questions/<int:pk>/", teach_views.question_row, name="question"),
    path("<slug:slug>/questions/<int:pk>/edit/", teach_views.edit_question, name="edit"),
    path(
        "<slug:slug>/questions/<int:pk>/approve/",
        teach_views.set_status,
        {"action": "approve"},
        name="approve",
    ),
    path(
        "<slug:slug>/questions/<int:pk>/retire/",
        teach_views.set_status,
        {"action": "retire"},
        name="retire",
    ),
]

urlpatterns += [
    path("<slug:slug>/exchange/", exchange_views.exchange_page, name="exchange"),
    path("<slug:slug>/exchange/import/", exchange_views.import_questions, name="import"),
]
