"""The encyclopedia's page types, created, published and read in English and in Arabic."""

from __future__ import annotations

import pytest

from encyclopedia.models import EncyclopediaIndexPage
from home.models import HomePage
from tests.factories import (
    EncyclopediaIndexPageFactory,
    EncyclopediaPageFactory,
    InitiativePageFactory,
)
from tests.utils import check_page_type, visible_text

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    pytest.param(
        EncyclopediaIndexPageFactory,
        HomePage,
        ("What groups of related initiatives have in common",),
        id="EncyclopediaIndexPage",
    ),
    pytest.param(
        EncyclopediaPageFactory,
        EncyclopediaIndexPage,
        ("Land held in trust, homes owned by residents", "Urban trusts fight displacement"),
        id="EncyclopediaPage",
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


def test_encyclopedia_page_shows_live_linked_entries_only(client, taxonomy):
    live = InitiativePageFactory(title="Community land trust of Kibera")
    draft = InitiativePageFactory(title="Draft land trust of Mombasa", publish=False)
    page = EncyclopediaPageFactory(
        linked_entries=[(live, "The first urban trust in East Africa"), (draft, "Not yet public")]
    )
    assert [entry.pk for entry in page.live_linked_entries()] == [live.pk]
    shown = visible_text(client.get(page.url).content)
    assert live.title in shown
    assert draft.title not in shown
