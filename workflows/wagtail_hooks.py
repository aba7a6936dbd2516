"""Admin of the workflows: pages of assignment, assessment and moderation, the registers
(reviewer profiles, assignments, assessments, consultation comments, council votes), the
dashboard panels of each role and the audit-log actions."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Count, Min, Q
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from cms.modeladmin import (
    ActionButtonHelper,
    ReadOnlyPermissionHelper,
    RecordOnlyPermissionHelper,
    SafeExportIndexView,
)
from workflows.models import (
    Assessment,
    ConsultationComment,
    ConsultationTaskState,
    CouncilVote,
    ExpertReviewTask,
    ReviewAssignment,
    ReviewerProfile,
)
from workflows.models.roles import COUNCIL, in_group, is_secretariat
from workflows.views import admin as views

# A council vote or a secretariat step waiting longer than this shows as overdue.
STEP_OVERDUE_AFTER = timedelta(days=14)


@hooks.register("register_admin_urls")
def workflow_urls():
    return [
        path("reviews/assign/<int:task_state_id>/", views.assign_reviewers, name="workflows_assign_reviewers"),
        path("reviews/<int:assignment_id>/", views.assess, name="workflows_assess"),
        path("reviews/<int:assignment_id>/decline/", views.decline_assignment, name="workflows_decline_assignment"),
        path("consultation/comments/<int:pk>/moderate/", views.moderate_comment, name="workflows_moderate_comment"),
    ]


@hooks.register("insert_global_admin_css")
def workflow_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("workflows/admin.css"))


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("ipsp.review.assign", _("Reviewer assigned"), _("Reviewer assigned"))
    actions.register_action("ipsp.review.unassign", _("Reviewer unassigned"), _("Reviewer unassigned"))
    actions.register_action("ipsp.review.decline", _("Review declined"), _("Review declined by the reviewer"))
    actions.register_action("ipsp.review.assess", _("Assessment"), _("Assessment sent"))
    actions.register_action("ipsp.flag", _("Flagged"), _("Flagged as among the most innovative and inspiring"))
    actions.register_action("ipsp.unflag", _("Flag removed"), _("Flag removed"))
    actions.register_action("ipsp.workflow.decline", _("Rejected"), _("Rejected by the secretariat"))
    actions.register_action("ipsp.consultation.moderate", _("Comment moderated"), _("Consultation comment moderated"))
    actions.register_action("ipsp.council.vote", _("Council vote"), _("Council vote recorded"))


# --- registers ---------------------------------------------------------------------------

class ReviewerProfileAdmin(ModelAdmin):
    model = ReviewerProfile
    menu_label = _("Reviewer profiles")
    menu_icon = "user"
    list_display = ("__str__", "available", "capacity")
    list_filter = ("available",)
    search_fields = ("user__first_name", "user__last_name", "user__username")


class AssignmentAdmin(ModelAdmin):
    model = ReviewAssignment
    menu_label = _("Review assignments")
    menu_icon = "tasks"
    list_display = ("entry_title", "reviewer_name", "assigned_at", "due_at", "declined_at")
    list_filter = ("declined_at",)
    inspect_view_enabled = True
    permission_helper_class = ReadOnlyPermissionHelper


class AssessmentAdmin(ModelAdmin):
    model = Assessment
    menu_label = _("Assessments")
    menu_icon = "pick"
    list_display = ("__str__", "mean_score", "recommend_flag", "submitted_at")
    list_filter = ("recommend_flag",)
    inspect_view_enabled = True
    permission_helper_class = RecordOnlyPermissionHelper


class ModerateButtonHelper(ActionButtonHelper):
    action = ("workflows_moderate_comment", _("Moderate"), "workflows.change_consultationcomment")


class ConsultationCommentAdmin(ModelAdmin):
    model = ConsultationComment
    menu_label = _("Consultation comments")
    menu_icon = "comment"
    list_display = ("page", "section_label", "author_name", "created_at", "status")
    list_filter = ("status", "language")
    search_fields = ("body", "author_name", "affiliation")
    inspect_view_enabled = True
    permission_helper_class = ReadOnlyPermissionHelper
    button_helper_class = ModerateButtonHelper
    list_export = ("page", "section_label", "author_name", "affiliation", "body", "language", "created_at", "status")
    index_view_class = SafeExportIndexView
    export_filename = "consultation-comments"

    def get_queryset(self, request):
        """The secretariat and the council read every comment; authors those on their reports."""
        queryset = super().get_queryset(request).select_related("page")
        user = request.user
        if is_secretariat(user) or in_group(user, COUNCIL):
            return queryset
        return queryset.filter(page__owner=user)


class CouncilVoteAdmin(ModelAdmin):
    model = CouncilVote
    menu_label = _("Council votes")
    menu_icon = "success"
    list_display = ("task_state", "member", "decision", "created_at")
    list_filter = ("decision",)
    inspect_view_enabled = True
    permission_helper_class = RecordOnlyPermissionHelper


@modeladmin_register
class ReviewsGroup(ModelAdminGroup):
    menu_label = _("Reviews")
    menu_icon = "tasks"
    menu_order = 260
    items = (ReviewerProfileAdmin, AssignmentAdmin, AssessmentAdmin, ConsultationCommentAdmin, CouncilVoteAdmin)


# --- dashboard panels --------------------------------------------------------------------

class MyReviewsPanel(Component):
    """A reviewer's open assignments, the earliest due first."""

    name = "ipsp_my_reviews"
    order = 40
    template_name = "workflows/admin/panels/my_reviews.html"

    def __init__(self, assignments):
        self.assignments = assignments

    def get_context_data(self, parent_context=None):
        return {"assignments": self.assignments, "now": timezone.now()}


