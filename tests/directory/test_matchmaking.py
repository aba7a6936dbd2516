"""Matchmaking with double opt-in: opted-in actors with similar or complementary agendas are told
about each other, one side first; contact details go out only when both accept, by e-mail, and
no e-mail address ever appears on a public page or in the API."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from directory import matchmaking
from directory.models import ActorPage, Introduction
from directory.tasks import suggest_introductions
from tests.directory.conftest import actor_data
from tests.factories import ActorIndexPageFactory, ActorPageFactory
from tests.factories.base import countries, themes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tasks_in_process")]

ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def actor(title, email, *, kind=ActorPage.Kind.NGO, theme_slugs=("living-wages",), country_codes=("KE",), **extra):
    return ActorPageFactory(
        title=title,
        kind=kind,
        contact_name=f"Contact of {title}",
        contact_email=email,
        introductions_opt_in=extra.pop("opt_in", True),
        themes=themes(*theme_slugs),
        countries=countries(*country_codes),
        **extra,
    )


@pytest.fixture
def actors(taxonomy):
    """Alliance and Verde share two themes (similar); Alliance and Solar share a theme and a
    country as different kinds (complementary); Quiet would match but has not opted in."""
    alliance = actor(
        "Alliance for Decent Work", "alliance@example.org",
        theme_slugs=("living-wages", "cities-social-progress"), country_codes=("KE",),
    )
    verde = actor(
        "Cooperativa Verde", "verde@example.org",
        theme_slugs=("living-wages", "cities-social-progress"), country_codes=("BR",),
    )
    solar = actor(
        "Solar Traders Ltd", "solar@example.org", kind=ActorPage.Kind.BUSINESS,
        theme_slugs=("living-wages",), country_codes=("KE",),
    )
    quiet = actor(
        "Quiet Collective", "quiet@example.org", opt_in=False,
        theme_slugs=("living-wages", "cities-social-progress"), country_codes=("KE",),
    )
    return alliance, verde, solar, quiet


def pair(a, b) -> Introduction:
    return Introduction.objects.get(first__in=[a, b], second__in=[a, b])


def answer_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/[a-z-]+/contribute/introductions/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def messages_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def assert_private(response):
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"]
    assert not response.cookies


# --- The opt-in -------------------------------------------------------------------------------


def test_the_registration_form_offers_the_opt_in_off_by_default(reader, form_pages):
    form = reader.open(form_pages.actor).content.decode()
    assert "IPSP may suggest introductions to actors with similar or complementary agendas." in form
    assert not re.search(r'name="introductions_opt_in"[^>]*checked', form)

    reader.register(form_pages.actor, builder=actor_data)
    assert ActorPage.objects.get(title="Mama Mboga Traders Network").introductions_opt_in is False
    reader.register(form_pages.actor, builder=actor_data, title="Open Traders", introductions_opt_in="on")
    assert ActorPage.objects.get(title="Open Traders").introductions_opt_in is True


def test_the_opt_in_is_private_and_synchronised_across_translations(client, actors, translate):
    alliance = actors[0]
    assert "introductions_opt_in" in ActorPage.restricted_fields
    french = translate(alliance, "fr", title="Alliance pour le travail décent")
    assert french.introductions_opt_in is True
    response = client.get("/api/v2/pages/", {"type": "directory.ActorPage", "fields": "introductions_opt_in"})
    assert response.status_code == 400, "not a field the API serves"


# --- Suggestions ------------------------------------------------------------------------------


def test_similar_and_complementary_pairs_of_opted_in_actors_are_found(actors):
    alliance, verde, solar, quiet = actors
    assert suggest_introductions.delay().get() == 2
    assert pair(alliance, verde).reason == Introduction.Reason.SIMILAR
    assert pair(alliance, solar).reason == Introduction.Reason.COMPLEMENTARY
    assert not Introduction.objects.filter(first=quiet).exists()
    assert not Introduction.objects.filter(second=quiet).exists()
    # Verde and Solar share one theme but no country: neither similar nor complementary.
    assert not Introduction.objects.filter(first__in=[verde, solar], second__in=[verde, solar]).exists()


def test_actors_without_contact_or_not_live_are_left_out(actors):
    alliance, verde, solar, _quiet = actors
    ActorPage.objects.filter(pk=verde.pk).update(contact_email="")
    solar.unpublish()
    assert matchmaking.suggest() == []


def test_the_same_kind_with_one_shared_theme_is_no_match(taxonomy):
    actor("One", "one@example.org")
    actor("Two", "two@example.org")
    assert matchmaking.suggest() == []


def test_one_introduction_per_pair_ever(actors):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    matchmaking.decline(introduction, "first")
    mail.outbox.clear()
    assert matchmaking.suggest() == []
    assert mail.outbox == []
    with pytest.raises(Exception):  # noqa: B017 (the database refuses, whatever the driver's error)
        Introduction.objects.create(
            first=introduction.second, second=introduction.first, reason="similar", first_token_hash="x" * 64
        )


def test_each_actor_gets_a_few_suggestions_per_run(taxonomy):
    crowd = [
        actor(f"Network {number}", f"n{number}@example.org", theme_slugs=("living-wages", "cities-social-progress"))
        for number in range(6)
    ]
    matchmaking.suggest(limit=3)
    for member in crowd:
        involved = Introduction.objects.filter(first=member).count() + Introduction.objects.filter(second=member).count()
        assert involved <= 3
    first_run = Introduction.objects.count()
    matchmaking.suggest(limit=3)
    assert Introduction.objects.count() > first_run, "the next run goes on where the cap stopped"


def test_only_the_first_side_is_told_and_learns_no_contact_detail(actors):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    first, second = introduction.first, introduction.second
    notices = messages_to(first.contact_email)
    assert len(notices) == 1 and messages_to(second.contact_email) == [], "the second side waits"
    body = notices[0].body
    assert second.title in notices[0].subject and second.title in body
    assert second.full_url in body, "the other actor's public page"
    assert answer_path(notices[0]).startswith("/en/contribute/introductions/")
    assert second.contact_email not in body and second.contact_name not in body
    assert not ADDRESS.search(body), "no e-mail address at all in a notice"


def test_the_notice_goes_out_in_the_language_of_the_actors_page(taxonomy, home_page, translate):
    french_index = translate(ActorIndexPageFactory(), "fr", title="Acteurs")
    english = actor("Alliance for Decent Work", "alliance@example.org", theme_slugs=("living-wages", "cities-social-progress"))
    french = actor(
        "Réseau des coopératives", "reseau@example.org", parent=french_index,
        theme_slugs=("living-wages", "cities-social-progress"),
    )
    assert french.locale.language_code == "fr"
    matchmaking.suggest()
    introduction = pair(english, french)
    assert introduction.first == french, "the newer entry is asked first"
    notice = messages_to("reseau@example.org")[0]
    assert answer_path(notice).startswith("/fr/contribute/introductions/")
    assert "Plateforme internationale pour le progrès social" in notice.body


# --- Answers ---------------------------------------------------------------------------------


def test_both_accept_and_only_then_each_gets_the_others_contact(client, actors, django_capture_on_commit_callbacks):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    first, second = introduction.first, introduction.second
    first_link = answer_path(messages_to(first.contact_email)[0])
    mail.outbox.clear()

    page = client.get(first_link)
    assert page.status_code == 200
    assert_private(page)
    html = page.content.decode()
    assert second.title in html and 'value="accept"' in html and 'value="decline"' in html
    assert 'method="post"' in html
    assert not ADDRESS.search(html)
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.PROPOSED and not introduction.first_accepted_at, "GET changes nothing"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(first_link, {"answer": "accept"})
    assert_private(response)
    assert "You accepted." in response.content.decode()
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.ACCEPTED_BY_FIRST and introduction.first_accepted_at
    assert [message.to for message in mail.outbox] == [[second.contact_email]], "now the second side is asked"
    notice = mail.outbox[0]
    assert first.title in notice.body and "has already accepted" in notice.body
    assert first.contact_email not in notice.body and first.contact_name not in notice.body
    second_link = answer_path(notice)
    assert second_link != first_link
    mail.outbox.clear()

    assert client.get(second_link).status_code == 200
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(second_link, {"answer": "accept"})
    assert not ADDRESS.search(response.content.decode()), "contacts go by e-mail, never on a page"
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.CONNECTED
    to_first, to_second = messages_to(first.contact_email), messages_to(second.contact_email)
    assert len(to_first) == len(to_second) == 1 and len(mail.outbox) == 2
    assert second.contact_email in to_first[0].body and second.contact_name in to_first[0].body
    assert first.contact_email in to_second[0].body and first.contact_name in to_second[0].body

    # Answering again changes nothing and sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(first_link, {"answer": "decline"})
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.CONNECTED and len(mail.outbox) == 2


def test_a_decline_by_the_first_side_ends_it_silently(client, actors, django_capture_on_commit_callbacks):
    alliance, _verde, solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, solar)
    link = answer_path(messages_to(introduction.first.contact_email)[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"answer": "decline"})
    assert "You declined this introduction." in response.content.decode()
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.DECLINED and introduction.first_declined_at
    assert mail.outbox == [], "the other side never hears of it"
    assert 'value="accept"' not in client.get(link).content.decode()


def test_a_decline_by_the_second_side_is_not_told_to_the_first(client, actors, django_capture_on_commit_callbacks):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    first_link = answer_path(messages_to(introduction.first.contact_email)[0])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(first_link, {"answer": "accept"})
    second_link = answer_path(messages_to(introduction.second.contact_email)[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(second_link, {"answer": "decline"})
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.DECLINED and introduction.second_declined_at
    assert mail.outbox == []
    first_view = client.get(first_link).content.decode()
    assert "You accepted." in first_view and "declined" not in first_view.lower()


def test_an_actor_that_opts_out_meanwhile_gets_no_contact(client, actors, django_capture_on_commit_callbacks):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    link = answer_path(messages_to(introduction.first.contact_email)[0])
    ActorPage.objects.filter(pk=introduction.second.pk).update(introductions_opt_in=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, {"answer": "accept"})
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.CLOSED
    assert mail.outbox == []


def _first_link(introduction) -> str:
    """A fresh link for the first side (the test cannot read the stored hash back)."""
    raw, digest = Introduction.new_token()
    Introduction.objects.filter(pk=introduction.pk).update(first_token_hash=digest)
    return f"/en/contribute/introductions/{raw}/"


def test_wrong_tokens_and_bad_answers(client, actors):
    matchmaking.suggest()
    assert client.get("/en/contribute/introductions/not-a-token/").status_code == 404
    assert client.post("/en/contribute/introductions/not-a-token/", {"answer": "accept"}).status_code == 404
    assert client.get(f"/en/contribute/introductions/{'x' * 300}/").status_code == 404
    introduction = Introduction.objects.first()
    link = _first_link(introduction)
    response = client.post(link, {"answer": "maybe"})
    assert response.status_code == 200 and "Choose whether you accept or decline" in response.content.decode()
    introduction.refresh_from_db()
    assert introduction.status == Introduction.Status.PROPOSED


def test_tokens_are_stored_hashed_only(actors):
    matchmaking.suggest()
    introduction = Introduction.objects.first()
    raw = answer_path(messages_to(introduction.first.contact_email)[0]).rstrip("/").rsplit("/", 1)[1]
    assert raw not in (introduction.first_token_hash, introduction.second_token_hash)
    assert Introduction.for_token(raw) == (introduction, "first")


# --- Nothing public ---------------------------------------------------------------------------


def test_no_e_mail_address_on_public_pages_or_in_the_api(client, actors, django_capture_on_commit_callbacks):
    alliance, verde, _solar, _quiet = actors
    matchmaking.suggest()
    introduction = pair(alliance, verde)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_first_link(introduction), {"answer": "accept"})
    responses = [
        client.get(alliance.url),
        client.get(verde.url),
        client.get(alliance.get_parent().url),
        client.get("/api/v2/pages/", {"type": "directory.ActorPage", "fields": "*"}),
        client.get(f"/api/v2/pages/{alliance.pk}/", {"fields": "*"}),
        client.get("/api/v3/pages/", {"type": "directory.ActorPage"}),
    ]
    for response in responses:
        assert response.status_code == 200
        text = response.content.decode()
        assert not ADDRESS.search(text), f"an e-mail address in {response.request['PATH_INFO']}"
        assert "introductions_opt_in" not in text


def test_the_admin_register_shows_no_token_or_address(admin_client, actors):
    matchmaking.suggest()
    introduction = Introduction.objects.first()
    listing = admin_client.get("/admin/directory/introduction/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert introduction.first.title in html
    assert introduction.first_token_hash not in html
    assert "@example.org" not in html
    inspect = admin_client.get(f"/admin/directory/introduction/inspect/{introduction.pk}/")
    assert inspect.status_code == 200
    assert introduction.first_token_hash not in inspect.content.decode()
    assert "@example.org" not in inspect.content.decode()
    assert admin_client.get("/admin/directory/introduction/create/").status_code in (302, 403)
