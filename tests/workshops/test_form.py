"""The public workshop request form, through the test client."""

import re
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.utils import timezone

from tests.factories import TopicFactory
from workshops.models import SubmissionRecord, WorkshopRequest
from workshops.services import TOKEN_MAX_AGE, TOKEN_SALT, confirmation_token

from .conftest import NOTIFY, elements

pytestmark = pytest.mark.django_db


def test_the_form_marks_required_fields_in_words_in_both_languages(client, topics):
    html = client.get("/workshops/request/").content.decode()
    assert re.search(r'<label for="id_name">Your name <span class="required">\(required\)', html)
    assert re.search(r"<legend>How would you like the workshop\? <span class=\"required\">", html)
    assert 'for="id_phone">Phone number</label>' in html  # optional: not marked
    assert "Belonging at work" in html  # published topics are offered
    spanish = client.get("/es/workshops/request/").content.decode()
    assert '<html lang="es">' in spanish
    assert "(obligatorio)" in spanish


def test_only_published_topics_are_offered(client, topics):
    TopicFactory(title="A draft topic", status="draft")
    html = client.get("/workshops/request/").content.decode()
    assert "Belonging at work" in html and "A draft topic" not in html


def test_an_invalid_submission_keeps_everything_typed_and_shows_each_error_beside_its_field(
    submit, form_data, topics
):
    data = {
        **form_data,
        "email": "rosa-at-example",
        "group_size": "0",
        "format": "",
        "town": "",
        "topics": [str(topics[1].pk)],
    }
    response = submit(data)
    assert response.status_code == 200
    assert WorkshopRequest.objects.count() == 0
    assert mail.outbox == []
    html = response.content.decode()
    found = elements(response)
    # Everything typed is still there.
    assert found["id_name"]["value"] == "Rosa Méndez"
    assert found["id_email"]["value"] == "rosa-at-example"
    assert found["id_organization"]["value"] == "Eastside Library Friends"
    assert found["id_phone"]["value"] == "+1 (805) 555-0142"
    assert found["id_preferred_dates"]["value"] == "Weekday evenings in March"
    assert "Our reading circle would like a session on belonging.</textarea>" in html
    assert "checked" in found["id_topics_1"] and "checked" not in found["id_topics_0"]
    # Each error is beside its field and tied to it for screen readers.
    for name in ("email", "group_size", "town"):
        assert f"id_{name}-error" in found, name
        assert f"id_{name}-error" in found[f"id_{name}"]["aria-describedby"].split()
        assert found[f"id_{name}"]["aria-invalid"] == "true"
        assert html.index(f'id="id_{name}-error"') < html.index(f'id="id_{name}"')
    # The radios' error is on their fieldset.
    assert "id_format-error" in html
    assert re.search(
        r'<fieldset class="field has-error" aria-describedby="[^"]*id_format-error', html
    )
    # Fields without errors are not marked invalid.
    assert "aria-invalid" not in found["id_name"]
    # A summary at the top links to each field.
    assert 'href="#id_email"' in html and 'href="#id_format_0"' in html


@pytest.mark.parametrize(
    "changes",
    [
        {"group_size": "abc"},
        {"group_size": "100000"},
        {"group_size": "-3"},
        {"format": "by-carrier-pigeon"},
        {"topics": ["999999", "x"]},
        {"name": "x" * 5000},
        {"name": "Rosa\r\nBcc: everyone@example.org"},
        {"organization": "Library\x00Friends"},
        {"phone": "call me maybe"},
        {"message": "m" * 5000},
        {"email": "a@" + "b" * 300 + ".org"},
    ],
)
def test_bad_input_is_an_error_beside_its_field_never_a_500(submit, form_data, changes):
    response = submit({**form_data, **changes})
    assert response.status_code == 200
    assert WorkshopRequest.objects.count() == 0
    assert 'class="field-error"' in response.content.decode()


def test_a_valid_request_is_saved_then_both_emails_go_out(submit, form_data, topics):
    response = submit(form_data)
    assert response.status_code == 302
    saved = WorkshopRequest.objects.get()
    assert saved.organization == "Eastside Library Friends"
    assert saved.group_size == 24
    assert saved.format == WorkshopRequest.Format.IN_PERSON
    assert saved.status == WorkshopRequest.Status.NEW
    assert list(saved.topics.all()) == [topics[0]]
    assert saved.language == "en"
    assert saved.staff_notified_at is not None and saved.confirmation_sent_at is not None

    staff, confirmation = sorted(mail.outbox, key=lambda m: m.to != NOTIFY)
    assert staff.to == NOTIFY
    assert staff.reply_to == ["rosa@example.org"]
    assert staff.subject == "Workshop request from Eastside Library Friends"
    assert "Rosa Méndez" in staff.body and "Belonging at work" in staff.body
    assert f"/admin/workshops/workshoprequest/{saved.pk}/change/" in staff.body
    assert confirmation.to == ["rosa@example.org"]
    assert confirmation.subject == "We have your workshop request"
    for sent in (
        "Hello Rosa Méndez",
        "Eastside Library Friends",
        "Weekday evenings in March",
        "Belonging at work",
        "Our reading circle",
        "Call or text 988",
    ):
        assert sent in confirmation.body, sent
    assert "&amp;" not in confirmation.body and "&#x27;" not in confirmation.body


