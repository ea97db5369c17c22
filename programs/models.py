"""The directory of community programs: hosts, venues, programs, schedules, sessions.

Schedules hold the rules staff enter (one-off, weekly, every other week, monthly on the
nth weekday). Sessions are those rules expanded, with python-dateutil's rrule, into rows
for the coming year, so lists can filter and sort by the next session in the database.
"""

import datetime
import functools
import math
import re
import uuid
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, ExpressionWrapper, F, FloatField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
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
from resources.models import Practice, Topic


def site_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


class Category(models.TextChoices):
    GARDEN = "garden", _("Community garden")
    CULTURAL = "cultural", _("Cultural event")
    INTERGENERATIONAL = "intergenerational", _("Intergenerational activity")
    SKILL_SHARING = "skill_sharing", _("Skill-sharing workshop")
    SENIOR_CENTER = "senior_center", _("Senior center activity")
    SUPPORT_GROUP = "support_group", _("Support group")
    VOLUNTEERING = "volunteering", _("Volunteering")
    ARTS = "arts", _("Arts and crafts")
    PHYSICAL_ACTIVITY = "physical_activity", _("Walking, sport and movement")
    SOCIAL_MEETUP = "social_meetup", _("Social meetup")


class ProgramFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("In person and online")


class Audience(models.Model):
    """Who a program is especially for. Staff edit the list."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return self.name


class AccessibilityFeature(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility features")

    def __str__(self):
        return self.name


class Language(models.Model):
    code = models.SlugField(_("code"), max_length=16, unique=True, help_text=_("e.g. en, es, vi"))
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


class Host(TimeStampedModel):
    """The organization that runs a program (HSDS: organization)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organizers"),
        related_name="hosts",
        blank=True,
        help_text=_(
            "Staff accounts that manage this host's programs. An organizer sees and changes "
            "only the programs of the hosts they belong to."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("host organization")
        verbose_name_plural = _("host organizations")
        permissions = [
            ("import_host", _("Can import host organizations from a file")),
            ("export_host", _("Can export host organizations to a file")),
        ]

    def __str__(self):
        return self.name


# --- where places are ----------------------------------------------------------------

MILES_PER_DEGREE = 69.09  # of latitude (and of longitude at the equator)
US_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


@functools.cache
def _zip_centroids() -> dict[str, tuple[float, float]]:
    # Imported on first use: the package reads its whole data file (about 0.7 s) when
    # imported, which no management command or test that never looks up a ZIP should pay.
    import zipcodes

    return {z["zip_code"]: (float(z["lat"]), float(z["long"])) for z in zipcodes.list_all()}


def zip_code(value) -> str:
    """The five digits of a US ZIP code ("45011" or "45011-1234"), or "" if it is not one."""
    match = US_ZIP.match(value or "")
    return match[1] if match else ""


def zip_centroid(value) -> tuple[float, float] | None:
    """(latitude, longitude) of a US ZIP code's centre, from the offline data the
    ``zipcodes`` package ships (never a web service); None if unknown or not a ZIP code."""
    code = zip_code(value)
    return _zip_centroids().get(code) if code else None


class Venue(TimeStampedModel):
    """Where a program meets (HSDS: location with an address)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    street = models.CharField(_("street address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100, db_index=True)
    state = models.CharField(_("state"), max_length=50, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    directions = models.TextField(
        _("how to get there"), blank=True, help_text=_("Bus lines, parking, which door.")
    )
    accessibility = models.ManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True, related_name="venues"
    )
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_(
            "Decimal degrees, north positive (e.g. 39.3995). Leave latitude and longitude "
            "empty to fill them from the postal code's centre when saving."
        ),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_(
            "Decimal degrees, east positive: west of Greenwich is negative (e.g. -84.5613). "
            "Used to sort programs by distance from a resident's ZIP code."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        permissions = [
            ("import_venue", _("Can import venues from a file")),
            ("export_venue", _("Can export venues to a file")),
        ]
        indexes = [models.Index(fields=["latitude", "longitude"], name="venue_coordinates_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="venue_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="venue_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="venue_coordinates_together",
                violation_error_message=_("Give both latitude and longitude, or neither."),
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city else self.name

    @classmethod
    def from_db(cls, db, field_names, values):
        venue = super().from_db(db, field_names, values)
        venue._loaded_postal_code = venue.__dict__.get("postal_code")
        return venue

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({missing: _("Give both latitude and longitude, or neither.")})

    def fill_coordinates(self) -> bool:
        """Coordinates from the postal code when none are given, or when the postal code
        changed and the coordinates were the old code's centre. Typed coordinates stay."""
        old_code = getattr(self, "_loaded_postal_code", None)
        moved = old_code is not None and zip_code(old_code) != zip_code(self.postal_code)
        coordinates = (self.latitude, self.longitude)
        if coordinates == (None, None) or (moved and coordinates == zip_centroid(old_code)):
            centroid = zip_centroid(self.postal_code)
            self.latitude, self.longitude = centroid or (None, None)
            return coordinates != (self.latitude, self.longitude)
        return False

    def save(self, *args, **kwargs):
        if self.fill_coordinates() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "latitude", "longitude"}
        super().save(*args, **kwargs)
        self._loaded_postal_code = self.postal_code

    @property
    def address(self) -> str:
        locality = " ".join(p for p in (self.state, self.postal_code) if p)
        return ", ".join(p for p in (self.street, self.city, locality) if p)

    @property
    def map_url(self) -> str:
        """A plain link to a map search: nothing is loaded from the map site until clicked."""
        return "https://www.openstreetmap.org/search?query=" + quote_plus(self.address)


