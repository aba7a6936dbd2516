"""What each workflow decision does: the state change, the audit-log entry, the messages.

The task models call these from `on_action`; the admin views call them for assignments and
assessments. Every decision is written to Wagtail's audit log with the user who took it.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import TaskState

from workflows import notifications, signals
from workflows.forms import ChecklistForm
from workflows.models import Assessment, CouncilVote, ReviewAssignment


def entry_of(task_state):
    """The page a task state is about (its specific, current database version)."""
    return task_state.workflow_state.content_object.specific


@transaction.atomic
def approve(task, task_state, user, data: dict) -> None:
    """The secretariat validates (checklist) or publishes (flag decision)."""
    if task.stage == task.Stage.VALIDATION:
        task_state.checklist = {check: bool(data.get(check)) for check in ChecklistForm.CHECKS}
    else:
        flag = bool(data.get("flag"))
        task_state.checklist = {"flag": flag}
        # The workflow publishes the latest revision of this very instance: it must see the flag.
        record_flag(task_state.workflow_state.content_object, flag, user)
    task_state.save(update_fields=["checklist"])
    task_state.approve(user=user, comment=data.get("comment", ""))


def record_flag(page, flag: bool, user) -> None:
    """Set the reviewers' flag on the revision about to be published (pages that have one)."""
    field = getattr(page.specific_class, "reviewer_flag_field", "")
    if not field:
        return
    draft = page.specific.get_latest_revision_as_object()
    if bool(getattr(draft, field)) == flag:
        return
    setattr(draft, field, flag)
    page.latest_revision = draft.save_revision(user=user, log_action=False)
    log(instance=page.specific, action="ipsp.flag" if flag else "ipsp.unflag", user=user)


@transaction.atomic
def request_changes(task_state, user, data: dict) -> None:
    message = data.get("message", "").strip()
    task_state.message_to_contributor = message
    task_state.save(update_fields=["message_to_contributor"])
    task_state.reject(user=user, comment=data.get("comment", ""))
    signals.contributor_message.send(
        sender=type(task_state), page=entry_of(task_state), body=message, event="changes_requested"
    )


@transaction.atomic
def decline(task_state, user, reason: str) -> None:
    """Reject the entry for good: the workflow stops and the contributor reads the reason."""
    page = entry_of(task_state)
    reason = reason.strip()
    task_state.message_to_contributor = reason
    task_state.save(update_fields=["message_to_contributor"])
    task_state.workflow_state.cancel(user=user)
    log(instance=page, action="ipsp.workflow.decline", user=user, data={"reason": reason})
    signals.entry_declined.send(sender=type(task_state), page=page, reason=reason, user=user)


@transaction.atomic
def assign_reviewers(task_state, reviewers, user, reasons: dict[int, str]) -> list[ReviewAssignment]:
    """Create the assignments the secretariat confirmed; each reviewer is told by e-mail."""
    task = task_state.task.specific
    page = entry_of(task_state)
    created = []
    for reviewer in reviewers:
        assignment, is_new = ReviewAssignment.objects.get_or_create(
            task_state=task_state,
            reviewer=reviewer,
            defaults={
                "assigned_by": user,
                "due_at": timezone.now() + timedelta(days=task.days_to_review),
                "match_reasons": reasons.get(reviewer.pk, ""),
            },
        )
        if not is_new and assignment.declined_at is None:
            continue
        if not is_new:  # asked again after declining
            assignment.declined_at = None
            assignment.decline_reason = ""
            assignment.assigned_by = user
            assignment.save(update_fields=["declined_at", "decline_reason", "assigned_by"])
        log(
            instance=page,
            action="ipsp.review.assign",
            user=user,
            data={"reviewer": assignment.reviewer_name, "due": assignment.due_at.date().isoformat()},
        )
        notifications.review_assigned(assignment)
        created.append(assignment)
    return created


@transaction.atomic
def decline_assignment(assignment: ReviewAssignment, reason: str, user) -> None:
    assignment.declined_at = timezone.now()
    assignment.decline_reason = reason
    assignment.save(update_fields=["declined_at", "decline_reason"])
    log(
        instance=assignment.page.specific,
        action="ipsp.review.decline",
        user=user,
        data={"reviewer": assignment.reviewer_name, "reason": reason},
    )
    notifications.assignment_declined(assignment)


@transaction.atomic
def record_assessment(assessment: Assessment, user) -> bool:
    """Save an assessment; the review completes when enough are in. Returns whether it did."""
    assessment.save()
    assignment = assessment.assignment
    task_state = TaskState.objects.select_for_update().get(pk=assignment.task_state_id)
    page = entry_of(task_state)
    log(
        instance=page,
        action="ipsp.review.assess",
        user=user,
        data={
            "reviewer": assignment.reviewer_name,
            "mean_score": assessment.mean_score,
            "recommend_flag": assessment.recommend_flag,
        },
    )
    task = task_state.task.specific
    assessments = Assessment.objects.filter(assignment__task_state=task_state)
    if task_state.status != TaskState.STATUS_IN_PROGRESS or assessments.count() < task.required_assessments:
        return False
    for done in assessments.exclude(comment_to_contributor=""):
        signals.contributor_message.send(
            sender=type(task_state), page=page, body=done.comment_to_contributor, event="review_comment"
        )
    # The review is over for everyone: open assignments of other reviewers stop here.
    task_state.approve(
        user=user,
        comment=_("%(count)d assessments received.") % {"count": assessments.count()},
    )
    return True


@transaction.atomic
def record_vote(task, task_state, user, *, approve: bool, comment: str) -> None:
    """A council member's vote. One rejection returns the report; unanimity publishes it."""
    task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    decision = CouncilVote.Decision.APPROVE if approve else CouncilVote.Decision.REJECT
    CouncilVote.objects.update_or_create(
        task_state=task_state, member=user, defaults={"decision": decision, "comment": comment}
    )
    page = entry_of(task_state)
    log(
        instance=page,
        action="ipsp.council.vote",
        user=user,
        data={"decision": decision.value, "comment": comment},
    )
    if not approve:
        task_state.reject(user=user, comment=comment)
        notifications.report_decision(task_state, approved=False, comment=comment)
        return
    voted = set(
        CouncilVote.objects.filter(task_state=task_state, decision=CouncilVote.Decision.APPROVE)
        .values_list("member_id", flat=True)
    )
    if set(task.members().values_list("pk", flat=True)) <= voted:
        task_state.approve(user=user, comment=_("Approved by every member of the council."))
        notifications.report_decision(task_state, approved=True, comment="")
