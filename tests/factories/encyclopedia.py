"""Factories of the web encyclopedia."""

from __future__ import annotations

import factory

from encyclopedia.models import EncyclopediaIndexPage, EncyclopediaPage, LinkedEntry
from tests.factories import base
from tests.factories.base import IPSPPageFactory, body, rich, taxonomy_hook


class EncyclopediaIndexPageFactory(IPSPPageFactory):
    class Meta:
        model = EncyclopediaIndexPage
        django_get_or_create = ("parent", "slug")

    title = "Encyclopedia of social progress"
    slug = "encyclopedia"
    intro = "What groups of related initiatives have in common, and what sets each apart."


class EncyclopediaPageFactory(IPSPPageFactory):
    class Meta:
        model = EncyclopediaPage

    parent = factory.SubFactory(EncyclopediaIndexPageFactory)
    title = factory.Sequence(lambda n: f"Community land trusts {n}")
    common_features = rich("Land held in trust, homes owned by residents, a board they elect.")
    specificities = rich("Urban trusts fight displacement; rural ones protect farmland.")
    body = factory.LazyFunction(lambda: body("See also the initiatives in the directory."))

    themes = taxonomy_hook("themes", lambda: base.themes("cities-social-progress"))
    countries = taxonomy_hook("countries", lambda: base.countries("KE", "US"))

    @factory.post_generation
    def linked_entries(page, create, extracted, **kwargs):
        """Pass pages (or (page, note) pairs) to link directory entries."""
        rows = []
        for item in extracted or ():
            entry, note = item if isinstance(item, tuple) else (item, "")
            rows.append(LinkedEntry(entry=entry, note=note))
        page.linked_entries = rows
