"""Keeps the per-process caches of taxonomy translations and locales fresh when they change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale

from cms.locales import forget_locales
from cms.models.taxonomy import TaxonomyTerm, clear_term_cache


@receiver(post_save)
@receiver(post_delete)
def taxonomy_changed(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, TaxonomyTerm):
        clear_term_cache()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locale_changed(sender, **kwargs):
    forget_locales()
