"""Organisations named in an initiative are matched to existing actors (name without case,
accents or punctuation, plus country) or created once as draft actors."""

from __future__ import annotations

import pytest

from directory.models import ActorPage, InitiativePage, name_key
from tests.directory.conftest import rows
from tests.factories.directory import ActorPageFactory

pytestmark = pytest.mark.django_db


def test_name_keys_ignore_case_accents_and_punctuation():
    assert name_key("Coopérative  VERTE, S.A.") == name_key("cooperative verte s a")
    assert name_key("Ça Va!") == "ca va"
    assert name_key("Água Viva") != name_key("Agua Vivas")


def test_an_existing_actor_is_linked_not_duplicated(reader, form_pages):
    from cms.models import Country

    existing = ActorPageFactory(title="Coopérative Verte")
    existing.countries = [Country.objects.get(code="SN")]
    existing.save_revision().publish()

    reader.register(
        form_pages.initiative,
        **rows("organisations", [{"name": "COOPERATIVE verte", "country": "SN"}]),
    )
    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    assert list(page.organisations.all()) == [existing]
    assert ActorPage.objects.filter(name_key="cooperative verte").count() == 1


def test_the_same_name_in_another_country_is_another_actor(reader, form_pages):
    from cms.models import Country

    senegal = ActorPageFactory(title="Coopérative Verte")
    senegal.countries = [Country.objects.get(code="SN")]
    senegal.save_revision().publish()
    reader.register(form_pages.initiative, **rows("organisations", [{"name": "Cooperative Verte", "country": "FR"}]))
    assert ActorPage.objects.filter(name_key="cooperative verte").count() == 2


def test_repeated_submissions_create_no_duplicate_actors(reader, form_pages, screening_rules):
    screening_rules.duplicate_window_days = 0
    screening_rules.save()
    for number in range(3):
        reader.register(
            form_pages.initiative,
            title=f"Kiosk project {number}",
            contact_email=f"c{number}@example.org",
            **rows("organisations", [{"name": "Maji Safi Collective", "country": "KE"}, {"name": "maji safi collective", "country": "KE"}]),
        )
    actors = ActorPage.objects.filter(name_key="maji safi collective")
    assert actors.count() == 1
    assert all(list(p.organisations.all()) == [actors.get()] for p in InitiativePage.objects.all())
