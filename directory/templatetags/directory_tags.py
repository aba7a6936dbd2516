"""`{% registration_page page as form_page %}`: the live registration form under a directory index."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag
def registration_page(index_page):
    """The live, public registration form that is a child of `index_page`, or None."""
    from directory.models import SubmissionFormPage

    if index_page is None:
        return None
    return index_page.get_children().live().public().type(SubmissionFormPage).first()
