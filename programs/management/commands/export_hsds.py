from pathlib import Path

from django.core.management.base import BaseCommand

from programs.hsds.package import export_package


class Command(BaseCommand):
    help = (
        "Write the published programs into DIR as an HSDS 3.0 tabular data package "
        "(one CSV file per HSDS table and a datapackage.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Where to write the package.")

    def handle(self, *args, directory: Path, **options):
        warnings = export_package(directory)
        for warning in warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(self.style.SUCCESS(f"HSDS data package written to {directory}."))
