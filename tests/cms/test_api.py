"""The public APIs (cms/api.py): Wagtail's v2 REST API and the v3 API with its OpenAPI schema."""

from __future__ import annotations

import pytest
import wagtail_factories

from tests.factories import (
    ActorPageFactory,
    EventPageFactory,
    InitiativePageFactory,
    ReportPageFactory,
)

pytestmark = pytest.mark.django_db

INITIATIVE_PUBLIC_FIELDS = {
    "public_id",
    "first_submitted_at",
    "doi",
    "status",
    "flagged_by_reviewers",
    "project_holders",
    "organisations",
    "problem",
    "approach",
    "success",
    "replicability",
    "externalities",
    "video_url",
    "video_transcript",
    "resources",
    "themes",
    "domains",
    "disciplines",
    "project_types",
    "activities",
    "countries",
}


@pytest.fixture
def initiative(taxonomy):
    return InitiativePageFactory(
        title="Community land trust of Kibera",
        themes=[taxonomy.themes["living-wages"], taxonomy.themes["cities-social-progress"]],
        countries=[taxonomy.countries["KE"], taxonomy.countries["BR"]],
    )


@pytest.fixture
def arabic_initiative(initiative, translate):
    return translate(initiative, "ar", title="صندوق أراضي مجتمع كيبيرا")


def _arabic_name(term):
    from cms.models import localized_terms
    from tests.utils import locale

    return localized_terms([term], locale=locale("ar"))[0].name


# --- API v2 -------------------------------------------------------------------------------


def test_v2_lists_initiatives_with_their_public_fields(client, initiative):
    response = client.get("/api/v2/pages/", {"type": "directory.InitiativePage", "fields": "*"})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 1
    (item,) = data["items"]
    assert item["id"] == initiative.pk
    assert item["title"] == "Community land trust of Kibera"
    assert item["meta"]["type"] == "directory.InitiativePage"
    assert item["meta"]["locale"] == "en"
    assert INITIATIVE_PUBLIC_FIELDS <= set(item)
    assert item["public_id"] == initiative.public_id
    assert item["public_id"].startswith("IPSP-I-")
    assert item["status"] == "active"
    assert "Speculation pushes low-income families out" in item["problem"]
    assert item["themes"] == [
        {"slug": "living-wages", "name": "Living wages"},
        {"slug": "cities-social-progress", "name": "Cities and social progress"},
    ]
    assert sorted(item["countries"], key=lambda c: c["code"]) == [
        {"code": "BR", "name": "Brazil"},
        {"code": "KE", "name": "Kenya"},
    ]
    assert [holder["name"] for holder in item["project_holders"]] == ["Wanjiru Kamau", "João Silva"]


