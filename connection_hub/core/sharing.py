"""What a shareable public page offers: its clean address and a QR code of it.

A topic and a workshop kit share the same panel (link, QR code, handout, feed); the
pages pass their own URLs to ``includes/_share_panel.html`` and subclass these.
"""

import io

import segno
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext
from django.views import View

from .urls import absolute_url


class ShareMixin:
    """The clean, shareable address of an object's page (no query string)."""

    def share_url(self, obj):
        return absolute_url(obj.get_absolute_url())  # SITE_URL, never the Host header


class QRCodeView(ShareMixin, View):
    """A QR code of a published object's page address, drawn on the server as SVG (segno).

    Subclasses set ``model`` (a publishable model with a ``slug``); drafts, archived
    items and unknown slugs are a 404.
    """

    model = None
    scale = 8
    border = 4

    def get_queryset(self):
        return self.model._default_manager.published()

    def get(self, request, slug):
        obj = get_object_or_404(self.get_queryset(), slug=slug)
        code = segno.make(self.share_url(obj), error="m")
        buffer = io.BytesIO()
        code.save(
            buffer,
            kind="svg",
            scale=self.scale,
            border=self.border,
            xmldecl=False,
            title=gettext("QR code for %(title)s") % {"title": obj.title},
        )
        response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml; charset=utf-8")
        response["Cache-Control"] = "public, max-age=86400"
        return response
