from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from connection_hub.core import preview
from connection_hub.core.cache import connect_invalidation


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Library")

    def ready(self):
        # Local import: Django imports apps.py before any model can be loaded.
        from . import (
            structured_data,  # noqa: F401 - registers this app's JSON-LD builders
            views,
        )
        from .models import Practice, Publisher, Resource, Topic, TopicSection

        connect_invalidation(
            Topic,
            TopicSection,
            Resource,
            Practice,
            Publisher,
            Resource.topics.through,
            Practice.topics.through,
        )
        preview.register(Topic, views.TopicDetailView)
        preview.register(Resource, views.ResourceDetailView)
        preview.register(Practice, views.PracticeDetailView)
