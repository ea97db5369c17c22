from dataclasses import dataclass
from itertools import groupby, zip_longest
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, F, Prefetch, Q, Window, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView
from taggit.models import TaggedItem

from connection_hub.core.fragments import Prepared, lazy_value
from connection_hub.core.i18n import localized_title
from connection_hub.core.sharing import QRCodeView, ShareMixin
from connection_hub.core.urls import absolute_url
from connection_hub.core.views import FilteredListMixin, PublishedDetailMixin

from .filters import PracticeFilter, ResourceFilter
from .models import Practice, Resource, ResourceKind, Topic, listing_prefetches


class TopicListView(ListView):
    template_name = "resources/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.published().defer("intro", "search_vector", "search_head")


@dataclass(frozen=True)
class KindGroup:
    """The featured resources of one kind on a topic page, and where to find all of them."""

    label: str
    items: list
    count: int
    see_all_url: str


def list_url(name, **params):
    return f"{reverse(name)}?{urlencode(params)}"


class TopicDetailView(ShareMixin, PublishedDetailMixin, DetailView):
    """A topic: its sections, a handful of resources per kind, a few practices, programs.

    However many resources a topic has, the page reads at most ``FEATURED_PER_KIND`` of
    each kind (one query, with each kind's count) and ``FEATURED_PRACTICES`` practices
    (one query, with their count); "See all N" leads to the filtered library.
    """

    template_name = "resources/topic_detail.html"
    context_object_name = "topic"
    page_fragments = ("topic-title", "topic-meta", "topic")
    FEATURED_PER_KIND = 4
    FEATURED_PRACTICES = 4

    model = Topic
    gone_links = ((_("All topics"), "resources:topic_list"),)

    def get_base_queryset(self):
        # Sections are read by the template (in order: TopicSection's Meta), inside the
        # page's fragment: not at all when it is cached.
        return Topic.objects.defer("search_vector", "search_head")

    def resource_groups(self, topic):
        rows = list(
            Resource.objects.published()
            .for_topic(topic)
            .select_related("publisher")
            .featured_by_kind(self.FEATURED_PER_KIND)
        )
        kind_order = {value: i for i, value in enumerate(ResourceKind.values)}
        rows.sort(key=lambda r: (kind_order.get(r.kind, len(kind_order)), r.kind_rank))
        groups = []
        for kind, group in groupby(rows, key=lambda r: r.kind):
            items = list(group)
            if items[0].kind_featured:  # staff chose some: only those
                items = [r for r in items if r.featured_on_topics]
            see_all = list_url("resources:resource_list", topic=topic.slug, kind=kind)
            groups.append(
                KindGroup(items[0].get_kind_display(), items, items[0].kind_total, see_all)
            )
        return groups

    def featured_practices(self, topic):
        rows = list(
            Practice.objects.published()
            .filter(topics=topic)
            .listing_columns()
            .annotate(total=Window(Count("pk")))  # counted before the slice
            .order_by(F("featured_on_topics").desc(), localized_title(), "id")[
                : self.FEATURED_PRACTICES
            ]
        )
        if rows and rows[0].featured_on_topics:  # featured come first: staff chose some
            rows = [p for p in rows if p.featured_on_topics]
        return rows, (rows[0].total if rows else 0)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topic = self.object
        # Read when the template first asks: not at all when the page's fragment is cached.
        lists = TopicLists(self, topic)
        context["lists"] = lists
        context["resources_by_kind"] = lazy_value(self.request, lambda: lists.resources_by_kind)
        context["practices"] = lazy_value(self.request, lambda: lists.practices)
        context["resources_url"] = list_url("resources:resource_list", topic=topic.slug)
        context["practices_url"] = list_url("resources:practice_list", topic=topic.slug)
        context["share_url"] = self.share_url(topic)
        return context


class TopicLists:
    """A topic page's featured resources and practices, with their counts, read once."""

    def __init__(self, view, topic):
        self.view = view
        self.topic = topic

    @cached_property
    def resources_by_kind(self):
        return self.view.resource_groups(self.topic)

    @cached_property
    def resource_count(self):
        return sum(group.count for group in self.resources_by_kind)

    @cached_property
    def _practices(self):
        return self.view.featured_practices(self.topic)

    @property
    def practices(self):
        return self._practices[0]

    @property
    def practice_count(self):
        return self._practices[1]


class ResourceListView(FilteredListMixin, ListView):
    template_name = "resources/resource_list.html"
    context_object_name = "resources"
    filterset_class = ResourceFilter
    paginate_by = 20
    lazy_context = True

    def get_base_queryset(self):
        return Resource.objects.published().listing_columns().with_listing_data()


# How many of the newest resources of each topic and tag a resource's "related" list is
# chosen from: the ranking reads at most this many rows per link, however large the library.
RELATED_CANDIDATES = 50


