"""Fixtures of the workflow tests: the people of each role (tests/workflows/people.py) and the
submission fixtures of the directory tests, reused to start entries the way contributors do."""

from tests.directory.conftest import form_pages, reader, screening_rules  # noqa: F401
from tests.workflows.people import outsider, secretariat  # noqa: F401
