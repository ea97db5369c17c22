"""/sitemap.xml: every published page, in both languages, with lastmod."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse

from connection_hub.core.urls import SiteRequest
from kits.models import Kit
from programs.models import Program
from resources.models import Practice, Resource, Topic


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


class PublishedSitemap(I18nSitemap):
    model = None
    changefreq = "weekly"

    def items(self):
        return self.model.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


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
def index(request, **kwargs):
    return sitemap_views.index(SiteRequest(request), **kwargs)


def sitemap(request, **kwargs):
    return sitemap_views.sitemap(SiteRequest(request), **kwargs)
