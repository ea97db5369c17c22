"""Venues saved before they had coordinates get their postal code's centre.

The ZIP centroids come from the offline data of the ``zipcodes`` package (as
``Venue.fill_coordinates`` does on save); typed coordinates are never there yet.
"""

import re

from django.db import migrations

US_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")


def fill(apps, schema_editor):
    import zipcodes

    Venue = apps.get_model("programs", "Venue")
    for venue in Venue.objects.filter(latitude__isnull=True, longitude__isnull=True):
        match = US_ZIP.match(venue.postal_code or "")
        found = zipcodes.matching(match[1]) if match else []
        if found and found[0].get("lat") and found[0].get("long"):
            venue.latitude, venue.longitude = float(found[0]["lat"]), float(found[0]["long"])
            venue.save(update_fields=["latitude", "longitude"])


def unfill(apps, schema_editor):
    """Going back, the columns are dropped by the previous migration: nothing to undo."""


class Migration(migrations.Migration):
    dependencies = [("programs", "0011_venue_coordinates")]

    operations = [migrations.RunPython(fill, unfill)]