class ProgramQuerySet(SearchableQuerySet, PublishableQuerySet):
    def listing_columns(self):
        """Without the columns no list shows: the description and the search vectors."""
        return self.defer(*Program.WIDE_COLUMNS)

    def with_distance(self, origin: tuple[float, float]):
        """Annotate ``distance_sq``: the squared distance in miles from ``origin``
        (latitude, longitude) to the venue; NULL for online programs and venues with no
        coordinates.

        An equirectangular approximation (a degree of longitude shrinks by the cosine of
        the latitude, taken at the origin, in Python): plain arithmetic, so SQLite and
        PostgreSQL sort and filter by it in SQL, and within 25 miles it is off by well
        under 1%.
        """
        latitude, longitude = origin
        x_scale = MILES_PER_DEGREE * math.cos(math.radians(latitude))
        dy = (F("venue__latitude") - Value(latitude)) * Value(MILES_PER_DEGREE)
        dx = (F("venue__longitude") - Value(longitude)) * Value(x_scale)
        distance_sq = ExpressionWrapper(dy * dy + dx * dx, output_field=FloatField())
        return self.annotate(
            distance_sq=Case(
                When(format=ProgramFormat.ONLINE, then=Value(None, output_field=FloatField())),
                default=distance_sq,
                output_field=FloatField(),
            )
        )

    def within_miles(self, origin: tuple[float, float], miles: float):
        """Programs whose venue is within ``miles`` of ``origin``, and every online-only
        program (it is as near as a screen). Needs ``with_distance(origin)``; a bounding
        box on the venue's coordinates comes first, so an index can narrow the rows."""
        latitude, longitude = origin
        dlat = miles / MILES_PER_DEGREE
        dlon = miles / (MILES_PER_DEGREE * max(math.cos(math.radians(latitude)), 0.01))
        box = Q(
            venue__latitude__range=(latitude - dlat, latitude + dlat),
            venue__longitude__range=(longitude - dlon, longitude + dlon),
        )
        near = box & Q(distance_sq__lte=miles * miles)
        return self.filter(near | Q(format=ProgramFormat.ONLINE))

    def by_distance(self):
        """Nearest first (``with_distance``), then venues with no coordinates, then
        online-only programs; each by its next session."""
        online_last = Case(When(format=ProgramFormat.ONLINE, then=Value(1)), default=Value(0))
        return self.order_by(
            online_last, F("distance_sq").asc(nulls_last=True), "next_start", "title"
        )

    def with_next_session(self, sessions=None):
        """Annotate ``next_start`` (the next session that is not cancelled, among ``sessions``)."""
        sessions = sessions if sessions is not None else Session.objects.all()
        nxt = (
            sessions.upcoming()
            .filter(program=models.OuterRef("pk"))
            .order_by("starts_at")
            .values("starts_at")[:1]
        )
        return self.annotate(next_start=models.Subquery(nxt))

    def upcoming(self, sessions=None):
        return self.with_next_session(sessions).filter(next_start__isnull=False)

    def for_topic(self, topic):
        return self.filter(topics=topic)


