"""The verification workflow that directory entries go through, and where an entry stands in it.

Content apps call these functions; this module knows pages only as Wagtail pages.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState

# Created by migration 0001 of this app; editors may rename it, so it is found by this key.
VERIFICATION_WORKFLOW = "Directory verification"
REPORT_WORKFLOW = "Report publication"
SECRETARIAT_GROUP = "Secretariat"

STATUS_LABELS = {
    "received": _("Received"),
    "validation": _("In validation by the secretariat"),
    "review": _("In review by IPSP experts"),
    "changes_requested": _("Changes requested"),
    "published": _("Published"),
    "rejected": _("Not accepted"),
    "withdrawn": _("Withdrawn"),
}


def verification_workflow() -> Workflow | None:
    return Workflow.objects.filter(name=VERIFICATION_WORKFLOW, active=True).first()


def report_workflow() -> Workflow | None:
    """Public consultation, then the council's unanimous approval (migration 0003)."""
    return Workflow.objects.filter(name=REPORT_WORKFLOW, active=True).first()


def ensure_workflow(index_page: Page) -> Workflow | None:
    """The workflow of a directory index; the verification one unless editors chose another.

    Wagtail assigns its own "Moderators approval" workflow to the root page, so an index that
    inherits only that one gets the verification workflow assigned directly.
    """
    if not WorkflowPage.objects.filter(page=index_page).exists():
        workflow = verification_workflow()
        if workflow is not None:
            WorkflowPage.objects.create(page=index_page, workflow=workflow)
    return index_page.get_workflow()


@transaction.atomic
def submit_for_verification(page: Page, user=None) -> WorkflowState | None:
    """Send the page's latest revision through verification.

    After "request changes", the contributor's edit resumes the workflow at the step that asked
    for them (steps already approved stay approved). A run still in progress goes on with the
    new revision; otherwise a new run starts.
    """
    current = page.current_workflow_state
    if current is not None and current.status == WorkflowState.STATUS_NEEDS_CHANGES:
        current.resume(user=user)
        return current
    if current is not None and current.status == WorkflowState.STATUS_IN_PROGRESS:
        return current
    workflow = ensure_workflow(page.get_parent())
    if workflow is None:
        return None
    return workflow.start(page, user)


def workflow_status(page: Page) -> str:
    """Where a page stands: received, validation, review, changes_requested or published."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return "changes_requested"
        first_task = state.workflow.tasks.order_by("workflow_tasks__sort_order").first()
        task = state.current_task_state.task if state.current_task_state else None
        return "validation" if task is None or task == first_task else "review"
    if page.live:
        return "published"
    return "received"
