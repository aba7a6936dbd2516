"""The Celery application: `celery -A cms worker` runs the project's own background tasks."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

app = Celery("ipsp")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(name="cms.ping")
def ping() -> str:
    """A trivial task that proves a worker is listening (used by health checks and CI)."""
    return "pong"
