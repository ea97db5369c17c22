from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from connection_hub.core import preview
from connection_hub.core.cache import connect_invalidation


class KitsConfig(AppConfig):
    """Workshop kits: what a facilitator puts on one slide for one session."""

    name = "kits"
    verbose_name = _("Workshop kits")

    def ready(self):
        # Local import: Django imports apps.py before any model can be loaded.
        from . import structured_data  # noqa: F401 - registers this app's JSON-LD builder
        from .models import Kit, KitItem
        from .views import KitDetailView

        connect_invalidation(Kit, KitItem)
        preview.register(Kit, KitDetailView)
