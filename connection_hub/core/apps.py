from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate


def create_cache_table(using="default", **kwargs):
    call_command("createcachetable", database=using, verbosity=0)


def content_changed_by_migrate(**kwargs):
    """A migration may change public content: every cached page is stale. Bumping also
    records when the next publishing window opens or closes, so after a deploy cached
    pages need not look it up (nor expire early because nobody knows)."""
    from .cache import bump_content_generation

    bump_content_generation()


class CoreConfig(AppConfig):
    name = "connection_hub.core"
    label = "core"
    verbose_name = "Connection Hub core"

    def ready(self):
        # Local import: the search module defines models, which load only after apps.py.
        from .search import connect_search_signals, fill_missing_search_vectors

        connect_search_signals()  # synonyms and related names keep search current

        # Once per migrate: post_migrate is sent for every app, after all migrations ran.
        post_migrate.connect(
            fill_missing_search_vectors, sender=self, dispatch_uid="fill-search-vectors"
        )
        # The database cache's table (production without REDIS_URL), made by every migrate.
        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="create-cache-table")
        post_migrate.connect(
            content_changed_by_migrate, sender=self, dispatch_uid="content-changed-by-migrate"
        )
