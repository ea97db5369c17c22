"""PostgreSQL-only indexes: title-and-summary search vectors, and "newest first".

The newest-first index is DESC NULLS LAST, which SQLite cannot index; it lets the
library list and body-only search matches read the newest rows without sorting.
"""

from django.db import migrations

from connection_hub.core.migration_ops import head_index_sql, postgres_only_sql


class Migration(migrations.Migration):
    dependencies = [("resources", "0004_search_head_and_list_indexes")]

    operations = [
        *[
            postgres_only_sql(*head_index_sql(table))
            for table in ("resources_topic", "resources_resource", "resources_practice")
        ],
        postgres_only_sql(
            [
                "CREATE INDEX IF NOT EXISTS resource_newest_idx ON resources_resource "
                "(published_on DESC NULLS LAST, id DESC) WHERE status = 'published'"
            ],
            ["DROP INDEX IF EXISTS resource_newest_idx"],
        ),
    ]
