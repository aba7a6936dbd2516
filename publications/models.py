"""The Panel's publications: synthesis reports, briefs, data stories, media, articles, events."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.blocks import (
    RICH_TEXT_FEATURES,
    BodyBlock,
    DocumentBlock,
    RecommendationBlock,
    ResourceBlock,
    ToolBlock,
)
from cms.models import BasePage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field
from publications import structured_data
from search.models import FacetedListingPage
from workflows.verification import report_workflow

PUBLICATION_TYPES = (
    "publications.ReportPage",
    "publications.BriefPage",
    "publications.DataStoryPage",
    "publications.MediaPage",
    "publications.ArticlePage",
    "publications.EventPage",
)


class PublicationIndexPage(FacetedListingPage):
    listing_models = PUBLICATION_TYPES
    listing_facets = ("type", "theme", "component", "domain", "audience", "country", "region")
    subpage_types = list(PUBLICATION_TYPES)
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("publications")


class PublicationPage(BasePage):
    """Fields every publication has: a date, a cover image and the shared taxonomy."""

    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = terms_field("cms.Theme", _("themes"))
    domains = terms_field("cms.Domain", _("domains"))
    audiences = terms_field("cms.Audience", _("audiences"))
    countries = terms_field("cms.Country", _("areas / countries"))

    taxonomy_fields = ("themes", "domains", "audiences", "countries")
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []

    promote_panels = [*BasePage.promote_panels, FieldPanel("cover_image")]
    search_fields = [*BasePage.search_fields, index.FilterField("publication_date")]
    api_fields = [
        *BasePage.api_fields,
        APIField("publication_date"),
        APIField("cover_image", serializer=ImageRenditionField("fill-1200x630")),
        *taxonomy_api_fields(*taxonomy_fields),
    ]

    class Meta:
        abstract = True

    @property
    def kind_label(self) -> str:
        return self._meta.verbose_name


class AuthoredPublication(PublicationPage):
    """A publication with authors and downloadable documents."""

    documents = StreamField(
        [("document", DocumentBlock())],
        verbose_name=_("documents to download"),
        blank=True,
        use_json_field=True,
    )

    api_fields = [*PublicationPage.api_fields, APIField("authors"), APIField("documents")]

    class Meta:
        abstract = True


class AuthorRole(models.TextChoices):
    COORDINATING_LEAD_AUTHOR = "cla", _("Coordinating lead author")
    LEAD_AUTHOR = "la", _("Lead author")
    CONTRIBUTING_AUTHOR = "ca", _("Contributing author")
    AUTHOR = "author", _("Author")


class Author(Orderable):
    """An author of a report, brief or data story, with the role the report process gives them."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=20, choices=AuthorRole.choices, default=AuthorRole.AUTHOR)
    affiliation = models.CharField(_("affiliation"), max_length=250, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), FieldPanel("affiliation")]
    api_fields = [APIField("name"), APIField("role"), APIField("affiliation")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name


class ReportPage(AuthoredPublication):
    """An IPSP synthesis report, answering the four questions every report answers."""

    takeaways = RichTextField(
        _("Summary of the take-away messages"), features=RICH_TEXT_FEATURES, blank=True
    )
    what_is_known = RichTextField(
        _("What is known?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Where do we stand and what are the trends?"),
    )
    what_is_desirable = RichTextField(
        _("What is desirable?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What do principles of justice suggest?"),
    )
    obstacles_and_opportunities = RichTextField(
        _("What are the obstacles and opportunities?"), features=RICH_TEXT_FEATURES, blank=True
    )
    what_can_be_done = RichTextField(
        _("What can be done, and by whom?"), features=RICH_TEXT_FEATURES, blank=True
    )
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())],
        verbose_name=_("recommendations"),
        blank=True,
        use_json_field=True,
    )
    toolkit = StreamField(
        [("tool", ToolBlock())], verbose_name=_("toolkit"), blank=True, use_json_field=True
    )

    section_fields = ("what_is_known", "what_is_desirable", "obstacles_and_opportunities", "what_can_be_done")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("takeaways"),
        MultiFieldPanel([FieldPanel(name) for name in section_fields], heading=_("The four questions")),
        FieldPanel("recommendations"),
        FieldPanel("toolkit"),
        FieldPanel("documents"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.SearchField("takeaways"),
        *(index.SearchField(name) for name in section_fields),
        index.RelatedFields("authors", [index.SearchField("name")]),
    ]
    api_fields = [
        *AuthoredPublication.api_fields,
        APIField("takeaways"),
        *(APIField(name) for name in section_fields),
        APIField("recommendations"),
        APIField("toolkit"),
    ]

    class Meta:
        verbose_name = _("synthesis report")
        verbose_name_plural = _("synthesis reports")

    @property
    def sections(self) -> list[tuple[str, str, str]]:
        return [
            (name, self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.section_fields
            if getattr(self, name)
        ]

    def consultation_sections(self) -> list[tuple[str, str, str]]:
        """(key, title, rich text) of the parts readers comment on during the consultation."""
        parts = [("takeaways", self._meta.get_field("takeaways").verbose_name, self.takeaways)]
        parts += self.sections
        parts += [
            (f"recommendation-{index}", block.value["title"], block.value["text"])
            for index, block in enumerate(self.recommendations, start=1)
        ]
        return [(key, str(title), text) for key, title, text in parts if text]

    def get_workflow(self):
        """Reports go through public consultation and council approval (see `workflows`)."""
        return report_workflow() or super().get_workflow()

    schema_type = "Report"

    def get_structured_data(self, request=None) -> dict:
        """schema.org Report: the synthesis report, its authors and documents."""
        return structured_data.report(self, request)


class BriefPage(AuthoredPublication):
    """A brief or note: key messages and a body."""

    key_messages = RichTextField(_("key messages"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("key_messages"),
        FieldPanel("body"),
        FieldPanel("documents"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.SearchField("key_messages"),
        index.SearchField("body"),
    ]
    api_fields = [*AuthoredPublication.api_fields, APIField("key_messages"), APIField("body")]

    class Meta:
        verbose_name = _("brief")
        verbose_name_plural = _("briefs")

    schema_type = "ScholarlyArticle"

    def get_structured_data(self, request=None) -> dict:
        """schema.org ScholarlyArticle: the brief, its key messages, authors and documents."""
        return structured_data.brief(self, request)


class DataStoryPage(AuthoredPublication):
    """A narrative built around charts; every chart carries its data table for accessibility."""

    body = StreamField(BodyBlock(), verbose_name=_("story"), blank=True, use_json_field=True)
    data_sources = RichTextField(_("data sources"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("publication_date"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("body"),
        FieldPanel("data_sources"),
        FieldPanel("documents"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [*PublicationPage.search_fields, index.SearchField("body")]
    api_fields = [*AuthoredPublication.api_fields, APIField("body"), APIField("data_sources")]

    class Meta:
        verbose_name = _("data story")
        verbose_name_plural = _("data stories")

    schema_type = "Dataset"

    def get_structured_data(self, request=None) -> dict:
        """schema.org Dataset: the story's data, its sources and downloadable files."""
        return structured_data.data_story(self, request)


class MediaPage(PublicationPage):
    """A webinar, podcast episode, video or online course."""

    class Kind(models.TextChoices):
        WEBINAR = "webinar", _("Webinar")
        PODCAST = "podcast", _("Podcast")
        VIDEO = "video", _("Video")
        COURSE = "course", _("Online course")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WEBINAR)
    media_url = models.URLField(_("media address"), blank=True, help_text=_("Video or audio to embed."))
    audio_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), null=True, blank=True)
    speakers = models.CharField(_("speakers"), max_length=500, blank=True)
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    transcript = models.TextField(_("transcript"), blank=True)

    override_translatable_fields = [SynchronizedField("media_url")]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("publication_date"),
        FieldPanel("media_url"),
        FieldPanel("audio_file"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("speakers")]),
        FieldPanel("description"),
        FieldPanel("transcript"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.SearchField("speakers"),
        index.FilterField("kind"),
    ]
    api_fields = [
        *PublicationPage.api_fields,
        APIField("kind"),
        APIField("media_url"),
        APIField("audio_file"),
        APIField("duration_minutes"),
        APIField("speakers"),
        APIField("description"),
        APIField("transcript"),
    ]

    class Meta:
        verbose_name = _("media")
        verbose_name_plural = _("media")

    @property
    def schema_type(self) -> str:
        return structured_data.MEDIA_TYPES.get(self.kind, "VideoObject")

    def get_structured_data(self, request=None) -> dict:
        """schema.org VideoObject, PodcastEpisode or Course, by kind of recording."""
        return structured_data.media(self, request)


class ArticlePage(PublicationPage):
    """A blog post or a news item."""

    class Kind(models.TextChoices):
        BLOG = "blog", _("Blog post")
        NEWS = "news", _("News")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.BLOG)
    author_name = models.CharField(_("author"), max_length=200, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, use_json_field=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("publication_date")]),
        FieldPanel("author_name"),
        FieldPanel("body"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.SearchField("body"),
        index.SearchField("author_name"),
        index.FilterField("kind"),
    ]
    api_fields = [*PublicationPage.api_fields, APIField("kind"), APIField("author_name"), APIField("body")]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def schema_type(self) -> str:
        return "NewsArticle" if self.kind == self.Kind.NEWS else "BlogPosting"

    def get_structured_data(self, request=None) -> dict:
        """schema.org BlogPosting or NewsArticle, with its author."""
        return structured_data.article(self, request)


class EventPage(PublicationPage):
    """A forum, an awards ceremony, the World Social Progress Day or a declaration."""

    class Kind(models.TextChoices):
        FORUM = "forum", _("World Social Progress Forum")
        AWARDS = "awards", _("Social Progress Awards")
        DAY = "day", _("World Social Progress Day")
        DECLARATION = "declaration", _("Declaration")
        WORKSHOP = "workshop", _("Workshop or seminar")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.FORUM)
    start = models.DateTimeField(_("starts"), null=True, blank=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    event_format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.HYBRID)
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "cms.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("registration address"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("programme"), blank=True, use_json_field=True)
    resources = StreamField(ResourceBlock(), verbose_name=_("resources"), blank=True, use_json_field=True)

    override_translatable_fields = [SynchronizedField("registration_url")]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("event_format"),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("registration_url"),
        FieldPanel("body"),
        FieldPanel("resources"),
        taxonomy_panel(*PublicationPage.taxonomy_fields),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    api_fields = [
        *PublicationPage.api_fields,
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("event_format"),
        APIField("venue"),
        APIField("city"),
        APIField("country_code"),
        APIField("registration_url"),
        APIField("body"),
        APIField("resources"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def country_code(self) -> str:
        return self.country.code if self.country_id else ""

    schema_type = "Event"

    def get_structured_data(self, request=None) -> dict:
        """schema.org Event: dates, the place and/or the online address, the organiser."""
        return structured_data.event(self, request)


class ReportAuthor(Author):
    page = ParentalKey(ReportPage, related_name="authors", on_delete=models.CASCADE)


class BriefAuthor(Author):
    page = ParentalKey(BriefPage, related_name="authors", on_delete=models.CASCADE)


class DataStoryAuthor(Author):
    page = ParentalKey(DataStoryPage, related_name="authors", on_delete=models.CASCADE)
