"""Production settings with the static files collected into a temporary folder, so
tests/test_serve_config.py serves the real production stack without writing into the
project's own staticfiles/."""

import os

from connection_hub.settings.prod import *  # noqa: F403

STATIC_ROOT = os.environ["SERVE_TEST_STATIC_ROOT"]
