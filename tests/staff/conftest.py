import pytest
from django.contrib.auth.models import Group

PASSWORD = "a long enough pass phrase"


@pytest.fixture
def sign_in(client, django_user_model):
    """A staff account in one group, signed in through the admin's login form."""

    def make(group, username=None, hosts=()):
        user = django_user_model.objects.create_user(
            username or group.lower(),
            f"{username or group.lower()}@example.org",
            PASSWORD,
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=group))
        for host in hosts:
            host.members.add(user)
        client.logout()
        response = client.post(
            "/admin/login/?next=/admin/",
            {"username": user.username, "password": PASSWORD, "next": "/admin/"},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        return user

    return make


def inline(prefix, rows, initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{k}": v for k, v in row.items()})
    return data


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []
