"""Accent-insensitive text search configurations (PostgreSQL only).

`hub_english` and `hub_spanish` are copies of PostgreSQL's english and spanish
configurations that strip accents (the unaccent extension) before stemming, so
"reunion" finds "reunión" and "comunicacion" finds "comunicación". Stored vectors are
cleared here and recomputed after migrating (connection_hub's post_migrate handler).
"""

from django.db import migrations

from connection_hub.core.migration_ops import postgres_only_sql

CONFIG = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base});
    ALTER TEXT SEARCH CONFIGURATION {name}
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {base}_stem;
  END IF;
END
$$;
"""
TABLES = ("resources_topic", "resources_resource", "resources_practice", "programs_program")

forwards = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    CONFIG.format(name="hub_english", base="english"),
    CONFIG.format(name="hub_spanish", base="spanish"),
    *[f"UPDATE {table} SET search_vector = NULL, search_head = NULL" for table in TABLES],
]
# Rolling back keeps the configurations: the search code of every version since names
# them (settings.SEARCH_CONFIGS), and the stored vectors are recomputed with them after
# migrating. Dropping them would leave every search failing until migrated forward.
backwards = [
    *[f"UPDATE {table} SET search_vector = NULL, search_head = NULL" for table in TABLES],
]


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0006_resource_image_with_alt"),
        ("programs", "0006_program_image_with_alt"),
    ]

    operations = [postgres_only_sql(forwards, backwards)]
