"""The five editorial roles, the directory's verification workflow with its three steps, and
the report workflow (public consultation, then council approval)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from workflows.permissions import sync_roles

VERIFICATION = "Directory verification"
REPORTS = "Report publication"


def create(apps, schema_editor):
    # Permissions of models created in this migration run are not there yet on a fresh database.
    for label in ("workflows", "cms", "wagtailcore", "wagtailadmin", "wagtailimages", "wagtaildocs"):
        config = apps.get_app_config(label)
        previous, config.models_module = getattr(config, "models_module", None), True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = previous

    sync_roles(apps)

    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    def make_task(model_name, name, groups=(), **fields):
        Model = apps.get_model("workflows", model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label="workflows", model=model_name.lower())
        task = Model.objects.create(name=name, content_type=content_type, active=True, **fields)
        for group in groups:
            task.groups.add(Group.objects.get(name=group))
        return Task.objects.get(pk=task.pk)

    def set_tasks(workflow, tasks):
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)

    verification, _ = Workflow.objects.get_or_create(name=VERIFICATION, defaults={"active": True})
    old = Task.objects.filter(workflow_tasks__workflow=verification, content_type__model="groupapprovaltask")
    for task in old:
        task.name = f"{task.name} (superseded)"
        task.active = False
        task.save(update_fields=["name", "active"])
    set_tasks(
        verification,
        [
            make_task("SecretariatValidationTask", "Secretariat validation", ["Secretariat"], stage="validation"),
            make_task("ExpertReviewTask", "Expert review", required_assessments=2, days_to_review=21),
            make_task("SecretariatValidationTask", "Publication decision", ["Secretariat"], stage="publication"),
        ],
    )

    reports, created = Workflow.objects.get_or_create(name=REPORTS, defaults={"active": True})
    if created:
        set_tasks(
            reports,
            [
                make_task("ConsultationTask", "Public consultation", ["Secretariat"], duration_days=30),
                make_task("CouncilApprovalTask", "Coordination council approval", ["Coordination council"]),
            ],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0002_tasks_reviewers_reports"),
        ("cms", "0003_locales"),
        # Grants wagtailadmin's "access admin" permission, which its 0002 creates.
        ("wagtailadmin", "0002_admin"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
