"""An RSS (and Atom) feed of one kit: its public items, in the kit's order."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from connection_hub.core.feeds import PublishedFeed, atom_of
from connection_hub.core.templatetags.hub import plaintext

from .models import Kit


class KitFeed(PublishedFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Kit.objects.published().with_public_items(), slug=slug)

    def title(self, kit):
        return _("%(site)s: %(kit)s") % {"site": settings.SITE_NAME, "kit": kit.title}

    def description(self, kit):
        return plaintext(kit.introduction)

    def link(self, kit):
        return kit.get_absolute_url()

    def items(self, kit):
        return kit.public_items

    def item_title(self, item):
        return item.target.title

    def item_link(self, item):
        return item.target.get_absolute_url()

    def item_guid(self, item):
        return f"{item.kit.get_absolute_url()}#item-{item.pk}"

    item_guid_is_permalink = False

    def item_description(self, item):
        """The facilitator's note, then the page's own summary (plain text, escaped)."""
        parts = [item.note, item.target.summary]
        return "<br>".join(escape(part) for part in parts if part)

    def item_categories(self, item):
        return [item.label]

    def item_pubdate(self, item):
        return item.target.published_at

    def item_updateddate(self, item):
        return item.target.updated_at


KitAtomFeed = atom_of(KitFeed, subtitle=_("The pages in this workshop kit"))