class SecretariatQueuePanel(Component):
    """Entries waiting at each step, with their number and the age of the oldest."""

    name = "ipsp_secretariat_queue"
    order = 45
    template_name = "workflows/admin/panels/queue.html"

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        rows = (
            TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, workflow_state__status="in_progress")
            .values("task__id", "task__name")
            .annotate(count=Count("id"), oldest=Min("started_at"))
            .order_by("task__name")
        )
        steps = [
            {"name": row["task__name"], "count": row["count"], "age": (now - row["oldest"]).days}
            for row in rows
        ]
        required = dict(ExpertReviewTask.objects.values_list("pk", "required_assessments"))
        review_states = TaskState.objects.filter(
            status=TaskState.STATUS_IN_PROGRESS, task_id__in=required
        ).annotate(
            assigned=Count("review_assignments", filter=Q(review_assignments__declined_at__isnull=True))
        ).select_related("workflow_state")
        to_assign = [state for state in review_states if state.assigned < required[state.task_id]]
        return {"steps": steps, "to_assign": to_assign[:10], "to_assign_count": len(to_assign)}


class OverduePanel(Component):
    """Late reviews, consultations past their end, and steps waiting too long."""

    name = "ipsp_overdue"
    order = 46
    template_name = "workflows/admin/panels/overdue.html"

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        late_reviews = list(
            ReviewAssignment.objects.overdue(now).select_related("reviewer", "task_state__workflow_state")[:20]
        )
        ended = list(
            ConsultationTaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, closes_at__lte=now)[:20]
        )
        stale = list(
            TaskState.objects.filter(
                status=TaskState.STATUS_IN_PROGRESS,
                workflow_state__status="in_progress",
                started_at__lt=now - STEP_OVERDUE_AFTER,
            )
            .exclude(task__in=ExpertReviewTask.objects.all())
            .select_related("task", "workflow_state")
            .order_by("started_at")[:20]
        )
        return {"late_reviews": late_reviews, "ended": ended, "stale": stale, "now": now}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not (context["late_reviews"] or context["ended"] or context["stale"]):
            return ""
        return render_to_string(self.template_name, context)


@hooks.register("construct_homepage_panels")
def role_panels(request, panels):
    user = request.user
    assignments = list(
        ReviewAssignment.objects.open().filter(reviewer=user).select_related("task_state__workflow_state")
    )
    if assignments:
        panels.append(MyReviewsPanel(assignments))
    if is_secretariat(user):
        panels.append(SecretariatQueuePanel())
        panels.append(OverduePanel())
