import io
from itertools import groupby

import segno
from django.db.models import Count, F, Prefetch, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext
from django.views import View
from django.views.generic import DetailView, ListView

from connection_hub.core.i18n import localized_title
from connection_hub.core.views import FilteredListMixin

from .filters import PracticeFilter, ResourceFilter
from .models import Practice, Resource, ResourceKind, Topic, TopicSection


class TopicListView(ListView):
    template_name = "resources/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.published()


class TopicShareMixin:
    """The clean, shareable address of a topic page (no query string)."""

    def share_url(self, topic):
        return self.request.build_absolute_uri(topic.get_absolute_url())


class TopicDetailView(TopicShareMixin, DetailView):
    template_name = "resources/topic_detail.html"
    context_object_name = "topic"

    def get_queryset(self):
        return Topic.objects.published().prefetch_related(
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


class ResourceDetailView(DetailView):
    template_name = "resources/resource_detail.html"
    context_object_name = "resource"

    def get_queryset(self):
        return Resource.objects.published().with_listing_data()

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


class PracticeDetailView(DetailView):
    template_name = "resources/practice_detail.html"
    context_object_name = "practice"

    def get_queryset(self):
        return Practice.objects.published().prefetch_related(
            "tags", Prefetch("topics", queryset=Topic.objects.published())
        )


class TopicQRCodeView(TopicShareMixin, View):
    """A QR code of the topic page's address, drawn on the server as SVG (segno)."""

    scale = 8
    border = 4

    def get(self, request, slug):
        topic = get_object_or_404(Topic.objects.published(), slug=slug)
        code = segno.make(self.share_url(topic), error="m")
        buffer = io.BytesIO()
        code.save(
            buffer,
            kind="svg",
            scale=self.scale,
            border=self.border,
            xmldecl=False,
            title=gettext("QR code for %(title)s") % {"title": topic.title},
        )
        response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
        response["Cache-Control"] = "public, max-age=86400"
        patch_vary_headers(response, ["Host"])  # the address inside depends on the host
        return response


class TopicHandoutView(TopicDetailView):
    """One or two printed pages for a workshop: sections, resources, programs, help lines."""

    template_name = "resources/topic_handout.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["resources"] = [
            (resource, self.request.build_absolute_uri(resource.get_absolute_url()))
            for _, items in context["resources_by_kind"]
            for resource in items
        ][:6]
        return context
