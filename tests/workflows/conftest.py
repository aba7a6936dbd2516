"""Fixtures of the workflow tests: the people of each role (tests/workflows/people.py) and the
submission fixtures of the directory tests, reused to start entries the way contributors do."""

import pytest

from tests.directory.conftest import form_pages, reader, screening_rules  # noqa: F401
from tests.workflows.people import outsider, secretariat  # noqa: F401


@pytest.fixture(autouse=True)
def _notifications_in_process(tasks_in_process):
    """The e-mails these tests read are written by Celery tasks: run them here."""
