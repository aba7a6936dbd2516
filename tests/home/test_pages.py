"""The home app's page types, created, published and read in English and in Arabic."""

from __future__ import annotations

import re

import pytest

from home.models import HomePage
from tests.factories import (
    AudiencePageFactory,
    InitiativePageFactory,
    ReportPageFactory,
    StandardPageFactory,
)
from tests.utils import assert_page_renders, check_page_type, read_document, translate, visible_text

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    pytest.param(
        AudiencePageFactory,
        HomePage,
        ("Find the evidence, the debates and the people", "Read the synthesis reports"),
        id="AudiencePage",
    ),
    pytest.param(
        StandardPageFactory,
        HomePage,
        ("The International Panel on Social Progress was founded in 2014.",),
        id="StandardPage",
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


def test_migrated_home_page_is_the_site_root(home_page):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home_page
    assert home_page.title == "International Platform for Social Progress"
    assert home_page.live


def test_home_page_in_english(client, home_page):
    home_page.hero_text = "Ideas and initiatives for a better society, in ten languages."
    home_page.save_revision().publish()
    assert home_page.url == "/en/"
    assert_page_renders(client, home_page, "en", texts=(home_page.hero_text,))


def test_home_page_in_arabic(client, home_page, translate):
    arabic = translate(home_page, "ar", title="المنصة الدولية للتقدم الاجتماعي", hero_text="أفكار ومبادرات")
    assert arabic.url == "/ar/"
    assert_page_renders(client, arabic, "ar", texts=("أفكار ومبادرات",))


def test_home_page_arabic_alias(client, home_page, translate):
    alias = translate(home_page, "ar", alias=True)
    assert alias.alias_of_id == home_page.pk
    assert_page_renders(client, alias, "ar")


def test_root_redirects_to_a_language(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_page_shows_recent_initiatives_and_language_links(client, home_page, taxonomy, translate):
    initiative = InitiativePageFactory(title="Participatory budgeting in Porto Alegre")
    translate(home_page, "ar", title="المنصة الدولية للتقدم الاجتماعي")
    response = client.get("/en/")
    assert response.status_code == 200
    document = read_document(response.content)
    hrefs = [href for href, _label in document.links]
    assert "/ar/" in hrefs, "no link to the Arabic home page"
    assert initiative.get_parent().url in hrefs, "no link to the initiative directory"
    assert "العربية" in visible_text(response.content)


def test_home_page_factory_returns_the_single_home_page(home_page):
    from tests.factories import HomePageFactory

    assert HomePageFactory().pk == home_page.pk
    assert HomePage.objects.filter(depth=2).count() == 1


def test_home_page_shows_each_section_once_with_unique_ids(client, taxonomy):
    """The newest initiatives and publications appear once each, and no id repeats (labels)."""
    initiative = InitiativePageFactory(title="Community land trust of Mtaa")
    report = ReportPageFactory(title="Living wages: sharing the responsibility")
    for language in ("en", "ar"):
        if language == "ar":
            for page in (initiative, report):
                translate(page, "ar", alias=True)
        html = client.get(f"/{language}/").content.decode()
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert [i for i in set(ids) if ids.count(i) > 1] == []
        assert ids.count("latest-initiatives-title") == 1
        assert ids.count("latest-publications-title") == 1
        assert html.count(">Community land trust of Mtaa</a>") == 1
        assert html.count(">Living wages: sharing the responsibility</a>") == 1
