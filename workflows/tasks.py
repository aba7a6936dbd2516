"""Background tasks of the workflows: notifications, review reminders, closing consultations."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from cms import mail

logger = logging.getLogger(__name__)

# A late reviewer is reminded at most this often.
REMINDER_INTERVAL = timedelta(days=7)


def admin_url(name: str, *args) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def _context(refs: dict) -> dict:
    """What the templates show, loaded fresh: the entry, the step, the links."""
    from workflows.models import ConsultationTaskState, ReviewAssignment

    context = {key: value for key, value in refs.items() if key in ("approved", "comment")}
    task_state = None
    if refs.get("assignment"):
        assignment = ReviewAssignment.objects.select_related("task_state").get(pk=refs["assignment"])
        context["assignment"] = assignment
        context["assess_url"] = admin_url("workflows_assess", assignment.pk)
        task_state = assignment.task_state
    if refs.get("task_state"):
        task_state = TaskState.objects.get(pk=refs["task_state"]).specific
    if task_state is not None:
        page = task_state.workflow_state.content_object.specific
        context.update(
            task_state=task_state,
            task=task_state.task.specific,
            page=page,
            title=page.get_admin_display_title(),
            edit_url=admin_url("wagtailadmin_pages:edit", page.pk),
            assign_url=admin_url("workflows_assign_reviewers", task_state.pk),
        )
        if isinstance(task_state, ConsultationTaskState):
            context["consultation_url"] = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "workflows:consultation", args=[task_state.pk]
            )
    return context


@shared_task(name="workflows.notify", acks_late=True)
def notify(template: str, user_ids: list[int], refs: dict) -> int:
    """E-mail `template` to each user in their preferred language (`cms.User`). Returns how
    many were sent."""
    context = _context(refs)
    sent = 0
    for user in get_user_model().objects.filter(pk__in=user_ids, is_active=True).exclude(email=""):
        sent += mail.send_message(
            f"workflows/emails/{template}", user.preferred_language, {**context, "recipient": user}, [user.email]
        )
    return sent


@shared_task(name="workflows.remind_overdue_reviews")
def remind_overdue_reviews() -> int:
    """Remind reviewers whose assessment is late (once a week at most)."""
    from django.db.models import Q

    from workflows import notifications
    from workflows.models import ReviewAssignment

    now = timezone.now()
    late = ReviewAssignment.objects.overdue(now).filter(
        Q(reminded_at__isnull=True) | Q(reminded_at__lt=now - REMINDER_INTERVAL)
    )
    count = 0
    for assignment in late:
        notifications.review_reminder(assignment)
        assignment.reminded_at = now
        assignment.save(update_fields=["reminded_at"])
        count += 1
    if count:
        logger.info("Reminded %d late reviews.", count)
    return count


@shared_task(name="workflows.close_consultations")
def close_consultations() -> int:
    """Close the consultations whose period has ended; the report goes to the council."""
    from django.utils.translation import gettext

    from workflows.models import ConsultationTaskState

    ended = ConsultationTaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS, closes_at__lte=timezone.now()
    )
    count = 0
    for task_state in ended:
        task_state.approve(user=None, comment=gettext("The consultation period ended."))
        count += 1
    return count
