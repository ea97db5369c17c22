"""RSS and Atom feeds of new resources, overall and per topic."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from connection_hub.core.feeds import PublishedFeed, atom_of

from .models import Resource, Topic

FEED_SIZE = 30


class ResourceFeed(PublishedFeed):
    description = _("Reports, guides and stories about social connection, newest first.")

    def title(self):
        return _("%(site)s: new in the library") % {"site": settings.SITE_NAME}

    def link(self):
        return reverse("resources:resource_list")

    def items(self):
        return (
            Resource.objects.published()
            .listing_columns()  # the summary, never the body
            .select_related("publisher")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_author_name(self, item):
        return item.publisher.name if item.publisher else None

    def item_categories(self, item):
        return [item.get_kind_display()]


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
            .listing_columns()  # the summary, never the body
            .select_related("publisher")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )


ResourceAtomFeed = atom_of(ResourceFeed)
TopicAtomFeed = atom_of(TopicFeed, subtitle=_("New resources on this topic"))
