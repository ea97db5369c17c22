"""Reminders to program contacts: the email, its signed one-time links, the second
reminder, "no answer", and a mail server that is down."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from simple_history.utils import get_history_manager_for_model

from listings import services
from listings.models import (
    ContactReminder,
    ReminderAnswer,
    SuggestedEdit,
    SuggestionSource,
    Verification,
    VerificationMethod,
)
from listings.tasks import send_contact_reminder, send_verification_reminders
from programs.models import Program
from tests.factories import HostFactory, ProgramFactory, VenueFactory

from .conftest import days_ago

pytestmark = pytest.mark.django_db

FAILING = "tests.workshops.backends.FailingEmailBackend"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def run_worker():
    """What `manage.py db_worker --batch` does (see tests/workshops/test_tasks.py)."""
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        ).run()


@pytest.fixture
def program(listing_settings):
    return ProgramFactory(
        title="Garden workdays",
        host=HostFactory(name="Eastside Gardeners", email="host@eastside.example"),
        venue=VenueFactory(name="Eastside Garden", street="5 Oak St", city="Riverton"),
        contact_email="rosa@eastside.example",
        contact_phone="805 555 0142",
        how_to_join="Just turn up.",
        verified_on=days_ago(200),
    )


def links(message):
    return re.findall(r"http://testserver(/listing-check/[^\s]+/)", message.body)


def later(days):
    return timezone.now() + datetime.timedelta(days=days)


def test_a_program_due_a_check_gets_one_email_with_its_details_and_two_links(program):
    ProgramFactory(title="Fresh", contact_email="fresh@example.org", verified_on=days_ago(5))
    ProgramFactory(title="Nobody to ask", contact_email="", host__email="", verified_on=None)
    ProgramFactory(title="Draft", contact_email="d@example.org", status="draft")
    assert send_verification_reminders.enqueue().return_value == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rosa@eastside.example"]
    assert message.subject == "Is this still right? Garden workdays"
    for text in (
        "Garden workdays",
        "Eastside Gardeners",
        "Eastside Garden, 5 Oak St, Riverton",
        "Every ",
        "Just turn up.",
        "805 555 0142",
        f"http://testserver{program.get_absolute_url()}",
        "work for 30 days",
    ):
        assert text in message.body, text
    confirm, changed = links(message)
    assert changed.endswith("/changed/") and not confirm.endswith("/changed/")
    reminder = ContactReminder.objects.get()
    assert reminder.number == 1 and reminder.sent_at is not None
    # The next day nothing new is sent.
    send_verification_reminders.enqueue()
    assert len(mail.outbox) == 1


def test_without_a_contact_email_the_host_is_asked(program):
    Program.objects.filter(pk=program.pk).update(contact_email="")
    send_verification_reminders.enqueue()
    assert mail.outbox[0].to == ["host@eastside.example"]


def test_yes_still_right_is_one_click_and_a_get_changes_nothing(client, program):
    send_verification_reminders.enqueue()
    confirm, changed = links(mail.outbox[0])
    page = client.get(confirm)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Is this still right?" in html and "Eastside Garden" in html
    assert "Yes, still right" in html and 'method="post"' in html
    assert page["Cache-Control"].startswith("max-age=0")
    program.refresh_from_db()
    assert program.verified_on == days_ago(200)  # a GET (a mail scanner) changes nothing

    response = client.post(confirm)
    assert response.status_code == 200
    assert "is marked as checked today" in response.content.decode()
    program.refresh_from_db()
    assert program.verified_on == days_ago(0)
    verification = Verification.objects.get()
    assert verification.how == VerificationMethod.ORGANIZER
    assert verification.verified_by is None
    latest = get_history_manager_for_model(Program).filter(id=program.pk).latest("history_date")
    assert latest.history_change_reason == "Verified: Confirmed by the program's contact"
    reminder = ContactReminder.objects.get()
    assert reminder.answer == ReminderAnswer.CONFIRMED and reminder.answered_at is not None

    # Used: both links say so kindly, and nothing more is recorded.
    for url in (confirm, changed):
        again = client.post(url)
        assert again.status_code == 200
        assert "This link has already been used" in again.content.decode()
    assert Verification.objects.count() == 1
    assert not SuggestedEdit.objects.exists()


def test_something_changed_is_a_prefilled_form_that_becomes_a_suggestion(client, program):
    send_verification_reminders.enqueue()
    _confirm, changed = links(mail.outbox[0])
    page = client.get(changed)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Where: Eastside Garden, 5 Oak St, Riverton" in html
    assert 'value="rosa@eastside.example"' in html
    assert 'name="website"' not in html

    # A mistake keeps what was typed.
    response = client.post(changed, {"problem": "", "details": "We meet on Fridays now."})
    assert response.status_code == 200
    assert "We meet on Fridays now." in response.content.decode()
    assert not SuggestedEdit.objects.exists()

    response = client.post(
        changed,
        {
            "problem": "wrong_time",
            "details": "We meet on Fridays now.",
            "reply_email": "rosa@eastside.example",
        },
    )
    assert response.status_code == 200
    assert "We have your changes" in response.content.decode()
    suggestion = SuggestedEdit.objects.get()
    assert suggestion.program == program
    assert suggestion.source == SuggestionSource.CONTACT
    assert suggestion.details == "We meet on Fridays now."
    assert ContactReminder.objects.get().answer == ReminderAnswer.CHANGED
    program.refresh_from_db()
    assert program.verified_on == days_ago(200)  # staff check the change first
    assert "already been used" in client.get(changed).content.decode()


def test_an_expired_or_altered_link_says_so_kindly(client, program, listing_settings):
    send_verification_reminders.enqueue()
    confirm, _changed = links(mail.outbox[0])
    with mock.patch("django.core.signing.time.time", return_value=later(31).timestamp()):
        response = client.post(confirm)
    assert response.status_code == 200
    assert "This link has expired" in response.content.decode()
    assert not Verification.objects.exists()
    response = client.get(confirm[:-3] + "xx/")
    assert response.status_code == 200
    assert "This link does not work" in response.content.decode()
    # A link for one purpose does not open the other.
    token = confirm.split("/")[2]
    assert "does not work" in client.get(f"/listing-check/{token}/changed/").content.decode()
    # A valid signature for a reminder whose nonce changed is refused too.
    reminder = ContactReminder.objects.get()
    forged = signing.dumps([reminder.pk, "guessed"], salt=services.CONFIRM_SALT)
    assert "does not work" in client.get(f"/listing-check/{forged}/").content.decode()


def test_a_second_reminder_then_no_answer(client, sign_in, program, listing_settings):
    send_verification_reminders.enqueue()
    assert len(mail.outbox) == 1
    with mock.patch("django.utils.timezone.now", return_value=later(13)):
        send_verification_reminders.enqueue()
    assert len(mail.outbox) == 1  # not yet
    with mock.patch("django.utils.timezone.now", return_value=later(15)):
        send_verification_reminders.enqueue()
    assert len(mail.outbox) == 2
    second = mail.outbox[1]
    assert "have not heard back" in second.body
    assert ContactReminder.objects.filter(number=2).count() == 1
    with mock.patch("django.utils.timezone.now", return_value=later(40)):
        send_verification_reminders.enqueue()
    assert len(mail.outbox) == 2  # two reminders, no more

    sign_in("Editors")
    flagged = client.get("/admin/listings/programtocheck/", {"no_answer": "yes"})
    assert "Garden workdays" not in flagged.content.decode()  # the second was just sent
    ContactReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=15))
    flagged = client.get("/admin/listings/programtocheck/", {"no_answer": "yes"})
    assert "Garden workdays" in flagged.content.decode()
    # The second reminder's link still works; a confirmation ends the round.
    confirm, _ = links(second)
    client.post(confirm)
    program.refresh_from_db()
    assert program.verified_on == days_ago(0)
    assert not ContactReminder.objects.filter(answered_at__isnull=True).exists()
    flagged = client.get("/admin/listings/programtocheck/", {"no_answer": "yes"})
    assert "Garden workdays" not in flagged.content.decode()


def test_after_a_confirmation_the_next_round_starts_when_it_is_due_again(program, listing_settings):
    send_verification_reminders.enqueue()
    services.confirm_listing(reminder=ContactReminder.objects.get())
    with mock.patch("django.utils.timezone.now", return_value=later(181)):
        send_verification_reminders.enqueue()
    assert len(mail.outbox) == 2
    assert ContactReminder.objects.filter(number=1).count() == 2


def test_a_failing_mail_server_leaves_the_reminder_to_be_retried(program, settings):
    settings.EMAIL_BACKEND = FAILING
    send_verification_reminders.enqueue()
    reminder = ContactReminder.objects.get()
    assert reminder.sent_at is None
    assert reminder.attempts == 1
    assert "SMTPException: Connection unexpectedly closed" in reminder.last_error
    assert mail.outbox == []
    # The server is back: the next daily run sends it, once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_verification_reminders.enqueue()
    reminder.refresh_from_db()
    assert reminder.sent_at is not None and reminder.last_error == ""
    assert len(mail.outbox) == 1
    send_verification_reminders.enqueue()
    assert len(mail.outbox) == 1


def test_with_the_database_queue_a_failed_send_is_queued_again_later(program, settings):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = FAILING
    send_verification_reminders.enqueue()
    run_worker()
    failed = DBTaskResult.objects.get(
        status="FAILED", task_path="listings.tasks.send_contact_reminder"
    )
    assert failed.exception_class_path == "smtplib.SMTPException"
    retry = DBTaskResult.objects.get(status="READY")
    reminder = ContactReminder.objects.get()
    assert retry.args_kwargs == {"args": [reminder.pk], "kwargs": {"attempt": 2}}
    assert retry.run_after > timezone.now() + datetime.timedelta(minutes=4)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    reminder.refresh_from_db()
    assert reminder.sent_at is not None
    assert len(mail.outbox) == 1
    assert send_contact_reminder.enqueue(reminder.pk)  # already sent: queued, not resent
    run_worker()
    assert len(mail.outbox) == 1


def test_run_daily_jobs_sends_the_reminders(program, capsys):
    call_command("run_daily_jobs")
    output = capsys.readouterr().out
    for name in ("send_verification_reminders", "archive_ended_programs", "prune_suggestion"):
        assert name in output
    assert [m.to for m in mail.outbox] == [["rosa@eastside.example"]]
