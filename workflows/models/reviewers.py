"""Expert reviewers: what they are competent in, which languages they read, where they work,
how many reviews they take at once, and the conflicts of interest they declare."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

DEFAULT_LOCALE_ONLY = {"locale__language_code": settings.LANGUAGE_CODE}


class ReviewerProfile(ClusterableModel):
    """One expert reviewer's profile, against which entries are matched."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reviewer_profile",
        verbose_name=_("user"),
    )
    themes = models.ManyToManyField(
        "cms.Theme", blank=True, related_name="+", limit_choices_to=DEFAULT_LOCALE_ONLY,
        verbose_name=_("themes of competence"),
    )
    domains = models.ManyToManyField(
        "cms.Domain", blank=True, related_name="+", limit_choices_to=DEFAULT_LOCALE_ONLY,
        verbose_name=_("domains of competence"),
    )
    disciplines = models.ManyToManyField(
        "cms.Discipline", blank=True, related_name="+", limit_choices_to=DEFAULT_LOCALE_ONLY,
        verbose_name=_("disciplines"),
    )
    languages = models.ManyToManyField(
        "wagtailcore.Locale", blank=True, related_name="+", verbose_name=_("languages read"),
    )
    regions = models.ManyToManyField(
        "cms.Region", blank=True, related_name="+", limit_choices_to=DEFAULT_LOCALE_ONLY,
        verbose_name=_("regions of expertise"),
    )
    countries = models.ManyToManyField(
        "cms.Country", blank=True, related_name="+", verbose_name=_("countries of expertise"),
    )
    capacity = models.PositiveSmallIntegerField(
        _("reviews at once"), default=3,
        help_text=_("The most open reviews this reviewer takes at the same time."),
    )
    available = models.BooleanField(
        _("available"), default=True,
        help_text=_("Unavailable reviewers are not suggested for new entries."),
    )
    notes = models.TextField(_("notes of the secretariat"), blank=True)

    panels = [
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("available"), FieldPanel("capacity")]),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("domains"),
                FieldPanel("disciplines"),
            ],
            heading=_("Competence areas"),
        ),
        FieldPanel("languages"),
        MultiFieldPanel([FieldPanel("regions"), FieldPanel("countries")], heading=_("Regions")),
        InlinePanel("conflicts", label=_("Declared conflicts of interest")),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("reviewer profile")
        verbose_name_plural = _("reviewer profiles")
        ordering = ["user__last_name", "user__first_name", "user__username"]

    def __str__(self) -> str:
        return str(self.user)


class ConflictOfInterest(Orderable):
    """An entry or organisation the reviewer is involved with: they never review it, nor the
    entries that name it."""

    profile = ParentalKey(ReviewerProfile, on_delete=models.CASCADE, related_name="conflicts")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("entry or organisation"),
    )
    note = models.CharField(_("nature of the conflict"), max_length=255, blank=True)

    panels = [FieldPanel("page"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")

    def __str__(self) -> str:
        return str(self.page)
