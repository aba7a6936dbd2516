"""The "Encyclopedia publication" workflow: an editor's page is approved by the Editors group.

Why the Editors and not the secretariat: an encyclopedia page is editorial writing about
entries the secretariat has already validated, not an entry to check against the charter; the
Editors group holds publish permission on the whole tree (`workflows.permissions`), which the
approver needs, since the last approval publishes the page.

`ensure_publication_workflow(apps)` is idempotent: migration 0003 runs it with the historical
models; `assign_publication_workflow(index)` puts each encyclopedia index created later (in any
locale, aliases included) under it (see `encyclopedia.signals`).
"""

from __future__ import annotations

from workflows.models.roles import EDITORS

PUBLICATION_WORKFLOW = "Encyclopedia publication"
APPROVAL_TASK = "Editors' approval"


def _models(apps):
    if apps is None:
        from django.apps import apps
    return apps


def ensure_publication_workflow(apps=None):
    """The workflow and its one group-approval task, created if missing."""
    apps = _models(apps)
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    workflow, created = Workflow.objects.get_or_create(name=PUBLICATION_WORKFLOW, defaults={"active": True})
    if created or not WorkflowTask.objects.filter(workflow=workflow).exists():
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=APPROVAL_TASK, content_type=content_type, active=True)
        task.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
        WorkflowTask.objects.create(workflow=workflow, task=Task.objects.get(pk=task.pk), sort_order=0)
    return workflow


def assign_publication_workflow(index, apps=None, workflow=None) -> None:
    """Put an encyclopedia index (and the pages under it) under the publication workflow,
    unless editors already chose another workflow for it, or removed this one."""
    apps = _models(apps)
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = workflow or Workflow.objects.filter(name=PUBLICATION_WORKFLOW).first()
    if workflow is not None and not WorkflowPage.objects.filter(page_id=index.pk).exists():
        WorkflowPage.objects.create(page_id=index.pk, workflow=workflow)


def setup(apps=None) -> None:
    """The workflow, assigned to every existing encyclopedia index (migration 0003)."""
    apps = _models(apps)
    Page = apps.get_model("wagtailcore", "Page")
    workflow = ensure_publication_workflow(apps)
    indexes = Page.objects.filter(
        content_type__app_label="encyclopedia", content_type__model="encyclopediaindexpage"
    )
    for index in indexes:
        assign_publication_workflow(index, apps, workflow)
