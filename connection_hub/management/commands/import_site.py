"""``manage.py import_site FILE``: restore a backup made by export_site."""

import os
import shutil
import tempfile

from django.core.management import BaseCommand, CommandError, call_command
from django.db import transaction

from connection_hub import backup
from connection_hub.core.search import refresh_search_vectors


class Command(BaseCommand):
    help = (
        "Load a backup written by export_site into this database, in one transaction. "
        "Refuses when the database already has content, unless --replace, which deletes "
        "the current content first. Staff accounts in the file are added or updated."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a backup written by export_site")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete the content already in this database before loading the file",
        )

    def handle(self, *args, file, replace, **options):
        if not os.path.isfile(file):
            raise CommandError(f"No such file: {file}")
        existing = {m._meta.label: m._base_manager.count() for m in backup.content_models()}
        existing = {label: n for label, n in existing.items() if n}
        if existing and not replace:
            listed = ", ".join(f"{n} {label}" for label, n in existing.items())
            raise CommandError(
                f"This database already has content ({listed}). Import into an empty "
                "database, or pass --replace to delete it first."
            )
        # loaddata reads the format from the file name: give it a .json copy.
        with tempfile.TemporaryDirectory() as folder:
            fixture = os.path.join(folder, "site-backup.json")
            shutil.copyfile(file, fixture)
            with transaction.atomic():
                if replace:
                    for model in reversed(backup.content_models()):
                        model._base_manager.all().delete()
                call_command("loaddata", fixture, verbosity=0)
                for model in backup.searchable_models():
                    refresh_search_vectors(model._base_manager.all())
        counts = {m._meta.label: m._base_manager.count() for m in backup.models()}
        summary = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
        self.stdout.write(f"Imported {file}: {summary}")
