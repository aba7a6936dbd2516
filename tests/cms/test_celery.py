"""The Celery application (cms/celery.py): tasks run eagerly on the embedded defaults, and a
real worker answers when a broker is configured (services pass of CI)."""

from __future__ import annotations

import json

import pytest

from tests.utils import PROJECT_ROOT, clean_environment, run_python

PING = """
import json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings"
import django
django.setup()
from cms.celery import app, ping
result = ping.delay()
print(json.dumps({"eager": app.conf.task_always_eager, "value": result.get(timeout=5)}))
"""


def test_ping_runs_eagerly_on_the_embedded_defaults(tmp_path):
    if (PROJECT_ROOT / ".env").exists():
        pytest.skip("a .env file in the project root overrides the embedded defaults")
    result = run_python(["-c", PING], clean_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"eager": True, "value": "pong"}


def test_ping_is_registered_under_its_public_name():
    from cms.celery import app

    app.loader.import_default_modules()
    assert "cms.ping" in app.tasks
    assert app.tasks["cms.ping"].apply().get() == "pong"


@pytest.mark.services
def test_a_real_worker_answers_ping(celery_broker):
    from cms.celery import app, ping

    assert not app.conf.task_always_eager, "tasks would run in this process, not in the worker"
    replies = app.control.inspect(timeout=5).ping() or {}
    assert replies, f"no Celery worker answers on {celery_broker}"

    result = ping.delay()
    assert result.get(timeout=30) == "pong"
    assert result.successful()
