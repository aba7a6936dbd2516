"""The Django project and the shared core of the IPSP platform."""

from cms.celery import app as celery_app

__all__ = ["celery_app"]
