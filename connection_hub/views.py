"""Site-wide pages: the home page, help, privacy, robots.txt and the health check."""

from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from connection_hub.core.i18n import language_codes
from resources.models import Practice, Resource, Topic


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["featured_topics"] = Topic.objects.published().featured()[:4]
        context["newest_resources"] = (
            Resource.objects.published().select_related("publisher").newest_first()[:6]
        )
        context["practices"] = Practice.objects.published().order_by("?")[:3]
        return context


class GetHelpView(TemplateView):
    template_name = "get_help.html"


class PrivacyView(TemplateView):
    template_name = "privacy.html"


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"]
    for code in language_codes():  # every language's prefix, from settings.LANGUAGES
        with translation.override(code):
            lines += [f"Disallow: {reverse('admin:index')}", f"Disallow: {reverse('search')}"]
    lines += [f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


@never_cache
@require_GET
def health(request):
    """Liveness and database check for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means "not ready"
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
