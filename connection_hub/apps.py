from django.apps import AppConfig


class ConnectionHubConfig(AppConfig):
    name = "connection_hub"
    verbose_name = "Connection Hub"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from programs.models import Program
        from resources.models import Practice, Resource, Topic

        from .search import fill_missing_search_vectors
        from .search_views import bump_search_generation

        # Once per migrate: post_migrate is sent for every app, after all migrations ran.
        post_migrate.connect(
            fill_missing_search_vectors, sender=self, dispatch_uid="fill-search-vectors"
        )

        for model in (Topic, Resource, Practice, Program):
            post_save.connect(bump_search_generation, sender=model, dispatch_uid=f"search-{model}")
            post_delete.connect(
                bump_search_generation, sender=model, dispatch_uid=f"search-del-{model}"
            )
        for through in (Resource.topics.through, Program.topics.through):
            m2m_changed.connect(bump_search_generation, sender=through)
