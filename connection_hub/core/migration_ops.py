"""Migration helpers for PostgreSQL-only database features.

Index types such as GIN and extensions such as pg_trgm do not exist on SQLite, so
these run only when the migration runs on PostgreSQL and are no-ops elsewhere. They
change no model state, so `makemigrations --check` stays quiet on both databases.
"""

from django.db import migrations


def postgres_only_sql(forwards: list[str], backwards: list[str]) -> migrations.RunPython:
    def run(statements):
        def apply(apps, schema_editor):
            if schema_editor.connection.vendor != "postgresql":
                return
            for statement in statements:
                schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(forwards), run(backwards))


def search_index_sql(table: str, trigram_column: str | None = None):
    forwards = [
        f"CREATE INDEX IF NOT EXISTS {table}_search_gin ON {table} USING gin (search_vector)"
    ]
    backwards = [f"DROP INDEX IF EXISTS {table}_search_gin"]
    if trigram_column:
        forwards += [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            f"CREATE INDEX IF NOT EXISTS {table}_title_trgm ON {table} "
            f"USING gin ({trigram_column} gin_trgm_ops)",
        ]
        backwards.append(f"DROP INDEX IF EXISTS {table}_title_trgm")
    return forwards, backwards


def head_index_sql(table: str):
    return (
        [f"CREATE INDEX IF NOT EXISTS {table}_head_gin ON {table} USING gin (search_head)"],
        [f"DROP INDEX IF EXISTS {table}_head_gin"],
    )
