"""Signed, expiring preview links: staff see a draft through the real public template.

Each app registers the detail view of each previewable model (``register``) from its
``AppConfig.ready``; ``preview_url(obj)`` makes the link and ``PreviewView`` (mounted by
the site's root URLconf) renders it with a "Preview — not published" banner, ``noindex``
and no caching. The public still gets a 404 at the item's real address.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core import signing
from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views import View

SALT = "connection_hub.preview"
_VIEWS = {}


def register(model, view_class) -> None:
    _VIEWS[model._meta.label_lower] = view_class


def is_previewable(obj) -> bool:
    return obj._meta.label_lower in _VIEWS


def preview_url(obj) -> str:
    token = signing.dumps([obj._meta.label_lower, obj.pk], salt=SALT, compress=True)
    return reverse("preview", kwargs={"token": token})


def _load(token):
    max_age = getattr(settings, "PREVIEW_LINK_SECONDS", 7 * 24 * 3600)
    try:
        label, pk = signing.loads(token, salt=SALT, max_age=max_age)
        model = apps.get_model(label)
    except (signing.BadSignature, LookupError, ValueError, TypeError):
        raise Http404("This preview link is not valid or has expired.") from None
    if label not in _VIEWS:
        raise Http404("Nothing to preview.")
    obj = model._default_manager.filter(pk=pk).first()
    if obj is None:
        raise Http404("The item no longer exists.")
    return obj, _VIEWS[label]


@method_decorator(staff_member_required, name="dispatch")
class PreviewView(View):
    def get(self, request, token):
        obj, view_class = _load(token)
        response = view_class.as_view(preview=True)(request, slug=obj.slug)
        if hasattr(response, "render"):
            response.render()
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
