from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from accounts.views import log_out


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page links; send them to the SVG icon.

    Not a permanent redirect: in production the target is a hashed file that changes.
    """
    return redirect(static("favicon.svg"), permanent=False)


urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", log_out, name="logout"),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    # Before /teach/<slug>/, which would take "classes" for a document.
    path("", include("classes.urls")),
    path("teach/", include("quizzes.teach_urls")),
    path("", include("quizzes.urls")),
    path("", include("content.urls")),
]
