"""Signal handlers of the encyclopedia (connected in `EncyclopediaConfig.ready`)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from encyclopedia.models import EncyclopediaIndexPage
from encyclopedia.workflow import assign_publication_workflow


@receiver(post_save, sender=EncyclopediaIndexPage, dispatch_uid="encyclopedia.assign_publication_workflow")
def publication_workflow_for_new_index(sender, instance, created, **kwargs):
    """Every encyclopedia index, including ones created after the migrations (the demo's,
    the other locales' translations and aliases), publishes through the editors' approval."""
    if created and not kwargs.get("raw"):
        assign_publication_workflow(instance)
