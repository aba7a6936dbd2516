"""Who hears about each step of the workflows. One path: these functions enqueue the
`workflows.notify` Celery task after the commit; the task writes each e-mail in the
recipient's own language (`cms.User.preferred_language`)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from workflows.models.roles import SECRETARIAT


def _send(template: str, user_ids, **refs) -> None:
    user_ids = sorted({pk for pk in user_ids if pk})
    if not user_ids:
        return

    def enqueue():
        from workflows.tasks import notify

        notify.delay(template, user_ids, refs)

    # `robust`: a broker that is down never undoes the decision that caused the message.
    transaction.on_commit(enqueue, robust=True)


def _active_users():
    return get_user_model().objects.filter(is_active=True).exclude(email="")


def group_member_ids(groups) -> list[int]:
    return list(_active_users().filter(groups__in=groups).distinct().values_list("pk", flat=True))


def secretariat_ids() -> list[int]:
    return list(_active_users().filter(groups__name=SECRETARIAT).values_list("pk", flat=True))


def owner_ids(task_state) -> list[int]:
    page = task_state.workflow_state.content_object
    return [getattr(page, "owner_id", None)]


def task_assigned(task_state) -> None:
    """A secretariat step starts: its group hears that an entry waits for them."""
    _send("task_assigned", group_member_ids(task_state.task.specific.groups.all()), task_state=task_state.pk)


def reviewers_needed(task_state) -> None:
    _send("reviewers_needed", secretariat_ids(), task_state=task_state.pk)


def review_assigned(assignment) -> None:
    _send("review_assigned", [assignment.reviewer_id], assignment=assignment.pk)


def review_reminder(assignment) -> None:
    _send("review_reminder", [assignment.reviewer_id], assignment=assignment.pk)


def assignment_declined(assignment) -> None:
    _send("assignment_declined", secretariat_ids(), assignment=assignment.pk)


def consultation_opened(task_state) -> None:
    _send("consultation_opened", [*owner_ids(task_state), *secretariat_ids()], task_state=task_state.pk)


def council_vote_needed(task_state) -> None:
    _send("council_vote_needed", group_member_ids(task_state.task.specific.groups.all()), task_state=task_state.pk)


def report_decision(task_state, *, approved: bool, comment: str) -> None:
    _send(
        "report_decision",
        [*owner_ids(task_state), *secretariat_ids()],
        task_state=task_state.pk,
        approved=approved,
        comment=comment,
    )
