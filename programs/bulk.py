"""Programs, hosts and venues in and out of CSV and XLSX files (django-import-export).

Programs: slug, title, status, category, summary, description, host (slug), venue (slug),
format, online_url, is_free, cost_description, how_to_join, registration_url,
contact_email, contact_phone, audiences, languages (codes), accessibility, topics (slugs
separated by ``|``), tags (names separated by commas), and one schedule in simple columns:
schedule_frequency (once, weekly, biweekly, monthly), schedule_weekday (1 Monday … 7
Sunday), schedule_monthly_position (1–4, or -1 for the last), schedule_first_date,
schedule_last_date (YYYY-MM-DD), schedule_start_time, schedule_end_time (HH:MM). The row's
schedule replaces the program's first schedule (others stay); an empty schedule_frequency
leaves the schedules alone. Hosts and venues: their own fields, by slug.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from import_export.fields import Field

from connection_hub.core.bulk import (
    NamedForeignKeyWidget,
    NamedManyToManyWidget,
    StaffResource,
    TagsWidget,
)
from connection_hub.core.models import Status
from resources.models import Topic

from . import services
from .models import AccessibilityFeature, Audience, Host, Language, Program, Schedule, Venue

# Column of the file → field of the schedule.
SCHEDULE_COLUMNS = {
    "schedule_frequency": "frequency",
    "schedule_weekday": "weekday",
    "schedule_monthly_position": "monthly_position",
    "schedule_first_date": "start_date",
    "schedule_last_date": "end_date",
    "schedule_start_time": "start_time",
    "schedule_end_time": "end_time",
}
SCHEDULE_FIELDS = {field: column for column, field in SCHEDULE_COLUMNS.items()}


def _to_python(field_name, value):
    """A schedule cell (text from CSV, or a number, date or time from XLSX) as its field."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        value = value.time() if field_name.endswith("_time") else value.date()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return Schedule._meta.get_field(field_name).to_python(value)


class ProgramResource(StaffResource):
    host = Field(attribute="host", column_name="host", widget=NamedForeignKeyWidget(Host, "slug"))
    venue = Field(
        attribute="venue", column_name="venue", widget=NamedForeignKeyWidget(Venue, "slug")
    )
    audiences = Field(
        attribute="audiences",
        column_name="audiences",
        widget=NamedManyToManyWidget(Audience, "slug"),
    )
    languages = Field(
        attribute="languages",
        column_name="languages",
        widget=NamedManyToManyWidget(Language, "code"),
    )
    accessibility = Field(
        attribute="accessibility",
        column_name="accessibility",
        widget=NamedManyToManyWidget(AccessibilityFeature, "slug"),
    )
    topics = Field(
        attribute="topics", column_name="topics", widget=NamedManyToManyWidget(Topic, "slug")
    )
    tags = Field(attribute="tags", column_name="tags", widget=TagsWidget())
    schedule_frequency = Field(column_name="schedule_frequency")
    schedule_weekday = Field(column_name="schedule_weekday")
    schedule_monthly_position = Field(column_name="schedule_monthly_position")
    schedule_first_date = Field(column_name="schedule_first_date")
    schedule_last_date = Field(column_name="schedule_last_date")
    schedule_start_time = Field(column_name="schedule_start_time")
    schedule_end_time = Field(column_name="schedule_end_time")

    def __init__(self, *args, hosts=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hosts = hosts  # the hosts this person may import programs for (None: any)

    class Meta(StaffResource.Meta):
        model = Program
        import_id_fields = ["slug"]
        fields = (
            "slug",
            "title",
            "status",
            "category",
            "summary",
            "description",
            "host",
            "venue",
            "format",
            "online_url",
            "is_free",
            "cost_description",
            "how_to_join",
            "registration_url",
            "contact_email",
            "contact_phone",
            "audiences",
            "languages",
            "accessibility",
            "topics",
            "tags",
            *SCHEDULE_COLUMNS,
        )
        export_order = fields

    def get_queryset(self):
        return Program.objects.select_related("host", "venue")

    # -- the schedule columns ----------------------------------------------------

    @staticmethod
    def first_schedule(program):
        if program is None or program.pk is None:
            return None
        schedules = sorted(
            program.schedules.all(), key=lambda s: (s.start_date, s.start_time, s.pk)
        )
        return schedules[0] if schedules else None

    def _schedule_value(self, program, field):
        schedule = self.first_schedule(program)
        value = getattr(schedule, field) if schedule else None
        if isinstance(value, datetime.time):
            return value.strftime("%H:%M")
        if isinstance(value, datetime.date):
            return value.isoformat()
        return "" if value is None else value

    def export_field(self, field, instance, **kwargs):
        if field.column_name in SCHEDULE_COLUMNS:
            return self._schedule_value(instance, SCHEDULE_COLUMNS[field.column_name])
        return super().export_field(field, instance, **kwargs)

    def schedule_of_row(self, row):
        """The row's schedule values ({field: value}), or None when it gives none."""
        if not str(row.get("schedule_frequency") or "").strip():
            return None
        values, errors = {}, {}
        for column, field in SCHEDULE_COLUMNS.items():
            try:
                values[field] = _to_python(field, row.get(column))
            except ValidationError as error:
                errors[column] = error.messages
        if errors:
            raise ValidationError(errors)
        return values

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        instance._imported_schedule = None
        try:
            values = self.schedule_of_row(row)
            if values is not None:
                schedule = Schedule(**values)
                try:
                    schedule.full_clean(exclude=["program"])
                except ValidationError as error:
                    raise ValidationError(
                        {SCHEDULE_FIELDS.get(k, k): v for k, v in error.message_dict.items()}
                    ) from None
                instance._imported_schedule = values
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def check_row(self, instance, row, is_new):
        errors = super().check_row(instance, row, is_new)
        foreign_host = (
            self.hosts is not None
            and instance.host_id
            and not self.hosts.filter(pk=instance.host_id).exists()
        )
        if foreign_host:
            errors["host"] = _("You can import programs only for your own host organizations.")
        return errors

    def skip_row(self, instance, original, row, import_validation_errors=None):
        wanted = getattr(instance, "_imported_schedule", None)
        if wanted is not None:
            schedule = self.first_schedule(original)
            if schedule is None or any(getattr(schedule, f) != v for f, v in wanted.items()):
                return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        wanted = getattr(instance, "_imported_schedule", None)
        if wanted is not None:
            schedule = self.first_schedule(instance) or Schedule(program=instance)
            for field, value in wanted.items():
                setattr(schedule, field, value)
            schedule.save()
        services.refresh_sessions(programs=[instance])
        if instance.status == Status.PUBLISHED:
            problems = instance.publishing_problems()
            if problems:
                raise ValidationError({"status": problems})


class HostResource(StaffResource):
    class Meta(StaffResource.Meta):
        model = Host
        import_id_fields = ["slug"]
        fields = ("slug", "name", "description", "website", "email", "phone")
        export_order = fields


class VenueResource(StaffResource):
    accessibility = Field(
        attribute="accessibility",
        column_name="accessibility",
        widget=NamedManyToManyWidget(AccessibilityFeature, "slug"),
    )

    class Meta(StaffResource.Meta):
        model = Venue
        import_id_fields = ["slug"]
        fields = (
            "slug",
            "name",
            "street",
            "city",
            "state",
            "postal_code",
            "latitude",
            "longitude",
            "directions",
            "accessibility",
        )
        export_order = fields
