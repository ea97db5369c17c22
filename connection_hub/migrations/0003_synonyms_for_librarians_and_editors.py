"""Apply the staff groups again: librarians and editors keep the search synonyms.

Also clears the stored search vectors of models that now index related names
(programs: their topics, tags, audiences and category), so that the post_migrate
handler recomputes them (PostgreSQL only).

Reversible: going back takes the synonym permissions away again.
"""

from django.apps import apps as global_apps
from django.db import migrations

from connection_hub.staff_groups import apply_groups

ADDED = [("core", f"{action}_synonym") for action in ("add", "change", "delete", "view")]


def create_groups(apps, schema_editor):
    apply_groups(apps)


def remove_added(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Librarians", "Editors"]):
        for app, codename in ADDED:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app, codename=codename)
            )


def clear_related_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model in global_apps.get_models():
        if getattr(model, "SEARCH_RELATED", None) or getattr(model, "SEARCH_CHOICES", None):
            model._base_manager.update(search_vector=None, search_head=None)


class Migration(migrations.Migration):
    dependencies = [
        ("connection_hub", "0002_link_checks_and_import_permissions"),
        ("core", "0001_synonyms"),
    ]

    operations = [
        migrations.RunPython(create_groups, remove_added),
        migrations.RunPython(clear_related_vectors, migrations.RunPython.noop),
    ]
