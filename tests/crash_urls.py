"""The site's URLconf plus a view that fails, to check the 500 page."""

from django.urls import path

from connection_hub.urls import urlpatterns as site_urlpatterns


def crash(request):
    raise RuntimeError("boom")


urlpatterns = [path("crash/", crash), *site_urlpatterns]
