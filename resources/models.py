"""The library: topics with their sections, resources, toolkit practices and publishers."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from connection_hub.core.models import (
    IllustratedModel,
    PublishableModel,
    PublishableQuerySet,
    TimeStampedModel,
    image_has_alt_constraint,
    publishing_window_constraint,
)
from connection_hub.core.search import SearchableQuerySet, SearchIndexedModel


class Publisher(TimeStampedModel):
    name = models.CharField(_("name"), max_length=255, unique=True)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    url = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("publisher")
        verbose_name_plural = _("publishers")

    def __str__(self):
        return self.name


class TopicQuerySet(SearchableQuerySet, PublishableQuerySet):
    def featured(self):
        return self.filter(featured=True)


class Topic(SearchIndexedModel, PublishableModel):
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Markdown."))
    featured = models.BooleanField(_("featured on the home page"), default=False)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = TopicQuerySet.as_manager()

    SEARCH_FIELDS = {"A": ["title"], "B": ["summary"], "C": ["intro"]}

    class Meta:
        ordering = ["order", "title"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [models.Index(fields=["status", "order"], name="topic_status_order_idx")]
        constraints = [publishing_window_constraint("topic")]
        permissions = [("publish_topic", _("Can publish, unpublish and archive topics"))]

    def get_absolute_url(self):
        return reverse("resources:topic_detail", kwargs={"slug": self.slug})


class TopicSection(models.Model):
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=255)
    body = models.TextField(_("body"), blank=True, help_text=_("Markdown."))

    class Meta:
        ordering = ["topic", "order", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.heading


class ResourceKind(models.TextChoices):
    REPORT = "report", _("Report")
    GUIDE = "guide", _("Guide/handbook")
    STORY = "story", _("Story")
    RESEARCH = "research", _("Research article")
    TOOLKIT = "toolkit", _("Toolkit")
    VIDEO = "video", _("Video")
    PODCAST = "podcast", _("Podcast")
    FACT_SHEET = "fact_sheet", _("Fact sheet")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    WEBINAR = "webinar", _("Webinar")


class DocumentLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    OTHER = "other", _("Other language")


def listing_prefetches():
    """The related rows a resource's card and page show: its tags and published topics
    (``prefetch_related`` or ``prefetch_related_objects``)."""
    return (
        "tags",
        models.Prefetch(
            "topics",
            queryset=Topic.objects.published().defer("intro", "search_vector", "search_head"),
        ),
    )


class ResourceQuerySet(SearchableQuerySet, PublishableQuerySet):
    def for_topic(self, topic):
        return self.filter(topics=topic)

    def newest_first(self):
        return self.order_by(*Resource.NEWEST_FIRST)

    def with_listing_data(self):
        """Everything a list item shows, in a fixed number of queries."""
        return self.select_related("publisher").prefetch_related(*listing_prefetches())

    def listing_columns(self):
        """Without the columns no list shows: the body and the search vectors."""
        return self.defer(*Resource.WIDE_COLUMNS)

    def featured_by_kind(self, limit):
        """Up to ``limit`` rows of each kind, each with its kind's count, in two queries
        whatever the number of rows: the ranking reads only narrow columns (an index-only
        scan on PostgreSQL: ``resource_kind_rank_idx``), then the chosen rows are read
        whole by primary key.

        Featured rows come first in their kind, then the newest. Each row carries
        ``kind_rank``, ``kind_total`` (how many of its kind there are) and
        ``kind_featured`` (how many of those are featured), counted before the limit
        applies. A list, in kind order then rank.
        """
        kind = {"partition_by": [models.F("kind")]}
        featured_first = [models.F("featured_on_topics").desc(), *Resource.NEWEST_FIRST]
        featured = models.Case(
            models.When(featured_on_topics=True, then=1),
            default=0,
            output_field=models.IntegerField(),
        )
        ranking = list(
            self.order_by()
            .values("pk")
            .annotate(
                kind_rank=models.Window(RowNumber(), order_by=featured_first, **kind),
                kind_total=models.Window(models.Count("pk"), **kind),
                kind_featured=models.Window(models.Sum(featured), **kind),
            )
            .filter(kind_rank__lte=limit)
            .values_list("pk", "kind_rank", "kind_total", "kind_featured")
        )
        if not ranking:
            return []
        rows = self.listing_columns().in_bulk([pk for pk, *_rest in ranking])
        chosen = []
        for pk, rank, total, featured_count in ranking:
            row = rows.get(pk)
            if row is None:  # unpublished between the two queries
                continue
            row.kind_rank, row.kind_total, row.kind_featured = rank, total, featured_count
            chosen.append(row)
        chosen.sort(key=lambda row: (row.kind, row.kind_rank))
        return chosen


class Resource(SearchIndexedModel, IllustratedModel, PublishableModel):
    kind = models.CharField(_("kind"), max_length=32, choices=ResourceKind.choices, db_index=True)
    publisher = models.ForeignKey(
        Publisher,
        verbose_name=_("publisher"),
        on_delete=models.PROTECT,
        related_name="resources",
        null=True,
        blank=True,
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    featured_on_topics = models.BooleanField(
        _("featured on its topic pages"),
        default=False,
        help_text=_(
            "A topic page shows a few resources of each kind: the featured ones, or the "
            "newest when none of that kind is featured, then a link to all of them."
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True, help_text=_("Markdown."))
    url = models.URLField(_("link to the original"), max_length=500, blank=True)
    language = models.CharField(
        _("language of the document"),
        max_length=8,
        choices=DocumentLanguage.choices,
        default=DocumentLanguage.ENGLISH,
        db_index=True,
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), related_name="resources", blank=True
    )
    tags = TaggableManager(_("tags"), blank=True)

    objects = ResourceQuerySet.as_manager()

    SEARCH_FIELDS = {"A": ["title"], "B": ["summary"], "C": ["body"]}
    SEARCH_LANGUAGE_FIELD = "language"
    # "Newest first", as the library sorts it. On PostgreSQL an index matching it
    # (DESC NULLS LAST, which SQLite cannot index) is made by migration 0005.
    NEWEST_FIRST = (models.F("published_on").desc(nulls_last=True), models.F("id").desc())
    # What no list shows: lists defer them (``listing_columns()``), so sorting stays narrow.
    WIDE_COLUMNS = ("body", "search_vector", "search_head")

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            models.Index(
                fields=["title", "id"],
                name="resource_title_idx",
                condition=Q(status="published"),
            ),
            # Counting what is live (the library's pages, the sitemap's count and latest
            # change) reads this index alone, never the wide rows.
            models.Index(
                fields=["publish_from", "unpublish_at", "updated_at"],
                name="resource_live_window_idx",
                condition=Q(status="published"),
            ),
        ]
        constraints = [
            image_has_alt_constraint("resource"),
            publishing_window_constraint("resource"),
        ]
        permissions = [
            ("publish_resource", _("Can publish, unpublish and archive resources")),
            ("import_resource", _("Can import resources from a file")),
            ("export_resource", _("Can export resources to a file")),
        ]

    def get_absolute_url(self):
        return reverse("resources:resource_detail", kwargs={"slug": self.slug})


class PracticeFormat(models.TextChoices):
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    WRITTEN = "written", _("Written")
    GROUP = "group", _("Group activity")


class PracticeSetting(models.TextChoices):
    ALONE = "alone", _("On your own")
    GROUP = "group", _("With others")
    EITHER = "either", _("Alone or with others")


class PracticeQuerySet(SearchableQuerySet, PublishableQuerySet):
    def listing_columns(self):
        """Without the columns no list shows: the steps and the search vectors."""
        return self.defer(*Practice.WIDE_COLUMNS)


class Practice(SearchIndexedModel, PublishableModel):
    summary = models.TextField(_("what it is for"), blank=True)
    steps = models.TextField(
        _("steps"), blank=True, help_text=_("Markdown, usually a numbered list.")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("how long it takes (minutes)"), default=5, validators=[MinValueValidator(1)]
    )
    format = models.CharField(_("format"), max_length=16, choices=PracticeFormat.choices)
    setting = models.CharField(
        _("alone or together"),
        max_length=16,
        choices=PracticeSetting.choices,
        default=PracticeSetting.EITHER,
    )
    media_url = models.URLField(_("media link"), max_length=500, blank=True)
    suits = models.TextField(_("who it suits"), blank=True)
    featured_on_topics = models.BooleanField(
        _("featured on its topic pages"),
        default=False,
        help_text=_(
            "A topic page shows a few practices: the featured ones, or the first by title "
            "when none is featured, then a link to all of them."
        ),
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), related_name="practices", blank=True
    )
    tags = TaggableManager(_("tags"), blank=True)

    objects = PracticeQuerySet.as_manager()

    SEARCH_FIELDS = {"A": ["title"], "B": ["summary"], "C": ["steps", "suits"]}
    WIDE_COLUMNS = ("steps", "suits", "search_vector", "search_head")

    class Meta:
        ordering = ["title"]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gt=0), name="practice_duration_positive"
            ),
            publishing_window_constraint("practice"),
        ]
        permissions = [("publish_practice", _("Can publish, unpublish and archive practices"))]

    def get_absolute_url(self):
        return reverse("resources:practice_detail", kwargs={"slug": self.slug})


class LinkProblem(models.TextChoices):
    """Why the last check of a resource's link failed."""

    DNS = "dns", _("Address not found (DNS)")
    TIMEOUT = "timeout", _("No answer in time")
    REFUSED = "refused", _("Connection refused")
    HTTP = "http", _("Error page (HTTP status)")
    OTHER = "other", _("Other error")


