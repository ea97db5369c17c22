"""Organizers and editors in the admin, signed in with real logins (no superusers)."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone

from connection_hub.core.models import Status
from programs.models import Program
from programs.services import refresh_sessions
from tests.factories import HostFactory, ProgramFactory, VenueFactory

from .conftest import inline, messages_of

pytestmark = pytest.mark.django_db


def next_weekday(iso_day):
    day = timezone.localdate() + datetime.timedelta(days=1)
    while day.isoweekday() != iso_day:
        day += datetime.timedelta(days=1)
    return day


def program_data(host, venue, status=Status.REVIEW, schedules=None, cancellations=(), **extra):
    first = next_weekday(3)
    return {
        "title_en": "Wednesday walking group",
        "slug": "wednesday-walk",
        "status": status,
        "category": "physical_activity",
        "summary_en": "A gentle walk and a chat.",
        "host": host.pk,
        "venue": venue.pk,
        "format": "in_person",
        "is_free": "on",
        **inline(
            "schedules",
            schedules
            if schedules is not None
            else [
                {
                    "frequency": "weekly",
                    "weekday": "3",
                    "start_date": first.isoformat(),
                    "start_time": "10:00",
                    "end_time": "11:00",
                }
            ],
        ),
        **inline("cancellations", list(cancellations)),
        **extra,
    }


@pytest.fixture
def hosts():
    return HostFactory(name="Riverside Library"), HostFactory(name="Hilltop Centre")


def test_an_organizer_lists_and_opens_only_their_hosts_programs(client, sign_in, hosts):
    mine, theirs = hosts
    own = ProgramFactory(title="Library knitting circle", host=mine)
    other = ProgramFactory(title="Hilltop choir", host=theirs)
    sign_in("Organizers", hosts=[mine])

    listing = client.get("/admin/programs/program/").content.decode()
    assert "Library knitting circle" in listing
    assert "Hilltop choir" not in listing

    assert client.get(f"/admin/programs/program/{own.pk}/change/").status_code == 200
    assert client.get(f"/admin/programs/program/{other.pk}/change/").status_code == 403
    response = client.post(
        f"/admin/programs/program/{other.pk}/change/",
        program_data(theirs, other.venue, status=Status.DRAFT),
    )
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.title == "Hilltop choir"


def test_an_organizers_host_autocomplete_offers_only_their_hosts(client, sign_in, hosts):
    mine, theirs = hosts
    sign_in("Organizers", hosts=[mine])
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": "programs", "model_name": "program", "field_name": "host", "term": ""},
    )
    assert response.status_code == 200
    names = [r["text"] for r in response.json()["results"]]
    assert names == ["Riverside Library"]


def test_an_organizer_adds_a_weekly_program_with_a_cancelled_date_for_review(
    client, sign_in, hosts
):
    mine, _theirs = hosts
    venue = VenueFactory()
    organizer = sign_in("Organizers", hosts=[mine])
    skipped = next_weekday(3) + datetime.timedelta(days=7)
    response = client.post(
        "/admin/programs/program/add/",
        program_data(
            mine, venue, cancellations=[{"date": skipped.isoformat(), "reason_en": "Holiday"}]
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    program = Program.objects.get(slug="wednesday-walk")
    assert program.status == Status.REVIEW
    assert program.submitted_by == organizer
    assert program.submitted_at is not None
    starts = [timezone.localtime(s.starts_at) for s in program.sessions.order_by("starts_at")[:3]]
    assert {s.isoweekday() for s in starts} == {3}
    assert program.sessions.get(starts_at__date=skipped).is_cancelled
    # The public does not see it yet.
    client.logout()
    assert client.get("/programs/wednesday-walk/").status_code == 404


def test_an_organizer_cannot_publish_or_choose_another_host(client, sign_in, hosts):
    mine, theirs = hosts
    sign_in("Organizers", hosts=[mine])
    venue = VenueFactory()
    response = client.post(
        "/admin/programs/program/add/", program_data(mine, venue, status=Status.PUBLISHED)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "status" in errors
    response = client.post("/admin/programs/program/add/", program_data(theirs, venue))
    assert "host" in response.context["adminform"].form.errors
    assert not Program.objects.exists()

    own = ProgramFactory(host=mine, status=Status.REVIEW)
    listing = client.get("/admin/programs/program/")
    actions = [value for value, _label in listing.context["action_form"].fields["action"].choices]
    assert "submit_for_review" in actions
    assert "publish" not in actions and "archive" not in actions
    client.post("/admin/programs/program/", {"action": "publish", "_selected_action": [own.pk]})
    own.refresh_from_db()
    assert own.status == Status.REVIEW


def test_a_repeating_schedule_needs_its_weekday_chosen(client, sign_in, hosts):
    mine, _ = hosts
    sign_in("Organizers", hosts=[mine])
    data = program_data(
        mine,
        VenueFactory(),
        schedules=[
            {
                "frequency": "weekly",
                "start_date": next_weekday(3).isoformat(),
                "start_time": "10:00",
                "end_time": "11:00",
            }
        ],
    )
    response = client.post("/admin/programs/program/add/", data)
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.errors[0]["weekday"] == ["Choose the day of the week it meets."]


def test_an_editor_sees_the_review_queue_and_publishes(client, sign_in, hosts):
    mine, _ = hosts
    organizer = sign_in("Organizers", username="olivia", hosts=[mine])
    client.post("/admin/programs/program/add/", program_data(mine, VenueFactory()))
    program = Program.objects.get(slug="wednesday-walk")

    sign_in("Editors", username="eddie")
    home = client.get("/admin/").content.decode()
    assert "Waiting for review" in home
    assert "Wednesday walking group" in home and "olivia" in home

    history_before = program.history.count()
    response = client.post(
        "/admin/programs/program/",
        {"action": "publish", "_selected_action": [program.pk]},
        follow=True,
    )
    assert "1 program published." in messages_of(response)
    program.refresh_from_db()
    assert program.status == Status.PUBLISHED
    assert program.history.count() == history_before + 1
    assert program.history.first().history_user.username == "eddie"
    assert LogEntry.objects.filter(object_id=str(program.pk), change_message="Published").exists()
    client.logout()
    assert client.get("/programs/wednesday-walk/").status_code == 200

    client.force_login(organizer)
    home = client.get("/admin/").content.decode()
    assert "Published recently" in home and "Wednesday walking group" in home


def test_bulk_transitions_say_how_many_and_record_each(client, sign_in):
    programs = [ProgramFactory(status=Status.PUBLISHED) for _ in range(3)]
    sign_in("Editors")
    response = client.post(
        "/admin/programs/program/",
        {"action": "unpublish", "_selected_action": [p.pk for p in programs]},
        follow=True,
    )
    assert "3 programs returned to draft." in messages_of(response)
    for program in programs:
        before = program.updated_at
        program.refresh_from_db()
        assert program.status == Status.DRAFT
        assert program.updated_at > before  # saved, not .update()
        assert program.history.first().history_change_reason == "returned to draft"


def test_publishing_a_program_without_an_upcoming_session_is_refused(client, sign_in):
    past = timezone.localdate() - datetime.timedelta(days=30)
    program = ProgramFactory(
        status=Status.REVIEW,
        schedules=[{"frequency": "once", "start_date": past}],
    )
    sign_in("Editors")
    response = client.post(
        "/admin/programs/program/",
        {"action": "publish", "_selected_action": [program.pk]},
        follow=True,
    )
    text = " ".join(messages_of(response))
    assert "no upcoming session" in text
    program.refresh_from_db()
    assert program.status == Status.REVIEW


def test_an_editor_sends_a_program_back_with_a_comment_the_organizer_sees(client, sign_in, hosts):
    mine, _ = hosts
    organizer = sign_in("Organizers", username="olivia", hosts=[mine])
    client.post("/admin/programs/program/add/", program_data(mine, VenueFactory()))
    program = Program.objects.get(slug="wednesday-walk")
    sign_in("Editors")
    data = program_data(
        mine,
        program.venue,
        status=Status.DRAFT,
        review_comment="Please add how to find the meeting point.",
        schedules=[],
    )
    data.update(inline("schedules", [], initial=0))
    response = client.post(f"/admin/programs/program/{program.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.force_login(organizer)
    home = client.get("/admin/").content.decode()
    assert "Sent back to you" in home
    assert "Please add how to find the meeting point." in home


def test_an_archived_program_is_gone_with_links_onwards(client, sign_in):
    program = ProgramFactory(title="Old choir", slug="old-choir")
    sign_in("Editors")
    client.post("/admin/programs/program/", {"action": "archive", "_selected_action": [program.pk]})
    client.logout()
    response = client.get("/programs/old-choir/")
    assert response.status_code == 410
    html = response.content.decode()
    assert 'href="/programs/"' in html and "988" in html
    assert client.get("/admin/programs/program/").status_code == 302  # staff only


def test_the_rule_reads_as_a_sentence_with_its_next_dates_after_saving(client, sign_in):
    first = next_weekday(6)
    program = ProgramFactory(
        schedules=[
            {
                "frequency": "monthly",
                "weekday": 6,
                "monthly_position": 1,
                "start_date": first,
                "start_time": datetime.time(13, 0),
                "end_time": datetime.time(15, 0),
            }
        ]
    )
    sign_in("Editors")
    html = client.get(f"/admin/programs/program/{program.pk}/change/").content.decode()
    assert "Every first Saturday of the month, 1:00 PM–3:00 PM — next:" in html


def test_the_rule_preview_follows_what_an_organizer_types(client, sign_in, hosts):
    mine, _ = hosts
    sign_in("Organizers", hosts=[mine])
    first = next_weekday(2)
    response = client.post(
        "/admin/programs/program/schedule-preview/",
        {
            "frequency": "monthly",
            "weekday": "2",
            "monthly_position": "-1",
            "start_date": first.isoformat(),
            "start_time": "18:00",
            "end_time": "19:30",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert text.startswith("Every last Tuesday of the month, 6:00 PM–7:30 PM — next: ")
    assert text.count(",") >= 3  # three dates follow
    half = client.post("/admin/programs/program/schedule-preview/", {"frequency": "weekly"})
    assert half.content.decode() == "Fill in the rule to see its dates."
    client.logout()
    anonymous = client.post("/admin/programs/program/schedule-preview/", {})
    assert anonymous.status_code == 302


def test_a_cancelled_date_can_apply_to_one_schedule_only(client, sign_in):
    wednesday = next_weekday(3)
    program = ProgramFactory(
        schedules=[
            {"frequency": "weekly", "start_date": wednesday, "start_time": datetime.time(10)},
            {
                "frequency": "weekly",
                "start_date": wednesday,
                "start_time": datetime.time(18),
                "end_time": datetime.time(19),
            },
        ]
    )
    morning = program.schedules.get(start_time=datetime.time(10))
    program.cancellations.create(date=wednesday, schedule=morning, reason="Room booked")
    refresh_sessions(programs=[program])
    that_day = program.sessions.filter(starts_at__date=wednesday).order_by("starts_at")
    assert [s.is_cancelled for s in that_day] == [True, False]
    calendar = client.get(f"/programs/{program.slug}/calendar.ics").content.decode()
    assert calendar.count("EXDATE") == 1
