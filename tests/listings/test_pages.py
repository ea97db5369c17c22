"""What residents see: "Checked <Month Year>", the calm notice past the period, and
"Suggest an edit" (saved first, honeypot, per-address limit, nothing typed lost)."""

import datetime

import pytest
from django.utils import timezone

from listings.models import SuggestedEdit, SuggestionSource, SuggestionStatus, SuggestionSubmission
from tests.factories import ProgramFactory, ResourceFactory

from .conftest import days_ago, messages_of

pytestmark = pytest.mark.django_db

STALE_NOTICE = "some details may have changed"


def test_a_program_page_says_when_it_was_checked(client, listing_settings):
    program = ProgramFactory(verified_on=datetime.date(2026, 10, 1), contact_phone="805 555 0142")
    html = client.get(program.get_absolute_url()).content.decode()
    assert 'Checked <time datetime="2026-10-01">October 2026</time>' in html
    assert STALE_NOTICE not in html
    assert f'href="/suggest/program/{program.slug}/"' in html


def test_past_the_period_a_calm_notice_says_how_to_confirm(client, listing_settings):
    program = ProgramFactory(verified_on=days_ago(181), contact_phone="(805) 555-0142")
    html = client.get(program.get_absolute_url()).content.decode()
    assert STALE_NOTICE in html
    assert "confirm the day, time and place with the contact or the host" in html
    assert 'href="tel:8055550142"' in html
    never = ProgramFactory(verified_on=None, contact_phone="", host__email="host@example.org")
    html = client.get(never.get_absolute_url()).content.decode()
    assert "Not checked yet" in html and STALE_NOTICE in html
    assert 'href="mailto:host@example.org"' in html


def test_the_period_for_programs_comes_from_settings(client, listing_settings):
    program = ProgramFactory(verified_on=days_ago(181))
    listing_settings.VERIFY_PROGRAMS_DAYS = 200
    assert STALE_NOTICE not in client.get(program.get_absolute_url()).content.decode()


def test_a_resource_page_says_when_it_was_checked_and_when_it_may_have_changed(
    client, listing_settings
):
    resource = ResourceFactory(verified_on=datetime.date(2026, 3, 9))
    html = client.get(resource.get_absolute_url()).content.decode()
    assert 'Checked <time datetime="2026-03-09">March 2026</time>' in html
    assert f'href="/suggest/resource/{resource.slug}/"' in html
    resource.verified_on = days_ago(366)
    resource.save()
    html = client.get(resource.get_absolute_url()).content.decode()
    assert "the details or the link may have changed" in html


def test_the_spanish_page_says_checked_in_spanish(client, listing_settings):
    program = ProgramFactory(verified_on=datetime.date(2026, 10, 1))
    html = client.get(f"/es{program.get_absolute_url()}").content.decode()
    assert 'revisada en <time datetime="2026-10-01">octubre de 2026</time>' in html
    assert f'href="/es/suggest/program/{program.slug}/"' in html


def test_detail_pages_keep_their_query_counts_with_the_panels(
    client, listing_settings, django_assert_max_num_queries
):
    program = ProgramFactory(verified_on=days_ago(3), tags=["a", "b"])
    resource = ResourceFactory(verified_on=days_ago(3), tags=["a", "b"])
    with django_assert_max_num_queries(14):
        response = client.get(program.get_absolute_url())
    assert "Checked" in response.content.decode() and "Suggest an edit" in response.content.decode()
    with django_assert_max_num_queries(6):
        response = client.get(resource.get_absolute_url())
    assert "Checked" in response.content.decode() and "Suggest an edit" in response.content.decode()


# --- Suggest an edit ------------------------------------------------------------------------


@pytest.fixture
def program(listing_settings):
    return ProgramFactory(title="Garden workdays", slug="garden-workdays")


def suggest(client, data, slug="garden-workdays", kind="program", address="203.0.113.7"):
    return client.post(f"/suggest/{kind}/{slug}/", data, REMOTE_ADDR=address)


GOOD = {
    "problem": "wrong_time",
    "details": "It moved to Thursdays.",
    "reply_email": "",
    "website": "",
}


