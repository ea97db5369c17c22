"""``manage.py export_site FILE``: every row of the site's content as one JSON file."""

import datetime
import decimal
import json
import uuid

from django.core import serializers
from django.core.management import BaseCommand

from connection_hub import backup


def _exact(value):
    """JSON for what Django's serializer leaves as Python values, at full precision
    (Django's JSON encoder would cut datetimes to milliseconds)."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return str(value.total_seconds())
    raise TypeError(f"{type(value).__name__} is not serializable")


class Command(BaseCommand):
    help = (
        "Write every topic, section, resource, practice, publisher, program, host, venue, "
        "schedule, cancellation, session, tag, translation, kit and workshop request (and the "
        "staff accounts they name) to FILE as JSON. Restore with import_site."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the backup (JSON)")

    def handle(self, *args, file, **options):
        # Django's serializer (what dumpdata uses), model by model in backup.MODELS order:
        # everything a row points at comes before it. Content types and tags travel by
        # name (natural keys), not by database id.
        rows = []
        counts = {}
        for model in backup.models():
            queryset = model._base_manager.order_by("pk")
            serialized = serializers.serialize("python", queryset, use_natural_foreign_keys=True)
            for row in serialized:
                for name in backup.DERIVED_FIELDS:
                    row["fields"].pop(name, None)
            rows += serialized
            counts[model._meta.label] = len(serialized)
        with open(file, "w", encoding="utf-8") as out:
            json.dump(rows, out, ensure_ascii=False, indent=1, default=_exact)
            out.write("\n")
        summary = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
        self.stdout.write(f"Wrote {len(rows)} rows to {file}: {summary or 'nothing'}")
