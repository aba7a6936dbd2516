"""The queries behind related entries: a bounded pool of candidates and what they share.

Each function costs one query, or a few, whatever the number of candidates: the many-to-many
tables of every page type are read together through UNION ALL.
"""

from __future__ import annotations

from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, Case, CharField, F, Q, Value, When
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.models import Locale, Page

from cms.models import Activity, Audience, Country, Discipline, Domain, ProjectType, Region, Theme
from cms.models.taxonomy import localized_terms
from publications.models import PUBLICATION_TYPES

RELATED_MODELS = (
    "directory.InitiativePage",
    "directory.ActorPage",
    *PUBLICATION_TYPES,
    "encyclopedia.EncyclopediaPage",
)
# The taxonomy fields compared ("region": a UN region reached through countries).
TERM_MODELS = {
    "themes": Theme,
    "domains": Domain,
    "disciplines": Discipline,
    "project_types": ProjectType,
    "activities": Activity,
    "audiences": Audience,
    "countries": Country,
    "region": Region,
}
# Fields whose sharing lets a page into the pool (weaker ones only refine the order).
GATE_FIELDS = ("themes", "domains", "disciplines", "project_types")
POOL_SIZE = 200

# A typed NULL: PostgreSQL resolves a UNION's untyped NULLs as text, which the next part's
# bigint region ids then cannot join.
NO_REGION = Cast(Value(None), output_field=BigIntegerField())


def _through(model, name: str):
    """(through model, page side, term side) of a many-to-many field, for lookups such as
    `{f"{page_side}_id": …}` and `F(f"{term_side}__region_id")`."""
    m2m = model._meta.get_field(name)
    return m2m.remote_field.through, m2m.m2m_field_name(), m2m.m2m_reverse_field_name()


def _union(parts: list):
    """One query for querysets of the same columns (none: no rows)."""
    if not parts:
        return []
    parts = [part.order_by() for part in parts]  # compound statements take no ORDER BY
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def source_terms(page) -> tuple[dict[str, set[int]], set[int]]:
    """The page's term ids per field, and the regions of its countries (one query)."""
    parts = []
    for name in page.taxonomy_fields:
        if name not in TERM_MODELS:
            continue
        through, page_side, term = _through(type(page), name)
        region = F(f"{term}__region_id") if name == "countries" else NO_REGION
        parts.append(
            through.objects.filter(**{f"{page_side}_id": page.pk})
            .annotate(term_ref=F(f"{term}_id"), kind=Value(name, CharField()), region_ref=region)
            .values_list("term_ref", "kind", "region_ref")
        )
    terms: dict[str, set[int]] = defaultdict(set)
    regions: set[int] = set()
    for term_id, name, region_id in _union(parts):
        terms[name].add(term_id)
        if region_id:
            regions.add(region_id)
    return dict(terms), regions


def explicit_links(page) -> tuple[dict[str, str], list]:
    """{translation key: kind of link} of the pages explicitly tied to `page`, and querysets of
    the translation keys of pages listed elsewhere on it (left out of the related list).

    Links are compared by translation key: a translation or an alias keeps the source page's
    many-to-many values, which may point at pages of another locale.
    """
    initiative = apps.get_model("directory.InitiativePage")
    organisations, initiative_side, actor_side = _through(initiative, "organisations")
    label = page._meta.label
    links: dict[str, str] = {}
    excluded = []
    if label == "directory.InitiativePage":
        actor_keys = set(
            organisations.objects.filter(**{f"{initiative_side}_id": page.pk}).values_list(
                f"{actor_side}__translation_key", flat=True
            )
        )
        if actor_keys:
            siblings = organisations.objects.filter(
                **{f"{actor_side}__translation_key__in": actor_keys}
            ).values_list(f"{initiative_side}__translation_key", flat=True)
            links.update(dict.fromkeys(set(siblings), "same_organisation"))
            links.update(dict.fromkeys(actor_keys, "carries"))
    elif label == "directory.ActorPage":
        carried = organisations.objects.filter(
            **{f"{actor_side}__translation_key": page.translation_key}
        ).values_list(f"{initiative_side}__translation_key", flat=True)
        links.update(dict.fromkeys(set(carried), "carried_by"))
    linked_entry = apps.get_model("encyclopedia.LinkedEntry")
    if label in ("directory.InitiativePage", "directory.ActorPage"):
        # Shown above the list, under "In the encyclopedia".
        excluded.append(
            linked_entry.objects.filter(entry__translation_key=page.translation_key).values(
                "page__translation_key"
            )
        )
    elif label == "encyclopedia.EncyclopediaPage":
        # Already listed on the page as "Initiatives and actors in this group".
        excluded.append(
            linked_entry.objects.filter(page_id=page.pk).values("entry__translation_key")
        )
    links.pop(page.translation_key, None)
    return links, excluded


