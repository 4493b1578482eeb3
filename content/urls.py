from django.urls import path

from content import views

app_name = "content"

urlpatterns = [
    path("", views.library, name="library"),
    path("search/", views.search, name="search"),
    path("upload/", views.upload_document, name="upload"),
    path("documents/<slug:slug>/", views.document_detail, name="document"),
    path("documents/<slug:slug>/sections/<path:path>/", views.section_detail, name="section"),
]
