"""Social initiatives, described in the five parts of the registration form."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms import seo
from cms.models import BasePage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field
from cms.serializers import PageLinksField
from search.models import FacetedListingPage

from .base import DESCRIPTION_FEATURES, DirectoryEntryPage


class InitiativeIndexPage(FacetedListingPage):
    listing_models = ("directory.InitiativePage",)
    listing_facets = (
        "theme", "component", "domain", "discipline", "project_type", "activity",
        "country", "region", "flagged",
    )
    subpage_types = ["directory.InitiativePage", "directory.InitiativeSubmissionPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative directory")


class InitiativePage(DirectoryEntryPage):
    """A social initiative, described in the five parts the registration form asks for."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        EVOLVING = "evolving", _("Evolving")
        TERMINATED = "terminated", _("Terminated")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    organisations = ParentalManyToManyField(
        "directory.ActorPage",
        verbose_name=_("organisations"),
        blank=True,
        related_name="initiatives",
        help_text=_("The organisations or affiliations of the project holders."),
    )
    problem = RichTextField(
        _("What problem does it address?"), features=DESCRIPTION_FEATURES, blank=True
    )
    approach = RichTextField(
        _("What is the approach and how is it innovative?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )
    success = RichTextField(
        _("Why is it successful and how is this success measured?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )
    replicability = RichTextField(
        _("To what extent could it be replicated in other contexts?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )
    externalities = RichTextField(
        _("How does it take into account and deal with its externalities?"),
        features=DESCRIPTION_FEATURES,
        blank=True,
    )
    doi = models.CharField(
        _("DOI"),
        max_length=100,
        blank=True,
        editable=False,
        help_text=_("Minted at publication; empty until then."),
    )

    themes = terms_field("cms.Theme", _("themes"))
    domains = terms_field("cms.Domain", _("domains"))
    disciplines = terms_field("cms.Discipline", _("disciplines"))
    project_types = terms_field("cms.ProjectType", _("project types"))
    activities = terms_field("cms.Activity", _("activities"))
    countries = terms_field("cms.Country", _("areas / countries"))

    taxonomy_fields = ("themes", "domains", "disciplines", "project_types", "activities", "countries")
    description_fields = ("problem", "approach", "success", "replicability", "externalities")
    public_id_prefix = "IPSP-I"
    override_translatable_fields = [
        *DirectoryEntryPage.override_translatable_fields,
        SynchronizedField("doi"),
    ]
    system_fields = (*DirectoryEntryPage.system_fields, "doi")

    parent_page_types = ["directory.InitiativeIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        InlinePanel("project_holders", label=_("Project holders"), min_num=0),
        FieldPanel("organisations"),
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel(name) for name in description_fields],
            heading=_("Description"),
        ),
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_transcript")], heading=_("Video")
        ),
        FieldPanel("resources"),
        taxonomy_panel(*taxonomy_fields),
        FieldPanel("flagged_by_reviewers"),
    ]

    search_fields = [
        *BasePage.search_fields,
        *(index.SearchField(name) for name in description_fields),
        index.SearchField("video_transcript"),
        index.RelatedFields("project_holders", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("flagged_by_reviewers"),
        index.FilterField("public_id"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("public_id"),
        APIField("first_submitted_at"),
        APIField("doi"),
        APIField("status"),
        APIField("flagged_by_reviewers"),
        APIField("project_holders"),
        APIField("organisations", serializer=PageLinksField(source="organisations_in_locale")),
        *(APIField(name) for name in description_fields),
        APIField("video_url"),
        APIField("video_transcript"),
        APIField("resources"),
        *taxonomy_api_fields(*taxonomy_fields),
    ]

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def review_parties(self) -> list:
        """The initiative and the organisations that carry it."""
        return [self.translation_key, *(actor.translation_key for actor in self.organisations.all())]

    def organisations_in_locale(self) -> list:
        """The organisations as a reader of this page sees them: in its language where translated.

        Translations share the source page's links (wagtail-localize copies many-to-many values),
        so each linked actor is swapped for its live translation in this page's locale.
        """
        linked = list(self.organisations.all())
        if not linked:
            return []
        local = {
            actor.translation_key: actor
            for actor in self.organisations.model.objects.live().filter(
                locale_id=self.locale_id, translation_key__in=[a.translation_key for a in linked]
            )
        }
        return [local.get(actor.translation_key, actor) for actor in linked]

    @property
    def description_parts(self) -> list[tuple[str, str, str]]:
        """(field name, question, answer) for each non-empty part of the description."""
        return [
            (name, self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.description_fields
            if getattr(self, name)
        ]

    schema_type = "Project"

    def get_structured_data(self, request=None) -> dict:
        """schema.org Project for search engines and harvesters: what the page shows, no more."""
        identifiers = [{"@type": "PropertyValue", "propertyID": "IPSP", "value": self.public_id}]
        doi_url = f"https://doi.org/{self.doi}" if self.doi else None
        if self.doi:
            identifiers.append({"@type": "PropertyValue", "propertyID": "DOI", "value": self.doi, "url": doi_url})
        members = [
            {"@type": "OrganizationRole", "roleName": holder.role, "member": seo.person(holder.name)}
            for holder in self.project_holders.all()
        ]
        members += [
            seo.page_reference(organisation, request)
            if organisation.live
            else {"@type": "Organization", "name": organisation.title}
            for organisation in self.organisations_in_locale()
        ]
        video = {"@type": "VideoObject", "name": self.title, "url": self.video_url, "transcript": self.video_transcript}
        flag = self._meta.get_field("flagged_by_reviewers").help_text if self.flagged_by_reviewers else None
        return seo.entity(
            self,
            request,
            self.schema_type,
            identifier=identifiers,
            sameAs=doi_url,
            areaServed=seo.countries(self),
            keywords=seo.term_names(self, "themes") + seo.term_names(self, "domains"),
            member=members,
            subjectOf=video if self.video_url else None,
            award=str(flag) if flag else None,
        )


class ProjectHolder(Orderable):
    page = ParentalKey(InitiativePage, related_name="project_holders", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]
    api_fields = [APIField("name"), APIField("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("project holder")
        verbose_name_plural = _("project holders")

    def __str__(self) -> str:
        return self.name
