"""GIN index on the title-and-summary search vector (PostgreSQL only)."""

from django.db import migrations

from connection_hub.core.migration_ops import head_index_sql, postgres_only_sql


class Migration(migrations.Migration):
    dependencies = [("programs", "0004_search_head")]

    operations = [postgres_only_sql(*head_index_sql("programs_program"))]