def test_emails_wait_for_the_commit(client, form_data, django_capture_on_commit_callbacks):
    """The request is saved first; its emails are only queued once the row is committed."""
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post("/workshops/request/", form_data)
    assert WorkshopRequest.objects.count() == 1
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_a_spanish_request_gets_a_spanish_confirmation(submit, form_data):
    response = submit(form_data, path="/es/workshops/request/")
    assert response.status_code == 302
    assert response["Location"].startswith("/es/workshops/request/sent/")
    saved = WorkshopRequest.objects.get()
    assert saved.language == "es"
    confirmation = next(m for m in mail.outbox if m.to == ["rosa@example.org"])
    assert confirmation.subject == "Tenemos su solicitud de taller"
    assert "Hola Rosa Méndez" in confirmation.body
    staff = next(m for m in mail.outbox if m.to == NOTIFY)
    assert staff.subject.startswith("Workshop request from")  # staff read English


def test_the_confirmation_page_repeats_what_was_sent_and_what_happens_next(
    client, submit, form_data
):
    response = submit(form_data)
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "<h1>Thank you: we have your workshop request</h1>" in html
    assert "What happens next" in html
    for sent in (
        "Rosa Méndez",
        "rosa@example.org",
        "Eastside Library Friends",
        "Santa Barbara",
        "Belonging at work",
        "In person",
        "24",
        "A flyer at the library",
    ):
        assert sent in html, sent
    assert "no-store" in page["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html


def test_the_confirmation_page_cannot_be_enumerated_or_forged(client, submit, form_data):
    response = submit(form_data)
    saved = WorkshopRequest.objects.get()
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    assert str(saved.pk) != token
    assert client.get(f"/workshops/request/sent/{saved.pk}/").status_code == 404
    assert client.get(f"/workshops/request/sent/{token}x/").status_code == 404
    forged = signing.dumps(saved.pk, salt="another-purpose")
    assert client.get(f"/workshops/request/sent/{forged}/").status_code == 404
    assert client.get("/workshops/request/sent/%E2%80%AE%00/").status_code == 404
    other = WorkshopRequest.objects.create(
        name="B", email="b@example.org", organization="B", format="online", group_size=3, town="X"
    )
    other_token = confirmation_token(other)
    assert client.get(f"/workshops/request/sent/{other_token}/").status_code == 200
    other.delete()
    assert client.get(f"/workshops/request/sent/{other_token}/").status_code == 404


def test_the_confirmation_address_expires(client, monkeypatch, submit, form_data):
    submit(form_data)
    saved = WorkshopRequest.objects.get()
    past = timezone.now() - TOKEN_MAX_AGE - timedelta(minutes=1)
    monkeypatch.setattr(signing.time, "time", lambda: past.timestamp())
    old_token = signing.dumps(saved.pk, salt=TOKEN_SALT)
    monkeypatch.undo()
    assert client.get(f"/workshops/request/sent/{old_token}/").status_code == 404


def test_the_honeypot_refuses_politely_and_keeps_what_was_typed(submit, form_data):
    response = submit({**form_data, "website": "http://spam.example"})
    assert response.status_code == 400
    assert WorkshopRequest.objects.count() == 0
    assert mail.outbox == []
    html = response.content.decode()
    assert "it looked automated" in html
    found = elements(response)
    assert found["id_name"]["value"] == "Rosa Méndez"
    assert "value" not in found["id_website"]  # the trap is emptied for a person
    # People and screen readers never meet it.
    assert re.search(
        r'<div class="visually-hidden" aria-hidden="true">\s*<label for="id_website">', html
    )
    assert found["id_website"]["tabindex"] == "-1"


def test_the_per_address_limit_refuses_politely_and_keeps_what_was_typed(
    submit, form_data, settings
):
    settings.WORKSHOP_REQUESTS_PER_HOUR = 2
    for _ in range(2):
        assert submit(form_data).status_code == 302
    refused = submit({**form_data, "organization": "Third try"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "cannot take another one just now" in refused.content.decode()
    assert elements(refused)["id_organization"]["value"] == "Third try"
    assert WorkshopRequest.objects.count() == 2
    # Another address is not affected.
    assert submit(form_data, address="198.51.100.20").status_code == 302
    assert WorkshopRequest.objects.count() == 3


def test_the_limit_is_kept_in_the_database_hashed_and_an_hour_long(submit, form_data, settings):
    settings.WORKSHOP_REQUESTS_PER_HOUR = 1
    submit(form_data)
    record = SubmissionRecord.objects.get()
    assert "203.0.113.7" not in record.client_hash and len(record.client_hash) == 64
    assert submit(form_data).status_code == 429
    # What another server process wrote counts the same; rows older than an hour do not.
    SubmissionRecord.objects.update(created_at=timezone.now() - timedelta(minutes=61))
    assert submit(form_data).status_code == 302


def test_ipv6_addresses_are_limited_by_their_network(submit, form_data, settings):
    settings.WORKSHOP_REQUESTS_PER_HOUR = 1
    assert submit(form_data, address="2001:db8:1:2::1").status_code == 302
    assert submit(form_data, address="2001:db8:1:2::ffff").status_code == 429


def test_the_practices_page_links_to_the_form(client):
    assert 'href="/workshops/request/"' in client.get("/practices/").content.decode()
    assert 'href="/es/workshops/request/"' in client.get("/es/practices/").content.decode()
