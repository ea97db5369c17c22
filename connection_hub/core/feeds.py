"""What every feed of published content shares."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape


class PublishedFeed(Feed):
    """RSS 2.0 of published items; ``atom_of(FeedClass)`` gives the Atom twin.

    Feed readers treat an item's description as HTML, so plain-text summaries are
    escaped once here: a summary that contains "<b>" shows those characters.
    """

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
