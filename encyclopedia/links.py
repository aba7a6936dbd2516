"""From a directory entry back to the encyclopedia pages that introduce it.

Entries in other locales are translations (or aliases) of one entry, and encyclopedia pages
link whichever page of it the editors chose: both ends are matched by translation key.
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import Locale, Page

from encyclopedia.models import EncyclopediaPage, LinkedEntry


def encyclopedia_pages_for(entry: Page, locale: Locale | None = None) -> list[EncyclopediaPage]:
    """The live, public encyclopedia pages that link `entry` (in any of its languages), each in
    `locale` (by default the entry's own, i.e. the reader's) where it has a page there (a
    translation or an alias), else in the default locale, else its original; newest first.

    Two queries, whatever the number of pages and languages.
    """
    locale_id = locale.pk if locale is not None else entry.locale_id
    linking = LinkedEntry.objects.filter(entry__translation_key=entry.translation_key).values(
        "page__translation_key"
    )
    candidates = (
        EncyclopediaPage.objects.live()
        .public()
        .filter(translation_key__in=linking)
        .select_related("locale")
        .order_by("-first_published_at", "pk")
    )
    chosen: dict = {}
    rank: dict = {}
    for page in candidates:
        if page.locale_id == locale_id:
            order = 0
        elif page.locale.language_code == settings.LANGUAGE_CODE:
            order = 1
        elif page.alias_of_id is None:
            order = 2
        else:
            continue
        if page.translation_key not in chosen or order < rank[page.translation_key]:
            chosen[page.translation_key] = page
            rank[page.translation_key] = order
    return sorted(
        chosen.values(),
        key=lambda page: (-(page.first_published_at.timestamp() if page.first_published_at else 0), page.pk),
    )