def test_v2_detail_of_an_initiative(client, initiative):
    response = client.get(f"/api/v2/pages/{initiative.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == initiative.pk
    assert data["meta"]["type"] == "directory.InitiativePage"
    assert data["meta"]["html_url"].endswith(initiative.url)
    assert data["meta"]["parent"]["title"] == "Social initiatives"
    assert INITIATIVE_PUBLIC_FIELDS <= set(data)
    assert data["public_id"] == initiative.public_id
    assert data["doi"] == ""
    assert {"slug": "living-wages", "name": "Living wages"} in data["themes"]


def test_v2_locale_filter_returns_the_arabic_translation_in_arabic(client, initiative, arabic_initiative, taxonomy):
    response = client.get(
        "/api/v2/pages/",
        {"type": "directory.InitiativePage", "fields": "public_id,themes,countries", "locale": "ar"},
    )
    assert response.status_code == 200
    data = response.json()
    assert [item["id"] for item in data["items"]] == [arabic_initiative.pk]
    (item,) = data["items"]
    assert item["title"] == "صندوق أراضي مجتمع كيبيرا"
    assert item["meta"]["locale"] == "ar"
    assert item["public_id"] == initiative.public_id
    countries = {country["code"]: country["name"] for country in item["countries"]}
    assert countries == {"KE": "كينيا", "BR": "البرازيل"}
    themes = {theme["slug"]: theme["name"] for theme in item["themes"]}
    assert set(themes) == {"living-wages", "cities-social-progress"}
    assert themes["living-wages"] == _arabic_name(taxonomy.themes["living-wages"])

    english = client.get("/api/v2/pages/", {"type": "directory.InitiativePage", "locale": "en"}).json()
    assert [item["id"] for item in english["items"]] == [initiative.pk]


def test_v2_lists_live_pages_only(client, initiative):
    draft = InitiativePageFactory(title="Draft initiative", publish=False)
    data = client.get("/api/v2/pages/", {"type": "directory.InitiativePage"}).json()
    ids = [item["id"] for item in data["items"]]
    assert initiative.pk in ids
    assert draft.pk not in ids
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_v2_other_page_types_expose_their_fields(client, taxonomy):
    report = ReportPageFactory()
    event = EventPageFactory()
    data = client.get(f"/api/v2/pages/{report.pk}/").json()
    assert "Inequality is a political choice" in data["takeaways"]
    assert [author["name"] for author in data["authors"]][0] == "Marc Fleurbaey"
    assert data["recommendations"][0]["value"]["title"] == "Index minimum wages to living costs"
    data = client.get(f"/api/v2/pages/{event.pk}/").json()
    assert data["city"] == "Nairobi"
    assert data["country_code"] == "KE"


def test_v2_images_endpoint(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = wagtail_factories.ImageFactory(title="Forum opening session")
    response = client.get("/api/v2/images/")
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "Forum opening session" in titles
    detail = client.get(f"/api/v2/images/{image.pk}/")
    assert detail.status_code == 200
    assert detail.json()["title"] == "Forum opening session"


def test_v2_documents_endpoint(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = wagtail_factories.DocumentFactory(title="Synthesis report 2026 (PDF)")
    response = client.get("/api/v2/documents/")
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "Synthesis report 2026 (PDF)" in titles
    detail = client.get(f"/api/v2/documents/{document.pk}/")
    assert detail.status_code == 200
    assert detail.json()["meta"]["download_url"]


# --- API v3 -------------------------------------------------------------------------------


def test_v3_lists_pages_anonymously(client, initiative, arabic_initiative):
    response = client.get("/api/v3/pages/", {"type": "directory.InitiativePage"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    by_id = {item["id"]: item for item in data["items"]}
    assert by_id[initiative.pk]["title"] == "Community land trust of Kibera"
    assert by_id[initiative.pk]["meta"]["type"] == "directory.InitiativePage"
    assert by_id[initiative.pk]["meta"]["html_url"].endswith(initiative.url)
    assert by_id[arabic_initiative.pk]["meta"]["locale"] == "ar"


def test_v3_locale_filter(client, initiative, arabic_initiative):
    data = client.get("/api/v3/pages/", {"type": "directory.InitiativePage", "locale": "ar"}).json()
    assert [item["id"] for item in data["items"]] == [arabic_initiative.pk]
    assert data["items"][0]["title"] == "صندوق أراضي مجتمع كيبيرا"


def test_v3_lists_live_pages_only(client, initiative):
    draft = InitiativePageFactory(title="Draft initiative", publish=False)
    ids = [item["id"] for item in client.get("/api/v3/pages/").json()["items"]]
    assert initiative.pk in ids
    assert draft.pk not in ids
    assert client.get(f"/api/v3/pages/{draft.pk}/").status_code == 404


def test_v3_detail_of_an_initiative(client, initiative):
    response = client.get(f"/api/v3/pages/{initiative.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == initiative.pk
    assert data["meta"]["type"] == "directory.InitiativePage"
    assert INITIATIVE_PUBLIC_FIELDS <= set(data)
    assert data["public_id"] == initiative.public_id
    assert data["status"] == "active"
    assert "Speculation pushes low-income families out" in data["problem"]
    assert {"slug": "living-wages", "name": "Living wages"} in data["themes"]
    assert {"code": "KE", "name": "Kenya"} in data["countries"]


def test_v3_detail_of_the_arabic_translation_names_terms_in_arabic(client, arabic_initiative):
    data = client.get(f"/api/v3/pages/{arabic_initiative.pk}/").json()
    assert data["title"] == "صندوق أراضي مجتمع كيبيرا"
    assert data["meta"]["locale"] == "ar"
    assert {"code": "KE", "name": "كينيا"} in data["countries"]


def test_v3_detail_of_an_actor(client, taxonomy):
    actor = ActorPageFactory(title="Mama Mboga Traders Network")
    data = client.get(f"/api/v3/pages/{actor.pk}/").json()
    assert data["title"] == "Mama Mboga Traders Network"
    assert data["public_id"] == actor.public_id
    assert "Street vendors lose their pitches" in data["description"]["problems"]


def test_v3_openapi_describes_initiative_fields(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "International Platform for Social Progress API"
    properties = schema["components"]["schemas"]["InitiativePageSchema"]["properties"]
    assert INITIATIVE_PUBLIC_FIELDS <= set(properties)
    assert "/api/v3/pages/" in schema["paths"]
    assert "/api/v3/pages/{page_id}/" in schema["paths"]


def test_v3_docs_are_served(client):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"openapi.json" in response.content
