"""Admin pages of the workflows: the secretariat assigns reviewers, a reviewer assesses or
declines, the secretariat moderates consultation comments. Linked from the dashboard panels,
the e-mails and Wagtail's workflow actions."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import TaskState

from workflows import decisions, matching
from workflows.forms import AssessmentForm, AssignReviewersForm, DeclineAssignmentForm
from workflows.models import Assessment, ConsultationComment, ExpertReviewTask, ReviewAssignment
from workflows.models.roles import is_secretariat


def _review_state(pk: int) -> TaskState:
    task_state = get_object_or_404(TaskState.objects.select_related("workflow_state", "task"), pk=pk)
    if not isinstance(task_state.task.specific, ExpertReviewTask):
        raise Http404
    return task_state


def assign_reviewers(request, task_state_id: int):
    """Suggested reviewers, best first, with the reasons; the secretariat confirms or edits."""
    if not is_secretariat(request.user):
        raise PermissionDenied
    task_state = _review_state(task_state_id)
    task = task_state.task.specific
    page = decisions.entry_of(task_state)
    in_progress = task_state.status == TaskState.STATUS_IN_PROGRESS
    assignments = list(
        ReviewAssignment.objects.filter(task_state=task_state)
        .select_related("reviewer", "assessment")
        .order_by("assigned_at")
    )
    active = [a for a in assignments if a.declined_at is None]
    eligible, excluded = matching.suggest(page, task_state)
    missing = max(task.required_assessments - len(active), 0)
    initial = [s.user.pk for s in eligible[:missing]]
    form = AssignReviewersForm(
        request.POST or None,
        candidates=[s.user for s in eligible],
        initial={"reviewers": initial},
    )
    if request.method == "POST" and in_progress:
        if "remove" in request.POST:
            return _unassign(request, task_state, page)
        if form.is_valid():
            reasons = {s.user.pk: s.reasons_text for s in eligible}
            created = decisions.assign_reviewers(task_state, form.cleaned_data["reviewers"], request.user, reasons)
            messages.success(
                request,
                _("%(count)d reviewers assigned to “%(title)s”; they are told by e-mail.")
                % {"count": len(created), "title": page.get_admin_display_title()},
            )
            return redirect("workflows_assign_reviewers", task_state.pk)
    return TemplateResponse(
        request,
        "workflows/admin/assign_reviewers.html",
        {
            "page": page,
            "task": task,
            "task_state": task_state,
            "in_progress": in_progress,
            "assignments": assignments,
            "active_count": len(active),
            "suggestions": eligible,
            "excluded": excluded,
            "form": form,
        },
    )


@transaction.atomic
def _unassign(request, task_state, page):
    assignment = get_object_or_404(
        ReviewAssignment, pk=request.POST.get("remove"), task_state=task_state, assessment__isnull=True
    )
    log(instance=page, action="ipsp.review.unassign", user=request.user, data={"reviewer": assignment.reviewer_name})
    assignment.delete()
    messages.success(request, _("%(reviewer)s is no longer assigned.") % {"reviewer": assignment.reviewer_name})
    return redirect("workflows_assign_reviewers", task_state.pk)


def _own_assignment(request, pk: int) -> ReviewAssignment:
    assignment = get_object_or_404(
        ReviewAssignment.objects.select_related("task_state__workflow_state", "task_state__task"), pk=pk
    )
    if assignment.reviewer_id != request.user.pk:
        raise PermissionDenied  # reviewers see only their own assignments
    return assignment


def assess(request, assignment_id: int):
    """The reviewer's page: the entry, a preview link and the assessment form (or what they sent)."""
    assignment = _own_assignment(request, assignment_id)
    task_state = assignment.task_state
    page = decisions.entry_of(task_state)
    submitted = Assessment.objects.filter(assignment=assignment).first()
    is_open = (
        submitted is None
        and assignment.declined_at is None
        and task_state.status == TaskState.STATUS_IN_PROGRESS
    )
    form = AssessmentForm(request.POST or None) if is_open else None
    if request.method == "POST":
        if not is_open:
            messages.error(request, _("This review is closed: your assessment can no longer be changed."))
            return redirect("workflows_assess", assignment.pk)
        if form.is_valid():
            assessment = form.save(commit=False)
            assessment.assignment = assignment
            assessment.submitted_at = timezone.now()
            completed = decisions.record_assessment(assessment, request.user)
            messages.success(
                request,
                _("Thank you: your assessment of “%(title)s” is recorded.") % {"title": page.get_admin_display_title()}
                + (" " + _("The review is complete; the secretariat decides on publication.") if completed else ""),
            )
            return redirect("wagtailadmin_home")
        messages.error(request, _("The assessment could not be saved. Check the marked fields."))
    draft = page.get_latest_revision_as_object()
    return TemplateResponse(
        request,
        "workflows/admin/assess.html",
        {
            "assignment": assignment,
            "page": page,
            "draft": draft,
            "task_state": task_state,
            "form": form,
            "submitted": submitted,
            "is_open": is_open,
            "decline_form": DeclineAssignmentForm() if is_open else None,
        },
    )


@require_POST
def decline_assignment(request, assignment_id: int):
    assignment = _own_assignment(request, assignment_id)
    if hasattr(assignment, "assessment") or assignment.declined_at:
        raise Http404
    form = DeclineAssignmentForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("reason", []):
            messages.error(request, error)
        return redirect("workflows_assess", assignment.pk)
    decisions.decline_assignment(assignment, form.cleaned_data["reason"], request.user)
    messages.success(request, _("You declined this review; the secretariat will ask someone else."))
    return redirect("wagtailadmin_home")


def moderate_comment(request, pk: int):
    """Read a reader's consultation comment in full, then publish or hide it."""
    if not request.user.has_perm("workflows.change_consultationcomment"):
        raise PermissionDenied
    comment = get_object_or_404(ConsultationComment.objects.select_related("page"), pk=pk)
    if request.method == "POST":
        status = {
            "publish": ConsultationComment.Status.PUBLISHED,
            "hide": ConsultationComment.Status.HIDDEN,
        }.get(request.POST.get("action"))
        if status is None:
            messages.error(request, _("Choose to publish or to hide the comment."))
            return redirect("workflows_moderate_comment", comment.pk)
        comment.status = status
        comment.moderated_by = request.user
        comment.moderated_at = timezone.now()
        comment.save(update_fields=["status", "moderated_by", "moderated_at"])
        log(
            instance=comment.page.specific,
            action="ipsp.consultation.moderate",
            user=request.user,
            data={"comment": comment.pk, "status": status.value, "section": comment.section_label},
        )
        messages.success(
            request,
            _("Comment by %(name)s: %(status)s.")
            % {"name": comment.author_name, "status": comment.get_status_display()},
        )
        return redirect("workflows_consultationcomment_modeladmin_index")
    return TemplateResponse(request, "workflows/admin/moderate_comment.html", {"comment": comment})
