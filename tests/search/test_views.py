"""The public search page (search/views.py) and API search, over Wagtail's database backend."""

from __future__ import annotations

import pytest

from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.utils import RESTRICTED_MARKERS, assert_no_restricted_data, read_document, visible_text

pytestmark = pytest.mark.django_db


def test_search_page_finds_an_initiative_by_a_word_of_its_description(client, search_backend, taxonomy):
    found = InitiativePageFactory(
        title="Solar cooperatives of Rajasthan", problem="<p>Villages without electricity grids.</p>"
    )
    other = InitiativePageFactory(title="Peace circles of Medellín", problem="<p>Armed violence.</p>")
    response = client.get("/en/search/", {"q": "electricity"})
    assert response.status_code == 200
    document = read_document(response.content)
    assert document.html_attrs.get("lang") == "en"
    shown = visible_text(response.content)
    assert found.title in shown
    assert other.title not in shown
    assert found.url in [href for href, _label in document.links]


def test_search_page_in_arabic_lists_arabic_pages_only(client, search_backend, taxonomy, translate):
    page = InitiativePageFactory(title="Solar cooperatives", problem="<p>Villages without electricity.</p>")
    arabic = translate(page, "ar", title="تعاونيات الطاقة الشمسية")
    response = client.get("/ar/search/", {"q": "electricity"})
    assert response.status_code == 200
    assert read_document(response.content).html_attrs.get("dir") == "rtl"
    shown = visible_text(response.content)
    assert arabic.title in shown
    assert page.title not in shown


def test_search_page_never_shows_restricted_data(client, search_backend, taxonomy):
    actor = ActorPageFactory(title="Mama Mboga Traders Network")
    response = client.get("/en/search/", {"q": "compensation"})
    assert actor.title in visible_text(response.content)
    assert_no_restricted_data(response.content, "search results")
    for marker in RESTRICTED_MARKERS:
        response = client.get("/en/search/", {"q": marker})
        assert response.status_code == 200
        assert actor.title not in visible_text(response.content), f"searching {marker!r} finds the actor"


def test_search_page_without_a_query(client, search_backend):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert len(read_document(response.content).h1) == 1


def test_search_page_bounds_the_query(client, search_backend):
    response = client.get("/en/search/", {"q": "x" * 5000})
    assert response.status_code == 200


@pytest.mark.parametrize("marker", RESTRICTED_MARKERS)
def test_api_search_never_finds_restricted_data(client, search_backend, taxonomy, marker):
    actor = ActorPageFactory(title="Mama Mboga Traders Network")
    public_v2 = client.get("/api/v2/pages/", {"type": "directory.ActorPage", "search": "compensation"})
    assert [item["id"] for item in public_v2.json()["items"]] == [actor.pk]
    public_v3 = client.get("/api/v3/pages/", {"type": "directory.ActorPage", "search": "compensation"})
    assert [item["id"] for item in public_v3.json()["items"]] == [actor.pk]

    v2 = client.get("/api/v2/pages/", {"type": "directory.ActorPage", "search": marker})
    assert v2.status_code == 200
    assert v2.json()["items"] == []
    v3 = client.get("/api/v3/pages/", {"type": "directory.ActorPage", "search": marker})
    assert v3.status_code == 200
    assert v3.json()["items"] == []
