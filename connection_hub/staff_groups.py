"""The staff groups an administrator ticks for a new account, and every permission each
holds (including what inlines and autocompletes need). Applied by the migration
``connection_hub/migrations/0001_staff_groups.py``; a later change to this list comes
with a migration that applies it again.

An entry is ``"app.model": "actions"``: a string of letters, ``a``dd, ``c``hange,
``d``elete, ``v``iew, plus the named extra permissions in the list after it.
"""

from django.contrib.auth.management import create_permissions

ACTIONS = {"a": "add", "c": "change", "d": "delete", "v": "view"}

_LIBRARY = {
    "resources.topic": "acv",
    "resources.topicsection": "acdv",  # sections are an inline: removing one deletes it
    "resources.resource": "acv",
    "resources.practice": "acv",
    "resources.publisher": "acv",
    "taggit.tag": "acv",
    "core.synonym": "acdv",  # search synonyms: a wrong one is removed
}
_DIRECTORY = {
    "programs.program": "acv",
    "programs.schedule": "acdv",  # inlines of a program
    "programs.cancellation": "acdv",
    "programs.host": "cv",  # their own hosts (an administrator creates hosts)
    "programs.venue": "acv",
    "programs.audience": "acv",
    "programs.language": "acv",
    "programs.accessibilityfeature": "acv",
    "taggit.tag": "acv",
}
_READ_EVERYTHING = {
    "resources.topic": "v",
    "resources.resource": "v",
    "resources.practice": "v",
    "programs.program": "v",
}

# The "Broken links" list, and importing and exporting files (django-import-export).
_LIBRARY_EXTRA = [
    "resources.view_brokenlink",
    "resources.import_resource",
    "resources.export_resource",
]
_DIRECTORY_EXTRA = [
    "programs.import_program",
    "programs.export_program",
    "programs.import_host",
    "programs.export_host",
    "programs.import_venue",
    "programs.export_venue",
]

GROUPS = {
    "Librarians": (_LIBRARY, [*_LIBRARY_EXTRA]),
    "Organizers": (_DIRECTORY, [*_DIRECTORY_EXTRA]),
    "Facilitators": (
        {
            **_READ_EVERYTHING,
            "kits.kit": "acv",
            "kits.kititem": "acdv",
            "workshops.workshoprequest": "cv",  # the requests assigned to them
        },
        [],
    ),
    "Editors": (
        {
            **dict.fromkeys(_LIBRARY, "acdv"),
            **dict.fromkeys(_DIRECTORY, "acdv"),
            "kits.kit": "acdv",
            "kits.kititem": "acdv",
            "workshops.workshoprequest": "acdv",
        },
        [
            "resources.publish_topic",
            "resources.publish_resource",
            "resources.publish_practice",
            "programs.publish_program",
            "programs.change_any_program",
            "kits.publish_kit",
            "kits.change_any_kit",
            "workshops.view_all_workshoprequests",
            *_LIBRARY_EXTRA,
            *_DIRECTORY_EXTRA,
        ],
    ),
}


def permissions_of(group: str) -> list[tuple[str, str]]:
    """(app label, codename) of every permission ``group`` holds."""
    models, extra = GROUPS[group]
    names = []
    for label, letters in models.items():
        app, model = label.split(".")
        names += [(app, f"{ACTIONS[letter]}_{model}") for letter in letters]
    names += [tuple(name.split(".")) for name in extra]
    return sorted(set(names))


def apply_groups(apps) -> None:
    """Create the groups (if missing) and give each the permissions it names that exist.

    Called by the groups migrations with the historical ``apps``. Permissions are
    normally created only after every migration ran (post_migrate), so they are created
    here first; a permission of a model a later migration adds is skipped now and given
    by the migration that follows it (each such migration calls this again).
    """
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in GROUPS:
        wanted = permissions_of(name)
        found = [
            permission
            for app, codename in wanted
            for permission in Permission.objects.filter(
                content_type__app_label=app, codename=codename
            )
        ]
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(found)
