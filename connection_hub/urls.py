from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from connection_hub.core.markdown_admin import markdown_preview
from connection_hub.core.preview import PreviewView

from . import sitemaps, views
from .search_views import SearchView
from .sitemaps import SITEMAPS

# Language-neutral URLs: machines and the admin.
urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS}, name="sitemap_index"),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("health/", views.health, name="health"),
    path("api/hsds/", include("programs.hsds.urls")),
]

# Public pages: English unprefixed, Spanish under /es/.
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("get-help/", views.GetHelpView.as_view(), name="get_help"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("search/", SearchView.as_view(), name="search"),
    path("preview/<str:token>/", PreviewView.as_view(), name="preview"),
    path("", include("resources.urls")),
    path("", include("programs.urls")),
    path("", include("workshops.urls")),
    path("", include("kits.urls")),
    path("", include("listings.urls")),
    path("admin/markdown-preview/", markdown_preview, name="markdown_preview"),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

# Uploaded images in development; production serves MEDIA_ROOT from the web server.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Error pages that render without the database or the request (crisis lines included).
handler400 = "connection_hub.views.bad_request"
handler403 = "connection_hub.views.permission_denied"
handler500 = "connection_hub.views.server_error"
