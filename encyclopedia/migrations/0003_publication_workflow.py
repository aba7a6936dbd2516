"""The "Encyclopedia publication" workflow (approval by the Editors group), assigned to the
encyclopedia indexes that already exist; indexes created later get it from a signal."""

from django.db import migrations

from encyclopedia.workflow import setup


def create(apps, schema_editor):
    setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("encyclopedia", "0002_proposals"),
        # Before workflows 0003, which grants the admin-access permission of wagtailadmin 0002 without depending on it.
        ("wagtailadmin", "0002_admin"),
        ("workflows", "0003_roles_and_workflows"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