def pool(page, terms: dict[str, set[int]], links: dict[str, str], excluded: list) -> list[dict]:
    """The candidates (pk, translation_key, title, label): live, public pages of the page's
    locale sharing a gate term or explicitly linked; the links first, then the newest."""
    models = [apps.get_model(label) for label in RELATED_MODELS]
    gate = [name for name in GATE_FIELDS if terms.get(name)] or list(terms)
    condition = Q(translation_key__in=list(links))
    for model in models:
        for name in gate:
            if name in model.taxonomy_fields:
                through, page_side, term = _through(model, name)
                condition |= Q(
                    pk__in=through.objects.filter(**{f"{term}_id__in": terms[name]}).values(
                        f"{page_side}_id"
                    )
                )
    content_types = ContentType.objects.get_for_models(*models)
    labels = {content_type.pk: model._meta.label for model, content_type in content_types.items()}
    queryset = (
        Page.objects.live()
        .public()
        .filter(condition, locale_id=page.locale_id, content_type_id__in=list(labels))
        .exclude(translation_key=page.translation_key)
        .annotate(
            explicit=Case(When(translation_key__in=list(links), then=Value(0)), default=Value(1))
        )
        .order_by("explicit", "-first_published_at", "-pk")
    )
    for keys in excluded:
        queryset = queryset.exclude(translation_key__in=keys)
    rows = list(queryset.values("pk", "translation_key", "title", "content_type_id")[:POOL_SIZE])
    for row in rows:
        row["label"] = labels[row.pop("content_type_id")]
    return rows


def _ids_by_label(rows: list[dict]) -> dict[str, list[int]]:
    by_label = defaultdict(list)
    for row in rows:
        by_label[row["label"]].append(row["pk"])
    return by_label


def shared_terms(
    rows: list[dict], terms: dict[str, set[int]], regions: set[int]
) -> dict[int, dict[str, set]]:
    """{page id: {field: shared term ids}} for the candidates, in one query.

    A UN region ("region") counts for a candidate only where it shares none of the page's
    countries in that region.
    """
    parts = []
    for label, ids in _ids_by_label(rows).items():
        model = apps.get_model(label)
        for name in model.taxonomy_fields:
            wanted = terms.get(name)
            if name not in TERM_MODELS or not (wanted or (name == "countries" and regions)):
                continue
            through, page_side, term = _through(model, name)
            matching = Q(**{f"{term}_id__in": wanted or []})
            region = NO_REGION
            if name == "countries":
                matching |= Q(**{f"{term}__region_id__in": regions})
                region = F(f"{term}__region_id")
            parts.append(
                through.objects.filter(matching, **{f"{page_side}_id__in": ids})
                .annotate(
                    page_ref=F(f"{page_side}_id"),
                    term_ref=F(f"{term}_id"),
                    kind=Value(name, CharField()),
                    region_ref=region,
                )
                .values_list("page_ref", "term_ref", "kind", "region_ref")
            )
    shared: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    regions_with_country: dict[int, set] = defaultdict(set)
    region_rows = []
    for page_id, term_id, name, region_id in _union(parts):
        if term_id in terms.get(name, ()):
            shared[page_id][name].add(term_id)
            if region_id:
                regions_with_country[page_id].add(region_id)
        elif region_id in regions:
            region_rows.append((page_id, region_id))
    for page_id, region_id in region_rows:
        if region_id not in regions_with_country[page_id]:
            shared[page_id]["region"].add(region_id)
    return shared


def texts(rows: list[dict]) -> dict[int, str]:
    """Title and summary of each candidate (one query over the candidates' page types)."""
    summaries = dict(
        _union(
            [
                apps.get_model(label).objects.filter(pk__in=ids).values_list("pk", "summary")
                for label, ids in _ids_by_label(rows).items()
            ]
        )
    )
    return {row["pk"]: f"{row['title']} {summaries.get(row['pk'], '')}" for row in rows}


def term_names(terms: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The reader-language names of (field, term id) pairs (a query or two per kind of term)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for name, term_id in terms:
        wanted[name].add(term_id)
    language = translation.get_language()
    locale = None
    names = {}
    for name, ids in wanted.items():
        if name == "countries":
            for country in Country.objects.filter(pk__in=ids):
                names[(name, country.pk)] = country.name_in(language)
            continue
        if locale is None:
            locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        found = list(TERM_MODELS[name].objects.filter(pk__in=ids))
        for original, local in zip(found, localized_terms(found, locale), strict=True):
            names[(name, original.pk)] = local.name
    return names


def live_public_pages(ids) -> dict[int, Page]:
    """The specific pages among `ids` that are live and public, by id."""
    ids = list(ids)
    if not ids:
        return {}
    return {page.pk: page for page in Page.objects.filter(pk__in=ids).live().public().specific()}
