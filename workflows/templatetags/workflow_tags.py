"""Template helpers of the workflow admin pages."""

from django import template

from workflows.models import Assessment

register = template.Library()


@register.simple_tag
def assessments_of(task_state):
    """The assessments written in this workflow run (for the secretariat's publication decision)."""
    return list(
        Assessment.objects.filter(assignment__task_state__workflow_state_id=task_state.workflow_state_id)
        .select_related("assignment__reviewer")
        .order_by("submitted_at")
    )
