"""The periodic digest: a contributor chooses themes, countries and a frequency on their access
page, and receives what was first published on them since the last digest, in their language."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from directory.contributor_data import erase_personal_data, export_data
from directory.digest import send_due_digests
from directory.models import Contributor, InitiativePage
from directory.tasks import send_digests
from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.factories.base import countries, themes
from tests.utils import visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_in_process")]

EMAIL = "amelie.lecteur@example.org"


@pytest.fixture
def contributor(taxonomy):
    """A French-speaking contributor with an access link (no entries needed for a digest)."""
    person = Contributor.objects.create(name="Amélie", email=EMAIL, language="fr")
    person.raw_token = person.issue_token()
    return person


def digest_url(contributor, language="fr") -> str:
    return f"/{language}/contribute/access/{contributor.raw_token}/digest/"


def follow(contributor, frequency="weekly", theme_slugs=("living-wages",), country_codes=(), days_ago=8):
    """A digest profile whose period started `days_ago` days ago."""
    contributor.digest_frequency = frequency
    contributor.digest_sent_at = timezone.now() - timedelta(days=days_ago)
    contributor.save()
    contributor.digest_themes.set(themes(*theme_slugs))
    contributor.digest_countries.set(countries(*country_codes))


def links(body: str) -> list[str]:
    return re.findall(r"https?://\S+", body)


# --- The profile on the access page -------------------------------------------------------


def test_the_access_page_links_to_the_digest_form(client, contributor):
    response = client.get(f"/en/contribute/access/{contributor.raw_token}/")
    assert response.status_code == 200
    assert f'href="/en/contribute/access/{contributor.raw_token}/digest/"' in response.content.decode()


def test_the_digest_form_saves_the_profile(client, contributor):
    page = client.get(digest_url(contributor, "en"))
    assert page.status_code == 200
    assert page["Cache-Control"] == "no-store" and page["Referrer-Policy"] == "no-referrer"
    assert "noindex" in page["X-Robots-Tag"]
    assert not page.cookies
    assert "Digest of new entries" in visible_text(page.content)

    response = client.post(
        digest_url(contributor, "en"),
        {"frequency": "weekly", "themes": ["living-wages"], "countries": ["KE", "BR"]},
    )
    assert response.status_code == 200
    assert not response.cookies
    assert "Saved: your first digest covers what is published from now on." in visible_text(response.content)
    contributor.refresh_from_db()
    assert contributor.digest_frequency == "weekly"
    assert [theme.slug for theme in contributor.digest_themes.all()] == ["living-wages"]
    assert sorted(country.code for country in contributor.digest_countries.all()) == ["BR", "KE"]
    assert contributor.digest_sent_at is not None, "the first period starts when the digest is set up"

    again = client.get(digest_url(contributor, "en")).content.decode()
    assert re.search(r'value="weekly"[^>]*checked', again), "the saved choices are shown again"
    assert re.search(r'value="living-wages"[^>]*checked', again)


def test_stopping_the_digest(client, contributor):
    follow(contributor)
    response = client.post(digest_url(contributor, "en"), {"frequency": "never"})
    assert "Saved: you will receive no digest." in visible_text(response.content)
    contributor.refresh_from_db()
    assert contributor.digest_frequency == "never" and contributor.digest_sent_at is None


def test_form_errors_are_shown_in_the_readers_language_and_nothing_is_saved(client, contributor):
    response = client.post(digest_url(contributor), {"frequency": "weekly"})
    assert response.status_code == 200
    text = visible_text(response.content)
    assert "Il y a 1 problème dans ce que vous avez envoyé" in text
    assert "Thèmes" in text and "Zones et pays" in text

    response = client.post(digest_url(contributor), {"frequency": "weekly", "countries": ["XX"]})
    assert "Sélectionnez un choix valide" in visible_text(response.content)
    contributor.refresh_from_db()
    assert contributor.digest_frequency == "never"
    assert not contributor.digest_countries.exists()


def test_the_token_can_travel_in_a_header_and_a_wrong_one_is_a_404(client, contributor):
    assert client.get("/en/contribute/access/digest/").status_code == 404
    response = client.get(
        "/en/contribute/access/digest/", headers={"X-IPSP-Access-Token": contributor.raw_token}
    )
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert client.get("/en/contribute/access/not-a-token/digest/").status_code == 404
    assert client.post("/en/contribute/access/not-a-token/digest/", {"frequency": "never"}).status_code == 404


# --- The e-mail -----------------------------------------------------------------------------


def test_a_french_contributor_gets_french_text_and_links_to_french_pages(contributor, translate):
    follow(contributor, theme_slugs=("living-wages",))
    initiative = InitiativePageFactory(title="Community land trust of Kibera")
    french = translate(initiative, "fr", title="Fiducie foncière communautaire de Kibera")
    actor = ActorPageFactory(title="Alliance for Decent Work")  # not translated: the original

    assert send_digests.delay().get() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [EMAIL]
    assert "Fiducie foncière communautaire de Kibera" in message.body
    assert "Community land trust of Kibera" not in message.body
    assert "Acteurs" in message.body, "the headings are in French"
    assert "Alliance for Decent Work" in message.body
    urls = links(message.body)
    assert any(url.endswith(french.url) and "/fr/" in url for url in urls)
    assert any(url.endswith(actor.url) and "/en/" in url for url in urls), "no translation: the original"
    assert all(url.startswith("http") for url in urls), "links are absolute"
    assert "contribute/access" not in message.body, "no access token in a task's e-mail"

    contributor.refresh_from_db()
    assert contributor.digest_sent_at > timezone.now() - timedelta(minutes=1)


def test_only_entries_on_the_chosen_themes_or_countries_are_sent(contributor):
    follow(contributor, theme_slugs=("living-wages",), country_codes=("IN",))
    InitiativePageFactory(title="On the theme", themes=themes("living-wages"), countries=countries("KE"))
    InitiativePageFactory(title="In the country", themes=themes("cities-social-progress"), countries=countries("IN"))
    InitiativePageFactory(title="Elsewhere", themes=themes("cities-social-progress"), countries=countries("BR"))
    InitiativePageFactory(title="Still a draft", publish=False)

    send_due_digests()
    body = mail.outbox[0].body
    assert "On the theme" in body and "In the country" in body
    assert "Elsewhere" not in body and "Still a draft" not in body


def test_nothing_is_sent_when_nothing_matches(contributor):
    follow(contributor, theme_slugs=("living-wages",))
    InitiativePageFactory(themes=themes("cities-social-progress"), countries=countries("BR"))
    assert send_due_digests() == 0
    assert mail.outbox == []
    contributor.refresh_from_db()
    assert contributor.digest_sent_at > timezone.now() - timedelta(minutes=1), "the period moves on"


def test_a_digest_is_not_sent_again_within_its_period(contributor):
    follow(contributor)
    InitiativePageFactory(title="First news")
    now = timezone.now()
    assert send_due_digests(now) == 1

    later = InitiativePageFactory(title="Second news")
    InitiativePage.objects.filter(pk=later.pk).update(first_published_at=now + timedelta(days=2))
    assert send_due_digests(now + timedelta(days=3)) == 0, "a weekly digest waits a week"
    assert send_due_digests(now + timedelta(days=7)) == 1
    assert len(mail.outbox) == 2
    assert "Second news" in mail.outbox[1].body and "First news" not in mail.outbox[1].body


def test_a_monthly_digest_waits_a_month_and_never_means_never(contributor, taxonomy):
    follow(contributor, frequency="monthly", days_ago=8)
    other = Contributor.objects.create(email="never@example.org", language="en")
    other.digest_themes.set(themes("living-wages"))
    InitiativePageFactory()
    assert send_due_digests() == 0
    assert send_due_digests(timezone.now() + timedelta(days=23)) == 1
    assert [message.to for message in mail.outbox] == [[EMAIL]]


def test_an_old_entry_translated_lately_is_not_new(contributor, translate):
    follow(contributor)
    initiative = InitiativePageFactory(title="Old news")
    InitiativePage.objects.filter(pk=initiative.pk).update(
        first_published_at=timezone.now() - timedelta(days=30)
    )
    translate(initiative, "fr", title="Vieille nouvelle")
    assert send_due_digests() == 0


def test_erased_contributors_get_no_digest(contributor):
    follow(contributor)
    InitiativePageFactory()
    erase_personal_data(contributor, withdraw=False)
    assert send_due_digests() == 0


# --- The contributor's data -----------------------------------------------------------------


def test_the_export_holds_the_profile_and_erasure_clears_it(contributor):
    follow(contributor, theme_slugs=("living-wages",), country_codes=("KE",))
    exported = export_data(contributor)["contributor"]["digest"]
    assert exported["frequency"] == "weekly"
    assert exported["themes"] == ["living-wages"] and exported["countries"] == ["KE"]
    assert exported["last_sent_at"]

    erase_personal_data(contributor, withdraw=False)
    contributor.refresh_from_db()
    assert contributor.digest_frequency == "never"
    assert contributor.digest_sent_at is None
    assert not contributor.digest_themes.exists() and not contributor.digest_countries.exists()
