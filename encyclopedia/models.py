"""The web encyclopedia of social progress: pages that summarise groups of related entries."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms import seo
from cms.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.models import BasePage
from cms.models.pages import taxonomy_api_fields, taxonomy_panel, terms_field
from search.models import FacetedListingPage


class EncyclopediaIndexPage(FacetedListingPage):
    listing_models = ("encyclopedia.EncyclopediaPage",)
    listing_facets = ("theme", "component", "domain", "country", "region")
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
        """The linked initiatives and actors the public can open, in editorial order, each in
        this page's language where it has a live page there (a translation or an alias).

        Links may point at the entries of another locale (an alias copies them unchanged), so
        they are matched by translation key; a few queries whatever the number of links.
        """
        links = [link for link in self.linked_entries.select_related("entry") if link.entry]
        if not links:
            return []
        pages = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=[link.entry.translation_key for link in links])
            .filter(models.Q(locale_id=self.locale_id) | models.Q(pk__in=[link.entry_id for link in links]))
            .specific()
        )
        by_pk = {page.pk: page for page in pages}
        local = {page.translation_key: page for page in by_pk.values() if page.locale_id == self.locale_id}
        entries = []
        for link in links:
            page = local.get(link.entry.translation_key) or by_pk.get(link.entry_id)
            if page is not None and page not in entries:
                entries.append(page)
        return entries

    schema_type = "Article"

    def get_structured_data(self, request=None) -> dict:
        """schema.org Article about the linked initiatives and actors the public can open."""
        return seo.creative_work(
            self,
            request,
            self.schema_type,
            about=[seo.page_reference(entry, request) for entry in self.live_linked_entries()],
            spatialCoverage=seo.countries(self, "Place"),
        )


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


class EncyclopediaProposal(models.Model):
    """A group of similar entries that the clustering found and drafted a page for, once.

    `key` identifies the group by its shared terms (see `encyclopedia.clustering`), so a group
    already proposed is never proposed again, whatever editors did with its draft: written,
    published, or deleted (the proposal then stays, without a page, as dismissed).
    """

    key = models.CharField(_("key"), max_length=64, unique=True, editable=False)
    terms = models.JSONField(
        _("shared terms"), default=list, help_text=_("Sorted “kind:slug” of the terms the group shares.")
    )
    members = models.JSONField(
        _("members"), default=list, help_text=_("Translation keys of the entries in the group.")
    )
    page = models.ForeignKey(
        EncyclopediaPage,
        verbose_name=_("drafted page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)

    class Meta:
        verbose_name = _("encyclopedia proposal")
        verbose_name_plural = _("encyclopedia proposals")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return ", ".join(self.terms)
