"""Signal handlers of the publications (connected in `PublicationsConfig.ready`)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from publications.models import PublicationIndexPage
from workflows.permissions import grant_publication_roles


@receiver(post_save, sender=PublicationIndexPage, dispatch_uid="publications.grant_publication_roles")
def authors_draft_in_new_index(sender, instance, created, **kwargs):
    """Authors draft (and the council publishes) in every publications section, including ones
    created later."""
    if created and not kwargs.get("raw"):
        grant_publication_roles(instance)
