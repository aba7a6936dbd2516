"""`{% citation_text page %}`: the one-line citation of an initiative (see directory.citation)."""

from __future__ import annotations

from django import template

from directory.citation import citation_for, to_text

register = template.Library()


@register.simple_tag
def citation_text(page) -> str:
    return to_text(citation_for(page))
