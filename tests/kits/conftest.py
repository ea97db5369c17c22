import pytest
from django.contrib.auth.models import Permission

# What a facilitator holds: their kits, and reading (and picking) everything a kit points at.
FACILITATOR_PERMISSIONS = [
    "kits.add_kit",
    "kits.change_kit",
    "kits.view_kit",
    "kits.add_kititem",
    "kits.change_kititem",
    "kits.view_kititem",
    "resources.view_resource",
    "resources.view_practice",
    "resources.view_topic",
    "programs.view_program",
]
EDITOR_PERMISSIONS = [
    "kits.view_kit",
    "kits.change_kit",
    "kits.view_kititem",
    "kits.change_kititem",
    "kits.publish_kit",
    "kits.change_any_kit",
]


def staff_user(django_user_model, username, permissions):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw-12345!", is_staff=True
    )
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def facilitator(django_user_model):
    return staff_user(django_user_model, "facilitator", FACILITATOR_PERMISSIONS)


@pytest.fixture
def other_facilitator(django_user_model):
    return staff_user(django_user_model, "other-facilitator", FACILITATOR_PERMISSIONS)


@pytest.fixture
def editor(django_user_model):
    return staff_user(django_user_model, "editor", EDITOR_PERMISSIONS)
