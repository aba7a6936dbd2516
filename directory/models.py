"""The two directories of the platform: social initiatives and the actors who carry them."""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import ResourceBlock
from cms.models import BasePage, ListingPage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field
from cms.serializers import PageLinksField
from directory.forms import ActorPageForm

DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


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
    override_translatable_fields = [
        SynchronizedField("public_id"),
        SynchronizedField("video_url"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.public_id:
            number = IdentifierSequence.next_value(self.public_id_prefix)
            self.public_id = f"{self.public_id_prefix}-{number:06d}"
        if not self.first_submitted_at:
            self.first_submitted_at = timezone.now()
        super().save(*args, **kwargs)


class InitiativeIndexPage(ListingPage):
    listing_models = ("directory.InitiativePage",)
    subpage_types = ["directory.InitiativePage"]
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

    def organisations_in_locale(self) -> list[ActorPage]:
        """The organisations as a reader of this page sees them: in its language where translated.

        Translations share the source page's links (wagtail-localize copies many-to-many values),
        so each linked actor is swapped for its live translation in this page's locale.
        """
        linked = list(self.organisations.all())
        if not linked:
            return []
        local = {
            actor.translation_key: actor
            for actor in ActorPage.objects.live().filter(
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


class ActorIndexPage(ListingPage):
    listing_models = ("directory.ActorPage",)
    subpage_types = ["directory.ActorPage"]
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

    themes = terms_field("cms.Theme", _("themes"))
    domains = terms_field("cms.Domain", _("fields of action"))
    activities = terms_field("cms.Activity", _("activities"))
    countries = terms_field("cms.Country", _("areas / countries"))

    taxonomy_fields = ("themes", "domains", "activities", "countries")
    description_fields = ("problems", "activities_description", "partnerships", "collaboration_interest")
    restricted_fields = ("contact_name", "contact_email", "contact_phone", "internal_notes", "restricted_parts")
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

    def carried_initiatives(self):
        """Live initiatives in this page's language that name this actor (in any language)."""
        translations = ActorPage.objects.filter(translation_key=self.translation_key).values("pk")
        return (
            InitiativePage.objects.live()
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
