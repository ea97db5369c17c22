from itertools import groupby

from django.db.models import Count, F, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from connection_hub.core.i18n import localized_title
from connection_hub.core.sharing import QRCodeView, ShareMixin
from connection_hub.core.urls import absolute_url
from connection_hub.core.views import FilteredListMixin, PublishedDetailMixin

from .filters import PracticeFilter, ResourceFilter
from .models import Practice, Resource, ResourceKind, Topic, TopicSection


class TopicListView(ListView):
    template_name = "resources/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.published()


class TopicDetailView(ShareMixin, PublishedDetailMixin, DetailView):
    template_name = "resources/topic_detail.html"
    context_object_name = "topic"

    model = Topic
    gone_links = ((_("All topics"), "resources:topic_list"),)

    def get_base_queryset(self):
        return Topic.objects.prefetch_related(
            Prefetch("sections", queryset=TopicSection.objects.order_by("order", "id"))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topic = self.object
        resources = list(
            Resource.objects.published().for_topic(topic).select_related("publisher").newest_first()
        )
        kind_order = {value: i for i, value in enumerate(ResourceKind.values)}
        resources.sort(key=lambda r: kind_order.get(r.kind, len(kind_order)))
        context["resources_by_kind"] = [
            (items[0].get_kind_display(), items)
            for _, group in groupby(resources, key=lambda r: r.kind)
            for items in [list(group)]
        ]
        context["resource_count"] = len(resources)
        context["practices"] = (
            Practice.objects.published().filter(topics=topic).order_by(localized_title(), "id")
        )
        context["share_url"] = self.share_url(topic)
        return context


class ResourceListView(FilteredListMixin, ListView):
    template_name = "resources/resource_list.html"
    context_object_name = "resources"
    filterset_class = ResourceFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Resource.objects.published().with_listing_data()


class ResourceDetailView(PublishedDetailMixin, DetailView):
    template_name = "resources/resource_detail.html"
    context_object_name = "resource"

    model = Resource
    gone_links = ((_("The library"), "resources:resource_list"),)

    def get_base_queryset(self):
        # The link check comes in the same query ("this link may be broken").
        return Resource.objects.with_listing_data().select_related("link_check")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        resource = self.object
        topic_ids = [t.pk for t in resource.topics.all()]
        tag_ids = [t.pk for t in resource.tags.all()]
        context["related"] = (
            Resource.objects.published()
            .exclude(pk=resource.pk)
            .filter(Q(topics__in=topic_ids) | Q(tags__in=tag_ids))
            .annotate(shared_tags=Count("tags", filter=Q(tags__in=tag_ids), distinct=True))
            .select_related("publisher")
            .order_by("-shared_tags", F("published_on").desc(nulls_last=True), "title")
            .distinct()[:4]
        )
        return context


class PracticeListView(FilteredListMixin, ListView):
    template_name = "resources/practice_list.html"
    context_object_name = "practices"
    filterset_class = PracticeFilter
    paginate_by = 24

    def get_base_queryset(self):
        return Practice.objects.published().order_by(localized_title(), "id")


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
    """One or two printed pages for a workshop: sections, resources, programs, help lines."""

    template_name = "resources/topic_handout.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["resources"] = [
            (resource, absolute_url(resource.get_absolute_url()))
            for _, items in context["resources_by_kind"]
            for resource in items
        ][:6]
        return context
