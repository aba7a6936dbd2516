"""Background tasks of the directory."""

from __future__ import annotations

import logging
import uuid

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from directory import datacite
from directory.models import DoiRegistration, InitiativePage

logger = logging.getLogger(__name__)

MAX_RETRIES = 5


def retry_delay(retries: int) -> int:
    """Seconds before the next attempt: 1, 2, 4, 8 then 16 minutes."""
    return 60 * 2**retries


def _record(registration: DoiRegistration, **values) -> None:
    for name, value in values.items():
        setattr(registration, name, value)
    registration.save(update_fields=[*values, "updated_at"])


@shared_task(bind=True, name="directory.mint_doi", max_retries=MAX_RETRIES, acks_late=True)
def mint_doi(self, translation_key: str) -> str:
    """Register the DOI of the initiative whose pages share `translation_key` at DataCite.

    Returns the DOI once DataCite has registered it, "" otherwise (pending or failed, as the
    `DoiRegistration` of the initiative records). Never makes a DOI up.
    """
    key = uuid.UUID(str(translation_key))
    registration, _created = DoiRegistration.objects.get_or_create(translation_key=key)
    pages = InitiativePage.objects.filter(translation_key=key)

    existing = pages.exclude(doi="").values_list("doi", flat=True).first()
    if existing:  # minted by an earlier run (every translation's publication enqueues one)
        if registration.status != DoiRegistration.Status.REGISTERED:
            _record(
                registration, doi=existing, status=DoiRegistration.Status.REGISTERED, last_error=""
            )
        return existing

    if not datacite.credentials_configured():
        _record(registration, status=DoiRegistration.Status.PENDING, last_error="")
        logger.info("No DataCite credentials: the DOI of %s stays pending.", key)
        return ""

    entry = datacite.Entry.for_translation_key(key)
    try:
        if entry.original is None:
            raise datacite.NotRegistrable("The initiative has no live public page.")
        doi = datacite.build_doi(settings.DATACITE_PREFIX, entry.original.public_id)
        attributes = datacite.build_attributes(entry, doi)
    except datacite.NotRegistrable as reason:
        _record(registration, status=DoiRegistration.Status.PENDING, last_error=str(reason))
        return ""
    if not datacite.validate(attributes):
        _record(
            registration,
            doi="",
            status=DoiRegistration.Status.FAILED,
            last_error="The metadata does not validate against the DataCite 4.5 schema.",
        )
        logger.error("The DataCite metadata of %s does not validate; nothing sent.", key)
        return ""

    DoiRegistration.objects.filter(pk=registration.pk).update(attempts=F("attempts") + 1)
    registration.refresh_from_db(fields=["attempts"])
    try:
        registered = datacite.DataCiteClient.from_settings().register(doi, attributes)
    except datacite.DataCiteError as error:
        retries = self.request.retries or 0
        if error.retryable and retries < self.max_retries:
            _record(
                registration, status=DoiRegistration.Status.PENDING, last_error=error.describe()
            )
            logger.warning(
                "DataCite did not register %s (%s); attempt %d, retrying.",
                doi,
                error.describe(),
                registration.attempts,
            )
            raise self.retry(countdown=retry_delay(retries)) from None
        _record(registration, status=DoiRegistration.Status.FAILED, last_error=error.describe())
        logger.error("DataCite did not register %s: %s", doi, error.describe())
        return ""

    with transaction.atomic():
        # Every translation (and alias) carries the one DOI; `system_fields` keeps it when an
        # older revision is published later.
        pages.update(doi=registered.doi)
        _record(
            registration,
            doi=registered.doi,
            status=DoiRegistration.Status.REGISTERED,
            last_error="",
            registered_at=timezone.now(),
        )
    logger.info(
        "DataCite registered %s (%s).",
        registered.doi,
        "created" if registered.created else "updated",
    )
    return registered.doi


@shared_task(name="directory.purge_spam_log")
def purge_spam_log() -> int:
    """Delete held submissions older than the retention period (with the personal data they hold).

    Scheduled by `CELERY_BEAT_SCHEDULE`; returns how many were deleted.
    """
    from datetime import timedelta

    from directory.models import HeldSubmission, ScreeningSettings

    days = ScreeningSettings.load().retention_days
    deleted, _by_model = HeldSubmission.objects.filter(
        created_at__lt=timezone.now() - timedelta(days=days)
    ).delete()
    if deleted:
        logger.info("Spam log: %d held submissions older than %d days deleted.", deleted, days)
    return deleted
