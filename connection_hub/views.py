"""Site-wide pages: the home page, help, privacy, robots.txt, the health check, and the
error pages (400, 403, CSRF failure, 404, 500, login lockout)."""

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from connection_hub.core.fragments import lazy_value
from connection_hub.core.i18n import language_codes
from connection_hub.core.urls import absolute_url
from resources.models import Practice, Resource, Topic


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        # Built when the template first reads them: not at all when the page's fragment
        # is cached (even building a queryset costs more than reading the fragment).
        context = super().get_context_data(**kwargs)
        context["featured_topics"] = lazy_value(
            self.request,
            lambda: list(
                Topic.objects.published()
                .featured()
                .defer("intro", "search_vector", "search_head")[:4]
            ),
        )
        context["newest_resources"] = lazy_value(
            self.request,
            lambda: list(
                Resource.objects.published()
                .listing_columns()
                .select_related("publisher")
                .newest_first()[:6]
            ),
        )
        context["practices"] = lazy_value(
            self.request,
            lambda: list(Practice.objects.published().listing_columns().order_by("?")[:3]),
        )
        return context


class GetHelpView(TemplateView):
    template_name = "get_help.html"


class PrivacyView(TemplateView):
    template_name = "privacy.html"


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    for code in language_codes():  # every language's prefix, from settings.LANGUAGES
        with translation.override(code):
            lines += [f"Disallow: {reverse('admin:index')}", f"Disallow: {reverse('search')}"]
    lines += [f"Sitemap: {absolute_url(reverse('sitemap_index'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def health(request):
    """Liveness and database check for load balancers (GET or HEAD, plain HTTP allowed:
    SECURE_REDIRECT_EXEMPT)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means "not ready"
        response = HttpResponse(
            "database unavailable", status=503, content_type="text/plain; charset=utf-8"
        )
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
        return response
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


# -- Error pages ---------------------------------------------------------------------
# Each renders its template with no context and no request: no database, no Host header,
# and the crisis lines in the footer (base.html) whatever went wrong.


def _static_page(template_name, status):
    body = loader.get_template(template_name).render({})
    return HttpResponse(body, status=status, content_type="text/html; charset=utf-8")


@requires_csrf_token
def bad_request(request, exception=None):
    return _static_page("400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _static_page("403.html", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a calm page instead of Django's bare one."""
    return _static_page("403_csrf.html", 403)


@requires_csrf_token
def server_error(request):
    return _static_page("500.html", 500)


def lockout(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: sign-in is paused (django-axes), with the crisis lines."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    body = loader.get_template("lockout.html").render(
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    )
    response = HttpResponse(
        body, status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = str(minutes * 60)
    return response
