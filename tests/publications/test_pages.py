"""The Panel's publication types, created, published and read in English and in Arabic."""

from __future__ import annotations

import pytest

from home.models import HomePage
from publications.models import PublicationIndexPage
from tests.factories import (
    ArticlePageFactory,
    BriefPageFactory,
    DataStoryPageFactory,
    EventPageFactory,
    MediaPageFactory,
    PublicationIndexPageFactory,
    ReportPageFactory,
)
from tests.utils import check_page_type, visible_text

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    pytest.param(
        PublicationIndexPageFactory,
        HomePage,
        ("Reports, briefs, data stories, media, articles and events of the Panel.",),
        id="PublicationIndexPage",
    ),
    pytest.param(
        ReportPageFactory,
        PublicationIndexPage,
        (
            "Inequality is a political choice, and it can be reversed.",
            "Income shares of the top decile have risen",
            "Index minimum wages to living costs",
            "Marc Fleurbaey",
        ),
        id="ReportPage",
    ),
    pytest.param(
        BriefPageFactory,
        PublicationIndexPage,
        ("Buyers' purchasing practices set the ceiling", "Brands can adopt ring-fenced labour costs."),
        id="BriefPage",
    ),
    pytest.param(
        DataStoryPageFactory,
        PublicationIndexPage,
        ("Community forests store more carbon per hectare.", "Rights and Resources Initiative"),
        id="DataStoryPage",
    ),
    pytest.param(
        MediaPageFactory,
        PublicationIndexPage,
        ("Two urbanists on what cities can do that states cannot.", "Saskia Sassen"),
        id="MediaPage",
    ),
    pytest.param(
        ArticlePageFactory,
        PublicationIndexPage,
        ("Climate science has the IPCC; social science needed one too.", "Helga Nowotny"),
        id="ArticlePage",
    ),
    pytest.param(
        EventPageFactory,
        PublicationIndexPage,
        ("United Nations Office at Nairobi", "Three days of debates"),
        id="EventPage",
    ),
]


@pytest.mark.parametrize(("factory_class", "parent_model", "texts"), PAGE_TYPES)
def test_page_type_in_english(client, taxonomy, factory_class, parent_model, texts):
    check_page_type(client, factory_class, parent_model, texts)


@pytest.mark.parametrize(("factory_class", "parent_model", "texts"), PAGE_TYPES)
def test_page_type_translated_into_arabic(client, taxonomy, factory_class, parent_model, texts):
    check_page_type(client, factory_class, parent_model, texts, language="ar")


@pytest.mark.parametrize(("factory_class", "parent_model", "texts"), PAGE_TYPES)
def test_page_type_as_arabic_alias(client, taxonomy, factory_class, parent_model, texts):
    check_page_type(client, factory_class, parent_model, texts, language="ar", alias=True)


def test_publication_listing_shows_every_kind(client, taxonomy):
    pages = [
        factory_class()
        for factory_class in (
            ReportPageFactory,
            BriefPageFactory,
            DataStoryPageFactory,
            MediaPageFactory,
            ArticlePageFactory,
            EventPageFactory,
        )
    ]
    shown = visible_text(client.get(pages[0].get_parent().url).content)
    for page in pages:
        assert page.title in shown


def test_publication_listing_filters_by_theme(client, taxonomy):
    law = ReportPageFactory(title="Ecological law report", themes=[taxonomy.themes["ecological-rule-of-law"]])
    wages = BriefPageFactory(title="Wages brief", themes=[taxonomy.themes["living-wages"]])
    shown = visible_text(client.get(f"{law.get_parent().url}?theme=living-wages").content)
    assert wages.title in shown
    assert law.title not in shown
