from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from connection_hub.core import preview
from connection_hub.core.cache import connect_invalidation
from resources.hooks import TopicPanel, register_topic_panel


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = _("Community programs")

    def ready(self):
        # Local import: Django imports apps.py before any model can be loaded.
        from . import (
            listings,
            structured_data,  # noqa: F401 - registers this app's JSON-LD builders
            views,
        )
        from .models import (
            AccessibilityFeature,
            Audience,
            Cancellation,
            Host,
            Language,
            Program,
            Schedule,
            Venue,
        )

        connect_invalidation(
            Program,
            Schedule,
            Cancellation,
            Host,
            Venue,
            Audience,
            AccessibilityFeature,
            Language,
            Program.topics.through,
            Program.practices.through,
            Program.audiences.through,
            Program.languages.through,
            Program.accessibility.through,
            Venue.accessibility.through,
        )
        register_topic_panel(
            TopicPanel(
                key="programs",
                template="programs/_upcoming.html",
                handout_template="programs/_upcoming_compact.html",
                context=listings.upcoming_for_topic,
            )
        )
        preview.register(Program, views.ProgramDetailView)
