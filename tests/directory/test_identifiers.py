"""Stable public identifiers of directory entries, and the DOI that is pending until minted."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from directory.models import IdentifierSequence
from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.utils import all_text, visible_text

pytestmark = pytest.mark.django_db

DOI_PATTERN = re.compile(r"\b10\.\d{4,9}/\S+")


def test_initiative_gets_a_public_id_and_submission_time_on_creation(taxonomy):
    before = timezone.now()
    page = InitiativePageFactory()
    assert re.fullmatch(r"IPSP-I-\d{6}", page.public_id)
    assert page.first_submitted_at is not None
    assert before - timedelta(seconds=1) <= page.first_submitted_at <= timezone.now()


def test_two_initiatives_get_different_ids_in_sequence(taxonomy):
    first = InitiativePageFactory()
    second = InitiativePageFactory()
    assert first.public_id != second.public_id
    assert int(second.public_id[-6:]) == int(first.public_id[-6:]) + 1
    assert IdentifierSequence.objects.get(name="IPSP-I").last_value == int(second.public_id[-6:])


def test_actors_have_their_own_prefix(taxonomy):
    actor = ActorPageFactory()
    assert re.fullmatch(r"IPSP-A-\d{6}", actor.public_id)


def test_id_and_submission_time_survive_edits(taxonomy):
    page = InitiativePageFactory()
    public_id, submitted = page.public_id, page.first_submitted_at
    page.title = "Community land trust of Kibera (renamed)"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.public_id == public_id
    assert page.first_submitted_at == submitted


def test_translations_and_aliases_keep_the_public_id(taxonomy, translate):
    page = InitiativePageFactory()
    arabic = translate(page, "ar", title="صندوق أراضي مجتمع كيبيرا")
    french = translate(page, "fr", alias=True)
    assert arabic.public_id == page.public_id
    assert french.public_id == page.public_id
    assert arabic.first_submitted_at == page.first_submitted_at
    # Translating did not consume a number of the sequence.
    assert IdentifierSequence.objects.get(name="IPSP-I").last_value == int(page.public_id[-6:])


def test_deleted_ids_are_not_reused(taxonomy):
    first = InitiativePageFactory()
    first_id = first.public_id
    first.delete()
    assert InitiativePageFactory().public_id != first_id


def test_page_shows_the_public_id_and_a_pending_doi(client, taxonomy):
    page = InitiativePageFactory()
    assert page.doi == ""
    response = client.get(page.url)
    assert response.status_code == 200
    shown = visible_text(response.content)
    assert page.public_id in shown
    assert "DOI" in shown
    assert "pending" in shown.lower()
    assert not DOI_PATTERN.search(all_text(response.content)), "a DOI is shown before one was minted"


def test_arabic_page_shows_the_same_public_id(client, taxonomy, translate):
    page = InitiativePageFactory()
    arabic = translate(page, "ar", title="صندوق أراضي مجتمع كيبيرا")
    assert page.public_id in visible_text(client.get(arabic.url).content)