def test_a_resident_suggests_an_edit_and_it_is_saved_and_acknowledged(client, program):
    page = client.get("/suggest/program/garden-workdays/")
    assert page.status_code == 200
    assert "Garden workdays" in page.content.decode()
    response = suggest(client, {**GOOD, "reply_email": "sam@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/suggest/program/garden-workdays/sent/"
    suggestion = SuggestedEdit.objects.get()
    assert suggestion.program == program
    assert suggestion.problem == "wrong_time"
    assert suggestion.details == "It moved to Thursdays."
    assert suggestion.reply_email == "sam@example.org"
    assert suggestion.source == SuggestionSource.RESIDENT
    assert suggestion.status == SuggestionStatus.NEW
    thanks = client.get(response["Location"]).content.decode()
    assert "we have your suggestion" in thanks


def test_a_resource_takes_suggestions_too(client, listing_settings):
    resource = ResourceFactory(slug="a-report")
    assert suggest(client, GOOD, kind="resource", slug="a-report").status_code == 302
    assert SuggestedEdit.objects.get().resource == resource


@pytest.mark.parametrize("path", ["/suggest/program/nope/", "/suggest/topic/garden-workdays/"])
def test_unknown_listings_are_404(client, program, path):
    assert client.get(path).status_code == 404
    assert client.post(path, GOOD).status_code == 404


def test_an_unpublished_listing_takes_no_suggestion(client, listing_settings):
    ProgramFactory(slug="draft-one", status="draft")
    assert client.get("/suggest/program/draft-one/").status_code == 404


def test_a_mistake_keeps_everything_typed(client, program):
    response = suggest(
        client,
        {"problem": "", "details": "Moved to the library hall.", "reply_email": "not-an-email"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose what is wrong." in html
    assert "Enter an email address like name@example.org." in html
    assert "Moved to the library hall." in html
    assert 'value="not-an-email"' in html
    assert 'aria-describedby="id_reply_email_helptext id_reply_email-error"' in html
    assert not SuggestedEdit.objects.exists()


def test_the_honeypot_refuses_bots_and_keeps_what_was_typed(client, program):
    response = suggest(client, {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "looked automated" in html
    assert "It moved to Thursdays." in html
    assert not SuggestedEdit.objects.exists()
    assert SuggestionSubmission.objects.count() == 1  # counted against the address


def test_the_per_address_limit_holds_in_the_database(client, program, listing_settings):
    listing_settings.SUGGESTIONS_PER_HOUR = 2
    for _ in range(2):
        assert suggest(client, GOOD).status_code == 302
    response = suggest(client, {**GOOD, "details": "Third one."})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Third one." in response.content.decode()
    assert SuggestedEdit.objects.count() == 2
    # Another address is not limited; the rows store only a hash of the address.
    assert suggest(client, GOOD, address="198.51.100.4").status_code == 302
    assert "203.0.113.7" not in str(list(SuggestionSubmission.objects.values_list(flat=True)))
    # An hour later the address may suggest again.
    SuggestionSubmission.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=61))
    assert suggest(client, GOOD).status_code == 302


# --- The suggestions queue in the admin -------------------------------------------------------

QUEUE = "/admin/listings/suggestededit/"


@pytest.fixture
def suggestions(directory, client):
    suggest(client, GOOD, slug=directory["stale_garden"].slug)
    suggest(client, {**GOOD, "problem": "closed"}, slug=directory["stale_choir"].slug)
    suggest(client, GOOD, kind="resource", slug=directory["stale_resource"].slug)
    return {s.listing.title: s for s in SuggestedEdit.objects.all()}


def test_an_editor_sees_every_suggestion_and_accepts_one(client, sign_in, suggestions):
    editor = sign_in("Editors")
    html = client.get(QUEUE).content.decode()
    for title in ("Stale garden", "Stale choir", "Stale report"):
        assert title in html
    suggestion = suggestions["Stale choir"]
    accept = f"{QUEUE}{suggestion.pk}/accept/"
    assert f'formaction="{accept}"' in html
    assert client.get(accept).status_code == 405
    response = client.post(accept)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/programs/program/{suggestion.program_id}/change/"
    page = client.get(response["Location"])
    assert "Suggestion accepted: correct “Stale choir” below and save it." in messages_of(page)
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED
    assert suggestion.handled_by == editor


def test_dismiss_marks_it_dismissed_with_a_message(client, sign_in, suggestions):
    sign_in("Editors")
    suggestion = suggestions["Stale report"]
    response = client.post(f"{QUEUE}{suggestion.pk}/dismiss/", follow=True)
    assert "Suggestion about “Stale report” dismissed." in messages_of(response)
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.DISMISSED


def test_an_organizer_sees_only_suggestions_for_their_hosts_programs(
    client, sign_in, suggestions, directory
):
    sign_in("Organizers", hosts=[directory["garden_host"]])
    html = client.get(QUEUE).content.decode()
    assert "Stale garden" in html
    assert "Stale choir" not in html and "Stale report" not in html
    other = suggestions["Stale choir"]
    assert client.post(f"{QUEUE}{other.pk}/accept/").status_code == 403
    other.refresh_from_db()
    assert other.status == SuggestionStatus.NEW
    mine = suggestions["Stale garden"]
    assert client.post(f"{QUEUE}{mine.pk}/dismiss/").status_code == 302


def test_a_librarian_sees_the_library_suggestions(client, sign_in, suggestions):
    sign_in("Librarians")
    html = client.get(QUEUE).content.decode()
    assert "Stale report" in html
    assert "Stale garden" not in html
