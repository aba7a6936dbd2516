"""The public search page and its suggestions: full text over the live pages of the reader's language.

Results can be narrowed to one kind of content (tabs with counts); each shows the passage
where the words occur. Suggestions (`search/suggest/?q=`) complete page titles as the reader
types; the page works the same without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from publications.models import PUBLICATION_TYPES
from search.facets import read_query
from search.languages import search_language
from search.snippets import highlighted_title, snippet

RESULTS_PER_PAGE = 20
SUGGESTIONS = 8


@dataclass(frozen=True)
class ContentKind:
    slug: str
    label: object
    models: tuple[str, ...]


CONTENT_KINDS = (
    ContentKind("initiatives", _("Initiatives"), ("directory.InitiativePage",)),
    ContentKind("actors", _("Actors"), ("directory.ActorPage",)),
    ContentKind("publications", _("Publications"), PUBLICATION_TYPES),
    ContentKind("encyclopedia", _("Encyclopedia"), ("encyclopedia.EncyclopediaPage",)),
)


def public_pages():
    return Page.objects.live().public().filter(locale=Locale.get_active())


def _of_kind(queryset, kind: ContentKind | None):
    if kind is None:
        return queryset
    return queryset.type(*(apps.get_model(label) for label in kind.models))


@require_GET
def search(request):
    query = read_query(request)
    kind = next((k for k in CONTENT_KINDS if k.slug == request.GET.get("type")), None)
    language = search_language()
    context = {"search_query": query, "search_kind": kind, "kinds": []}
    if query:
        results = _of_kind(public_pages(), kind).search(query)
        page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page", 1))
        specific = {p.pk: p for p in Page.objects.filter(pk__in=[r.pk for r in page]).specific()}
        page.object_list = [
            {
                "page": specific[result.pk],
                "title": highlighted_title(specific[result.pk], query, language),
                "snippet": snippet(specific[result.pk], query, language),
            }
            for result in page
            if result.pk in specific
        ]
        context["search_results"] = page
        context["kinds"] = [
            {
                "kind": option,
                "count": _of_kind(public_pages(), option).search(query).count(),
                "current": option == kind,
            }
            for option in CONTENT_KINDS
        ]
    return TemplateResponse(request, "search/search.html", context)


@require_GET
@cache_control(public=True, max_age=60)
def suggest(request):
    """Up to eight pages whose titles begin with the words typed, as JSON."""
    query = read_query(request)
    suggestions = []
    if len(query) >= 2:
        for page in public_pages().autocomplete(query, fields=["title"])[:SUGGESTIONS]:
            suggestions.append({"title": page.title, "url": page.url})
    return JsonResponse({"query": query, "suggestions": suggestions})
