"""The web encyclopedia of social progress: pages that summarise groups of related entries."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.models import BasePage, ListingPage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field


class EncyclopediaIndexPage(ListingPage):
    listing_models = ("encyclopedia.EncyclopediaPage",)
    subpage_types = ["encyclopedia.EncyclopediaPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("encyclopedia")


class EncyclopediaPage(BasePage):
    """What a group of similar or cross-related entries have in common, and what sets each apart."""

    common_features = RichTextField(_("common features"), features=RICH_TEXT_FEATURES, blank=True)
    specificities = RichTextField(_("specificities"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("further reading"), blank=True, use_json_field=True)

    themes = terms_field("cms.Theme", _("themes"))
    domains = terms_field("cms.Domain", _("domains"))
    countries = terms_field("cms.Country", _("areas / countries"))

    taxonomy_fields = ("themes", "domains", "countries")
    parent_page_types = ["encyclopedia.EncyclopediaIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("common_features"),
        FieldPanel("specificities"),
        InlinePanel("linked_entries", label=_("Linked entries")),
        FieldPanel("body"),
        taxonomy_panel(*taxonomy_fields),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("common_features"),
        index.SearchField("specificities"),
        index.SearchField("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("common_features"),
        APIField("specificities"),
        APIField("linked_entries"),
        APIField("body"),
        *taxonomy_api_fields(*taxonomy_fields),
    ]

    class Meta:
        verbose_name = _("encyclopedia page")
        verbose_name_plural = _("encyclopedia pages")

    def live_linked_entries(self):
        """The linked initiatives and actors the public can open, in editorial order."""
        return [
            link.entry.specific
            for link in self.linked_entries.select_related("entry")
            if link.entry and link.entry.live
        ]


class LinkedEntry(Orderable):
    page = ParentalKey(EncyclopediaPage, related_name="linked_entries", on_delete=models.CASCADE)
    entry = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="encyclopedia_links",
    )
    note = models.CharField(
        _("what is specific to it"), max_length=300, blank=True
    )

    panels = [
        PageChooserPanel("entry", ["directory.InitiativePage", "directory.ActorPage"]),
        FieldPanel("note"),
    ]
    api_fields = [APIField("entry"), APIField("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked entry")
        verbose_name_plural = _("linked entries")
