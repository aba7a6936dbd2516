"""Fixtures of the whole suite.

- The test database is created from the migrations (ten locales, the English home page as
  the site root) and the taxonomy is seeded into it once per session; each test then runs in
  a transaction over it.
- Every test gets the test habits: MD5 password hashing, an empty local-memory cache, and
  search indexing off unless the test turns it on (`search_backend`).
- Tests marked `browser` skip without Chromium and Playwright, except in CI (`CI=true`) where
  a missing browser is a failure. Tests marked `services` skip unless DATABASE_URL points at
  PostgreSQL (the services pass of `.ci/run` sets it, with IPSP_REQUIRE_SERVICES=true, which
  turns a missing service variable into a failure).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from cms.locales import forget_locales
from tests import utils

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TEST_CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ipsp-tests"}
}
DATABASE_SEARCH = {"BACKEND": "search.backends.database"}


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off")


def in_ci() -> bool:
    return _flag("CI")


def pytest_configure(config):
    # WhiteNoise warns at every request in tests: STATIC_ROOT exists only after collectstatic.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


def _baseline_present() -> bool:
    """Whether the test database holds what the migrations create (a flush empties it)."""
    from wagtail.models import Locale, Site

    return (
        Locale.objects.count() == 10
        and Site.objects.filter(is_default_site=True, root_page__content_type__app_label="home").exists()
    )


# --- Database -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """pytest-django's test database, plus the taxonomy, seeded once for the whole session.

    A reused database (`--reuse-db`) that a transactional test of an earlier run flushed
    has lost the migrations' content (locales, home page); it is then created afresh.
    """
    from django.test.utils import setup_databases, teardown_databases

    from cms.taxonomy_seed import seed_taxonomy

    verbosity = request.config.option.verbose
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        db_cfg = setup_databases(
            verbosity=verbosity, interactive=False, keepdb=keepdb, serialized_aliases=set()
        )
        if not _baseline_present():
            teardown_databases(db_cfg, verbosity=verbosity)
            db_cfg = setup_databases(
                verbosity=verbosity, interactive=False, keepdb=False, serialized_aliases=set()
            )
        # Terms are not searched by any test: skip indexing them (most of the seed's time).
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": {**DATABASE_SEARCH, "AUTO_UPDATE": False}}):
            seed_taxonomy()

    yield

    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(db_cfg, verbosity=verbosity)


@pytest.fixture(autouse=True)
def _test_habits(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = TEST_CACHES
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    cache.clear()
    forget_locales()
    yield
    cache.clear()
    # A request leaves its language active in the thread; the next test starts in English.
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture
def tasks_in_process():
    """The project's Celery tasks run in the test's process and database, as on the embedded
    defaults. In the services pass a broker is configured, and `.delay()` would hand them to
    CI's worker, whose database is not the test's."""
    from cms.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def search_backend(settings):
    """Wagtail's database search backend with indexing on save (for the tests of search)."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**DATABASE_SEARCH, "AUTO_UPDATE": True}}
    from wagtail.search.backends import get_search_backend

    return get_search_backend()


# --- Content ------------------------------------------------------------------------------


@pytest.fixture
def locales(db):
    """The ten locales created by cms/migrations/0003_locales.py, by language code."""
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(db):
    """The English home page created by home/migrations/0002_create_homepage.py."""
    from tests.factories.base import english_home

    return english_home()


@pytest.fixture
def translate():
    """`translate(page, "ar", title=...)`: a published translation; `alias=True` for an alias."""
    return utils.translate


@pytest.fixture
def taxonomy(db):
    """The seeded taxonomy (English rows), by slug; countries by ISO code."""
    from cms.models import (
        Activity,
        AgendaComponent,
        Audience,
        Country,
        Discipline,
        Domain,
        ProjectType,
        Theme,
    )
    from cms.taxonomy_seed import seed_taxonomy

    if not Theme.objects.exists():  # a transactional test's database starts empty of it
        seed_taxonomy()

    def english(model):
        return {term.slug: term for term in model.objects.filter(locale__language_code="en")}

    return SimpleNamespace(
        themes=english(Theme),
        components=english(AgendaComponent),
        domains=english(Domain),
        disciplines=english(Discipline),
        project_types=english(ProjectType),
        activities=english(Activity),
        audiences=english(Audience),
        countries={country.code: country for country in Country.objects.all()},
    )


# --- Browser and services -----------------------------------------------------------------


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason}; CI is set, so this test must run.", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Debian's Chromium and the Playwright package, or a skip (a failure in CI)."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright package is not installed")
    return str(CHROMIUM)


@pytest.fixture
def browser(chromium_executable, monkeypatch):
    """Debian's Chromium driven by Playwright, with the flags this machine needs."""
    # The live server runs Django in a thread beside Playwright's event loop.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _service_unavailable(reason: str) -> None:
    if _flag("IPSP_REQUIRE_SERVICES"):
        pytest.fail(f"{reason}; IPSP_REQUIRE_SERVICES is set, so this test must run.", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def services_database() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        _service_unavailable("needs PostgreSQL: set DATABASE_URL=postgres://… (the services pass of .ci/run does)")
    return url


@pytest.fixture(scope="session")
def celery_broker(services_database) -> str:
    url = os.environ.get("CELERY_BROKER_URL", "")
    if not url:
        _service_unavailable(
            "needs a Celery broker and a worker: set CELERY_BROKER_URL (the services pass of .ci/run does)"
        )
    return url


@pytest.fixture(scope="session")
def redis_url(services_database) -> str:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        _service_unavailable("needs REDIS_URL (the services pass of .ci/run sets it)")
    return url


@pytest.fixture(autouse=True)
def _marker_requirements(request):
    if request.node.get_closest_marker("browser"):
        request.getfixturevalue("chromium_executable")
    if request.node.get_closest_marker("services"):
        request.getfixturevalue("services_database")
