"""The directory's page types, created, published and read in English and in Arabic."""

from __future__ import annotations

import pytest

from directory.models import ActorIndexPage, InitiativeIndexPage
from home.models import HomePage
from tests.factories import (
    ActorIndexPageFactory,
    ActorPageFactory,
    InitiativeIndexPageFactory,
    InitiativePageFactory,
)
from tests.utils import check_page_type, visible_text

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    pytest.param(
        InitiativeIndexPageFactory,
        HomePage,
        ("Initiatives registered by the people who carry them",),
        id="InitiativeIndexPage",
    ),
    pytest.param(
        InitiativePageFactory,
        InitiativeIndexPage,
        (
            "Speculation pushes low-income families out",
            "A trust holds the land",
            "Wanjiru Kamau",
        ),
        id="InitiativePage",
    ),
    pytest.param(
        ActorIndexPageFactory,
        HomePage,
        ("Organisations, networks and communities working for social progress.",),
        id="ActorIndexPage",
    ),
    pytest.param(
        ActorPageFactory,
        ActorIndexPage,
        ("Street vendors lose their pitches", "Weekly assemblies"),
        id="ActorPage",
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


def test_initiative_listing_shows_live_initiatives_only(client, taxonomy):
    live = InitiativePageFactory(title="Solar cooperatives of Rajasthan")
    draft = InitiativePageFactory(title="Unpublished cooperative draft", publish=False)
    assert not draft.live
    shown = visible_text(client.get(live.get_parent().url).content)
    assert live.title in shown
    assert draft.title not in shown
    assert client.get(f"/en/initiatives/{draft.slug}/").status_code == 404


def test_actor_page_lists_public_parts_only(client, taxonomy):
    actor = ActorPageFactory()
    shown = visible_text(client.get(actor.url).content)
    assert "We would like to work with urban planners." in shown
    # The question of a restricted part is not asked on the public page either.
    partnerships_question = str(type(actor)._meta.get_field("partnerships").verbose_name)
    assert partnerships_question not in shown


def test_arabic_listing_shows_the_arabic_translation(client, taxonomy, translate):
    page = InitiativePageFactory(title="Fair data commons for farmers")
    arabic = translate(page, "ar", title="مشاع البيانات العادل للمزارعين")
    listing = arabic.get_parent().specific
    assert listing.locale.language_code == "ar"
    shown = visible_text(client.get(listing.url).content)
    assert arabic.title in shown
    assert page.title not in shown
