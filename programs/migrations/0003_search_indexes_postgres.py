"""GIN indexes for full-text search and trigram similarity (PostgreSQL only)."""

from django.db import migrations

from connection_hub.core.migration_ops import postgres_only_sql, search_index_sql

forwards, backwards = search_index_sql("programs_program", trigram_column="title_en")


class Migration(migrations.Migration):
    dependencies = [("programs", "0002_search_vectors")]

    operations = [postgres_only_sql(forwards, backwards)]
