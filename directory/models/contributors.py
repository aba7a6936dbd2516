"""Contributors without accounts: their access links, their entries and the messages to them.

Everything here is private. Nothing in this module is rendered on a public page, serialised by
the API or indexed for search; a contributor is known to the public only through the entries.
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_BYTES = 32


def hash_token(raw: str) -> str:
    """Only this hash is stored: a leaked database does not open anyone's entries."""
    return hashlib.sha256(raw.encode()).hexdigest()


class Contributor(models.Model):
    """A person who registered entries through a public form, known by an access link."""

    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(_("language"), max_length=12, default=settings.LANGUAGE_CODE)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    # The digest of new entries the contributor asked for on their access page (directory.digest).
    class DigestFrequency(models.TextChoices):
        NEVER = "never", _("Never")
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Every month")

    digest_frequency = models.CharField(
        _("digest of new entries"),
        max_length=10,
        choices=DigestFrequency.choices,
        default=DigestFrequency.NEVER,
    )
    digest_themes = models.ManyToManyField(
        "cms.Theme", verbose_name=_("digest themes"), blank=True, related_name="+"
    )
    digest_countries = models.ManyToManyField(
        "cms.Country", verbose_name=_("digest countries"), blank=True, related_name="+"
    )
    digest_sent_at = models.DateTimeField(
        _("digest period started at"),
        null=True,
        blank=True,
        help_text=_("When the last digest went out (or the digest was set up): the next covers what was published since."),
    )

    class Meta:
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")

    def __str__(self) -> str:
        # Never the e-mail: this string reaches admin logs and history.
        return _("Contributor #%(number)s") % {"number": self.pk}

    @classmethod
    def for_token(cls, raw: str | None) -> Contributor | None:
        """The contributor a valid, unrevoked access token opens; None for anything else."""
        if not raw or len(raw) > 100:
            return None
        token = (
            AccessToken.objects.select_related("contributor")
            .filter(token_hash=hash_token(raw), revoked_at__isnull=True)
            .first()
        )
        if token is None or token.contributor.erased_at:
            return None
        AccessToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token.contributor

    def issue_token(self) -> str:
        """A fresh access token; every earlier one stops working. Returns the raw token once."""
        raw = secrets.token_urlsafe(TOKEN_BYTES)
        now = timezone.now()
        self.tokens.filter(revoked_at__isnull=True).update(revoked_at=now)
        AccessToken.objects.create(contributor=self, token_hash=hash_token(raw), created_at=now)
        return raw


class AccessToken(models.Model):
    contributor = models.ForeignKey(Contributor, on_delete=models.CASCADE, related_name="tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("access token")
        verbose_name_plural = _("access tokens")

    def __str__(self) -> str:
        return _("Access token of %(contributor)s") % {"contributor": self.contributor}


class Submission(models.Model):
    """One entry a contributor registered (or that was created for them): the private link."""

    class Kind(models.TextChoices):
        INITIATIVE = "initiative", _("Initiative")
        ACTOR = "actor", _("Organisation")

    class Outcome(models.TextChoices):
        OPEN = "", _("Open")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    contributor = models.ForeignKey(
        Contributor,
        verbose_name=_("contributor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    public_id = models.CharField(_("public ID"), max_length=20, db_index=True)
    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(_("language of the entry"), max_length=12)
    # How duplicate detection recognises the same entry sent again (see directory.screening).
    title_key = models.CharField(max_length=255, blank=True, db_index=True, editable=False)
    organisation_keys = models.JSONField(default=list, blank=True, editable=False)
    created_automatically = models.BooleanField(
        _("created from an initiative"),
        default=False,
        help_text=_("An organisation named in an initiative, created as a draft for its contributor."),
    )
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    privacy_notice = models.CharField(
        _("privacy notice agreed to"), max_length=255, blank=True,
        help_text=_("The notice's address and the date of the version shown."),
    )
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed by the contributor"), default=timezone.now)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.OPEN, blank=True
    )
    outcome_at = models.DateTimeField(_("outcome at"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.public_id} {self.title}"


class ContributorMessage(models.Model):
    """A comment addressed to the contributor of an entry (by the secretariat or a reviewer)."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="messages", verbose_name=_("submission")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        verbose_name = _("message to a contributor")
        verbose_name_plural = _("messages to contributors")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.submission.public_id}: {self.body[:40]}"
