"""The periodic digest: new initiatives and actors on a contributor's themes and countries.

A contributor chooses the profile on their access page; the daily `directory.send_digests` task
mails each contributor whose period has elapsed what was first published since their last
digest, in their language. The e-mail carries no access link: a raw token is never in a task.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation

from cms import mail
from cms.models.taxonomy import Country, Theme
from directory.models import ActorPage, Contributor, InitiativePage

logger = logging.getLogger(__name__)

Frequency = Contributor.DigestFrequency
PERIODS = {Frequency.WEEKLY: timedelta(days=7), Frequency.MONTHLY: timedelta(days=30)}
# The daily run starts a little earlier or later each day: a period is due this much early,
# so a weekly digest does not slip to the eighth day.
SLACK = timedelta(hours=2)
ENTRY_MODELS = (("initiatives", InitiativePage), ("actors", ActorPage))
MAX_ENTRIES = 50  # per kind and message: a digest is a pointer to the site, not a dump of it


# --- The profile ---------------------------------------------------------------------------


def digest_profile(contributor: Contributor) -> dict:
    """The profile as plain values: for the form's initial data and the contributor's export."""
    return {
        "frequency": contributor.digest_frequency,
        "themes": sorted(contributor.digest_themes.values_list("slug", flat=True)),
        "countries": sorted(contributor.digest_countries.values_list("code", flat=True)),
        "last_sent_at": contributor.digest_sent_at.isoformat() if contributor.digest_sent_at else None,
    }


def save_digest_profile(
    contributor: Contributor, frequency: str, themes: list[str], countries: list[str]
) -> None:
    """Store the profile. Turning the digest on starts its first period now: the first digest
    brings what is published from now on, not the whole directory."""
    if frequency == Frequency.NEVER:
        contributor.digest_sent_at = None
    elif contributor.digest_frequency == Frequency.NEVER or contributor.digest_sent_at is None:
        contributor.digest_sent_at = timezone.now()
    contributor.digest_frequency = frequency
    contributor.save(update_fields=["digest_frequency", "digest_sent_at"])
    contributor.digest_themes.set(
        Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug__in=themes)
    )
    contributor.digest_countries.set(Country.objects.filter(code__in=countries))


def clear_digest_profile(contributor: Contributor) -> None:
    """Part of erasure: the profile says what a person is interested in."""
    contributor.digest_themes.clear()
    contributor.digest_countries.clear()
    contributor.digest_frequency = Frequency.NEVER
    contributor.digest_sent_at = None


# --- What a digest holds ---------------------------------------------------------------------


def localized_entry(page, language: str):
    """The live page in `language` (a translation, or an alias of the original), else `page`."""
    with translation.override(language):
        return page.localized.specific


def absolute_url(page) -> str:
    return page.get_full_url() or f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{page.url}"


def new_entries(model, since: datetime, until: datetime, theme_ids, country_ids) -> list:
    """Entries first published in (since, until] on any of the themes or countries, once each.

    A translation published in the period does not make an older entry new: an entry counts
    when the first of its pages (in any language) went live in the period.
    """
    if not theme_ids and not country_ids:
        return []
    pages = (
        model.objects.live()
        .public()
        .filter(alias_of__isnull=True, first_published_at__gt=since, first_published_at__lte=until)
        .filter(Q(themes__in=theme_ids) | Q(countries__in=country_ids))
        .exclude(
            translation_key__in=model.objects.filter(first_published_at__lte=since).values(
                "translation_key"
            )
        )
        .distinct()
        .order_by("first_published_at", "pk")
    )
    entries, seen = [], set()
    for page in pages:
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            entries.append(page)
    return entries[:MAX_ENTRIES]


def digest_sections(contributor: Contributor, since: datetime, until: datetime) -> dict[str, list]:
    """{"initiatives": [...], "actors": [...]} of (title, absolute URL) in the contributor's language."""
    theme_ids = list(contributor.digest_themes.values_list("pk", flat=True))
    country_ids = list(contributor.digest_countries.values_list("pk", flat=True))
    language = contributor.language or settings.LANGUAGE_CODE
    sections = {}
    for name, model in ENTRY_MODELS:
        entries = [localized_entry(page, language) for page in new_entries(model, since, until, theme_ids, country_ids)]
        sections[name] = [{"title": page.title, "url": absolute_url(page)} for page in entries]
    return sections


# --- Sending -----------------------------------------------------------------------------------


def due_contributors(now: datetime):
    """Contributors with a digest whose period has elapsed since the last one."""
    due = Q()
    for frequency, period in PERIODS.items():
        due |= Q(digest_frequency=frequency, digest_sent_at__lte=now - period + SLACK)
    return (
        Contributor.objects.filter(due, erased_at__isnull=True)
        .exclude(email="")
        .order_by("pk")
    )


def send_digest(contributor: Contributor, now: datetime) -> bool:
    """Mail one contributor's digest if anything matches; the period moves on either way."""
    sections = digest_sections(contributor, contributor.digest_sent_at, now)
    sent = False
    if any(sections.values()):
        language = contributor.language or settings.LANGUAGE_CODE
        context = {
            "name": contributor.name,
            "frequency": contributor.digest_frequency,
            "since": contributor.digest_sent_at,
            **sections,
        }
        sent = bool(mail.send_message("directory/emails/digest", language, context, [contributor.email]))
    Contributor.objects.filter(pk=contributor.pk).update(digest_sent_at=now)
    return sent


def send_due_digests(now: datetime | None = None) -> int:
    """Send every digest that is due; returns how many e-mails went out."""
    now = now or timezone.now()
    sent = 0
    for contributor in due_contributors(now):
        try:
            sent += send_digest(contributor, now)
        except Exception:
            # One failing address must not stop the others; the period is not moved on, so
            # the next run tries again. The log names the contributor, never the address.
            logger.exception("The digest of %s could not be sent.", contributor)
    if sent:
        logger.info("Digests: %d sent.", sent)
    return sent
