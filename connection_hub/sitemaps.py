"""/sitemap.xml: every published page, in every language, with lastmod.

Bounded at any size: each section is paginated in the database (``ITEMS_PER_PAGE`` rows
a page, so a page holds at most ``URLS_PER_PAGE`` ``<url>`` entries, one per item and
language) and the index asks each section one aggregate query (how many rows, the
latest ``updated_at``) instead of reading every row for its ``lastmod``.
"""

import datetime
from xml.sax.saxutils import escape, quoteattr

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Page, Paginator
from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property

from connection_hub.core import fragments
from connection_hub.core.urls import SiteRequest
from kits.models import Kit
from programs.models import Program
from resources.models import Practice, Resource, Topic

# A sitemap may hold 50,000 URLs; smaller pages stay quick to build, to cache and to send
# (a page of 1,000 entries, each with its three language alternates, is about 200 KB, 10
# KB compressed; 1,000 is also what large CMS sitemaps use). At 100,000 resources in two
# languages the resources section has 200 pages, all listed in the index.
URLS_PER_PAGE = 1_000
SLUG = "slug0placeholder0"  # a slug no URL pattern contains


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return [
            "home",
            "get_help",
            "privacy",
            "resources:topic_list",
            "resources:resource_list",
            "resources:practice_list",
            "programs:program_list",
            "workshops:request",
        ]

    def location(self, item):
        return reverse(item)


class LanguagePaginator(Paginator):
    """Pages of database rows, each row given once per language as ``(row, code)``.

    Django's own i18n sitemap builds that list for every row before paginating; here
    only one page's rows are read (a LIMIT/OFFSET query), and the count is given.
    """

    def __init__(self, object_list, per_page, *, languages, count):
        super().__init__(object_list, per_page)
        self.languages = languages
        self._count = count

    @cached_property
    def count(self):
        return self._count

    def _get_page(self, object_list, number, paginator):
        rows = [(row, code) for row in object_list for code in self.languages]
        return Page(rows, number, paginator)


class PublishedSitemap(I18nSitemap):
    """The published rows of ``model``, oldest first by id: a stable order for pages."""

    model = None
    changefreq = "weekly"
    limit = URLS_PER_PAGE  # <url> entries a page, at most

    def items(self):
        return self.model.objects.published().order_by("pk").only("pk", "slug", "updated_at")

    def location(self, item):
        return self._location(item)

    def _location(self, item, force_lang_code=None):
        # One reverse() per language, not four per row (a row's URL and its alternates),
        # and no translation.override() per address as Django's own: the address is the
        # model's with the row's slug in place of a placeholder.
        row, code = item
        language = force_lang_code or code
        pattern = self._patterns.get(language)
        if pattern is None:
            with translation.override(language):
                pattern = self._patterns[language] = self.model(slug=SLUG).get_absolute_url()
        return pattern.replace(SLUG, row.slug)

    @cached_property
    def _patterns(self):
        return {}

    def lastmod(self, item):
        return item.updated_at

    @cached_property
    def summary(self):
        """How many rows and the latest change, in one aggregate query (COUNT(*): with the
        resources' live-window index it reads no row, only the index)."""
        return self.model.objects.published().aggregate(count=Count("*"), latest=Max("updated_at"))

    def get_latest_lastmod(self):
        return self.summary["latest"]

    @property
    def items_per_page(self):
        return max(1, self.limit // len(self._languages()))

    @cached_property
    def paginator(self):
        return LanguagePaginator(
            self.items(),
            self.items_per_page,
            languages=self._languages(),
            count=self.summary["count"],
        )


class TopicSitemap(PublishedSitemap):
    model = Topic
    priority = 0.8


class ResourceSitemap(PublishedSitemap):
    model = Resource


class PracticeSitemap(PublishedSitemap):
    model = Practice


class ProgramSitemap(PublishedSitemap):
    model = Program


class KitSitemap(PublishedSitemap):
    model = Kit


SITEMAPS = {
    "pages": StaticSitemap,
    "topics": TopicSitemap,
    "resources": ResourceSitemap,
    "practices": PracticeSitemap,
    "programs": ProgramSitemap,
    "kits": KitSitemap,
}


# Django's sitemap views build addresses from the request's Host; these give them SITE_URL.
# Both are kept in the fragment cache for the content generation (core/fragments.py).
def index(request, **kwargs):
    return fragments.cached_response(
        request, "sitemap-index", lambda: sitemap_views.index(SiteRequest(request), **kwargs)
    )


def sitemap(request, **kwargs):
    def build():
        response = sitemap_views.sitemap(SiteRequest(request), **kwargs)
        if response.status_code == 200 and not response.is_rendered:
            # The same XML as Django's sitemap.xml template, written directly: rendering
            # the template took about 60 % of a 5,000-entry page (each entry: three links).
            response.content = render_urlset(response.context_data["urlset"])
        return response

    return fragments.cached_response(request, "sitemap", build)


def _day(value) -> str:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return value.isoformat()


def render_urlset(urlset) -> bytes:
    """``<urlset>`` for Django's url entries (``Sitemap.get_urls``)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">'
    ]
    add = parts.append
    for url in urlset:
        add(f"<url><loc>{escape(url['location'])}</loc>")
        if url.get("lastmod"):
            add(f"<lastmod>{_day(url['lastmod'])}</lastmod>")
        if url.get("changefreq"):
            add(f"<changefreq>{escape(str(url['changefreq']))}</changefreq>")
        if url.get("priority"):
            add(f"<priority>{escape(str(url['priority']))}</priority>")
        for alternate in url.get("alternates", ()):
            add(
                f'<xhtml:link rel="alternate" hreflang={quoteattr(alternate["lang_code"])} '
                f"href={quoteattr(alternate['location'])}/>"
            )
        add("</url>")
    add("</urlset>\n")
    return "".join(parts).encode()
