"""Introductions between actors: IPSP suggests, both sides accept, only then contacts are shared.

Private like contributors: nothing here is rendered on a public page, serialised or indexed.
Each side answers through a secret link whose SHA-256 alone is stored (as for access tokens).
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models.functions import Greatest, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .contributors import TOKEN_BYTES, hash_token


class Introduction(models.Model):
    """Two opted-in actors IPSP suggests to each other. The first side is asked first; the
    second hears of it only once the first accepts; contacts go out when both have accepted."""

    class Reason(models.TextChoices):
        SIMILAR = "similar", _("Similar agendas")
        COMPLEMENTARY = "complementary", _("Complementary agendas")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Waiting for the first actor")
        ACCEPTED_BY_FIRST = "accepted_by_first", _("Waiting for the second actor")
        CONNECTED = "connected", _("Both accepted: contacts shared")
        DECLINED = "declined", _("Declined")
        CLOSED = "closed", _("Closed: an actor is no longer available")

    # The original-language page of each actor (translations share its restricted fields).
    first = models.ForeignKey(
        "directory.ActorPage", verbose_name=_("first actor"), on_delete=models.CASCADE, related_name="+"
    )
    second = models.ForeignKey(
        "directory.ActorPage", verbose_name=_("second actor"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED)
    first_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Issued when the first side accepts: the second side's link exists only from then on.
    second_token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    first_accepted_at = models.DateTimeField(_("first actor accepted at"), null=True, blank=True)
    first_declined_at = models.DateTimeField(_("first actor declined at"), null=True, blank=True)
    second_accepted_at = models.DateTimeField(_("second actor accepted at"), null=True, blank=True)
    second_declined_at = models.DateTimeField(_("second actor declined at"), null=True, blank=True)
    created_at = models.DateTimeField(_("suggested at"), default=timezone.now)

    class Meta:
        verbose_name = pgettext_lazy("matchmaking", "introduction")
        verbose_name_plural = pgettext_lazy("matchmaking", "introductions")
        ordering = ["-created_at"]
        constraints = [
            # One introduction per pair of actors, ever, whichever side was asked first.
            models.UniqueConstraint(
                Least("first", "second"), Greatest("first", "second"), name="directory_introduction_one_per_pair"
            ),
            models.CheckConstraint(
                condition=~models.Q(first=models.F("second")), name="directory_introduction_two_actors"
            ),
        ]

    def __str__(self) -> str:
        # Never a token or an address: this string reaches admin logs.
        return _("Introduction #%(number)s") % {"number": self.pk}

    @classmethod
    def for_token(cls, raw: str | None) -> tuple[Introduction, str] | None:
        """(introduction, "first" or "second") that a raw token opens; None for anything else."""
        if not raw or len(raw) > 100:
            return None
        digest = hash_token(raw)
        introduction = (
            cls.objects.select_related("first", "second")
            .filter(models.Q(first_token_hash=digest) | models.Q(second_token_hash=digest))
            .first()
        )
        if introduction is None:
            return None
        return introduction, "first" if introduction.first_token_hash == digest else "second"

    @staticmethod
    def new_token() -> tuple[str, str]:
        """(raw token, its hash): the raw one is e-mailed once and never stored."""
        raw = secrets.token_urlsafe(TOKEN_BYTES)
        return raw, hash_token(raw)

    def actor(self, side: str):
        return self.first if side == "first" else self.second

    def other(self, side: str):
        return self.second if side == "first" else self.first

    def answer_of(self, side: str) -> str:
        """"accepted", "declined" or "" for one side."""
        if getattr(self, f"{side}_accepted_at"):
            return "accepted"
        if getattr(self, f"{side}_declined_at"):
            return "declined"
        return ""
