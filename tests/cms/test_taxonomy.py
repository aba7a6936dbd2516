"""The taxonomy: the work programme's themes and components, CLDR-named countries, idempotent
seeding, localized terms, and term links that lead to filtered listings."""

from __future__ import annotations

from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.utils import translation

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
    localized_terms,
)
from cms.taxonomy_seed import seed_taxonomy
from tests.factories import InitiativePageFactory
from tests.utils import read_document, visible_text

pytestmark = pytest.mark.django_db

TERM_MODELS = (AgendaComponent, Theme, Domain, Discipline, ProjectType, Activity, Audience, Region)


def test_seed_creates_the_work_programme_themes_and_components(taxonomy):
    assert len(taxonomy.themes) == 14
    assert len(taxonomy.components) == 5
    theme_names = {theme.name for theme in taxonomy.themes.values()}
    assert {"Living wages", "Ecological rule of law", "Peace and human security"} <= theme_names
    component_names = {component.name for component in taxonomy.components.values()}
    assert "Reforming the economic system" in component_names
    assert "Rethinking relations with nature" in component_names
    living_wages = taxonomy.themes["living-wages"]
    assert living_wages.component.name == "Reforming the economic system"
    # The two overarching themes belong to no component.
    assert taxonomy.themes["systemic-conditions"].component is None
    assert taxonomy.themes["measuring-what-we-value"].component is None


def test_seed_creates_every_iso_country_with_cldr_names(taxonomy):
    assert Country.objects.count() == 249
    kenya = taxonomy.countries["KE"]
    assert kenya.english_name == "Kenya"
    assert kenya.alpha3 == "KEN"
    assert kenya.name_in("ar") == "كينيا"
    assert kenya.name_in("zh-hans") == "肯尼亚"
    assert kenya.name_in("fr") == "Kenya"
    assert taxonomy.countries["DE"].name_in("ar") == "ألمانيا"
    assert kenya.region.slug == "africa"
    with translation.override("ar"):
        assert str(kenya) == "كينيا"


def test_regions_are_named_in_every_language(locales):
    africa = Region.objects.get(slug="africa", locale=locales["en"])
    names = {
        region.locale.language_code: region.name
        for region in Region.objects.filter(translation_key=africa.translation_key)
    }
    assert set(names) == set(locales)
    assert names["en"] == "Africa"
    assert names["fr"] == "Afrique"
    assert names["ar"] == "أفريقيا"


def test_seed_from_empty_then_second_run_creates_nothing(taxonomy, locales):
    # Start from an empty taxonomy inside this test's transaction.
    Country.objects.all().delete()
    for model in reversed(TERM_MODELS):
        model.objects.all().delete()

    first = seed_taxonomy()
    assert Theme.objects.filter(locale=locales["en"]).count() == 14
    assert AgendaComponent.objects.filter(locale=locales["en"]).count() == 5
    assert first.by_kind["themes"] == Theme.objects.count() >= 14
    assert first.by_kind["agenda components"] == AgendaComponent.objects.count() >= 5
    assert first.by_kind["countries"] == Country.objects.count() == 249
    assert first.created == sum(first.by_kind.values())
    # Every translated row shares its source's slug and translation key.
    for theme in Theme.objects.exclude(locale=locales["en"]):
        source = Theme.objects.get(translation_key=theme.translation_key, locale=locales["en"])
        assert theme.slug == source.slug

    rows_before = {model: model.objects.count() for model in (*TERM_MODELS, Country)}
    second = seed_taxonomy()
    assert second.created == 0
    assert second.updated == 0
    assert {model: model.objects.count() for model in (*TERM_MODELS, Country)} == rows_before


def test_seed_command_reports_nothing_new_on_a_seeded_database(taxonomy):
    out = StringIO()
    call_command("seed_taxonomy", stdout=out)
    assert "0 created" in out.getvalue()


def test_seed_updates_a_renamed_term(taxonomy):
    theme = taxonomy.themes["living-wages"]
    theme.name = "Wages"
    theme.save()
    report = seed_taxonomy()
    assert report.created == 0
    assert report.updated == 1
    theme.refresh_from_db()
    assert theme.name == "Living wages"


def _translation(term, locale):
    return type(term).objects.filter(translation_key=term.translation_key, locale=locale).first()


def test_localized_terms_returns_the_french_row_when_it_exists(taxonomy, locales):
    theme = taxonomy.themes["living-wages"]
    other = taxonomy.themes["peace-human-security"]
    french = _translation(theme, locales["fr"])
    if french is None:
        french = theme.copy_for_translation(locales["fr"])
    french.name = "Salaires décents"
    french.save()

    terms = localized_terms([theme, other], locale=locales["fr"])
    assert terms[0].pk == french.pk
    assert terms[0].name == "Salaires décents"
    assert terms[0].slug == "living-wages"  # the slug is the same in every language
    assert terms[1].locale_id in (locales["fr"].pk, locales["en"].pk)
    assert terms[1].translation_key == other.translation_key

    with translation.override("fr"):
        assert [term.name for term in localized_terms([theme])] == ["Salaires décents"]


