"""Apply the staff groups again: librarians and editors see "Broken links"; librarians,
organizers and editors import and export files (django-import-export permissions).

Reversible: going back gives each group the permissions it had before this migration.
"""

from django.db import migrations

from connection_hub.staff_groups import apply_groups

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
    apply_groups(apps)


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
