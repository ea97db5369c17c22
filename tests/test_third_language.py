"""A third language is a settings change plus translations (issue: names from LANGUAGES)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_page_type_renders_with_a_third_language_in_settings():
    """Runs tests/third_language_pages.py in a fresh process whose settings add French."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/third_language_pages.py",
            "--ds=tests.settings_third_language",
            "--nomigrations",
            "--create-db",
            "-q",
            "-p",
            "no:warnings",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings_third_language"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
