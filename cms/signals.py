"""Keeps the per-locale cache of taxonomy translations fresh when terms change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.models.taxonomy import TaxonomyTerm, clear_term_cache


@receiver(post_save)
@receiver(post_delete)
def taxonomy_changed(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, TaxonomyTerm):
        clear_term_cache()
