from django.core.management.base import BaseCommand

from programs.services import refresh_all_sessions


class Command(BaseCommand):
    help = "Re-expand every program's schedules into sessions for the coming year. Run daily."

    def handle(self, *args, **options):
        count = refresh_all_sessions()
        self.stdout.write(self.style.SUCCESS(f"{count} sessions written."))
