"""Abstract building blocks shared by the library and the program directory."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .i18n import localized_field


class Status(models.TextChoices):
    """Publication workflow: draft -> in review -> published.

    Only published items are ever shown to the public.
    """

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)


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

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)


class IllustratedModel(models.Model):
    """An optional image that always carries a text alternative.

    Models using it add the database constraint ``image_has_alt`` in their own Meta
    (an abstract model's constraints are not inherited by a Meta that overrides it).
    """

    image = models.ImageField(_("image"), upload_to="images/%Y/%m/", blank=True)
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


def image_has_alt_constraint(model_name: str) -> models.CheckConstraint:
    """No image without a text alternative in the default language (NULL is no text)."""
    alt = localized_field("image_alt")
    return models.CheckConstraint(
        condition=Q(image="") | (Q(**{f"{alt}__isnull": False}) & ~Q(**{alt: ""})),
        name=f"{model_name}_image_has_alt",
        violation_error_message=_("An image needs a text alternative."),
    )
