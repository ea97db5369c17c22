from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "connection_hub.core"
    label = "core"
    verbose_name = "Connection Hub core"

    def ready(self):
        # Local import: the search module defines models, which load only after apps.py.
        from .search import fill_missing_search_vectors

        # Once per migrate: post_migrate is sent for every app, after all migrations ran.
        post_migrate.connect(
            fill_missing_search_vectors, sender=self, dispatch_uid="fill-search-vectors"
        )
