from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from connection_hub.core import preview
from connection_hub.core.cache import connect_invalidation


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Library")

    def ready(self):
        # Local import: Django imports apps.py before any model can be loaded.
        from taggit.models import Tag, TaggedItem

        from . import (
            structured_data,  # noqa: F401 - registers this app's JSON-LD builders
            views,
        )
        from .models import LinkCheck, Practice, Publisher, Resource, Topic, TopicSection

        connect_invalidation(
            Topic,
            TopicSection,
            Resource,
            Practice,
            Publisher,
            Resource.topics.through,
            Practice.topics.through,
            LinkCheck,  # "This link may be broken" on the resource page
            Tag,  # tag names and slugs on every list and detail page
            TaggedItem,  # taggit sends m2m_changed for it when tags are set
        )
        preview.register(Topic, views.TopicDetailView)
        preview.register(Resource, views.ResourceDetailView)
        preview.register(Practice, views.PracticeDetailView)
