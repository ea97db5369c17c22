"""The task queue: emails from tasks, failures recorded and retried, the daily jobs."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from connection_hub.management.commands.run_daily_jobs import DAILY_TASKS
from workshops.models import SubmissionRecord, WorkshopRequest
from workshops.tasks import (
    enqueue_notifications,
    resend_unsent_notifications,
    send_confirmation,
    send_staff_notification,
)

from .conftest import NOTIFY

pytestmark = pytest.mark.django_db

FAILING = "tests.workshops.backends.FailingEmailBackend"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def make_request(**kwargs):
    fields = {
        "name": "Sam Lee",
        "email": "sam@example.org",
        "organization": "Harbor High School",
        "format": WorkshopRequest.Format.ONLINE,
        "group_size": 30,
        "town": "Ventura",
        **kwargs,
    }
    return WorkshopRequest.objects.create(**fields)


def run_worker():
    """What `manage.py db_worker --batch` does, without touching the test's signal handlers.

    The worker closes database connections between tasks, which would end the test's
    transaction (and its data) on PostgreSQL, so that step is skipped here.
    """
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        _worker().run()


def _worker():
    return Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


def test_a_failing_mail_server_never_loses_a_request_and_a_resend_sends_it(submit, form_data):
    with override_settings(EMAIL_BACKEND=FAILING):
        response = submit(form_data)
    assert response.status_code == 302  # the person still gets the confirmation page
    saved = WorkshopRequest.objects.get()
    assert saved.staff_notified_at is None and saved.confirmation_sent_at is None
    assert saved.notification_attempts == 2
    assert "SMTPException: Connection unexpectedly closed" in saved.last_notification_error
    assert list(WorkshopRequest.objects.not_yet_notified()) == [saved]
    assert mail.outbox == []

    # The mail server is back: the daily job's resend sends both, once.
    resend_unsent_notifications.enqueue()
    saved.refresh_from_db()
    assert saved.staff_notified_at is not None and saved.confirmation_sent_at is not None
    assert saved.last_notification_error == ""
    assert sorted(m.to[0] for m in mail.outbox) == sorted([NOTIFY[0], "rosa@example.org"])
    resend_unsent_notifications.enqueue()
    assert len(mail.outbox) == 2


def test_an_email_already_sent_is_never_sent_twice():
    workshop_request = make_request()
    send_staff_notification.enqueue(workshop_request.pk)
    send_staff_notification.enqueue(workshop_request.pk)
    assert len(mail.outbox) == 1
    assert enqueue_notifications(workshop_request.pk) == 1  # only the confirmation is missing
    assert enqueue_notifications(workshop_request.pk) == 0
    assert len(mail.outbox) == 2


def test_with_the_database_queue_no_email_is_sent_inside_the_request(submit, form_data, settings):
    settings.TASKS = DATABASE_QUEUE
    assert submit(form_data).status_code == 302
    assert mail.outbox == []
    queued = DBTaskResult.objects.order_by("task_path")
    assert [r.task_path for r in queued] == [
        "workshops.tasks.send_confirmation",
        "workshops.tasks.send_staff_notification",
    ]
    assert {r.status for r in queued} == {"READY"}
    run_worker()
    assert len(mail.outbox) == 2
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert WorkshopRequest.objects.notified().count() == 1


def test_a_failed_send_is_retried_later_a_bounded_number_of_times(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = FAILING
    settings.WORKSHOP_EMAIL_MAX_ATTEMPTS = 3
    workshop_request = make_request()
    send_confirmation.enqueue(workshop_request.pk)
    run_worker()

    failed = DBTaskResult.objects.get(status="FAILED")
    assert failed.exception_class_path == "smtplib.SMTPException"
    assert "Connection unexpectedly closed" in failed.traceback
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.task_path == "workshops.tasks.send_confirmation"
    assert retry.args_kwargs == {"args": [workshop_request.pk], "kwargs": {"attempt": 2}}
    assert retry.run_after > timezone.now() + timedelta(minutes=4)

    # The last allowed attempt fails without queueing another; the daily job takes over.
    DBTaskResult.objects.all().delete()
    send_confirmation.enqueue(workshop_request.pk, attempt=3)
    run_worker()
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"]
    workshop_request.refresh_from_db()
    assert workshop_request.notification_attempts == 2
    assert workshop_request.confirmation_sent_at is None


def test_the_retry_runs_once_its_time_comes(settings):
    settings.TASKS = DATABASE_QUEUE
    workshop_request = make_request()
    with override_settings(EMAIL_BACKEND=FAILING):
        send_staff_notification.enqueue(workshop_request.pk)
        run_worker()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    workshop_request.refresh_from_db()
    assert workshop_request.staff_notified_at is not None
    assert [m.to for m in mail.outbox] == [NOTIFY]


def test_without_a_notify_list_staff_who_see_every_request_are_told(settings, django_user_model):
    settings.WORKSHOP_NOTIFY_EMAILS = []
    coordinator = django_user_model.objects.create_user(
        "coordinator", "coordinator@example.org", is_staff=True
    )
    coordinator.user_permissions.add(Permission.objects.get(codename="view_all_workshoprequests"))
    django_user_model.objects.create_user("facilitator", "fac@example.org", is_staff=True)
    django_user_model.objects.create_user("reader", "reader@example.org")
    workshop_request = make_request()
    send_staff_notification.enqueue(workshop_request.pk)
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]


def test_nobody_to_tell_is_recorded_as_a_failure(settings):
    settings.WORKSHOP_NOTIFY_EMAILS = []
    workshop_request = make_request()
    send_staff_notification.enqueue(workshop_request.pk)
    workshop_request.refresh_from_db()
    assert workshop_request.staff_notified_at is None
    assert "WORKSHOP_NOTIFY_EMAILS" in workshop_request.last_notification_error


def test_run_daily_jobs_queues_every_daily_job(capsys):
    unsent = make_request()
    old = make_request(organization="Long ago")
    WorkshopRequest.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    SubmissionRecord.objects.create(client_hash="a" * 64, created_at=timezone.now())
    SubmissionRecord.objects.create(
        client_hash="b" * 64, created_at=timezone.now() - timedelta(days=2)
    )

    call_command("run_daily_jobs")

    output = capsys.readouterr().out
    for name in ("refresh_program_sessions", "resend_unsent_notifications", "prune_submission"):
        assert name in output
    assert "failed" not in output
    unsent.refresh_from_db()
    assert unsent.is_notified
    assert not WorkshopRequest.objects.get(pk=old.pk).is_notified  # beyond the resend window
    assert list(SubmissionRecord.objects.values_list("client_hash", flat=True)) == ["a" * 64]


def test_run_daily_jobs_refreshes_program_sessions():
    from programs.models import Session
    from tests.factories import ScheduleFactory

    schedule = ScheduleFactory()  # weekly, from tomorrow
    Session.objects.all().delete()  # as if the window had run out
    call_command("run_daily_jobs")
    assert Session.objects.filter(program=schedule.program).count() >= 50


def test_run_daily_jobs_with_the_database_queue_only_queues(settings, capsys):
    settings.TASKS = DATABASE_QUEUE
    make_request()
    call_command("run_daily_jobs")
    assert "ready" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(status="READY").count() == len(DAILY_TASKS)
    assert mail.outbox == []
    run_worker()
    assert len(mail.outbox) == 2


def test_run_daily_jobs_lists_its_jobs(capsys):
    call_command("run_daily_jobs", "--list")
    assert "refresh_program_sessions" in capsys.readouterr().out
    assert DBTaskResult.objects.count() == 0
