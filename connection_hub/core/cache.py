"""The content generation: one number that every change to public content increments.

Cached pages are keyed by it, so a save, delete, publish or unpublish anywhere makes
every cached page stale at once, in every server process that shares the cache.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

GENERATION_KEY = "content:generation"


def content_generation() -> int:
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def bump_content_generation(**kwargs) -> None:
    """Signal receiver and plain function: everything cached is now stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(GENERATION_KEY, 2, timeout=None)


def connect_invalidation(*models) -> None:
    """Bump the generation whenever one of ``models`` (or an m2m through table) changes."""
    for model in models:
        uid = f"content-generation-{model._meta.label_lower}"
        if model._meta.auto_created:  # an m2m through table
            m2m_changed.connect(bump_content_generation, sender=model, dispatch_uid=uid)
            continue
        post_save.connect(bump_content_generation, sender=model, dispatch_uid=uid)
        post_delete.connect(bump_content_generation, sender=model, dispatch_uid=f"{uid}-delete")
