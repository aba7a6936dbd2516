"""The settings modes (cms/settings.py): embedded defaults, or services chosen by variables.

Each case imports the settings in a fresh interpreter whose environment holds only the
variables of the case (nothing is inherited from the shell that runs the tests).
"""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit

import pytest

from tests.utils import PROJECT_ROOT, PROJECT_VARIABLES, clean_environment, run_python

PRINT_SETTINGS = """
import json
import os
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings"
from django.conf import settings
database = settings.DATABASES["default"]
search = settings.WAGTAILSEARCH_BACKENDS["default"]
print(json.dumps({
    "database_engine": database["ENGINE"],
    "database_name": str(database["NAME"]),
    "database_host": database.get("HOST", ""),
    "search_backend": search["BACKEND"],
    "search_urls": search.get("URLS", []),
    "celery_eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "celery_broker": settings.CELERY_BROKER_URL,
    "celery_result_backend": settings.CELERY_RESULT_BACKEND,
    "email_backend": settings.EMAIL_BACKEND,
    "email_host": settings.EMAIL_HOST,
    "email_port": settings.EMAIL_PORT,
    "cache_backend": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION", ""),
    "debug": settings.DEBUG,
    "allowed_hosts": settings.ALLOWED_HOSTS,
}))
"""

SERVICES = {
    "DATABASE_URL": "postgres://u@h:5432/db",
    "ELASTICSEARCH_URL": "http://es:9200",
    "CELERY_BROKER_URL": "redis://r:6379/0",
    "EMAIL_URL": "smtp://mail:25",
}


@pytest.fixture
def settings_in(tmp_path):
    if (PROJECT_ROOT / ".env").exists():
        pytest.skip("a .env file in the project root overrides the embedded defaults")

    def read(**variables: str) -> dict:
        result = run_python(["-c", PRINT_SETTINGS], clean_environment(tmp_path, **variables))
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1])

    return read


def test_embedded_defaults(settings_in):
    values = settings_in()
    assert values["database_engine"] == "django.db.backends.sqlite3"
    assert values["database_name"] == str(PROJECT_ROOT / "db.sqlite3")
    assert values["search_backend"] == "search.backends.database"
    assert values["celery_eager"] is True
    assert values["email_backend"] == "django.core.mail.backends.console.EmailBackend"
    assert values["cache_backend"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["debug"] is True


def test_services_chosen_by_variables(settings_in):
    values = settings_in(**SERVICES)
    assert values["database_engine"] == "django.db.backends.postgresql"
    assert values["database_name"] == "db"
    assert values["database_host"] == "h"
    assert values["search_backend"] == "search.backends.elasticsearch"
    assert values["search_urls"] == ["http://es:9200"]
    assert values["celery_eager"] is False
    assert values["celery_broker"] == "redis://r:6379/0"
    assert values["email_backend"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["email_host"] == "mail"
    assert values["email_port"] == 25
    assert values["cache_backend"] == "django_redis.cache.RedisCache"
    assert values["cache_location"] == "redis://r:6379/0"


def test_a_worker_can_return_results_when_the_broker_is_redis(settings_in):
    """`cms.ping.delay().get()` needs a result backend; Redis keeps the results."""
    values = settings_in(CELERY_BROKER_URL="redis://r:6379/2")
    assert values["celery_result_backend"].startswith("redis://r:6379")
    assert settings_in()["celery_result_backend"] in (None, "")


def test_redis_url_serves_the_cache_rather_than_the_broker(settings_in):
    values = settings_in(REDIS_URL="redis://cache:6379/1", CELERY_BROKER_URL="redis://r:6379/2")
    assert values["cache_backend"] == "django_redis.cache.RedisCache"
    assert values["cache_location"] == "redis://cache:6379/1"


def test_a_non_redis_broker_leaves_the_cache_local(settings_in):
    values = settings_in(CELERY_BROKER_URL="amqp://guest@rabbit:5672//")
    assert values["celery_eager"] is False
    assert values["cache_backend"] == "django.core.cache.backends.locmem.LocMemCache"


def test_comma_separated_allowed_hosts(settings_in):
    values = settings_in(ALLOWED_HOSTS="ipsp.example.org, www.ipsp.example.org")
    assert values["allowed_hosts"] == ["ipsp.example.org", "www.ipsp.example.org"]


def test_debug_can_be_turned_off_in_development(settings_in):
    assert settings_in(DEBUG="false")["debug"] is False


@pytest.mark.services
@pytest.mark.django_db
def test_the_suite_runs_on_postgresql(services_database):
    from django.db import connection

    assert connection.vendor == "postgresql"


@pytest.mark.services
@pytest.mark.django_db
def test_services_mode_reaches_redis_and_postgresql(tmp_path, services_database, redis_url):
    """The project's own settings, from the CI variables, reach the real services."""
    from django.db import connection

    variables = {name: os.environ[name] for name in PROJECT_VARIABLES if name in os.environ}
    # The same server, but the test database pytest-django created on it.
    test_database = connection.settings_dict["NAME"]
    variables["DATABASE_URL"] = urlsplit(services_database)._replace(path=f"/{test_database}").geturl()
    code = """
import json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings"
import django
django.setup()
from django.core.cache import cache
from django.db import connection
from wagtail.models import Locale
cache.set("ipsp-services-check", "ok", 30)
print(json.dumps({
    "cache": cache.get("ipsp-services-check"),
    "vendor": connection.vendor,
    "locales": Locale.objects.count(),
}))
"""
    result = run_python(["-c", code], clean_environment(tmp_path, **variables))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "cache": "ok",
        "vendor": "postgresql",
        "locales": 10,
    }
