"""RSS and Atom feeds of new resources, overall and per topic."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Resource, Topic

FEED_SIZE = 30


class ResourceFeed(Feed):
    def title(self):
        return _("%(site)s: new in the library") % {"site": settings.SITE_NAME}

    description = _("Reports, guides and stories about social connection, newest first.")

    def link(self):
        return reverse("resources:resource_list")

    def items(self):
        return (
            Resource.objects.published()
            .select_related("publisher")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.publisher.name if item.publisher else None

    def item_categories(self, item):
        return [item.get_kind_display()]


class ResourceAtomFeed(ResourceFeed):
    feed_type = Atom1Feed
    subtitle = ResourceFeed.description


class TopicFeed(ResourceFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic.objects.published(), slug=slug)

    def title(self, topic):
        return _("%(site)s: %(topic)s") % {"site": settings.SITE_NAME, "topic": topic.title}

    def description(self, topic):
        return topic.summary

    def link(self, topic):
        return topic.get_absolute_url()

    def items(self, topic):
        return (
            Resource.objects.published()
            .for_topic(topic)
            .select_related("publisher")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )


class TopicAtomFeed(TopicFeed):
    feed_type = Atom1Feed
    subtitle = _("New resources on this topic")
