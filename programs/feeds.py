"""RSS and Atom feeds of upcoming programs, soonest first."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from connection_hub.core.feeds import PublishedFeed, atom_of

from .models import Program

FEED_SIZE = 50


class ProgramFeed(PublishedFeed):
    def title(self):
        return _("%(site)s: upcoming community programs") % {"site": settings.SITE_NAME}

    description = _("Gardens, cultural events, workshops and groups, by their next session.")

    def link(self):
        return reverse("programs:program_list")

    def items(self):
        return (
            Program.objects.published()
            .upcoming()
            .listing_columns()  # the summary is enough
            .select_related("venue", "host")
            .order_by("next_start", "title")[:FEED_SIZE]
        )

    def item_title(self, item):
        when = date_format(timezone.localtime(item.next_start), "DATETIME_FORMAT", use_l10n=True)
        return f"{item.title} — {when}"

    def item_description(self, item):
        where = f"{item.venue.name}, {item.venue.city}. " if item.venue else ""
        return escape(where + item.summary)

    def item_author_name(self, item):
        return item.host.name

    def item_categories(self, item):
        return [item.get_category_display()]


ProgramAtomFeed = atom_of(ProgramFeed)
