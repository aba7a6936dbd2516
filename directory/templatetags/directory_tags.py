"""Template tags of the directory: `{% registration_page page as form_page %}` (the live
registration form under a directory index) and `{% citation_text page %}` (see directory.citation)."""

from __future__ import annotations

from django import template

from directory.citation import citation_for, to_text

register = template.Library()


@register.simple_tag
def registration_page(index_page):
    """The live, public registration form that is a child of `index_page`, or None."""
    from directory.models import SubmissionFormPage

    if index_page is None:
        return None
    return index_page.get_children().live().public().type(SubmissionFormPage).first()


@register.simple_tag
def citation_text(page) -> str:
    return to_text(citation_for(page))
