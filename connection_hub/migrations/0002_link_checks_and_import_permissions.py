"""Apply the staff groups again: librarians and editors see "Broken links"; librarians,
organizers and editors import and export files (django-import-export permissions).

Reversible: going back gives each group the permissions it had before this migration.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from connection_hub.staff_groups import GROUPS, permissions_of

# What this migration adds to each group, taken away again when it is reversed.
ADDED = {
    "Librarians": [
        ("resources", "view_brokenlink"),
        ("resources", "import_resource"),
        ("resources", "export_resource"),
    ],
    "Organizers": [
        ("programs", f"{action}_{model}")
        for model in ("program", "host", "venue")
        for action in ("import", "export")
    ],
}
ADDED["Editors"] = ADDED["Librarians"] + ADDED["Organizers"]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in GROUPS:
        wanted = permissions_of(name)
        found = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        ]
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(found)


def remove_added(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, added in ADDED.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app, codename in added:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label=app, codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("connection_hub", "0001_staff_groups"),
        ("resources", "0010_link_checks"),
        ("programs", "0009_import_export_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_added)]
