"""/sitemap.xml: every published page, in both languages, with lastmod."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

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


SITEMAPS = {
    "pages": StaticSitemap,
    "topics": TopicSitemap,
    "resources": ResourceSitemap,
    "practices": PracticeSitemap,
    "programs": ProgramSitemap,
}
