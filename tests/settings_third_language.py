"""The test settings plus a third language (French), for tests/third_language_pages.py.

Adding a language is settings plus translations: this module is the whole change. The
test database is built from the models (``--nomigrations``) because the committed
migrations hold columns for the two languages the site ships with.
"""

from connection_hub.settings.test import *  # noqa: F403
from connection_hub.settings.test import DATABASES, LANGUAGES

LANGUAGES = [*LANGUAGES, ("fr", "French")]
# No accent-folding configuration is made without the migrations: every language is
# searched with PostgreSQL's "simple" configuration here.
SEARCH_CONFIGS: dict[str, str] = {}
DATABASES["default"].setdefault("TEST", {})["NAME"] = "test_connection_hub_third_language"
DATABASES["default"].get("OPTIONS", {}).pop("options", None)  # no pg_trgm without migrations
