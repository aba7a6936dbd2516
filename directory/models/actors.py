"""Actors: organisations, networks and communities, with parts restricted to IPSP use."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms import seo
from cms.models import BasePage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field
from directory.forms.admin import ActorPageForm
from search.models import FacetedListingPage

from .base import DESCRIPTION_FEATURES, DirectoryEntryPage, name_key


class ActorIndexPage(FacetedListingPage):
    listing_models = ("directory.ActorPage",)
    listing_facets = ("kind", "theme", "component", "domain", "activity", "country", "region", "flagged")
    subpage_types = ["directory.ActorPage", "directory.ActorSubmissionPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("actor directory")


class ActorPage(DirectoryEntryPage):
    """An organisation, network or community. Parts it asks to restrict never reach the public."""

    class Kind(models.TextChoices):
        NGO = "ngo", _("Non-governmental organisation")
        BUSINESS = "business", _("Business")
        SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
        GOVERNMENT = "government", _("Government or public body")
        INTERNATIONAL = "international", _("International organisation")
        NETWORK = "network", _("Network or coalition")
        COMMUNITY = "community", _("Community or grassroots group")
        FUNDER = "funder", _("Funder or philanthropy")
        ACADEMIC = "academic", _("University or research institute")
        MEDIA = "media", _("Media")
        OTHER = "other", _("Other")

    name_key = models.CharField(
        max_length=255,
        blank=True,
        db_index=True,
        editable=False,
        help_text="The name without case, accents or punctuation: how submissions match actors.",
    )
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=Kind.choices, default=Kind.NGO)
    website = models.URLField(_("website"), blank=True)
    problems = RichTextField(
        _("What problems do you address?"), features=DESCRIPTION_FEATURES, blank=True
    )
    activities_description = RichTextField(
        _("What are your key innovative activities?"), features=DESCRIPTION_FEATURES, blank=True
    )
    partnerships = RichTextField(
        _("Are you partnering with other local or transnational actors in your field?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )
    collaboration_interest = RichTextField(
        _("Are you interested in collaborating with other actors, and with whom?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )

    # --- Restricted to IPSP use: never rendered, serialised or indexed for the public. -------
    restricted_parts = models.JSONField(
        _("parts restricted to IPSP use"),
        default=list,
        blank=True,
        help_text=_("Parts of the description the actor asked not to publish."),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=50, blank=True)
    internal_notes = models.TextField(_("notes for IPSP use only"), blank=True)
    introductions_opt_in = models.BooleanField(
        _("open to introductions"),
        default=False,
        help_text=_("IPSP may suggest introductions to actors with similar or complementary agendas."),
    )

    themes = terms_field("cms.Theme", _("themes"))
    domains = terms_field("cms.Domain", _("fields of action"))
    activities = terms_field("cms.Activity", _("activities"))
    countries = terms_field("cms.Country", _("areas / countries"))

    taxonomy_fields = ("themes", "domains", "activities", "countries")
    description_fields = ("problems", "activities_description", "partnerships", "collaboration_interest")
    restricted_fields = (
        "contact_name", "contact_email", "contact_phone", "internal_notes", "restricted_parts",
        "introductions_opt_in",
    )
    public_id_prefix = "IPSP-A"
    override_translatable_fields = [
        *DirectoryEntryPage.override_translatable_fields,
        SynchronizedField("website"),
        # Restricted material is not sent to translators either.
        *(SynchronizedField(name) for name in restricted_fields),
    ]

    parent_page_types = ["directory.ActorIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("website"),
        MultiFieldPanel([FieldPanel(name) for name in description_fields], heading=_("Description")),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_transcript")], heading=_("Video")
        ),
        FieldPanel("resources"),
        taxonomy_panel(*taxonomy_fields),
        FieldPanel("flagged_by_reviewers"),
        MultiFieldPanel(
            [
                FieldPanel("restricted_parts"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("internal_notes"),
                FieldPanel("introductions_opt_in"),
            ],
            heading=_("Restricted to IPSP use (never published)"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("public_problems"),
        index.SearchField("public_activities_description"),
        index.SearchField("public_partnerships"),
        index.SearchField("public_collaboration_interest"),
        index.FilterField("kind"),
        index.FilterField("flagged_by_reviewers"),
        index.FilterField("public_id"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("public_id"),
        APIField("first_submitted_at"),
        APIField("kind"),
        APIField("website"),
        APIField("flagged_by_reviewers"),
        APIField("description"),
        APIField("video_url"),
        APIField("video_transcript"),
        APIField("resources"),
        *taxonomy_api_fields(*taxonomy_fields),
    ]

    base_form_class = ActorPageForm

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.title)
        super().save(*args, **kwargs)

    def carried_initiatives(self):
        """Live initiatives in this page's language that name this actor (in any language)."""
        translations = ActorPage.objects.filter(translation_key=self.translation_key).values("pk")
        return (
            self.initiatives.model.objects.live()
            .public()
            .filter(locale_id=self.locale_id, organisations__in=translations)
            .distinct()
            .order_by("title")
        )

    def is_public_part(self, name: str) -> bool:
        return name in self.description_fields and name not in (self.restricted_parts or [])

    def _public(self, name: str) -> str:
        return getattr(self, name) if self.is_public_part(name) else ""

    # Search indexes read these, so a restricted part is never indexed.
    def public_problems(self) -> str:
        return self._public("problems")

    def public_activities_description(self) -> str:
        return self._public("activities_description")

    def public_partnerships(self) -> str:
        return self._public("partnerships")

    def public_collaboration_interest(self) -> str:
        return self._public("collaboration_interest")

    @property
    def description(self) -> dict[str, str]:
        """The public parts of the description (restricted parts are left out entirely)."""
        return {
            name: getattr(self, name)
            for name in self.description_fields
            if self.is_public_part(name) and getattr(self, name)
        }

    @property
    def description_parts(self) -> list[tuple[str, str, str]]:
        return [
            (name, self._meta.get_field(name).verbose_name, value)
            for name, value in self.description.items()
        ]

    # schema.org types of the kinds that have one of their own; the others are Organizations.
    KIND_SCHEMA_TYPES = {
        Kind.NGO: "NGO",
        Kind.GOVERNMENT: "GovernmentOrganization",
        Kind.ACADEMIC: "ResearchOrganization",
        Kind.MEDIA: "NewsMediaOrganization",
    }

    @property
    def schema_type(self) -> str:
        return self.KIND_SCHEMA_TYPES.get(self.kind, "Organization")

    def get_structured_data(self, request=None) -> dict:
        """schema.org Organization from public fields only: no restricted part, no contact."""
        video = {"@type": "VideoObject", "name": self.title, "url": self.video_url, "transcript": self.video_transcript}
        return seo.entity(
            self,
            request,
            self.schema_type,
            identifier={"@type": "PropertyValue", "propertyID": "IPSP", "value": self.public_id},
            sameAs=self.website,
            areaServed=seo.countries(self),
            knowsAbout=seo.term_names(self, "themes") + seo.term_names(self, "domains"),
            subjectOf=video if self.video_url else None,
        )
