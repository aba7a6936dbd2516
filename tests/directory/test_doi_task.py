"""The `directory.mint_doi` task against DataCite's answers, played back from recorded fixtures
(tests/directory/fixtures/datacite/): created, already taken, refused, unavailable. And the same
task through a real Celery worker on Redis (services pass of CI)."""

from __future__ import annotations

import base64
import json
import logging
import re
import uuid
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
import requests
import responses
from celery.app.task import Task
from datacite import schema45

from directory.models import DoiRegistration, InitiativePage
from directory.tasks import MAX_RETRIES, mint_doi, retry_delay
from tests.factories import InitiativePageFactory
from tests.utils import all_text, visible_text

FIXTURES = Path(__file__).parent / "fixtures" / "datacite"
API = "https://api.test.datacite.org"
PREFIX = "10.82608"
PUBLIC_ID = "IPSP-I-000001"  # the initiative the fixtures were recorded for
DOI = "10.82608/ipsp-i-000001"
REPOSITORY_ID = "IPSP.DIRECTORY"
PASSWORD = "recorded-test-password-7f3a"
DOI_PATTERN = re.compile(r"\b10\.\d{4,9}/\S+")


def recorded(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def datacite_settings(settings):
    settings.DATACITE_API_URL = API
    settings.DATACITE_PREFIX = PREFIX
    settings.DATACITE_REPOSITORY_ID = REPOSITORY_ID
    settings.DATACITE_PASSWORD = PASSWORD
    return settings


@pytest.fixture
def no_credentials(settings):
    settings.DATACITE_PREFIX = ""
    settings.DATACITE_REPOSITORY_ID = ""
    settings.DATACITE_PASSWORD = ""
    return settings


@pytest.fixture
def datacite_api():
    """DataCite's REST API as recorded; a request nobody recorded fails the test."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        yield api


@pytest.fixture
def initiative(taxonomy, translate):
    page = InitiativePageFactory(public_id=PUBLIC_ID, title="Community land trust of Kibera")
    translate(page, "ar", title="صندوق أراضي مجتمع كيبيرا")
    translate(page, "fr", alias=True)
    return page


def pages_of(page) -> list[InitiativePage]:
    return list(InitiativePage.objects.filter(translation_key=page.translation_key).order_by("pk"))


@contextmanager
def celery_conf(**values):
    """Celery settings changed for the duration of the block."""
    conf = mint_doi.app.conf
    previous = {name: conf[name] for name in values}
    conf.update(values)
    try:
        yield
    finally:
        conf.update(previous)


def run(page) -> str:
    """The task as a worker runs it: a retry runs the task again (here without waiting for the
    countdown), instead of surfacing as an exception as eager tasks do in this project."""
    with celery_conf(task_eager_propagates=False):
        return mint_doi.apply(args=[str(page.translation_key)]).get()


def sent(call) -> dict:
    return json.loads(call.request.body)


# --- Without credentials ------------------------------------------------------------------


@pytest.mark.django_db
def test_without_credentials_the_doi_stays_pending_and_nothing_is_sent(
    initiative, no_credentials, datacite_api, client
):
    assert run(initiative) == ""
    assert len(datacite_api.calls) == 0
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.PENDING
    assert registration.doi == "" and registration.attempts == 0
    assert all(page.doi == "" for page in pages_of(initiative))

    response = client.get(initiative.url)
    assert "DOI pending" in visible_text(response.content)
    assert not DOI_PATTERN.search(all_text(response.content)), (
        "a DOI is shown that was never minted"
    )


# --- Success ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_created_doi_is_stored_on_every_translation(
    initiative, datacite_settings, datacite_api, client, locales
):
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)

    assert run(initiative) == DOI

    assert len(datacite_api.calls) == 1
    call = datacite_api.calls[0]
    assert call.request.method == "POST"
    assert call.request.headers["Content-Type"] == "application/vnd.api+json"
    expected_auth = base64.b64encode(f"{REPOSITORY_ID}:{PASSWORD}".encode()).decode()
    assert call.request.headers["Authorization"] == f"Basic {expected_auth}"
    body = sent(call)
    assert body["data"]["type"] == "dois"
    attributes = body["data"]["attributes"]
    assert attributes["doi"] == DOI
    assert attributes["event"] == "publish"
    assert attributes["url"] == initiative.get_full_url()
    assert schema45.validate(attributes), list(schema45.validator.iter_errors(attributes))

    pages = pages_of(initiative)
    assert len(pages) == 3  # English, Arabic, the French alias
    assert {page.doi for page in pages} == {DOI}
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.REGISTERED
    assert registration.doi == DOI
    assert registration.attempts == 1
    assert registration.registered_at is not None
    assert registration.last_error == ""

    # Readers see the DOI, in English and in Arabic.
    for page in (initiative, initiative.get_translation(locales["ar"])):
        response = client.get(page.url)
        assert f"https://doi.org/{DOI}" in visible_text(response.content)
        assert "DOI pending" not in visible_text(response.content)


@pytest.mark.django_db
def test_the_doi_survives_publishing_an_older_revision(initiative, datacite_settings, datacite_api):
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)
    old_revision = initiative.get_latest_revision()
    run(initiative)
    old_revision.publish()
    assert InitiativePage.objects.get(pk=initiative.pk).doi == DOI


@pytest.mark.django_db
def test_a_doi_taken_already_is_updated_instead(initiative, datacite_settings, datacite_api):
    datacite_api.post(f"{API}/dois", json=recorded("already_taken_422.json"), status=422)
    datacite_api.put(f"{API}/dois/{DOI}", json=recorded("updated_200.json"), status=200)

    assert run(initiative) == DOI

    assert [(call.request.method, call.request.url) for call in datacite_api.calls] == [
        ("POST", f"{API}/dois"),
        ("PUT", f"{API}/dois/{DOI}"),
    ]
    put = sent(datacite_api.calls[1])["data"]["attributes"]
    assert put["doi"] == DOI and put["event"] == "publish"
    assert schema45.validate(put)
    assert {page.doi for page in pages_of(initiative)} == {DOI}
    assert (
        DoiRegistration.objects.get(translation_key=initiative.translation_key).status
        == "registered"
    )


@pytest.mark.django_db
def test_a_second_run_sends_nothing_once_the_doi_is_registered(
    initiative, datacite_settings, datacite_api
):
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)
    run(initiative)
    assert run(initiative) == DOI
    assert len(datacite_api.calls) == 1


# --- Refusals: no retry, nothing invented -------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fixture", "status", "message"),
    [
        ("bad_credentials_401.json", 401, "Bad credentials."),
        ("forbidden_403.json", 403, "You are not authorized to access this resource."),
        ("invalid_422.json", 422, "metadata: Is invalid"),
    ],
)
def test_a_refusal_fails_without_retry(
    initiative, datacite_settings, datacite_api, client, caplog, fixture, status, message
):
    datacite_api.post(f"{API}/dois", json=recorded(fixture), status=status)

    with caplog.at_level(logging.DEBUG):
        assert run(initiative) == ""

    assert len(datacite_api.calls) == 1, "a refusal must not be retried"
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.FAILED
    assert registration.attempts == 1
    assert registration.last_error == f"HTTP {status}: {message}"
    assert registration.doi == ""
    assert all(page.doi == "" for page in pages_of(initiative))
    assert PASSWORD not in caplog.text
    assert PASSWORD not in registration.last_error

    response = client.get(initiative.url)
    assert "DOI pending" in visible_text(response.content)
    assert not DOI_PATTERN.search(all_text(response.content))


@pytest.mark.django_db
def test_metadata_that_does_not_validate_is_never_sent(initiative, datacite_settings, datacite_api):
    datacite_settings.DATACITE_PUBLISHER = None  # the schema wants the publisher's name as text

    assert run(initiative) == ""

    assert len(datacite_api.calls) == 0
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.FAILED
    assert "schema" in registration.last_error
    assert all(page.doi == "" for page in pages_of(initiative))


@pytest.mark.django_db
def test_a_private_initiative_is_not_sent_to_datacite(initiative, datacite_settings, datacite_api):
    from wagtail.models import Page, PageViewRestriction

    for page in Page.objects.filter(translation_key=initiative.translation_key):
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )

    assert run(initiative) == ""

    assert len(datacite_api.calls) == 0
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.PENDING
    assert registration.attempts == 0


# --- Unavailable: retried with backoff ----------------------------------------------------


@pytest.mark.django_db
def test_unavailable_then_created_is_retried(initiative, datacite_settings, datacite_api):
    datacite_api.post(f"{API}/dois", json=recorded("unavailable_503.json"), status=503)
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)

    with mock.patch.object(Task, "retry", autospec=True, side_effect=Task.retry) as retry:
        assert run(initiative) == DOI

    assert len(datacite_api.calls) == 2
    assert retry.call_count == 1
    assert retry.call_args.kwargs["countdown"] == retry_delay(0) > 0
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.REGISTERED
    assert registration.attempts == 2
    assert {page.doi for page in pages_of(initiative)} == {DOI}


@pytest.mark.django_db
def test_a_connection_error_is_retried(initiative, datacite_settings, datacite_api):
    datacite_api.post(f"{API}/dois", body=requests.ConnectionError("connection refused"))
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)

    assert run(initiative) == DOI
    assert DoiRegistration.objects.get(translation_key=initiative.translation_key).attempts == 2


@pytest.mark.django_db
def test_still_unavailable_after_the_last_retry_fails(
    initiative, datacite_settings, datacite_api, caplog
):
    datacite_api.post(f"{API}/dois", json=recorded("unavailable_503.json"), status=503)

    with caplog.at_level(logging.DEBUG):
        assert run(initiative) == ""

    assert len(datacite_api.calls) == MAX_RETRIES + 1 == 6
    registration = DoiRegistration.objects.get(translation_key=initiative.translation_key)
    assert registration.status == DoiRegistration.Status.FAILED
    assert registration.attempts == 6
    assert (
        registration.last_error
        == "HTTP 503: The service is temporarily unavailable. Please try again later."
    )
    assert all(page.doi == "" for page in pages_of(initiative))
    assert PASSWORD not in caplog.text


def test_the_backoff_grows():
    delays = [retry_delay(retries) for retries in range(MAX_RETRIES)]
    assert delays == sorted(delays) and len(set(delays)) == MAX_RETRIES
    assert delays[0] >= 30


# --- Publication enqueues the task --------------------------------------------------------


@pytest.mark.django_db
def test_publication_enqueues_the_task_once_committed(taxonomy, django_capture_on_commit_callbacks):
    with mock.patch("directory.tasks.mint_doi.delay") as delay:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            page = InitiativePageFactory()
        assert delay.call_count == 0, "enqueued before the publication committed"
        for callback in callbacks:
            callback()
    delay.assert_called_with(str(page.translation_key))


@pytest.mark.django_db
def test_publishing_again_with_a_doi_enqueues_nothing(taxonomy, django_capture_on_commit_callbacks):
    page = InitiativePageFactory()
    InitiativePage.objects.filter(translation_key=page.translation_key).update(doi=DOI)
    page.refresh_from_db()
    with mock.patch("directory.tasks.mint_doi.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            page.title = "Community land trust of Kibera (renamed)"
            page.save_revision().publish()
    assert delay.call_count == 0
    assert InitiativePage.objects.get(pk=page.pk).doi == DOI


@pytest.mark.django_db
def test_publication_without_credentials_records_a_pending_doi(
    taxonomy, no_credentials, datacite_api, django_capture_on_commit_callbacks
):
    # Eager, as on the embedded defaults (in the services pass the broker would take it).
    with celery_conf(task_always_eager=True):
        with django_capture_on_commit_callbacks(execute=True):
            page = InitiativePageFactory()
    registration = DoiRegistration.objects.get(translation_key=page.translation_key)
    assert registration.status == DoiRegistration.Status.PENDING
    assert len(datacite_api.calls) == 0
    assert InitiativePage.objects.get(pk=page.pk).doi == ""


# --- A real worker ------------------------------------------------------------------------


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_mints_the_doi(celery_broker, taxonomy, datacite_settings, datacite_api):
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun
    from django.db import connections

    from cms.celery import app

    assert not app.conf.task_always_eager, "the task would run in this process, not in the worker"
    datacite_api.post(f"{API}/dois", json=recorded("created_201.json"), status=201)
    # Publishing enqueues the task on the default queue: keep it from CI's external worker.
    with mock.patch("directory.tasks.mint_doi.delay") as delay:
        page = InitiativePageFactory(public_id=PUBLIC_ID)
    delay.assert_called_with(str(page.translation_key))
    queue = f"ipsp-test-doi-{uuid.uuid4().hex}"

    def close_worker_connections(**kwargs):
        connections.close_all()  # the worker thread's own connection, not the test's

    task_postrun.connect(close_worker_connections, weak=False)
    try:
        with start_worker(app, queues=[queue], perform_ping_check=False, shutdown_timeout=30):
            result = mint_doi.apply_async(args=[str(page.translation_key)], queue=queue)
            assert result.get(timeout=60) == DOI
    finally:
        task_postrun.disconnect(close_worker_connections)

    assert len(datacite_api.calls) == 1
    assert {p.doi for p in pages_of(page)} == {DOI}
    registration = DoiRegistration.objects.get(translation_key=page.translation_key)
    assert registration.status == DoiRegistration.Status.REGISTERED
    assert registration.attempts == 1
