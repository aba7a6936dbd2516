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


@shared_task(name="directory.notify_contributor", acks_late=True)
def notify_contributor(submission_id: int, event: str, body: str = "") -> int:
    """E-mail a contributor, in their language, what the workflow decided about an entry.

    The access link itself is never in these messages (only its hash is stored): the e-mail
    points to the lost-link page instead. Returns how many messages were sent.
    """
    from django.urls import reverse
    from django.utils import translation

    from cms import mail
    from directory.models import Submission

    submission = Submission.objects.select_related("contributor", "page").filter(pk=submission_id).first()
    contributor = submission.contributor if submission else None
    if contributor is None or contributor.erased_at or not contributor.email:
        return 0
    language = contributor.language or settings.LANGUAGE_CODE
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(language):
        lost_link_url = base + reverse("directory:lost_link")
    page_url = ""
    if event == "published" and submission.page is not None:
        page = submission.page.specific
        translated = page.get_translations(inclusive=True).live().filter(
            locale__language_code=language
        ).first()
        page_url = (translated or page).get_full_url() or ""
    context = {
        "event": event,
        "body": body,
        "submission": submission,
        "page_url": page_url,
        "lost_link_url": lost_link_url,
    }
    return mail.send_message("directory/emails/decision", language, context, [contributor.email])


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


@shared_task(name="directory.send_digests")
def send_digests() -> int:
    """E-mail each contributor whose digest period has elapsed what was published on their
    themes and countries since the last one (directory.digest). Scheduled daily."""
    from directory.digest import send_due_digests

    return send_due_digests()


@shared_task(name="directory.suggest_introductions")
def suggest_introductions() -> int:
    """Suggest new introductions between opted-in actors and ask their first side
    (directory.matchmaking). Scheduled daily; returns how many were suggested."""
    from directory.matchmaking import suggest

    return len(suggest())