def test_localized_terms_falls_back_to_english_then_sees_a_new_translation(taxonomy, locales):
    theme = taxonomy.themes["ecological-rule-of-law"]
    type(theme).objects.filter(translation_key=theme.translation_key, locale=locales["fr"]).delete()
    assert localized_terms([theme], locale=locales["fr"])[0].name == "Ecological rule of law"
    with translation.override("fr"):
        assert [term.name for term in localized_terms([theme])] == ["Ecological rule of law"]

    french = theme.copy_for_translation(locales["fr"])
    french.name = "État de droit écologique (nouveau)"
    french.save()
    assert localized_terms([theme], locale=locales["fr"])[0].name == "État de droit écologique (nouveau)"


def _link_to_listing(document, text: str, listing_url: str) -> str:
    for href, label in document.links:
        if label == text and urlsplit(href).path == listing_url:
            return href
    raise AssertionError(f"no link {text!r} to {listing_url} among {document.links}")


def test_theme_link_on_an_initiative_leads_to_the_filtered_listing(client, taxonomy):
    living_wages = taxonomy.themes["living-wages"]
    tagged = InitiativePageFactory(title="Living wage coalition of Recife", themes=[living_wages])
    untagged = InitiativePageFactory(
        title="Peace circles of Medellín", themes=[taxonomy.themes["peace-human-security"]]
    )
    listing = tagged.get_parent().specific

    document = read_document(client.get(tagged.url).content)
    href = _link_to_listing(document, "Living wages", listing.url)
    assert parse_qs(urlsplit(href).query) == {"theme": ["living-wages"]}

    response = client.get(href)
    assert response.status_code == 200
    shown = visible_text(response.content)
    assert tagged.title in shown
    assert untagged.title not in shown

    # The unfiltered listing shows both.
    shown = visible_text(client.get(listing.url).content)
    assert tagged.title in shown
    assert untagged.title in shown


@pytest.mark.parametrize(
    ("field", "facet", "slug", "other"),
    [
        ("domains", "domain", "education", "health"),
        ("disciplines", "discipline", "economics", "sociology"),
        ("project_types", "project_type", "social-enterprise", "research-project"),
        ("activities", "activity", "advocacy", "funding"),
    ],
)
def test_every_kind_of_term_link_on_an_initiative_filters_the_listing(
    client, taxonomy, field, facet, slug, other
):
    terms = getattr(taxonomy, field)
    tagged = InitiativePageFactory(title="Tagged cooperative of Dakar")
    untagged = InitiativePageFactory(title="Other collective of Lima")
    for page, term in ((tagged, terms[slug]), (untagged, terms[other])):
        getattr(page, field).set([term])
        page.save_revision().publish()
    listing = tagged.get_parent().specific

    document = read_document(client.get(tagged.url).content)
    href = _link_to_listing(document, terms[slug].name, listing.url)
    assert parse_qs(urlsplit(href).query) == {facet: [slug]}

    shown = visible_text(client.get(href).content)
    assert tagged.title in shown
    assert untagged.title not in shown


def test_country_link_on_an_initiative_leads_to_the_filtered_listing(client, taxonomy):
    kenya, brazil = taxonomy.countries["KE"], taxonomy.countries["BR"]
    in_kenya = InitiativePageFactory(title="Mama Mboga savings circle", countries=[kenya])
    in_brazil = InitiativePageFactory(title="Favela solar roofs", countries=[brazil])
    listing = in_kenya.get_parent().specific

    document = read_document(client.get(in_kenya.url).content)
    href = _link_to_listing(document, "Kenya", listing.url)
    assert parse_qs(urlsplit(href).query) == {"country": ["ke"]}

    shown = visible_text(client.get(href).content)
    assert in_kenya.title in shown
    assert in_brazil.title not in shown


def test_arabic_page_names_its_terms_in_arabic(client, taxonomy, translate):
    kenya = taxonomy.countries["KE"]
    page = InitiativePageFactory(countries=[kenya])
    arabic = translate(page, "ar", title="صندوق أراضي مجتمع كيبيرا")
    shown = visible_text(client.get(arabic.url).content)
    assert "كينيا" in shown
    arabic_theme = _translation(taxonomy.themes["living-wages"], arabic.locale)
    if arabic_theme is not None:
        assert arabic_theme.name in shown