class Program(SearchIndexedModel, IllustratedModel, PublishableModel):
    uuid = models.UUIDField(
        default=uuid.uuid4, unique=True, editable=False, help_text=_("Stable identifier (HSDS).")
    )
    category = models.CharField(_("category"), max_length=32, choices=Category.choices)
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    host = models.ForeignKey(
        Host, verbose_name=_("host"), on_delete=models.PROTECT, related_name="programs"
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="programs",
        null=True,
        blank=True,
    )
    format = models.CharField(
        _("format"), max_length=16, choices=ProgramFormat.choices, default=ProgramFormat.IN_PERSON
    )
    online_url = models.URLField(_("link to join online"), blank=True)
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("especially for"), blank=True, related_name="programs"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), blank=True, related_name="programs"
    )
    accessibility = models.ManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True, related_name="programs"
    )
    is_free = models.BooleanField(_("free"), default=True)
    cost_description = models.CharField(
        _("cost"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “$5 a session, no one turned away”"),
    )
    how_to_join = models.TextField(_("how to join"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="programs"
    )
    practices = models.ManyToManyField(
        Practice, verbose_name=_("related practices"), blank=True, related_name="programs"
    )
    tags = TaggableManager(_("tags"), blank=True)

    objects = ProgramQuerySet.as_manager()

    SEARCH_FIELDS = {"A": ["title"], "B": ["summary"], "C": ["description"]}
    # What no list, feed or calendar shows: they defer them (``listing_columns()``).
    WIDE_COLUMNS = ("description", "search_vector", "search_head")
    # Searched with the body: a program tied to the topic "Loneliness in later life", for
    # older adults, or a support group, is found by those words.
    SEARCH_RELATED = {"C": ["topics__title", "tags__name", "audiences__name"]}
    SEARCH_CHOICES = {"C": ["category"]}

    class Meta:
        ordering = ["title"]
        verbose_name = _("program")
        verbose_name_plural = _("programs")
        indexes = [models.Index(fields=["status", "category"], name="program_status_category_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(format="online") | Q(venue__isnull=False),
                name="program_in_person_needs_venue",
                violation_error_message=_("A program that meets in person needs a venue."),
            ),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="program_category_valid"
            ),
            image_has_alt_constraint("program"),
            publishing_window_constraint("program"),
        ]
        permissions = [
            ("publish_program", _("Can publish, unpublish and archive programs")),
            ("change_any_program", _("Can change programs of every host")),
            ("import_program", _("Can import programs from a file")),
            ("export_program", _("Can export programs to a file")),
        ]

    def get_absolute_url(self):
        return reverse("programs:program_detail", kwargs={"slug": self.slug})

    @property
    def miles_away(self) -> int | None:
        """Whole miles from the place a resident searched near (``with_distance``)."""
        distance_sq = getattr(self, "distance_sq", None)
        return None if distance_sq is None else round(math.sqrt(distance_sq))

    def clean(self):
        super().clean()
        if self.format != ProgramFormat.ONLINE and not self.venue_id:
            raise ValidationError({"venue": _("A program that meets in person needs a venue.")})
        if self.format != ProgramFormat.IN_PERSON and not self.online_url:
            raise ValidationError({"online_url": _("Give the link people use to join online.")})

    def publishing_problems(self) -> list[str]:
        problems = super().publishing_problems()
        if self.pk and not self.sessions.filter(ends_at__gt=timezone.now()).exists():
            problems.append(
                _("It has no upcoming session: add a schedule with a date still to come.")
            )
        return problems


class Frequency(models.TextChoices):
    ONCE = "once", _("Once")
    WEEKLY = "weekly", _("Every week")
    BIWEEKLY = "biweekly", _("Every other week")
    MONTHLY = "monthly", _("Every month on the same weekday")


class Weekday(models.IntegerChoices):
    """The one table of weekdays: ISO numbers (Monday 1 … Sunday 7) with every spelling
    the directory needs (iCalendar's MO…SU, schema.org's names, dateutil's weekdays)."""

    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")

    @classmethod
    def of(cls, day: datetime.date) -> "Weekday":
        return cls(day.isoweekday())

    @property
    def ical(self) -> str:
        return self.name[:2]

    @property
    def schema_org(self) -> str:
        return self.name.title()

    @property
    def rrule(self) -> rrule.weekday:
        return rrule.weekdays[self.value - 1]


class MonthlyPosition(models.IntegerChoices):
    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


class Schedule(models.Model):
    """One rule of when a program meets, in the site's local time."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="schedules")
    frequency = models.CharField(_("repeats"), max_length=16, choices=Frequency.choices)
    start_date = models.DateField(_("first date"))
    end_date = models.DateField(_("last date"), null=True, blank=True)
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    weekday = models.PositiveSmallIntegerField(
        _("day of the week"),
        choices=Weekday.choices,
        null=True,
        blank=True,
        help_text=_(
            "Weekly, every other week and monthly: the day it meets. The first session is "
            "the first such day on or after the first date."
        ),
    )
    monthly_position = models.SmallIntegerField(
        _("which one in the month"),
        choices=MonthlyPosition.choices,
        null=True,
        blank=True,
        help_text=_("Monthly only: e.g. the first or the last of that weekday in the month."),
    )

    class Meta:
        ordering = ["program", "start_date", "start_time"]
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")
        constraints = [
            models.CheckConstraint(
                condition=Q(frequency__in=Frequency.values), name="schedule_frequency_valid"
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="schedule_ends_after_start",
                violation_error_message=_("The last date cannot be before the first date."),
            ),
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")),
                name="schedule_positive_duration",
                violation_error_message=_("A session must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(monthly_position__isnull=True) | Q(frequency="monthly"),
                name="schedule_position_only_monthly",
                violation_error_message=_("Only a monthly schedule has a weekday of the month."),
            ),
            models.CheckConstraint(
                condition=Q(frequency="once") | Q(weekday__isnull=False),
                name="schedule_repeating_has_weekday",
                violation_error_message=_("Choose the day of the week it meets."),
            ),
            models.CheckConstraint(
                condition=Q(frequency="monthly", monthly_position__isnull=False)
                | ~Q(frequency="monthly"),
                name="schedule_monthly_has_position",
                violation_error_message=_("Choose which one in the month (first, second, …)."),
            ),
        ]

    def __str__(self):
        return f"{self.program}: {self.describe()}"

    def save(self, *args, **kwargs):
        """Code that makes schedules (the demo, imports, tests) may leave the weekday and
        the position to follow the first date; the admin asks for them (clean)."""
        if self.frequency != Frequency.ONCE and self.weekday is None:
            self.weekday = self.start_date.isoweekday()
        if self.frequency == Frequency.MONTHLY and self.monthly_position is None:
            self.monthly_position = self.position
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last date cannot be before the first date.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("A session must end after it starts.")
        if self.monthly_position is not None and self.frequency != Frequency.MONTHLY:
            errors["monthly_position"] = _("Only a monthly schedule has a weekday of the month.")
        if self.frequency and self.frequency != Frequency.ONCE and self.weekday is None:
            errors["weekday"] = _("Choose the day of the week it meets.")
        if self.frequency == Frequency.MONTHLY and self.monthly_position is None:
            errors["monthly_position"] = _("Choose which one in the month (first, second, …).")
        if errors:
            raise ValidationError(errors)

    @property
    def duration(self) -> datetime.timedelta:
        return datetime.datetime.combine(
            self.start_date, self.end_time
        ) - datetime.datetime.combine(self.start_date, self.start_time)

    @property
    def meeting_day(self) -> Weekday:
        """The weekday chosen for a repeating rule; a one-off meets on its date's weekday."""
        return Weekday(self.weekday) if self.weekday else Weekday.of(self.start_date)

    @property
    def position(self) -> int:
        if self.monthly_position is not None:
            return self.monthly_position
        return (self.start_date.day - 1) // 7 + 1 if self.start_date.day <= 28 else -1

    def rule(self) -> rrule.rrule:
        """The dateutil rule, over naive local datetimes (wall-clock time in the site's zone)."""
        dtstart = datetime.datetime.combine(self.start_date, self.start_time)
        until = datetime.datetime.combine(self.end_date, self.start_time) if self.end_date else None
        if self.frequency == Frequency.ONCE:
            return rrule.rrule(rrule.DAILY, dtstart=dtstart, count=1)
        day = self.meeting_day.rrule
        if self.frequency == Frequency.WEEKLY:
            return rrule.rrule(rrule.WEEKLY, byweekday=day, dtstart=dtstart, until=until)
        if self.frequency == Frequency.BIWEEKLY:
            return rrule.rrule(
                rrule.WEEKLY, interval=2, byweekday=day, dtstart=dtstart, until=until
            )
        return rrule.rrule(
            rrule.MONTHLY, byweekday=day(self.position), dtstart=dtstart, until=until
        )

    def occurrences(self, start: datetime.datetime, end: datetime.datetime):
        """Aware (start, end) datetimes of sessions starting in [start, end).

        Wall-clock times are kept: a 18:00 session stays at 18:00 across a DST change.
        """
        zone = site_zone()
        local_start = timezone.localtime(start, zone).replace(tzinfo=None)
        local_end = timezone.localtime(end, zone).replace(tzinfo=None)
        for naive in self.rule().between(local_start, local_end, inc=True):
            begins = naive.replace(tzinfo=zone)
            if begins < start or begins >= end:
                continue
            yield begins, (naive + self.duration).replace(tzinfo=zone)

    def describe(self) -> str:
        """The rule in a plain sentence, e.g. "Every first Saturday, 13:00–15:00"."""
        times = f"{time_format(self.start_time)}–{time_format(self.end_time)}"
        values = {"day": self.meeting_day.label, "times": times}
        if self.frequency == Frequency.ONCE:
            return _("Once, on %(date)s, %(times)s") % {
                **values,
                "date": date_format(self.start_date, "DATE_FORMAT"),
            }
        if self.frequency == Frequency.WEEKLY:
            return _("Every %(day)s, %(times)s") % values
        if self.frequency == Frequency.BIWEEKLY:
            return _("Every other %(day)s, %(times)s") % values
        return _("Every %(position)s %(day)s of the month, %(times)s") % {
            **values,
            "position": MonthlyPosition(self.position).label,
        }

    def next_dates(self, count=3, now=None) -> list[datetime.date]:
        """The next ``count`` dates it meets, leaving out its cancelled dates."""
        now = timezone.localtime(now or timezone.now(), site_zone()).replace(tzinfo=None)
        cancelled = (
            {c.date for c in self.program.cancellations.all() if c.applies_to(self)}
            if self.program_id
            else set()
        )
        dates = []
        for naive in self.rule().xafter(now, inc=True):
            if naive.date() not in cancelled:
                dates.append(naive.date())
            if len(dates) == count:
                break
        return dates

    def describe_with_next_dates(self) -> str:
        """e.g. "Every first Saturday, 13:00–15:00 — next: Dec 5, Jan 2, Feb 6"."""
        dates = ", ".join(date_format(d, "MONTH_DAY_FORMAT") for d in self.next_dates())
        if not dates:
            return _("%(rule)s — no dates to come") % {"rule": self.describe()}
        return _("%(rule)s — next: %(dates)s") % {"rule": self.describe(), "dates": dates}


class Cancellation(models.Model):
    """A date on which a program does not meet (an EXDATE in its calendar)."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="cancellations")
    schedule = models.ForeignKey(
        Schedule,
        verbose_name=_("schedule"),
        on_delete=models.CASCADE,
        related_name="cancellations",
        null=True,
        blank=True,
        help_text=_("Leave empty to cancel every session of the program on that date."),
    )
    date = models.DateField(_("date"))
    reason = models.CharField(
        _("reason"), max_length=255, blank=True, help_text=_("Shown to residents, e.g. “Holiday”.")
    )

    class Meta:
        ordering = ["program", "date"]
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "date"],
                condition=Q(schedule__isnull=True),
                name="cancellation_unique_date",
            ),
            models.UniqueConstraint(
                fields=["schedule", "date"],
                condition=Q(schedule__isnull=False),
                name="cancellation_unique_schedule_date",
            ),
        ]

    def __str__(self):
        return f"{self.program}: {self.date:%Y-%m-%d}"

    def clean(self):
        super().clean()
        if self.schedule_id and self.program_id and self.schedule.program_id != self.program_id:
            raise ValidationError({"schedule": _("Choose one of this program's schedules.")})

    def applies_to(self, schedule) -> bool:
        return self.schedule_id is None or self.schedule_id == schedule.pk


class PartOfDay(models.TextChoices):
    MORNING = "morning", _("Morning (before noon)")
    AFTERNOON = "afternoon", _("Afternoon (noon to 5 pm)")
    EVENING = "evening", _("Evening (after 5 pm)")

    @classmethod
    def of(cls, local_time: datetime.time) -> str:
        if local_time.hour < 12:
            return cls.MORNING
        if local_time.hour < 17:
            return cls.AFTERNOON
        return cls.EVENING


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(starts_at__gte=now or timezone.now(), is_cancelled=False)


class Session(models.Model):
    """One meeting of a program, expanded from a schedule. Rebuilt, never edited by hand."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="sessions")
    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    part_of_day = models.CharField(_("part of day"), max_length=16, choices=PartOfDay.choices)
    is_cancelled = models.BooleanField(_("cancelled"), default=False)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [
            models.Index(fields=["program", "starts_at"], name="session_program_start_idx"),
            models.Index(fields=["starts_at", "weekday", "part_of_day"], name="session_when_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="session_positive_duration"
            ),
            models.CheckConstraint(
                condition=Q(weekday__gte=1, weekday__lte=7), name="session_weekday_range"
            ),
        ]

    def __str__(self):
        return f"{self.program} {self.starts_at:%Y-%m-%d %H:%M}"
