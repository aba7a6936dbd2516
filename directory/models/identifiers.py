"""Identifiers of directory entries: public ID sequences and DOI registrations."""

from __future__ import annotations

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class IdentifierSequence(models.Model):
    """A gap-tolerant counter per kind of entry, so public IDs are never reused."""

    name = models.CharField(max_length=30, unique=True)
    last_value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("identifier sequence")

    def __str__(self) -> str:
        return f"{self.name}: {self.last_value}"

    @classmethod
    def next_value(cls, name: str) -> int:
        with transaction.atomic():
            sequence, _created = cls.objects.select_for_update().get_or_create(name=name)
            sequence.last_value = models.F("last_value") + 1
            sequence.save(update_fields=["last_value"])
            sequence.refresh_from_db(fields=["last_value"])
            return sequence.last_value


class DoiRegistration(models.Model):
    """The DataCite registration of one initiative (all its translations share one DOI)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        REGISTERED = "registered", _("Registered")
        FAILED = "failed", _("Failed")

    translation_key = models.UUIDField(unique=True)
    doi = models.CharField(_("DOI"), max_length=100, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("DOI registration")
        verbose_name_plural = _("DOI registrations")

    def __str__(self) -> str:
        return self.doi or f"{self.translation_key} ({self.get_status_display()})"
