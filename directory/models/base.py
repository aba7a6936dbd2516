"""What initiatives and actors share: a stable public ID, a timestamp, links, a flag."""

from __future__ import annotations

import unicodedata

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField

from cms.blocks import ResourceBlock
from cms.models import BasePage

from .identifiers import IdentifierSequence

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def name_key(name: str) -> str:
    """A name without case, accents, punctuation or repeated spaces: "Ça Va!" → "ca va"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(
        char if char.isalnum() else " "
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return " ".join(letters.split())[:255]


class DirectoryEntryPage(BasePage):
    """What initiatives and actors share: a stable public ID, a timestamp, links, a flag."""

    public_id = models.CharField(
        _("public ID"),
        max_length=20,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Stable identifier, the same in every language; assigned on creation."),
    )
    first_submitted_at = models.DateTimeField(
        _("first submitted at"), null=True, blank=True, editable=False
    )
    flagged_by_reviewers = models.BooleanField(
        _("flagged by reviewers"),
        default=False,
        help_text=_("Among the most innovative and inspiring, according to IPSP reviewers."),
    )
    video_url = models.URLField(_("video"), blank=True, help_text=_("Optional video (YouTube, Vimeo…)."))
    video_transcript = models.TextField(_("video transcript"), blank=True)
    resources = StreamField(
        ResourceBlock(),
        verbose_name=_("links to resources and documents"),
        blank=True,
        use_json_field=True,
    )

    public_id_prefix = "IPSP-X"
    # The field the secretariat sets from the reviewers' recommendation when it publishes.
    reviewer_flag_field = "flagged_by_reviewers"
    # Set by the platform, not by editors: a revision published later must not roll them back.
    system_fields: tuple[str, ...] = ("public_id", "first_submitted_at")
    override_translatable_fields = [
        SynchronizedField("public_id"),
        SynchronizedField("video_url"),
    ]

    class Meta:
        abstract = True

    def with_content_json(self, content):
        page = super().with_content_json(content)
        for name in self.system_fields:
            if getattr(self, name):
                setattr(page, name, getattr(self, name))
        return page

    def review_parties(self) -> list:
        """Translation keys of the pages a reviewer's conflict of interest can concern."""
        return [self.translation_key]

    def save(self, *args, **kwargs):
        if not self.public_id:
            number = IdentifierSequence.next_value(self.public_id_prefix)
            self.public_id = f"{self.public_id_prefix}-{number:06d}"
        if not self.first_submitted_at:
            self.first_submitted_at = timezone.now()
        super().save(*args, **kwargs)
