"""Related entries: what to read next from an initiative, an actor, a publication or an
encyclopedia page.

Candidates are the live, public pages of the page's own locale among initiatives, actors,
every publication type and encyclopedia pages (never the page itself or its translations).
Each is scored (`scoring`) by

- the taxonomy terms it shares with the page, weighted by `scoring.TERM_WEIGHTS` (a theme or
  a domain says more than a country; a shared UN region counts only where no country of it is
  shared). Taxonomy links point at the default-locale terms and are copied unchanged into
  translations, so term ids compare across languages;
- the similarity of title + summary: cosine of TF-IDF vectors computed over the candidate
  pool, after `search.languages.segment` has cut Chinese and Japanese text into words;
- explicit links, which outrank any shared vocabulary: the organisations carrying an
  initiative, the initiatives an actor carries, initiatives carried by the same organisation.

The pool is bounded (`candidates`): pages sharing at least one theme, domain, discipline or
project type with the page (any term when it has none of those), plus the explicit links, the
newest `candidates.POOL_SIZE` first; a few aggregated queries read the pool, its shared terms
and its summaries, whatever its size. The list keeps a mix of types (no type takes more than
half of the places while others have candidates). Encyclopedia pages that link an entry are
shown apart, under "In the encyclopedia" (`encyclopedia_backlinks`), so they are not repeated
in the list; an encyclopedia page's own linked entries are already listed on it, so they are
left out too.

Results are cached per page, language and size for `CACHE_SECONDS` (ids, scores and reasons
only: the pages are read again, live and public, at each use, so an unpublished or restricted
page never shows). `forget_related` empties every cached list at once; connected to Wagtail's
`page_published` and `page_unpublished` signals it makes new pages appear without waiting.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page

from .candidates import RELATED_MODELS, live_public_pages
from .scoring import group_of, rank

__all__ = ["RelatedItem", "encyclopedia_backlinks", "forget_related", "related_pages"]

CACHE_SECONDS = 300
_VERSION_KEY = "ipsp:related-version"
_ENTRY_MODELS = ("directory.InitiativePage", "directory.ActorPage")


@dataclass
class RelatedItem:
    """A related page (specific), its score and why it is related, in the reader's language."""

    page: Page
    score: float
    link_reason: str = ""  # "Carries this initiative"…, for explicit links
    shared_terms: list[str] = field(default_factory=list)  # the weightiest shared terms' names
    similar_text: bool = False  # related by its wording only

    @property
    def explicit(self) -> bool:
        return bool(self.link_reason)

    @property
    def reasons(self) -> list[str]:
        """Why it is related, as sentences."""
        reasons = [self.link_reason] if self.link_reason else []
        if self.shared_terms:
            separator = pgettext("list separator", ", ")
            terms = separator.join(self.shared_terms)
            reasons.append(gettext("In common: %(terms)s") % {"terms": terms})
        elif self.similar_text:
            reasons.append(gettext("Similar description"))
        return reasons

    @property
    def type_label(self) -> str:
        """What kind of entry it is: "initiative", "actor", "synthesis report", "Webinar"…"""
        if self.page._meta.label in ("publications.MediaPage", "publications.ArticlePage"):
            return self.page.get_kind_display()
        return str(self.page._meta.verbose_name)

    @property
    def group(self) -> str:
        """ "initiative", "actor", "publication" or "encyclopedia"."""
        return group_of(self.page._meta.label)


def related_pages(page, limit: int = 6) -> list[RelatedItem]:
    """Up to `limit` related pages of `page`'s locale, best first, with a mix of types."""
    if not getattr(page, "pk", None) or page._meta.label not in RELATED_MODELS:
        return []
    key = _cache_key("pages", page, limit)
    ranked = cache.get(key)
    if ranked is None:
        ranked = rank(page, limit)
        cache.set(key, ranked, CACHE_SECONDS)
    pages = live_public_pages(pk for pk, *_rest in ranked)
    return [
        RelatedItem(pages[pk], score, link_reason, shared_terms, similar_text)
        for pk, score, link_reason, shared_terms, similar_text in ranked
        if pk in pages
    ]


def encyclopedia_backlinks(page) -> list[tuple[Page, str]]:
    """(encyclopedia page, its note on this entry): the live, public encyclopedia pages of the
    page's locale that link this entry, in any of its languages (matched by translation key)."""
    if not getattr(page, "pk", None) or page._meta.label not in _ENTRY_MODELS:
        return []
    key = _cache_key("backlinks", page, 0)
    links = cache.get(key)
    if links is None:
        rows = apps.get_model("encyclopedia.LinkedEntry").objects.filter(
            entry__translation_key=page.translation_key,
            page__locale_id=page.locale_id,
            page__live=True,
        )
        notes: dict[int, str] = {}
        for page_id, note in rows.order_by("page__title", "sort_order").values_list(
            "page_id", "note"
        ):
            notes.setdefault(page_id, note)
        links = list(notes.items())
        cache.set(key, links, CACHE_SECONDS)
    pages = live_public_pages(pk for pk, _note in links)
    return [(pages[pk], note) for pk, note in links if pk in pages]


def forget_related(**kwargs) -> None:
    """Forget every cached list at once (a receiver for page_published / page_unpublished)."""
    cache.set(_VERSION_KEY, uuid.uuid4().hex, None)


def _cache_key(kind: str, page, limit: int) -> str:
    version = cache.get(_VERSION_KEY)
    if version is None:
        cache.add(_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(_VERSION_KEY)
    return f"ipsp:related:{kind}:{version}:{page.pk}:{translation.get_language()}:{limit}"