def newest_links_sql(table, column, filters, limit):
    """``SELECT column`` of the newest ``limit`` rows of a link table matching
    ``filters`` (column = value pairs), as a subquery that may stand in a UNION ALL on
    SQLite too (which refuses LIMIT in the parts of a compound statement)."""
    quote = connection.ops.quote_name
    where = " AND ".join(f"{quote(name)} = %s" for name, _value in filters)
    return (
        f"SELECT {quote(column)} FROM {quote(table)} WHERE {where} "
        f"ORDER BY {quote(column)} DESC LIMIT %s",
        [value for _name, value in filters] + [limit],
    )


def related_resources(resource, topic_ids, tag_ids, *, limit):
    """The ``limit`` published resources sharing most tags with ``resource``, then the
    newest, chosen among the newest ``RELATED_CANDIDATES`` of each of its topics and tags.

    The candidates are one UNION ALL of index scans on the link tables, so the database
    reads a few hundred link entries and then those rows by primary key (an OR of
    ``IN (…)`` subqueries made PostgreSQL scan every resource: 146 ms at 100,000 against
    3 ms)."""
    if not topic_ids and not tag_ids:
        return Resource.objects.none()
    content_type = ContentType.objects.get_for_model(Resource)
    parts = [
        newest_links_sql(
            Resource.topics.through._meta.db_table,
            "resource_id",
            [("topic_id", pk)],
            RELATED_CANDIDATES,
        )
        for pk in topic_ids
    ] + [
        newest_links_sql(
            TaggedItem._meta.db_table,
            "object_id",
            [("content_type_id", content_type.pk), ("tag_id", pk)],
            RELATED_CANDIDATES,
        )
        for pk in tag_ids
    ]
    union = " UNION ALL ".join(
        f"SELECT * FROM ({sql}) {connection.ops.quote_name(f'part_{n}')}"
        for n, (sql, _params) in enumerate(parts)
    )
    params = [value for _sql, part_params in parts for value in part_params]
    return (
        Resource.objects.published()
        .filter(pk__in=RawSQL(union, params))
        .exclude(pk=resource.pk)
        .annotate(shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True))
        .listing_columns()
        .select_related("publisher")
        .order_by("-shared_tags", F("published_on").desc(nulls_last=True), "title")[:limit]
    )


class ResourceDetailView(PublishedDetailMixin, DetailView):
    template_name = "resources/resource_detail.html"
    context_object_name = "resource"
    page_fragments = ("resource-title", "resource-meta", "resource")

    model = Resource
    gone_links = ((_("The library"), "resources:resource_list"),)

    def get_base_queryset(self):
        # The link check comes in the same query ("this link may be broken").
        return Resource.objects.select_related("publisher", "link_check")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resource = self.object
        # Tags, topics and related resources are read only when the page's fragments are
        # rendered: not at all when they come from the fragment cache.
        context["fragment_prepare"] = Prepared(
            lambda: prefetch_related_objects([resource], *listing_prefetches())
        )

        def related():
            topic_ids = [t.pk for t in resource.topics.all()]
            tag_ids = [t.pk for t in resource.tags.all()]
            return list(related_resources(resource, topic_ids, tag_ids, limit=4))

        context["related"] = lazy_value(self.request, related)
        return context


class PracticeListView(FilteredListMixin, ListView):
    template_name = "resources/practice_list.html"
    context_object_name = "practices"
    filterset_class = PracticeFilter
    paginate_by = 24
    lazy_context = True

    def get_base_queryset(self):
        return Practice.objects.published().listing_columns().order_by(localized_title(), "id")


class PracticeDetailView(PublishedDetailMixin, DetailView):
    template_name = "resources/practice_detail.html"
    context_object_name = "practice"

    model = Practice
    gone_links = ((_("All practices"), "resources:practice_list"),)

    def get_base_queryset(self):
        return Practice.objects.prefetch_related(
            "tags", Prefetch("topics", queryset=Topic.objects.published())
        )


class TopicQRCodeView(QRCodeView):
    """A QR code of the topic page's address (SVG)."""

    model = Topic


class TopicHandoutView(TopicDetailView):
    """One or two printed pages for a workshop: sections, resources, programs, help lines.

    The same bounded selection as the topic page: ``HANDOUT_RESOURCES`` of its featured
    resources, taken in turn from each kind, each with its printed address, and the
    printed addresses of the full lists (``resources_url_absolute``,
    ``practices_url_absolute``; each kind's ``see_all_url_absolute`` in
    ``resources_by_kind_absolute``).
    """

    template_name = "resources/topic_handout.html"
    page_fragments = ()  # a page of its own, not the topic page's fragments
    HANDOUT_RESOURCES = 6
    FEATURED_PER_KIND = HANDOUT_RESOURCES  # six even when the topic has one kind

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = context["resources_by_kind"]
        in_turn = [r for row in zip_longest(*(g.items for g in groups)) for r in row if r]
        context["resources"] = [
            (resource, absolute_url(resource.get_absolute_url()))
            for resource in in_turn[: self.HANDOUT_RESOURCES]
        ]
        context["resources_by_kind_absolute"] = [
            (group, absolute_url(group.see_all_url)) for group in groups
        ]
        context["resources_url_absolute"] = absolute_url(context["resources_url"])
        context["practices_url_absolute"] = absolute_url(context["practices_url"])
        return context
