"""What every feed of published content shares."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .urls import SiteRequest


class PublishedFeed(Feed):
    """RSS 2.0 of published items; ``atom_of(FeedClass)`` gives the Atom twin.

    Feed readers treat an item's description as HTML, so plain-text summaries are
    escaped once here: a summary that contains "<b>" shows those characters.
    Links and the feed's own address come from SITE_URL, not the request's Host.
    """

    def __call__(self, request, *args, **kwargs):
        return super().__call__(SiteRequest(request), *args, **kwargs)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


def atom_of(feed_class, subtitle=None):
    """The same feed as Atom 1.0, with ``subtitle`` (the RSS description by default)."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": subtitle or feed_class.description},
    )
