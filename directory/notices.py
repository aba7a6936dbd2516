"""What contributors hear about their entries: comments on their access page and e-mails in
their language (Celery task `directory.notify_contributor`), for every decision of the workflow.

The workflows know pages only; the receivers in `directory.signals` find the contributor.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from directory.models import ContributorMessage, Submission

EVENTS = ("changes_requested", "review_comment", "declined", "published", "message")


def submissions_of(page) -> list[Submission]:
    """The submissions behind a page and its translations (one contributor per original)."""
    return list(
        Submission.objects.filter(page__translation_key=page.translation_key)
        .select_related("contributor")
    )


def tell(submission: Submission, event: str, body: str = "", author=None, *, record: bool = True) -> None:
    """Write `body` on the contributor's access page (unless already `record`ed elsewhere) and
    e-mail them after the commit."""
    if body and record:
        ContributorMessage.objects.create(submission=submission, author=author, body=body)
    if submission.contributor_id is None:
        return
    submission_id = submission.pk

    def enqueue():
        from directory.tasks import notify_contributor

        notify_contributor.delay(submission_id, event, body)

    transaction.on_commit(enqueue, robust=True)


@transaction.atomic
def reject(submission: Submission, user, reason: str) -> None:
    """Refuse an entry for good: its workflow stops, it goes offline, the contributor is told why."""
    page = submission.page.specific if submission.page else None
    if page is not None:
        state = page.current_workflow_state
        if state is not None:
            state.cancel(user=user)
        if page.live:
            page.unpublish(user=user)
    submission.outcome = Submission.Outcome.REJECTED
    submission.outcome_at = timezone.now()
    submission.save(update_fields=["outcome", "outcome_at"])
    tell(submission, "declined", reason, author=user)
