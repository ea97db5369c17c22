from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from programs.hsds.package import PackageError, import_package


class Command(BaseCommand):
    help = (
        "Load an HSDS 3.0 tabular data package from DIR: new programs come in as drafts, "
        "existing ids are updated. Nothing is written unless the whole package can be."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="The folder holding the CSV files.")

    def handle(self, *args, directory: Path, **options):
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a folder.")
        try:
            result = import_package(directory)
        except PackageError as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"Nothing imported: {len(error.problems)} problem(s) in the package."
            ) from None
        for warning in result.warnings:
            self.stderr.write(self.style.WARNING(warning))
        for label, counts in (("Created", result.created), ("Updated", result.updated)):
            if counts:
                summary = ", ".join(f"{count} {name}" for name, count in sorted(counts.items()))
                self.stdout.write(f"{label}: {summary}.")
        self.stdout.write(
            self.style.SUCCESS("HSDS data package imported; new programs are drafts.")
        )
