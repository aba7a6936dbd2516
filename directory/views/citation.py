"""Citation downloads of an initiative: `/en/cite/IPSP-I-000001.bib` (also `.ris`, `.json`)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from directory import citation as citations
from directory.models import InitiativePage


def live_initiative(public_id: str):
    """The live, public initiative in the reader's language, else its original; or a 404."""
    pages = InitiativePage.objects.live().public().filter(public_id=public_id)
    page = pages.filter(locale=Locale.get_active()).first()
    if page is None:
        # The original: the oldest page of the entry that is not an alias.
        page = (
            pages.filter(alias_of__isnull=True).order_by("pk").first()
            or pages.order_by("pk").first()
        )
    if page is None:
        raise Http404("No such initiative.")
    return page


@require_safe
def cite(request, public_id: str, fmt: str):
    if fmt not in citations.FORMATS:
        raise Http404("Unknown citation format.")
    serialise, content_type, extension = citations.FORMATS[fmt]
    page = live_initiative(public_id)
    response = HttpResponse(serialise(citations.citation_for(page)), content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename={page.public_id}.{extension}"
    response["X-Robots-Tag"] = "noindex"
    return response
