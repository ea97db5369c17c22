"""Abstract building blocks shared by the library and the program directory."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .i18n import localized_field
from .validators import check_single_line, validate_image_size
from .words import words_of


class Status(models.TextChoices):
    """Publication workflow: draft -> in review -> published (-> archived).

    Only published items inside their publishing window are shown to the public;
    archived ones answer 410 Gone and stay in the admin.
    """

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class PublishableQuerySet(models.QuerySet):
    def published(self, now=None):
        """Published, and inside its "publish from" / "unpublish at" window (no scheduler)."""
        now = now or timezone.now()
        return self.filter(
            Q(publish_from__isnull=True) | Q(publish_from__lte=now),
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now),
            status=Status.PUBLISHED,
        )

    def in_review(self):
        return self.filter(status=Status.REVIEW).order_by("submitted_at", "pk")

    def archived(self):
        return self.filter(status=Status.ARCHIVED)


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class PublishableModel(TimeStampedModel):
    """Title, slug and publication status, the fields every public page shares."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        help_text=_("Part of the public URL; keep it stable."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
    verified_on = models.DateField(
        _("verified on"),
        null=True,
        blank=True,
        help_text=_("The last date someone checked that this listing is still correct."),
    )
    publish_from = models.DateTimeField(
        _("publish from"),
        null=True,
        blank=True,
        help_text=_("Optional. A published item stays hidden from the public until this time."),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish at"),
        null=True,
        blank=True,
        help_text=_("Optional. A published item leaves the public site at this time."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted for review by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    submitted_at = models.DateTimeField(
        _("submitted for review"), null=True, blank=True, editable=False
    )
    review_comment = models.TextField(
        _("comment from the editor"),
        blank=True,
        help_text=_(
            "When an editor sends an item back, say what to change; the person who "
            "submitted it sees this note on the item."
        ),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        check_single_line(self, "title")  # a newline in a title breaks calendars and e-mails
        if self.publish_from and self.unpublish_at and self.unpublish_at <= self.publish_from:
            raise ValidationError(
                {"unpublish_at": _("“Unpublish at” must come after “publish from”.")}
            )

    def publishing_problems(self) -> list[str]:
        """Reasons this item may not go public yet; models add their own."""
        return []

    @classmethod
    def publish_permission(cls) -> str:
        """The permission (``app.publish_model``) that lets a user publish, unpublish
        and archive this model; each model declares it in ``Meta.permissions``."""
        return f"{cls._meta.app_label}.publish_{cls._meta.model_name}"


class IllustratedModel(models.Model):
    """An optional image that always carries a text alternative.

    Models using it add the database constraint ``image_has_alt`` in their own Meta
    (an abstract model's constraints are not inherited by a Meta that overrides it).
    """

    image = models.ImageField(
        _("image"),
        upload_to="images/%Y/%m/",
        blank=True,
        validators=[validate_image_size],
        help_text=_("A photo or drawing, at most 5 MB."),
    )
    image_alt = models.CharField(
        _("text alternative for the image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Required whenever there is an image."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        column = localized_field("image_alt")
        alt = getattr(self, column, None) or self.image_alt
        if self.image and not (alt or "").strip():
            raise ValidationError({column: _("Describe the image for people who cannot see it.")})


def publishing_window_constraint(model_name: str) -> models.CheckConstraint:
    """ "Unpublish at" after "publish from" (mirrored in PublishableModel.clean)."""
    return models.CheckConstraint(
        condition=Q(publish_from__isnull=True)
        | Q(unpublish_at__isnull=True)
        | Q(unpublish_at__gt=models.F("publish_from")),
        name=f"{model_name}_unpublish_after_publish",
        violation_error_message=_("“Unpublish at” must come after “publish from”."),
    )


def image_has_alt_constraint(model_name: str) -> models.CheckConstraint:
    """No image without a text alternative in the default language (NULL is no text)."""
    alt = localized_field("image_alt")
    return models.CheckConstraint(
        condition=Q(image="") | (Q(**{f"{alt}__isnull": False}) & ~Q(**{alt: ""})),
        name=f"{model_name}_image_has_alt",
        violation_error_message=_("An image needs a text alternative."),
    )


def site_languages():
    """The site's languages, as choices (read when a form is built, so settings decide)."""
    return list(settings.LANGUAGES)


class SynonymQuerySet(models.QuerySet):
    def for_language(self, language: str):
        """Synonyms for searches in ``language``: that language's and those for every one."""
        return self.filter(language__in=["", language])


class Synonym(TimeStampedModel):
    """A word or phrase people type, and what search should also look for.

    Search reads them for the words of each query (one small query on ``key``).
    """

    term = models.CharField(
        _("word or phrase people type"),
        max_length=100,
        help_text=_(
            "For example “seniors”, “soledad” or “new in town”. Case and accents do not matter."
        ),
    )
    meanings = models.CharField(
        _("what it means"),
        max_length=500,
        help_text=_(
            "The words search also looks for, separated by commas, for example "
            "“older adults, elders”. A search for the term finds what any of them finds."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        choices=site_languages,
        help_text=_(
            "Only for searches made in this language of the site. Leave empty for every language."
        ),
    )
    key = models.CharField(
        _("term as search compares it"),
        max_length=100,
        editable=False,
        help_text=_("The term in lower case without accents, filled in on saving."),
    )
    history = HistoricalRecords()

    objects = SynonymQuerySet.as_manager()

    MAX_WORDS = 4  # words in a term; longer phrases are never looked up

    class Meta:
        ordering = ["key", "language"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        constraints = [
            models.UniqueConstraint(
                fields=["key", "language"],
                name="synonym_unique_term_language",
                violation_error_message=_("This term already has synonyms for that language."),
            )
        ]

    def __str__(self):
        return f"{self.term} → {self.meanings}"

    def save(self, *args, **kwargs):
        self.key = self.key_of(self.term)
        super().save(*args, **kwargs)

    @staticmethod
    def key_of(term: str) -> str:
        return " ".join(words_of(term))

    def meaning_list(self) -> list[tuple[str, ...]]:
        """Each meaning as its folded words: ``[("older", "adults"), ("elders",)]``."""
        found = [tuple(words_of(part)) for part in self.meanings.split(",")]
        return [words for words in found if words]

    def clean(self):
        super().clean()
        self.key = self.key_of(self.term or "")
        if not self.key:
            raise ValidationError({"term": _("Type at least one word.")})
        if len(self.key.split()) > self.MAX_WORDS:
            raise ValidationError(
                {"term": _("A term has at most %(count)d words.") % {"count": self.MAX_WORDS}}
            )
        if not self.meaning_list():
            raise ValidationError({"meanings": _("Give at least one word or phrase.")})
        taken = Synonym.objects.filter(key=self.key, language=self.language).exclude(pk=self.pk)
        if taken.exists():
            raise ValidationError({"term": _("This term already has synonyms for that language.")})