class LinkCheckQuerySet(models.QuerySet):
    def broken(self):
        return self.filter(is_broken=True)


class LinkCheck(models.Model):
    """The health of one resource's external link, as the daily link check last found it.

    A link counts as broken only after ``BROKEN_AFTER`` failed checks in a row, so one
    bad day at the other site never marks it on the public page.
    """

    BROKEN_AFTER = 3

    resource = models.OneToOneField(
        Resource,
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="link_check",
    )
    url = models.URLField(_("link checked"), max_length=500)
    checked_at = models.DateTimeField(_("last checked"))
    status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    problem = models.CharField(_("problem"), max_length=16, choices=LinkProblem.choices, blank=True)
    detail = models.CharField(_("detail"), max_length=255, blank=True)
    final_url = models.URLField(_("final address after redirects"), max_length=500, blank=True)
    consecutive_failures = models.PositiveSmallIntegerField(_("failed checks in a row"), default=0)
    first_failed_at = models.DateTimeField(_("failing since"), null=True, blank=True)
    is_broken = models.BooleanField(_("broken"), default=False, db_index=True)

    objects = LinkCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-is_broken", "first_failed_at", "resource"]
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(is_broken=True, consecutive_failures__gte=3)
                    | Q(is_broken=False, consecutive_failures__lt=3)
                ),
                name="linkcheck_broken_after_three_failures",
            ),
            models.CheckConstraint(
                condition=Q(consecutive_failures=0) | Q(first_failed_at__isnull=False),
                name="linkcheck_failing_since_known",
            ),
        ]

    def __str__(self):
        return self.url

    def clean(self):
        if self.is_broken != (self.consecutive_failures >= self.BROKEN_AFTER):
            raise ValidationError(
                _("A link is broken after %(n)d failed checks in a row, and only then.")
                % {"n": self.BROKEN_AFTER}
            )

    @property
    def outcome(self) -> str:
        """The last result in a few words: "404", "timeout", "200"."""
        if self.problem and self.problem != LinkProblem.HTTP:
            return self.get_problem_display()
        return str(self.status_code or "")

    def record(self, *, status_code, problem, detail="", final_url="", at=None):
        """Store one check's result; the failure count starts again when the link changed."""
        at = at or timezone.now()
        if self.url != self.resource.url:
            self.url = self.resource.url
            self.consecutive_failures = 0
            self.first_failed_at = None
        self.checked_at = at
        self.status_code = status_code
        self.problem = problem
        self.detail = detail[:255]
        self.final_url = final_url[:500]
        if problem:
            self.consecutive_failures += 1
            self.first_failed_at = self.first_failed_at or at
        else:
            self.consecutive_failures = 0
            self.first_failed_at = None
        self.is_broken = self.consecutive_failures >= self.BROKEN_AFTER
        self.save()
        return self


class BrokenLink(LinkCheck):
    """The "Broken links" list in the admin: link checks that failed three times in a row."""

    class Meta:
        proxy = True
        ordering = ["first_failed_at"]
        verbose_name = _("broken link")
        verbose_name_plural = _("broken links")
