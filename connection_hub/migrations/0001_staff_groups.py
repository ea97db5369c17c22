"""The staff groups (Librarians, Organizers, Facilitators, Editors) with their permissions.

Reversible: going back removes the four groups. Permissions are normally created after
all migrations ran (post_migrate), so they are created here first.
"""

from django.db import migrations

from connection_hub.staff_groups import GROUPS, apply_groups


def create_groups(apps, schema_editor):
    apply_groups(apps)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("resources", "0009_workflow_and_history"),
        ("programs", "0008_workflow_history_organizers_schedule_weekday"),
        ("kits", "0001_kits_and_items"),
        ("workshops", "0001_workshop_requests"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
