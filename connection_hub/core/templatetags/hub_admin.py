"""The staff home page: what waits for review, and what happened to one's own items."""

import datetime

from django import template
from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from connection_hub.core import workflow
from connection_hub.core.models import PublishableModel, Status

register = template.Library()

RECENT = datetime.timedelta(days=30)
LIMIT = 20


def _publishable_models():
    # Proxies (such as the "needs checking" lists) show the same rows as their model.
    return [m for m in apps.get_models() if issubclass(m, PublishableModel) and not m._meta.proxy]


def _row(obj):
    opts = obj._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        url = ""
    return {"obj": obj, "kind": opts.verbose_name, "url": url}


@register.simple_tag
def staff_dashboard(user):
    """``{"review": [...], "published": [...], "sent_back": [...]}`` for ``user``."""
    review, published, sent_back = [], [], []
    since = timezone.now() - RECENT
    for model in _publishable_models():
        if not user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
            continue
        manager = model._default_manager
        if workflow.may_publish(user, model):
            review += manager.in_review().select_related("submitted_by")[:LIMIT]
        mine = manager.filter(submitted_by=user)
        published += mine.filter(status=Status.PUBLISHED, published_at__gte=since)[:LIMIT]
        sent_back += mine.filter(status=Status.DRAFT).exclude(review_comment="")[:LIMIT]
    review.sort(key=lambda o: o.submitted_at or o.updated_at)
    published.sort(key=lambda o: o.published_at, reverse=True)
    return {
        "review": [_row(o) for o in review[:LIMIT]],
        "published": [_row(o) for o in published[:LIMIT]],
        "sent_back": [_row(o) for o in sent_back[:LIMIT]],
    }
