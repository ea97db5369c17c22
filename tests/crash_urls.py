"""The site's URLconf plus views that fail, to check the error pages people see."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpResponse
from django.urls import path

from connection_hub import urls as site_urls


def crash(request):
    raise RuntimeError("boom")


def bad(request):
    raise SuspiciousOperation("malformed")


def forbidden(request):
    raise PermissionDenied


def missing(request):
    raise Http404


def form(request):
    return HttpResponse("posted")  # POST without a CSRF token never gets here


urlpatterns = [
    path("crash/", crash),
    path("bad/", bad),
    path("forbidden/", forbidden),
    path("missing/", missing),
    path("form/", form),
    *site_urls.urlpatterns,
]

# The site's own error handlers, where it names them (Django's defaults otherwise).
for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(site_urls, _name):
        globals()[_name] = getattr(site_urls, _name)
