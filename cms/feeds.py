"""RSS and Atom feeds of the newest pages of one language, for readers and harvesters.

The language is the URL's (`/fr/feeds/…`); a feed lists the live, public pages of that locale
only, translations and aliases alike, as the listings do, so each language's feed is complete.
"""

from __future__ import annotations

import copy

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms import seo
from cms.models.taxonomy import localized_terms

FEED_LENGTH = 30


class LocalePageFeed(Feed):
    """The newest live, public pages of some types in the reader's locale (RSS 2.0)."""

    # Dotted labels of the page models listed, and the index page the feed links to.
    page_models: tuple[str, ...] = ()
    index_model: str = ""
    feed_title = ""
    feed_description = ""

    def __call__(self, request, *args, **kwargs):
        # The URLconf holds one instance for every request: the request goes on a copy.
        feed = copy.copy(self)
        feed.request = request
        return Feed.__call__(feed, request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return Locale.get_active()

    def title(self, locale) -> str:
        return f"{self.feed_title} · {_('International Platform for Social Progress')}"

    def description(self, locale) -> str:
        return str(self.feed_description)

    def link(self, locale) -> str:
        index = None
        if self.index_model:
            index = apps.get_model(self.index_model).objects.live().public().filter(locale=locale).first()
        if index is None:
            return seo.root_url(self.request) + f"/{get_language()}/"
        return index.get_full_url(self.request)

    def feed_copyright(self, locale) -> str:
        return seo.publisher(self.request)["name"]

    def queryset(self, locale):
        models = [apps.get_model(label) for label in self.page_models]
        if len(models) == 1:
            queryset = models[0].objects.live().public().filter(locale=locale)
            if "themes" in getattr(models[0], "taxonomy_fields", ()):
                queryset = queryset.prefetch_related("themes")
            return queryset
        return Page.objects.live().public().filter(locale=locale).type(*models).specific()

    def items(self, locale):
        return list(self.queryset(locale).order_by("-first_published_at", "-pk")[:FEED_LENGTH])

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return seo.plain_text(item.get_meta_description())

    def item_link(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item) -> str:
        return item.get_full_url(self.request)

    def item_guid_is_permalink(self, item) -> bool:
        return True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item) -> list[str]:
        if "themes" not in getattr(item, "taxonomy_fields", ()):
            return []
        # The reader's locale is the feed's: terms are named in it.
        return [term.name for term in localized_terms(item.themes.all())]


class AtomFeedMixin:
    """The same feed in Atom 1.0; its subtitle is the RSS description."""

    feed_type = Atom1Feed

    def subtitle(self, locale) -> str:
        return self.description(locale)
