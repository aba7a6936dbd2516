"""The directory's faceted listing: filters by every index of the taxonomy, counts, sorting.

The whole state is in the query string (`?theme=a&theme=b&country=FR&q=…&sort=…&page=2`), so
every view of a listing is a link that can be shared, and everything works without JavaScript.
Values of one facet are alternatives (OR); facets combine (AND). Each value's count is the
number of entries it would give with the other facets as they are (disjunctive counts).

The cost is bounded whatever the page size: one count query per facet and model, one query for
the page of results (plus its prefetches), and for a full-text query one search.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.models.pages import TAXONOMY_FIELDS
from cms.models.taxonomy import Country, localized_terms

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100
# A full-text query keeps its best results only: enough for any reader, bounded for the database.
MAX_SEARCH_RESULTS = 1000
SHOWN_VALUES = 8


@dataclass(frozen=True)
class Facet:
    name: str  # query parameter
    label: Promise
    field: str  # the page field the facet reads (must be on the model for the facet to apply)
    lookup: str  # the value's lookup from the page
    term_model: str | None = None  # taxonomy model of the values (labels, order)
    choices_field: str | None = None  # a choice field (labels from its choices)
    order_by_count: bool = True


TERM_FACET_LABELS = {
    "theme": _("Theme"),
    "component": _("Agenda component"),
    "domain": _("Domain"),
    "discipline": _("Discipline"),
    "project_type": _("Project type"),
    "activity": _("Activity"),
    "audience": _("Audience"),
    "country": _("Country"),
    "region": _("Region"),
}
# Themes and components keep the work programme's order; other values go by count.
NATURAL_ORDER = ("theme", "component")

FACETS: dict[str, Facet] = {
    facet.name: facet
    for facet in (
        Facet("type", _("Type"), "", "", order_by_count=False),
        # The taxonomy's indexes, as the one table of cms/models/pages.py maps them.
        *(
            Facet(
                name,
                TERM_FACET_LABELS[name],
                field,
                f"{field}__{lookup}",
                term_model,
                order_by_count=name not in NATURAL_ORDER,
            )
            for name, (field, term_model, lookup) in TAXONOMY_FIELDS.items()
        ),
        Facet("kind", _("Kind of actor"), "kind", "kind", choices_field="kind"),
        Facet("flagged", _("Reviewers' choice"), "flagged_by_reviewers", "flagged_by_reviewers"),
    )
}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str
    icon: str = ""


@dataclass
class FacetGroup:
    facet: Facet
    values: list[FacetValue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def has_selection(self) -> bool:
        return any(value.selected for value in self.values)

    @property
    def shown(self) -> list[FacetValue]:
        """The values shown at first; the others wait behind "more" (all shown once chosen)."""
        return self.values if self.has_selection else self.values[:SHOWN_VALUES]

    @property
    def more(self) -> list[FacetValue]:
        return [] if self.has_selection else self.values[SHOWN_VALUES:]


@dataclass(frozen=True)
class SortOption:
    value: str
    label: Promise


SORT_RELEVANCE = SortOption("relevance", _("Relevance"))
SORT_NEWEST = SortOption("newest", _("Newest first"))
SORT_FLAGGED = SortOption("flagged", _("Reviewers' choice first"))
SORT_TITLE = SortOption("title", _("Title (A–Z)"))


def read_query(request) -> str:
    """The words of `?q=`, spaces collapsed, bounded."""
    return " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]


def _clean(value: str) -> str:
    return "".join(char for char in value.strip() if char.isprintable())[:MAX_VALUE_LENGTH]


class FacetedListing:
    """A listing page's entries for one request: filters, counts, sorting and one page."""

    def __init__(self, index_page: Page, request, *, page_size: int):
        self.index_page = index_page
        self.index_url = index_page.url
        self.request = request
        self._bases = {}
        self.page_size = page_size
        self.models = [apps.get_model(label) for label in index_page.listing_models]
        self.facets = [
            FACETS[name]
            for name in index_page.listing_facets
            if any(self._applies(FACETS[name], model) for model in self.models)
        ]
        self.selected = self._read_selection(request.GET)
        self.query = read_query(request)
        self.sort_options = self._sort_options()
        requested = request.GET.get("sort", "")
        default = SORT_RELEVANCE if self.query else SORT_NEWEST
        self.sort = next((o for o in self.sort_options if o.value == requested), default)

    # --- the request -------------------------------------------------------------------

    def _applies(self, facet: Facet, model) -> bool:
        if facet.name == "type":
            return len(self.models) > 1
        if facet.name == "kind":
            # Actors' kinds; other models' `kind` fields (media, events) are other things.
            return model._meta.label == "directory.ActorPage"
        if facet.field in getattr(model, "taxonomy_fields", ()):
            return True
        return facet.field == "flagged_by_reviewers" and hasattr(model, "flagged_by_reviewers")

    def _read_selection(self, params) -> dict[str, list[str]]:
        selected = {}
        for facet in self.facets:
            values = [_clean(v) for v in params.getlist(facet.name)[:MAX_VALUES_PER_FACET]]
            values = list(dict.fromkeys(v for v in values if v))
            if facet.name == "country":
                values = [v.upper() for v in values]
            if facet.name == "flagged":
                values = ["1"] if values else []
            if values:
                selected[facet.name] = values
        return selected

    def _sort_options(self) -> list[SortOption]:
        options = [SORT_RELEVANCE] if self.query else []
        options.append(SORT_NEWEST)
        if any(hasattr(model, "flagged_by_reviewers") for model in self.models):
            options.append(SORT_FLAGGED)
        options.append(SORT_TITLE)
        return options

    @property
    def is_filtered(self) -> bool:
        return bool(self.selected or self.query)

    # --- querysets ---------------------------------------------------------------------

    def _base(self, model):
        # `public()` reads the view restrictions when called: build each base once.
        if model not in self._bases:
            self._bases[model] = model.objects.child_of(self.index_page).live().public()
        return self._bases[model]

    @cached_property
    def search_ranking(self) -> list[int] | None:
        """The ids of the entries matching the full-text query, best first (None: no query)."""
        if not self.query:
            return None
        if len(self.models) == 1:
            queryset = self.models[0].objects.live()
        else:
            queryset = Page.objects.live().type(*self.models)
        queryset = queryset.filter(locale_id=self.index_page.locale_id)
        results = queryset.search(self.query, order_by_relevance=True)
        return [page.pk for page in results[:MAX_SEARCH_RESULTS]]

    def _matching(self, model, *, without: str | None = None):
        """Entries of `model` passing every selected facet but `without`, and the query."""
        queryset = self._base(model)
        for name, values in self.selected.items():
            if name == without:
                continue
            facet = FACETS[name]
            if not self._applies(facet, model):
                return queryset.none()
            if name == "type":
                if model._meta.model_name not in values:
                    return queryset.none()
            elif name == "flagged":
                queryset = queryset.filter(flagged_by_reviewers=True)
            elif facet.field == facet.lookup:
                queryset = queryset.filter(**{f"{facet.lookup}__in": values})
            else:
                chosen = model.objects.filter(**{f"{facet.lookup}__in": values})
                queryset = queryset.filter(pk__in=chosen.values("pk"))
        if self.search_ranking is not None:
            queryset = queryset.filter(pk__in=self.search_ranking)
        return queryset

    def _ordering(self) -> list[str]:
        if self.sort == SORT_TITLE:
            return ["title", "pk"]
        if self.sort == SORT_FLAGGED:
            return ["-flagged_by_reviewers", "-first_published_at", "-pk"]
        return ["-first_published_at", "-pk"]

    def _results(self):
        """The matching entries, ordered (a queryset or, for relevance, a list of ids)."""
        if len(self.models) == 1:
            queryset = self._matching(self.models[0])
        else:
            matching = Q(pk__in=[])
            for model in self.models:
                matching |= Q(pk__in=self._matching(model).values("pk"))
            queryset = self._base(Page).filter(matching)
        if self.sort == SORT_RELEVANCE and self.search_ranking is not None:
            kept = set(queryset.values_list("pk", flat=True))
            return [pk for pk in self.search_ranking if pk in kept]
        # Only the ids: `_load` reads the page of results with what their cards need.
        return queryset.order_by(*self._ordering()).values_list("pk", flat=True)

    @cached_property
    def page(self):
        paginator = Paginator(self._results(), self.page_size)
        entries = paginator.get_page(self.request.GET.get("page", 1))
        entries.object_list = self._load(list(entries.object_list))
        return entries

    def _load(self, ids: list[int]) -> list:
        """The specific pages of one page of result ids, with what their cards show, in order."""
        if not ids:
            return []
        if len(self.models) == 1:
            model = self.models[0]
            prefetch = getattr(model, "taxonomy_fields", ())
            pages = model.objects.filter(pk__in=ids).prefetch_related(*prefetch)
            by_id = {page.pk: page for page in pages}
        else:
            by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
        return [by_id[pk] for pk in ids if pk in by_id]

    # --- counts -------------------------------------------------------------------------

    @cached_property
    def counts(self) -> dict[str, Counter]:
        counts = {}
        for facet in self.facets:
            counter = Counter()
            for model in self.models:
                if not self._applies(facet, model):
                    continue
                queryset = self._matching(model, without=facet.name).order_by()
                if facet.name == "type":
                    counter[model._meta.model_name] += queryset.count()
                    continue
                if facet.name == "flagged":
                    counter["1"] += queryset.filter(flagged_by_reviewers=True).count()
                    continue
                # No `exclude(lookup__isnull=True)`: on a many-valued relation it would drop
                # every entry with one term lacking the value (a theme without a component).
                rows = queryset.values_list(facet.lookup).annotate(n=Count("pk", distinct=True))
                for value, number in rows:
                    if value is not None:
                        counter[str(value)] += number
            counts[facet.name] = counter
        return counts

    @cached_property
    def groups(self) -> list[FacetGroup]:
        groups = []
        for facet in self.facets:
            counter = self.counts[facet.name]
            chosen = self.selected.get(facet.name, [])
            shown = [value for value in counter if counter[value]] + [
                value for value in chosen if not counter[value]
            ]
            if not shown:
                continue
            labels = self._labels(facet, shown)
            values = [
                FacetValue(
                    value=value,
                    label=labels.get(value, (value, "", 0))[0],
                    icon=labels.get(value, (value, "", 0))[1],
                    count=counter[value],
                    selected=value in chosen,
                    url=self.toggle_url(facet.name, value),
                )
                for value in shown
            ]
            if facet.order_by_count:
                values.sort(key=lambda v: (-v.count, v.label.casefold()))
            else:
                values.sort(key=lambda v: (labels.get(v.value, ("", "", 0))[2], v.label))
            groups.append(FacetGroup(facet, values))
        return groups

    def _labels(self, facet: Facet, values: list[str]) -> dict[str, tuple[str, str, int]]:
        """value → (label in the reader's language, icon name, natural order)."""
        if facet.name == "flagged":
            return {"1": (str(_("Flagged by IPSP reviewers")), "star", 0)}
        if facet.name == "type":
            return {
                model._meta.model_name: (capfirst(model._meta.verbose_name_plural), "", position)
                for position, model in enumerate(self.models)
            }
        if facet.choices_field:
            model = next(m for m in self.models if self._applies(facet, m))
            choices = dict(model._meta.get_field(facet.choices_field).choices)
            return {v: (str(choices.get(v, v)), "", 0) for v in values}
        if facet.term_model == "cms.Country":
            countries = Country.objects.filter(code__in=values)
            return {c.code: (c.name, "", 0) for c in countries}
        model = apps.get_model(facet.term_model)
        terms = list(
            model.objects.filter(slug__in=values, locale__language_code=settings.LANGUAGE_CODE)
        )
        return {
            term.slug: (translated.name, getattr(term, "icon", ""), term.sort_order)
            for term, translated in zip(terms, localized_terms(terms), strict=True)
        }

    # --- links --------------------------------------------------------------------------

    def url_with(self, **changes) -> str:
        """This listing's address with some parameters replaced (None removes), page reset."""
        params = self.request.GET.copy()
        params.pop("page", None)
        for name, value in changes.items():
            params.pop(name, None)
            if value is None:
                continue
            if isinstance(value, list | tuple):
                params.setlist(name, list(value))
            else:
                params[name] = value
        query = params.urlencode()
        return f"{self.index_url}?{query}" if query else self.index_url

    def toggle_url(self, facet: str, value: str) -> str:
        chosen = self.selected.get(facet, [])
        values = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
        return self.url_with(**{facet: values or None})

    @property
    def url_without_query(self) -> str:
        return self.url_with(q=None, sort=None)

    def country_url(self, code: str) -> str:
        return self.url_with(country=[code])

    @property
    def active_filters(self) -> list[tuple[Facet, FacetValue]]:
        """The selected values, each with the link that removes it."""
        return [
            (group.facet, value)
            for group in self.groups
            for value in group.values
            if value.selected
        ]

    def sort_links(self) -> list[tuple[SortOption, str, bool]]:
        return [
            (option, self.url_with(sort=option.value), option == self.sort)
            for option in self.sort_options
        ]

    @property
    def hidden_params(self) -> list[tuple[str, str]]:
        """The facet selection, as hidden fields of the search-within and sort form."""
        return [(name, value) for name, values in self.selected.items() for value in values]
