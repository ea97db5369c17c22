import pytest
from django.contrib.auth.models import Group

# What building a kit takes: the kits and their items (removing an item from the inline
# deletes it), and reading (and picking) every page a kit can point at.
KIT_BUILDER_PERMISSIONS = {
    "kits.add_kit",
    "kits.change_kit",
    "kits.view_kit",
    "kits.add_kititem",
    "kits.change_kititem",
    "kits.delete_kititem",
    "kits.view_kititem",
    "resources.view_resource",
    "resources.view_practice",
    "resources.view_topic",
    "programs.view_program",
}
EDITOR_ONLY_PERMISSIONS = {"kits.publish_kit", "kits.change_any_kit"}


def staff_in(django_user_model, username, group):
    """A staff account (not a superuser) in one of the staff groups, as an administrator
    would set it up."""
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw-12345!", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def facilitator(django_user_model):
    return staff_in(django_user_model, "facilitator", "Facilitators")


@pytest.fixture
def other_facilitator(django_user_model):
    return staff_in(django_user_model, "other-facilitator", "Facilitators")


@pytest.fixture
def editor(django_user_model):
    return staff_in(django_user_model, "editor", "Editors")
