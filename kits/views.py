from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from connection_hub.core.sharing import QRCodeView, ShareMixin
from connection_hub.core.urls import absolute_url
from connection_hub.core.views import PublishedDetailMixin

from .models import Kit


class KitDetailView(ShareMixin, PublishedDetailMixin, DetailView):
    """A kit's public page: its introduction and, in order, the items that are public.

    Two queries whatever the number of items: the kit, then its items with their pages
    (unpublished pages are filtered out in that same query).
    """

    model = Kit
    template_name = "kits/kit_detail.html"
    context_object_name = "kit"
    gone_links = (
        (_("Browse topics"), "resources:topic_list"),
        (_("Find a community program"), "programs:program_list"),
    )

    def get_base_queryset(self):
        return Kit.objects.with_public_items()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["share_url"] = self.share_url(self.object)
        return context


class KitHandoutView(KitDetailView):
    """A printed page for the session: the introduction, each item with its full address."""

    template_name = "kits/kit_handout.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items"] = [
            (item, absolute_url(item.target.get_absolute_url()))
            for item in self.object.public_items
        ]
        return context


class KitQRCodeView(QRCodeView):
    """A QR code of the kit page's address (SVG), for a slide or a flyer."""

    model = Kit
