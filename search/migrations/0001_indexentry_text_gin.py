"""A GIN index on `title || body` of Wagtail's search index table, on PostgreSQL only.

modelsearch matches `(title || body) @@ query`, which its separate `title` and `body` indexes
cannot serve: without this index every search scans the whole table (see
`manage.py benchmark_directory`).
"""

from django.db import migrations

INDEX = "search_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
