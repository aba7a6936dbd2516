"""An actor's restricted data (contact, internal notes, parts it asked to keep private) never
reaches the public: not the page, the listing, the APIs, their schema, nor the search index."""

from __future__ import annotations

import json

import pytest
from wagtail.models import Page

from tests.factories import (
    INTERNAL_NOTE,
    RESTRICTED_PARTNERSHIP,
    SECRET_CONTACT_EMAIL,
    ActorPageFactory,
)
from tests.utils import RESTRICTED_MARKERS, assert_no_restricted_data, visible_text

pytestmark = pytest.mark.django_db

RESTRICTED_FIELD_NAMES = {"contact_name", "contact_email", "contact_phone", "internal_notes", "restricted_parts"}
PUBLIC_PROBLEMS_TEXT = "Street vendors lose their pitches without notice or compensation."


@pytest.fixture
def actor(taxonomy):
    page = ActorPageFactory(title="Mama Mboga Traders Network")
    # The factory really stored the restricted data the tests look for.
    assert page.contact_email == SECRET_CONTACT_EMAIL
    assert INTERNAL_NOTE in page.internal_notes
    assert RESTRICTED_PARTNERSHIP in page.partnerships
    assert page.restricted_parts == ["partnerships"]
    return page


def test_public_page_shows_public_parts_only(client, actor):
    response = client.get(actor.url)
    assert response.status_code == 200
    assert PUBLIC_PROBLEMS_TEXT in visible_text(response.content)
    assert_no_restricted_data(response.content, "the actor's page")


def test_arabic_page_shows_no_restricted_data(client, actor, translate):
    arabic = translate(actor, "ar", title="شبكة تجار ماما مبوغا")
    assert arabic.contact_email == SECRET_CONTACT_EMAIL  # synchronised, not translated
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert_no_restricted_data(response.content, "the Arabic actor page")


def test_a_part_that_is_not_restricted_is_shown(client, taxonomy):
    """The same text, once the actor no longer restricts it, is published (the check can fail)."""
    actor = ActorPageFactory(restricted_parts=[])
    shown = visible_text(client.get(actor.url).content)
    assert RESTRICTED_PARTNERSHIP in shown


def test_actor_listing_shows_no_restricted_data(client, actor):
    response = client.get(actor.get_parent().url)
    assert response.status_code == 200
    assert actor.title in visible_text(response.content)
    assert_no_restricted_data(response.content, "the actor listing")


def test_v2_detail_with_all_fields_has_no_restricted_data(client, actor):
    response = client.get(f"/api/v2/pages/{actor.pk}/", {"fields": "*"})
    assert response.status_code == 200
    data = response.json()
    assert "Street vendors lose their pitches" in data["description"]["problems"]
    assert "partnerships" not in data["description"]
    assert not RESTRICTED_FIELD_NAMES & set(data)
    assert_no_restricted_data(response.content, "API v2 detail")


def test_v2_listing_with_all_fields_has_no_restricted_data(client, actor):
    response = client.get("/api/v2/pages/", {"type": "directory.ActorPage", "fields": "*"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [actor.pk]
    assert_no_restricted_data(response.content, "API v2 listing")


@pytest.mark.parametrize("field", sorted(RESTRICTED_FIELD_NAMES | {"partnerships"}))
def test_v2_refuses_to_serve_a_restricted_field(client, actor, field):
    response = client.get(
        "/api/v2/pages/", {"type": "directory.ActorPage", "fields": field}
    )
    assert response.status_code == 400
    assert_no_restricted_data(response.content, f"API v2 ?fields={field}")


@pytest.mark.parametrize("api", ["/api/v2/pages/", "/api/v3/pages/"])
def test_restricted_fields_cannot_be_probed_with_filters(client, actor, api):
    """Filtering by a restricted field must not reveal whether a guess is right."""
    right = client.get(api, {"type": "directory.ActorPage", "contact_email": SECRET_CONTACT_EMAIL})
    wrong = client.get(api, {"type": "directory.ActorPage", "contact_email": "nobody@example.org"})
    assert right.status_code == wrong.status_code
    assert right.content == wrong.content


def test_v3_detail_has_no_restricted_data(client, actor):
    response = client.get(f"/api/v3/pages/{actor.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert "Street vendors lose their pitches" in data["description"]["problems"]
    assert not RESTRICTED_FIELD_NAMES & set(data)
    assert_no_restricted_data(response.content, "API v3 detail")


def test_v3_listing_has_no_restricted_data(client, actor):
    for params in ({}, {"type": "directory.ActorPage"}):
        response = client.get("/api/v3/pages/", params)
        assert response.status_code == 200
        assert actor.pk in [item["id"] for item in response.json()["items"]]
        assert_no_restricted_data(response.content, f"API v3 listing {params}")


def test_v3_openapi_names_no_restricted_field(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    schemas = response.json()["components"]["schemas"]
    actor_schemas = {name: schema for name, schema in schemas.items() if name.startswith("ActorPage")}
    assert "ActorPageSchema" in actor_schemas
    assert "description" in actor_schemas["ActorPageSchema"]["properties"]
    for name, schema in actor_schemas.items():
        leaked = RESTRICTED_FIELD_NAMES & set(schema.get("properties", {}))
        assert not leaked, f"{name} names {leaked}"
    text = json.dumps(response.json())
    assert "contact_email" not in text
    assert "internal_notes" not in text


def test_restricted_data_is_not_in_the_search_index(search_backend, taxonomy):
    actor = ActorPageFactory(title="Mama Mboga Traders Network")
    live_pages = Page.objects.live()

    assert actor.pk in [page.pk for page in search_backend.search("compensation", live_pages)]
    for marker in RESTRICTED_MARKERS:
        found = [page.pk for page in search_backend.search(marker, live_pages)]
        assert actor.pk not in found, f"searching {marker!r} finds the actor"


def test_unrestricted_partnerships_are_indexed(search_backend, taxonomy):
    """Control: partnerships are searchable when public, so their absence above means something."""
    actor = ActorPageFactory(
        restricted_parts=[], partnerships="<p>Partners: the Okavango river cooperative.</p>"
    )
    found = [page.pk for page in search_backend.search("Okavango", Page.objects.live())]
    assert actor.pk in found
