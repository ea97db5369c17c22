from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from connection_hub.core.hooks import DetailPanel, register_detail_panel


class ListingsConfig(AppConfig):
    """Listings that stay true: checks, suggested edits, reminders to program contacts."""

    name = "listings"
    verbose_name = _("Listings that stay true")

    def ready(self):
        # Local import: Django imports apps.py before any model can be loaded.
        from . import panels

        listings = ["programs.program", "resources.resource"]
        register_detail_panel(
            DetailPanel(key="checked", template="listings/_checked.html", context=panels.checked),
            models=listings,
        )
        register_detail_panel(
            DetailPanel(
                key="suggest", template="listings/_suggest_link.html", context=panels.suggest
            ),
            models=listings,
        )
