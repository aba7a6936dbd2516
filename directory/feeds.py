"""Feeds of the initiatives newly published in the directory, in each language (RSS and Atom)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cms.feeds import AtomFeedMixin, LocalePageFeed


class InitiativesFeed(LocalePageFeed):
    page_models = ("directory.InitiativePage",)
    index_model = "directory.InitiativeIndexPage"
    feed_title = _("New social initiatives")
    feed_description = _("Social initiatives newly published in the directory of the platform.")

    def item_author_name(self, item) -> str | None:
        # The project holders shown on the page; never the contributor who registered it.
        names = [holder.name for holder in item.project_holders.all()]
        return ", ".join(names) or None


class InitiativesAtomFeed(AtomFeedMixin, InitiativesFeed):
    pass
