"""Signal handlers of the directory (connected in `DirectoryConfig.ready`)."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, task_rejected

from directory.models import ContributorMessage, InitiativePage, Submission


def _enqueue_mint_doi(translation_key: str) -> None:
    from directory.tasks import mint_doi

    mint_doi.delay(translation_key)


@receiver(page_published, sender=InitiativePage, dispatch_uid="directory.mint_doi_on_publication")
def mint_doi_on_publication(sender, instance, **kwargs):
    """A published initiative with no DOI yet gets one requested, once the publication commits.

    `robust`: a broker that is down (or DataCite, in eager mode) never undoes a publication.
    """
    if instance.doi:
        return
    key = str(instance.translation_key)
    transaction.on_commit(lambda: _enqueue_mint_doi(key), robust=True)


@receiver(task_rejected, dispatch_uid="directory.comment_to_contributor")
def comment_to_contributor(sender, instance, user, **kwargs):
    """A comment written when changes are requested is addressed to the entry's contributor."""
    comment = (getattr(instance, "comment", "") or "").strip()
    if not comment:
        return
    page_id = instance.workflow_state.object_id
    for submission in Submission.objects.filter(page_id=page_id):
        ContributorMessage.objects.create(submission=submission, author=user, body=comment)
