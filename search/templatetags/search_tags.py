"""Template tags of the search app: related entries and encyclopedia back links on detail pages."""

from __future__ import annotations

from django import template

from search.related import encyclopedia_backlinks as find_backlinks
from search.related import related_pages as find_related

register = template.Library()


@register.simple_tag
def related_pages(page, limit: int = 6) -> list:
    """`{% related_pages page as items %}`: RelatedItems of the page's locale, best first."""
    return find_related(page, limit=int(limit))


@register.simple_tag
def encyclopedia_backlinks(page) -> list:
    """`{% encyclopedia_backlinks page as links %}`: (encyclopedia page, note) pairs."""
    return find_backlinks(page)
