"""The search page's snippets, kinds and suggestions, the admin's search, in three scripts.

See test_views.py for the basics (language, restricted data) and test_languages.py for
the matching in each of the ten languages.
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.utils import visible_text

pytestmark = pytest.mark.django_db


def marked(content: bytes) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", content.decode())


def test_results_show_the_passage_with_the_words_marked(client, search_backend, taxonomy):
    InitiativePageFactory(
        title="Water boards",
        summary="Villages manage their wells.",
        problem="<p>" + "Long introduction about the region. " * 12 + "Cholera outbreaks followed the droughts.</p>",
    )
    response = client.get("/en/search/", {"q": "cholera"})
    text = visible_text(response.content)
    assert "Cholera outbreaks followed the droughts." in text
    assert marked(response.content) == ["Cholera"]
    assert "…" in text  # the passage starts inside the text


def test_kinds_narrow_the_results_with_their_counts(client, search_backend, taxonomy):
    InitiativePageFactory(title="Seed library of Oaxaca")
    ActorPageFactory(title="Seed savers network")
    response = client.get("/en/search/", {"q": "seed"})
    text = visible_text(response.content)
    assert "Initiatives 1" in text and "Actors 1" in text and "Encyclopedia 0" in text
    assert "2 results" in text
    narrowed = client.get("/en/search/", {"q": "seed", "type": "actors"})
    text = visible_text(narrowed.content)
    assert "Seed savers network" in text and "Seed library of Oaxaca" not in text


def test_search_page_in_arabic_and_chinese_marks_the_words(client, search_backend, taxonomy, translate):
    page = InitiativePageFactory(title="Community kitchens", summary="Neighbours cook together.")
    translate(page, "ar", title="مطابخ الحي", summary="يطبخ الجيران معا لكبار السن.")
    translate(page, "zh-hans", title="社区互助厨房", summary="邻居们一起为农村老年人做饭。")
    arabic = client.get("/ar/search/", {"q": "الجيران"})
    assert "مطابخ الحي" in visible_text(arabic.content)
    assert marked(arabic.content) == ["الجيران"]
    chinese = client.get("/zh-hans/search/", {"q": "农村老年人"})
    assert "社区互助厨房" in visible_text(chinese.content)
    assert "农村" in marked(chinese.content)


def test_suggestions_complete_titles_in_the_readers_language(client, search_backend, taxonomy, translate):
    page = InitiativePageFactory(title="Participatory budgeting in Porto Alegre")
    translate(page, "fr", title="Budget participatif de Porto Alegre")
    response = client.get("/en/search/suggest/", {"q": "particip"})
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    assert [s["title"] for s in response.json()["suggestions"]] == [page.title]
    french = client.get("/fr/search/suggest/", {"q": "budg"}).json()
    assert [s["title"] for s in french["suggestions"]] == ["Budget participatif de Porto Alegre"]
    assert client.get("/en/search/suggest/", {"q": "p"}).json()["suggestions"] == []


def test_search_page_query_count_does_not_grow_with_results(client, search_backend, taxonomy):
    for number in range(3):
        InitiativePageFactory(title=f"Solar commons {number}")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/", {"q": "solar"})
    for number in range(15):
        InitiativePageFactory(title=f"Solar commons {number + 3}")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/en/search/", {"q": "solar"})
    assert "18 results" in visible_text(response.content)
    assert len(many) <= len(few)


def test_admin_search_finds_pages_in_their_language(admin_client, search_backend, taxonomy, translate):
    page = InitiativePageFactory(title="Community kitchens")
    translate(page, "zh-hans", title="社区互助厨房", summary="邻居们一起为农村老年人做饭。")
    response = admin_client.get("/admin/pages/search/", {"q": "kitchens"})
    assert response.status_code == 200
    assert "Community kitchens" in visible_text(response.content)
    response = admin_client.get("/admin/pages/search/", {"q": "厨房"})
    assert "社区互助厨房" in visible_text(response.content)
