"""Signal handlers of the directory (connected in `DirectoryConfig.ready`)."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import receiver
from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_approved

from directory import notices
from directory.models import InitiativePage
from directory.models.base import DirectoryEntryPage
from workflows.signals import contributor_message, entry_declined


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


@receiver(contributor_message, dispatch_uid="directory.message_to_contributor")
def message_to_contributor(sender, page, body, event, **kwargs):
    """The secretariat's request for changes, or a reviewer's comment (without their name)."""
    for submission in notices.submissions_of(page):
        notices.tell(submission, event, body)


@receiver(entry_declined, dispatch_uid="directory.entry_declined")
def entry_declined_by_secretariat(sender, page, reason, user, **kwargs):
    for submission in notices.submissions_of(page):
        notices.reject(submission, user, reason)


@receiver(workflow_approved, sender=WorkflowState, dispatch_uid="directory.published_after_verification")
def published_after_verification(sender, instance, **kwargs):
    """The verification ended in publication: the contributor hears it, with the link."""
    page = instance.content_object
    if page is None or not isinstance(page.specific, DirectoryEntryPage):
        return
    for submission in notices.submissions_of(page):
        if not submission.outcome:
            notices.tell(submission, "published")
