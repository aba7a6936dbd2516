"""Level-1 verification: the screening rules' settings and the log of what they stopped."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="warning")
class ScreeningSettings(BaseGenericSetting):
    """Thresholds of the automatic screening, adjustable by the secretariat without a release."""

    min_fill_seconds = models.PositiveIntegerField(
        _("minimum time to fill a form (seconds)"),
        default=5,
        help_text=_("Faster submissions are held: people need longer than bots."),
    )
    max_per_ip_per_hour = models.PositiveIntegerField(
        _("submissions per hour from one network address"), default=10
    )
    max_per_email_per_day = models.PositiveIntegerField(
        _("submissions per day from one e-mail address"), default=10
    )
    max_links = models.PositiveIntegerField(
        _("links allowed in the texts of one submission"), default=15
    )
    blocked_terms = models.TextField(
        _("blocked terms"),
        blank=True,
        help_text=_("One word or phrase per line; a submission containing one is held."),
    )
    duplicate_window_days = models.PositiveIntegerField(
        _("duplicate window (days)"),
        default=90,
        help_text=_("A submission with the same title and organisation within this period is held."),
    )
    retention_days = models.PositiveIntegerField(
        _("keep held submissions for (days)"),
        default=30,
        help_text=_("Held submissions older than this are deleted, with their personal data."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("min_fill_seconds"),
                FieldPanel("max_per_ip_per_hour"),
                FieldPanel("max_per_email_per_day"),
                FieldPanel("duplicate_window_days"),
            ],
            heading=_("Bots and floods"),
        ),
        MultiFieldPanel([FieldPanel("max_links"), FieldPanel("blocked_terms")], heading=_("Content")),
        FieldPanel("retention_days"),
    ]

    class Meta:
        verbose_name = _("screening settings")

    @property
    def blocked_term_list(self) -> list[str]:
        return [line.strip() for line in self.blocked_terms.splitlines() if line.strip()]


class HeldSubmission(models.Model):
    """A submission the screening stopped: kept for the secretariat, never silently dropped."""

    class Reason(models.TextChoices):
        HONEYPOT = "honeypot", _("Hidden field filled in")
        TOO_FAST = "too_fast", _("Filled in too fast")
        BAD_TIMESTAMP = "bad_timestamp", _("Form timestamp missing or altered")
        IP_RATE = "ip_rate", _("Too many submissions from one network address")
        EMAIL_RATE = "email_rate", _("Too many submissions from one e-mail address")
        TOO_MANY_LINKS = "links", _("Too many links")
        BLOCKED_TERM = "blocked_term", _("Blocked term")
        MARKUP = "markup", _("Markup or script in the text")
        DUPLICATE = "duplicate", _("Duplicate of a recent submission")

    kind = models.CharField(_("kind"), max_length=20)
    form_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("form"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=12, default=settings.LANGUAGE_CODE)
    title = models.CharField(_("title"), max_length=255)
    reasons = models.JSONField(_("reasons"), default=list)
    details = models.JSONField(_("details"), default=list, blank=True)
    payload = models.JSONField(_("what was sent"), default=dict)
    created_at = models.DateTimeField(_("held at"), default=timezone.now, db_index=True)
    released_at = models.DateTimeField(_("released at"), null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("released by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("held submission")
        verbose_name_plural = _("spam log")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def reason_labels(self) -> str:
        labels = dict(self.Reason.choices)
        return ", ".join(str(labels.get(code, code)) for code in self.reasons)

    reason_labels.short_description = _("reasons")  # type: ignore[attr-defined]
