"""GIN indexes for full-text search and trigram similarity (PostgreSQL only)."""

from django.db import migrations

from connection_hub.core.migration_ops import postgres_only_sql, search_index_sql


def _ops():
    ops = []
    for table in ("resources_topic", "resources_resource", "resources_practice"):
        forwards, backwards = search_index_sql(table, trigram_column="title_en")
        ops.append(postgres_only_sql(forwards, backwards))
    return ops


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_search_vectors")]

    operations = _ops()
