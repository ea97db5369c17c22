"""The admin's "Needs checking" lists and their actions, as an editor and as an organizer."""

import re

import pytest
from simple_history.utils import get_history_manager_for_model

from listings.models import ContactReminder, Verification, VerificationMethod
from programs.models import Program
from resources.models import Resource

from .conftest import days_ago, messages_of

pytestmark = pytest.mark.django_db

PROGRAMS = "/admin/listings/programtocheck/"
RESOURCES = "/admin/listings/resourcetocheck/"


def titles_in(response):
    return re.findall(
        r'<th class="field-listing"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    ) or re.findall(
        r'<td class="field-listing"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def test_an_editor_sees_stale_published_listings_oldest_first(client, sign_in, directory):
    sign_in("Editors")
    response = client.get(PROGRAMS)
    assert response.status_code == 200
    # Never checked first, then the oldest check; fresh and draft programs are not listed.
    assert titles_in(response) == ["Never-checked garden", "Stale garden", "Stale choir"]
    response = client.get(RESOURCES)
    assert titles_in(response) == ["Stale report"]
    index = client.get("/admin/").content.decode()
    assert PROGRAMS in index and RESOURCES in index


def test_the_period_comes_from_settings(client, sign_in, directory, settings):
    settings.VERIFY_PROGRAMS_DAYS = 300
    sign_in("Editors")
    assert titles_in(client.get(PROGRAMS)) == ["Never-checked garden", "Stale garden"]


def test_the_list_filters_by_host_and_topic(client, sign_in, directory):
    sign_in("Editors")
    host = directory["choir_host"]
    assert titles_in(client.get(PROGRAMS, {"host": host.pk})) == ["Stale choir"]
    topic = directory["topic"]
    assert titles_in(client.get(PROGRAMS, {"topics__id__exact": topic.pk})) == ["Stale garden"]
    assert titles_in(client.get(RESOURCES, {"topics__id__exact": topic.pk})) == ["Stale report"]


def test_verified_today_records_who_how_and_history(client, sign_in, directory):
    editor = sign_in("Editors")
    program = directory["stale_garden"]
    page = client.get(PROGRAMS).content.decode()
    url = f"{PROGRAMS}{program.pk}/verified-today/"
    assert f'formaction="{url}"' in page  # a button in the list's own (CSRF) form
    # A GET changes nothing.
    assert client.get(url).status_code == 405
    assert not Verification.objects.exists()

    response = client.post(url, {"verify": program.pk}, HTTP_REFERER=f"http://testserver{PROGRAMS}")
    assert response.status_code == 302
    assert response["Location"].endswith(PROGRAMS)
    response = client.get(response["Location"])
    assert f"“{program.title}” is marked as checked today." in messages_of(response)
    assert "Stale garden" not in titles_in(response)

    verification = Verification.objects.get()
    assert verification.program == program
    assert verification.verified_by == editor
    assert verification.how == VerificationMethod.STAFF_REVIEW
    program.refresh_from_db()
    assert program.verified_on == days_ago(0)
    latest = get_history_manager_for_model(Program).filter(id=program.pk).latest("history_date")
    assert latest.history_change_reason == "Verified: Staff review"
    assert latest.history_user == editor
    history = client.get(f"/admin/programs/program/{program.pk}/history/").content.decode()
    assert "Verified: Staff review" in history


def test_the_bulk_action_records_the_chosen_way(client, sign_in, directory):
    sign_in("Editors")
    chosen = [directory["stale_garden"], directory["stale_choir"]]
    response = client.post(
        PROGRAMS,
        {"action": "verified_by_phone", "_selected_action": [p.pk for p in chosen]},
        follow=True,
    )
    assert "2 listings marked as checked today (Phone call)." in messages_of(response)
    assert sorted(Verification.objects.values_list("program__title", "how")) == [
        ("Stale choir", "phone"),
        ("Stale garden", "phone"),
    ]
    assert titles_in(response) == ["Never-checked garden"]
    resource = directory["stale_resource"]
    client.post(
        RESOURCES, {"action": "verified_by_staff_review", "_selected_action": [resource.pk]}
    )
    resource.refresh_from_db()
    assert resource.verified_on == days_ago(0)
    latest = get_history_manager_for_model(Resource).filter(id=resource.pk).latest("history_date")
    assert latest.history_change_reason == "Verified: Staff review"


def test_an_organizer_sees_and_verifies_only_their_hosts_programs(client, sign_in, directory):
    sign_in("Organizers", hosts=[directory["garden_host"]])
    response = client.get(PROGRAMS)
    assert response.status_code == 200
    assert titles_in(response) == ["Never-checked garden", "Stale garden"]
    assert "River Choir" not in response.content.decode()  # not even in the host filter
    other = directory["stale_choir"]
    assert client.post(f"{PROGRAMS}{other.pk}/verified-today/").status_code == 403
    # A bulk action on another host's program does nothing to it.
    client.post(PROGRAMS, {"action": "verified_by_email", "_selected_action": [other.pk]})
    assert not Verification.objects.filter(program=other).exists()
    mine = directory["stale_garden"]
    assert client.post(f"{PROGRAMS}{mine.pk}/verified-today/").status_code == 302
    assert Verification.objects.get().program == mine
    # The library's list is not theirs.
    assert client.get(RESOURCES).status_code == 403


def test_a_contact_who_did_not_answer_two_reminders_is_flagged(client, sign_in, directory):
    from django.utils import timezone

    sign_in("Editors")
    program = directory["stale_garden"]
    long_ago = timezone.now() - timezone.timedelta(days=30)
    for number in (1, 2):
        ContactReminder.objects.create(
            program=program,
            number=number,
            sent_to="rosa@eastside.example",
            listing_verified_on=program.verified_on,
            sent_at=long_ago,
        )
    response = client.get(PROGRAMS, {"no_answer": "yes"})
    assert titles_in(response) == ["Stale garden"]
    html = response.content.decode()
    assert html.count('alt="True"') == 1
    assert titles_in(client.get(PROGRAMS)) == [
        "Never-checked garden",
        "Stale garden",
        "Stale choir",
    ]


def test_a_listing_is_changed_in_its_own_admin_not_through_the_list(client, sign_in, directory):
    sign_in("Organizers", hosts=[directory["garden_host"]])
    mine, other = directory["stale_garden"], directory["stale_choir"]
    response = client.get(f"{PROGRAMS}{mine.pk}/change/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/programs/program/{mine.pk}/change/"
    response = client.post(f"{PROGRAMS}{other.pk}/change/", {"status": "archived"}, follow=True)
    assert response.status_code == 403  # the program's own admin refuses another host's
    other.refresh_from_db()
    assert other.status == "published"
