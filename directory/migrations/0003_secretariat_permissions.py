"""The secretariat reads and acts on contributions: submissions, the spam log, messages, DOIs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "submission": ("view", "change"),
    "heldsubmission": ("view", "change"),
    "contributormessage": ("view", "add", "change"),
    "doiregistration": ("view",),
    "screeningsettings": ("change",),
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now.
    app_config = apps.get_app_config("directory")
    # A migration's app stub lacks it; create_permissions needs it (restored for a live registry).
    previous, app_config.models_module = getattr(app_config, "models_module", None), True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = previous
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Secretariat").first()
    if group is None:
        return
    for model, actions in PERMISSIONS.items():
        for action in actions:
            permission = Permission.objects.filter(
                content_type__app_label="directory", codename=f"{action}_{model}"
            ).first()
            if permission:
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_contributors_screening_doi"),
        ("workflows", "0001_verification_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
