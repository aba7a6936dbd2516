"""Admin registration of the shared taxonomy as snippets, grouped in one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import (
    Activity,
    AgendaComponent,
    Audience,
    Country,
    Discipline,
    Domain,
    ProjectType,
    Region,
    Theme,
)


def term_viewset(term_model, icon_name: str, extra_columns: tuple[str, ...] = ()):
    return type(
        f"{term_model.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": term_model,
            "icon": icon_name,
            "list_display": ["name", "slug", *extra_columns],
            "search_fields": ["name"],
            "ordering": ["sort_order", "name"],
        },
    )


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["english_name", "code", "region"]
    list_filter = ["region"]
    search_fields = ["english_name"]
    ordering = ["english_name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        term_viewset(Theme, "tag", ("component",)),
        term_viewset(AgendaComponent, "list-ul"),
        term_viewset(Domain, "folder-open-inverse"),
        term_viewset(Discipline, "group"),
        term_viewset(ProjectType, "cogs"),
        term_viewset(Activity, "pick"),
        term_viewset(Audience, "user"),
        term_viewset(Region, "site"),
        CountryViewSet,
    )


register_snippet(TaxonomyGroup)
