"""Queue the site's daily jobs; a cron line runs this once a day (see README).

    15 3 * * *  cd /srv/connection-hub && .venv/bin/python manage.py run_daily_jobs

The command only enqueues: the worker (`manage.py db_worker`, `make worker`) runs the jobs,
so a slow job never holds up cron, and a failed one is in the tasks admin with its error.
"""

from django.core.management.base import BaseCommand
from django_tasks import task

from listings.tasks import (
    archive_ended_programs,
    prune_suggestion_submissions,
    send_verification_reminders,
)
from programs.services import refresh_all_sessions
from resources.tasks import check_resource_links
from workshops.tasks import prune_submission_records, resend_unsent_notifications


@task()
def refresh_program_sessions() -> int:
    """Move the window of expanded program sessions forward by a day."""
    return refresh_all_sessions()


# Every daily job, in the order it is queued. Hooks for what comes next (add the task here
# once it exists): session reminders to people who asked for them.
DAILY_TASKS = [
    refresh_program_sessions,
    resend_unsent_notifications,
    prune_submission_records,
    archive_ended_programs,  # after the refresh: an ended program has no session left
    send_verification_reminders,
    prune_suggestion_submissions,
    check_resource_links,
]


class Command(BaseCommand):
    help = "Queue the daily jobs (refresh program sessions, resend unsent workshop emails, …)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--list",
            action="store_true",
            dest="list_only",
            help="Show the daily jobs without queueing them.",
        )

    def handle(self, *args, list_only=False, **options):
        for daily_task in DAILY_TASKS:
            if list_only:
                self.stdout.write(f"{daily_task.name}: {daily_task.func.__doc__}")
                continue
            result = daily_task.enqueue()
            self.stdout.write(f"{daily_task.name}: {result.status.label.lower()} ({result.id})")
