"""Fixtures of the submission tests: the two form pages, a valid form, and a reader who sends it."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from tests.utils import visible_text

CONTRIBUTOR_EMAIL = "amina.contributor@example.org"


@pytest.fixture
def screening_rules(db):
    """The screening settings, with no minimum fill time unless a test sets one."""
    from directory.models import ScreeningSettings

    rules = ScreeningSettings.load()
    rules.min_fill_seconds = 0
    rules.save()
    return rules


@pytest.fixture
def form_pages(taxonomy, home_page, screening_rules):
    from tests.factories.directory import (
        ActorSubmissionPageFactory,
        InitiativeSubmissionPageFactory,
    )

    return SimpleNamespace(initiative=InitiativeSubmissionPageFactory(), actor=ActorSubmissionPageFactory())


def rows(prefix: str, values: list[dict], total: int = 3) -> dict:
    data = {f"{prefix}-TOTAL_FORMS": str(max(total, len(values))), f"{prefix}-INITIAL_FORMS": "0"}
    for number, row in enumerate(values):
        for key, value in row.items():
            data[f"{prefix}-{number}-{key}"] = value
    return data


def started_value(html: str) -> str:
    match = re.search(r'name="started" value="([^"]+)"', html)
    assert match, "the form carries no timestamp"
    return match.group(1)


def initiative_data(started: str, **overrides) -> dict:
    data = {
        "started": started,
        "homepage": "",
        "title": "Clean Water for Kisumu",
        "summary": "Neighbourhood committees run water kiosks and keep prices fair.",
        "status": "active",
        "problem": "Families pay ten times the city price for water.\n\nChildren fall ill.",
        "approach": "Kiosks owned by residents' committees.",
        "themes": ["living-wages"],
        "countries": ["KE"],
        "contact_name": "Amina Odhiambo",
        "contact_email": CONTRIBUTOR_EMAIL,
        "language": "en",
        "consent": "on",
        **rows("holders", [{"name": "Amina Odhiambo", "role": "Coordinator"}]),
        **rows("organisations", [{"name": "Maji Safi Collective", "country": "KE"}]),
        **rows("resources", [{"url": "https://example.org/report.pdf", "title": "Annual report"}]),
    }
    data.update(overrides)
    return data


def actor_data(started: str, **overrides) -> dict:
    data = {
        "started": started,
        "homepage": "",
        "title": "Mama Mboga Traders Network",
        "kind_of_actor": "network",
        "website": "https://mboga.example.net",
        "summary": "Street vendors negotiating fair market fees.",
        "problems": "Vendors lose their pitches without notice.",
        "partnerships": "A confidential agreement with a funder.",
        "restricted_parts": ["partnerships"],
        "domains": ["work-employment"],
        "countries": ["KE"],
        "contact_name": "Wanjiru Kamau",
        "contact_email": CONTRIBUTOR_EMAIL,
        "contact_phone": "+254 700 000 001",
        "language": "en",
        "consent": "on",
        **rows("resources", []),
    }
    data.update(overrides)
    return data


class Reader:
    """A person with a browser that keeps no cookies: opens a form, fills it in, sends it."""

    def __init__(self, client, on_commit):
        self.client = client
        self.on_commit = on_commit

    def open(self, page, language: str = "en"):
        from wagtail.models import Locale

        local = page.get_translation_or_none(Locale.objects.get(language_code=language)) or page
        response = self.client.get(local.url)
        assert response.status_code == 200
        assert not response.cookies, "a public form must not set cookies"
        return response

    def send(self, page, data: dict, language: str = "en"):
        # After-commit work (the e-mail with the access link) runs as it does in production.
        with self.on_commit(execute=True):
            response = self.client.post(f"/{language}/contribute/submit/{page.pk}/", data)
        assert not response.cookies, "a submission must not set cookies"
        return response

    def register(self, page, builder=initiative_data, language: str = "en", **overrides):
        started = started_value(self.open(page, language).content.decode())
        return self.send(page, builder(started, **overrides), language)


@pytest.fixture
def reader(client, django_capture_on_commit_callbacks):
    return Reader(client, django_capture_on_commit_callbacks)


def access_link(response) -> str:
    """The path of the access link shown on the thank-you page."""
    match = re.search(r'href="https?://[^/"]+(/[a-z-]+/contribute/access/[^"/]+/)"', response.content.decode())
    assert match, visible_text(response.content)[:2000]
    return match.group(1)
