"""`manage.py load_demo` (cms/demo.py and the apps' demo modules): enough content to explore
every feature, translations into French, Arabic and Chinese, and a second run that changes
nothing. Slow (it builds the whole demonstration site), but part of the normal suite."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

from cms.models import Theme
from directory.demo_data.search_words import SEARCH_WORDS
from directory.models import ActorPage, InitiativePage
from search.languages import UNSTEMMED_CONFIG, search_language

pytestmark = pytest.mark.django_db

TRANSLATED_LANGUAGES = ("fr", "ar", "zh-hans", "bn", "hi", "ja", "pt", "ru", "sw")


def _load_demo(capture) -> str:
    out = StringIO()
    # wagtail-localize publishes translations when the transaction commits.
    with capture(execute=True):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def _english(model):
    return model.objects.live().filter(locale__language_code="en")


def _themes_used() -> set[str]:
    used: set[str] = set()
    for model in {type(page) for page in Page.objects.live().specific()}:
        if "themes" in getattr(model, "taxonomy_fields", ()):
            for page in _english(model).prefetch_related("themes"):
                used.update(theme.slug for theme in page.themes.all())
    return used


def test_load_demo_twice(client, django_capture_on_commit_callbacks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the cover images
    first_output = _load_demo(django_capture_on_commit_callbacks)
    assert re.search(r"\b[1-9]\d* created\b", first_output), first_output

    # Enough content to explore every directory and every theme.
    assert _english(InitiativePage).count() >= 60
    assert _english(ActorPage).count() >= 30
    countries = set()
    for model in (InitiativePage, ActorPage):
        for page in _english(model).prefetch_related("countries"):
            countries.update(country.code for country in page.countries.all())
    assert len(countries) >= 25
    all_themes = set(Theme.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    assert len(all_themes) == 14
    assert _themes_used() == all_themes

    # Pages really translated (not aliases) into French, Arabic and Chinese, and readable.
    for code in TRANSLATED_LANGUAGES:
        translated = [
            page
            for page in Page.objects.live().filter(
                locale__language_code=code, alias_of__isnull=True, depth__gt=1
            )
            if (source := page.get_translations().filter(locale__language_code="en").first())
            and source.title != page.title
        ]
        assert translated, f"no page really translated into {code}"
        assert client.get(translated[0].url).status_code == 200
    initiative = _english(InitiativePage).first()
    assert client.get(initiative.url).status_code == 200
    assert initiative.get_translations().filter(locale__language_code="ar").live().exists()

    _a_query_in_each_language_finds_the_demo_entries_written_in_it()

    # The second run creates nothing and changes nothing.
    pages = Page.objects.count()
    live_pages = Page.objects.live().count()
    revisions = Revision.objects.count()
    ids = sorted(InitiativePage.objects.values_list("public_id", flat=True))

    second_output = _load_demo(django_capture_on_commit_callbacks)

    assert re.search(r"(?<![\d])0 created\b", second_output), second_output
    assert Page.objects.count() == pages
    assert Page.objects.live().count() == live_pages
    assert Revision.objects.count() == revisions
    assert sorted(InitiativePage.objects.values_list("public_id", flat=True)) == ids


def _a_query_in_each_language_finds_the_demo_entries_written_in_it():
    backend = get_search_backend()
    for model in (InitiativePage, ActorPage):
        backend.add_bulk(model, list(model.objects.live()))
    stems = connection.vendor == "postgresql"
    missed = {}
    for language, words in SEARCH_WORDS.items():
        locale = Locale.objects.get(language_code=language)
        for word in words:
            if word.inflected and not (stems and search_language(language).postgres_config != UNSTEMMED_CONFIG):
                continue
            with translation.override(language):
                pages = Page.objects.live().filter(locale=locale).type(InitiativePage, ActorPage)
                found = [page.slug for page in pages.search(word.query)]
            if word.finds not in found:
                missed[(language, word.query)] = found[:5]
    assert missed == {}
