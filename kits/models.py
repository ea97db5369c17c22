"""Workshop kits: a facilitator's named, ordered selection of library and directory pages
for one session or class, with a short introduction and its own shareable page."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from connection_hub.core.models import (
    PublishableModel,
    PublishableQuerySet,
    publishing_window_constraint,
)
from programs.models import Program
from resources.models import Practice, Resource, Topic

# The pages a kit item can point at, in the order the admin shows them.
TARGETS = ("resource", "practice", "program", "topic")


class KitQuerySet(PublishableQuerySet):
    def owned_by(self, user):
        return self.filter(owner=user)

    def with_public_items(self):
        """Each kit's items whose page is public now, in order, as ``kit.public_items``."""
        return self.prefetch_related(
            Prefetch(
                "items",
                queryset=KitItem.objects.public().with_targets(),
                to_attr="public_items",
            )
        )


class Kit(PublishableModel):
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Markdown. A few sentences for the session or class this kit is for: "
            "who it is for and how to use what follows."
        ),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="kits",
        help_text=_("The facilitator who built this kit; set when the kit is created."),
    )

    objects = KitQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("kit")
        verbose_name_plural = _("kits")
        constraints = [publishing_window_constraint("kit")]
        permissions = [
            ("publish_kit", _("Can publish, unpublish and archive kits")),
            ("change_any_kit", _("Can change every facilitator's kits")),
        ]

    def get_absolute_url(self):
        return reverse("kits:kit_detail", kwargs={"slug": self.slug})

    def publishing_problems(self) -> list[str]:
        problems = super().publishing_problems()
        if self.pk and not self.items.exists():
            problems.append(_("It has nothing in it yet: add at least one item."))
        return problems


def exactly_one_of(fields) -> Q:
    """Exactly one of ``fields`` (foreign keys) is set."""
    return reduce(
        or_,
        (
            Q(**{f"{field}__isnull": False}, **{f"{o}__isnull": True for o in fields if o != field})
            for field in fields
        ),
    )


class KitItemQuerySet(models.QuerySet):
    def public(self):
        """Items whose page is public now. One query: each target's ``published()`` is a
        subquery, so nothing is checked row by row."""
        return self.filter(
            Q(resource__in=Resource.objects.published())
            | Q(practice__in=Practice.objects.published())
            | Q(program__in=Program.objects.published())
            | Q(topic__in=Topic.objects.published())
        )

    def with_targets(self):
        return self.select_related(*TARGETS)


class KitItem(models.Model):
    kit = models.ForeignKey(
        Kit,
        verbose_name=_("kit"),
        on_delete=models.CASCADE,
        related_name="items",
        help_text=_("The kit this item belongs to."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Items are shown from the lowest number up.")
    )
    resource = models.ForeignKey(
        Resource,
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A report, guide, story or other resource from the library."),
    )
    practice = models.ForeignKey(
        Practice,
        verbose_name=_("practice"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A practice to try alone or in a group."),
    )
    program = models.ForeignKey(
        Program,
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A community program from the directory."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A topic page."),
    )
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("Optional. One line for the room: why this is here or what to do with it."),
    )

    objects = KitItemQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("kit item")
        verbose_name_plural = _("kit items")
        constraints = [
            models.CheckConstraint(
                condition=exactly_one_of(TARGETS),
                name="kititem_exactly_one_target",
                violation_error_message=_(
                    "Choose exactly one resource, practice, program or topic."
                ),
            )
        ]

    def __str__(self):
        return str(self.target) if self.target else str(_("(empty item)"))

    @property
    def target(self):
        """The resource, practice, program or topic this item points at."""
        for name in TARGETS:
            if getattr(self, f"{name}_id") is not None:
                return getattr(self, name)
        return None

    @property
    def label(self):
        """What kind of page the item is: a resource's kind ("Report"), else the model's name."""
        if self.resource_id:
            return self.resource.get_kind_display()
        target = self.target
        return capfirst(target._meta.verbose_name) if target else ""

    def clean(self):
        super().clean()
        chosen = [name for name in TARGETS if getattr(self, f"{name}_id") is not None]
        if not chosen:
            # Tied to a field, so the constraint (same rule) does not report it twice.
            raise ValidationError(
                {"resource": _("Choose one resource, practice, program or topic.")}
            )
        if len(chosen) > 1:
            raise ValidationError(
                {name: _("Choose only one of these for each item.") for name in chosen}
            )
