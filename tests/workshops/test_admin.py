"""Staff work workshop requests in the admin, as staff members who are not superusers."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import override_settings

from workshops.models import WorkshopRequest
from workshops.tasks import enqueue_notifications

from .conftest import NOTIFY
from .test_tasks import FAILING, make_request

pytestmark = pytest.mark.django_db

LIST = "/admin/workshops/workshoprequest/"


def staff_user(django_user_model, username, *codenames):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw-12345!", is_staff=True
    )
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def coordinator(django_user_model):
    return staff_user(
        django_user_model,
        "coordinator",
        "view_workshoprequest",
        "change_workshoprequest",
        "view_all_workshoprequests",
    )


@pytest.fixture
def facilitator(django_user_model):
    return staff_user(
        django_user_model, "facilitator", "view_workshoprequest", "change_workshoprequest"
    )


@pytest.fixture
def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def change_data(workshop_request, **changes):
    data = {
        "name": workshop_request.name,
        "email": workshop_request.email,
        "phone": workshop_request.phone,
        "organization": workshop_request.organization,
        "role": workshop_request.role,
        "topics": [t.pk for t in workshop_request.topics.all()],
        "format": workshop_request.format,
        "preferred_dates": workshop_request.preferred_dates,
        "group_size": workshop_request.group_size,
        "town": workshop_request.town,
        "message": workshop_request.message,
        "heard_from": workshop_request.heard_from,
        "status": workshop_request.status,
        "assigned_to": workshop_request.assigned_to_id or "",
        "staff_notes": workshop_request.staff_notes,
        **changes,
    }
    return {k: v for k, v in data.items() if v is not None}


def test_the_list_shows_status_facilitator_and_what_is_not_yet_notified(
    as_coordinator, coordinator, django_assert_max_num_queries
):
    for n in range(30):
        make_request(organization=f"Group {n}", assigned_to=coordinator if n % 2 else None)
    with override_settings(EMAIL_BACKEND=FAILING):
        make_request(organization="Unlucky Club")
        enqueue_notifications(WorkshopRequest.objects.get(organization="Unlucky Club").pk)
    WorkshopRequest.objects.exclude(organization="Unlucky Club").update(
        staff_notified_at="2026-01-01T10:00Z", confirmation_sent_at="2026-01-01T10:00Z"
    )
    with django_assert_max_num_queries(12):
        response = as_coordinator.get(LIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Group ") >= 30 and "Unlucky Club" in html
    assert "coordinator" in html  # the assigned facilitator column
    assert html.count("Not yet notified</strong>") == 1
    filtered = as_coordinator.get(LIST + "?notified=no").content.decode()
    assert "Unlucky Club" in filtered and "Group 1<" not in filtered


def test_a_coordinator_moves_a_request_along_the_workflow_with_notes(as_coordinator, coordinator):
    workshop_request = make_request()
    url = f"{LIST}{workshop_request.pk}/change/"
    form = as_coordinator.get(url).content.decode()
    assert 'value="done"' not in form  # a new request cannot jump to done
    response = as_coordinator.post(
        url,
        change_data(workshop_request, status="contacted", staff_notes="Called Sam; prefers May."),
    )
    assert response.status_code == 302, response.context["adminform"].errors
    workshop_request.refresh_from_db()
    assert workshop_request.status == WorkshopRequest.Status.CONTACTED
    assert workshop_request.staff_notes == "Called Sam; prefers May."

    # Scheduling needs a facilitator, said beside the field.
    response = as_coordinator.post(url, change_data(workshop_request, status="scheduled"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "assigned_to" in errors
    assert "Choose the facilitator" in response.content.decode()
    response = as_coordinator.post(
        url, change_data(workshop_request, status="scheduled", assigned_to=coordinator.pk)
    )
    assert response.status_code == 302
    workshop_request.refresh_from_db()
    assert workshop_request.status == WorkshopRequest.Status.SCHEDULED

    # Going back to new is not a step the workflow offers.
    response = as_coordinator.post(url, change_data(workshop_request, status="new"))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors


def test_the_model_refuses_a_skipped_step_even_outside_the_admin(coordinator):
    from django.core.exceptions import ValidationError

    workshop_request = make_request(status="done", assigned_to=coordinator)
    loaded = WorkshopRequest.objects.get(pk=workshop_request.pk)
    loaded.status = WorkshopRequest.Status.NEW
    with pytest.raises(ValidationError) as refused:
        loaded.full_clean()
    assert "status" in refused.value.message_dict


def test_resend_notifications_action_sends_what_is_missing_with_a_message(as_coordinator):
    with override_settings(EMAIL_BACKEND=FAILING):
        workshop_request = make_request()
        enqueue_notifications(workshop_request.pk)
    assert mail.outbox == []
    response = as_coordinator.post(
        LIST,
        {"action": "resend_notifications_action", "_selected_action": [workshop_request.pk]},
        follow=True,
    )
    assert "The missing emails of 1 request were queued for sending." in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([NOTIFY[0], "sam@example.org"])
    workshop_request.refresh_from_db()
    assert workshop_request.is_notified

    response = as_coordinator.post(
        LIST,
        {"action": "resend_notifications_action", "_selected_action": [workshop_request.pk]},
        follow=True,
    )
    assert "had already been notified" in response.content.decode()
    assert len(mail.outbox) == 2


def test_a_facilitator_sees_only_the_requests_assigned_to_them(client, facilitator, coordinator):
    mine = make_request(organization="Assigned To Me", assigned_to=facilitator)
    theirs = make_request(organization="Someone Else's", assigned_to=coordinator)
    unassigned = make_request(organization="Nobody Yet")
    client.force_login(facilitator)
    html = client.get(LIST).content.decode()
    assert "Assigned To Me" in html
    assert "Someone Else" not in html and "Nobody Yet" not in html
    for other in (theirs, unassigned):
        response = client.get(f"{LIST}{other.pk}/change/")
        assert response.status_code == 302  # "doesn't exist", back to the admin index
    page = client.get(f"{LIST}{mine.pk}/change/")
    assert page.status_code == 200
    assert 'name="assigned_to"' not in page.content.decode()  # they do not reassign
    response = client.post(
        f"{LIST}{mine.pk}/change/",
        {**change_data(mine, status="contacted"), "assigned_to": coordinator.pk},
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.status == WorkshopRequest.Status.CONTACTED
    assert mine.assigned_to == facilitator


def test_staff_without_permissions_cannot_open_the_list(client, django_user_model):
    client.force_login(staff_user(django_user_model, "editor"))
    assert client.get(LIST).status_code == 403


def test_every_field_has_help_text():
    for field in WorkshopRequest._meta.get_fields():
        if field.concrete and not field.auto_created:
            assert field.help_text, field.name
