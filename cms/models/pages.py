"""Abstract page classes every content app builds on: summary, taxonomy links and listings.

We keep Wagtail's own `wagtailcore.Page` as the base model rather than swapping it (Wagtail 8's
custom base page feature): wagtail-localize and wagtail-modeladmin are not yet certified
against a swapped page model, and abstract classes give us the shared fields just as well.
"""

from __future__ import annotations

from django import forms
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from cms import seo
from cms.serializers import CountriesField, TermsField

DEFAULT_LOCALE_ONLY = {"locale__language_code": settings.LANGUAGE_CODE}

# facet name → (page field, model of the facet's value, lookup from the page field)
TAXONOMY_FIELDS: dict[str, tuple[str, str, str]] = {
    "theme": ("themes", "cms.Theme", "slug"),
    "component": ("themes", "cms.AgendaComponent", "component__slug"),
    "domain": ("domains", "cms.Domain", "slug"),
    "discipline": ("disciplines", "cms.Discipline", "slug"),
    "project_type": ("project_types", "cms.ProjectType", "slug"),
    "activity": ("activities", "cms.Activity", "slug"),
    "audience": ("audiences", "cms.Audience", "slug"),
    "country": ("countries", "cms.Country", "code"),
    "region": ("countries", "cms.Region", "region__slug"),
}


def terms_field(model: str, verbose_name, help_text: str = "") -> ParentalManyToManyField:
    """A link to taxonomy terms of the default locale (translations share the same links)."""
    limit = None if model == "cms.Country" else DEFAULT_LOCALE_ONLY
    return ParentalManyToManyField(
        model,
        verbose_name=verbose_name,
        blank=True,
        related_name="+",
        limit_choices_to=limit,
        help_text=help_text,
    )


def taxonomy_api_fields(*field_names: str) -> list[APIField]:
    return [
        APIField(name, serializer=CountriesField() if name == "countries" else TermsField())
        for name in field_names
    ]


def taxonomy_panel(*field_names: str) -> MultiFieldPanel:
    return MultiFieldPanel(
        [FieldPanel(name, widget=forms.CheckboxSelectMultiple) for name in field_names],
        heading=_("Classification"),
    )


class BasePage(Page):
    """Fields and behaviour shared by every public page of the platform."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("Two or three sentences shown in listings, previews and search results."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [APIField("summary")]

    # Names of the taxonomy fields this page type carries, in display order.
    taxonomy_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    @property
    def listing_page(self) -> Page | None:
        """The index page whose listing filters by this page's terms."""
        parent = self.get_parent()
        return parent.specific if parent else None

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    # The schema.org type of what a page describes; page types with their own override it.
    schema_type = "WebPage"

    def get_structured_data(self, request=None) -> dict:
        """schema.org JSON-LD of the page for search engines and harvesters (public fields only)."""
        schema_type = "CollectionPage" if hasattr(self, "listing_models") else self.schema_type
        return seo.web_page(self, request, schema_type)


class ListingPage(BasePage):
    """An index page that lists its live children (filters, counts and paging: search.models)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    listing_page_size = 24
    # Dotted labels of the page models listed here.
    listing_models: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_listing_queryset(self):
        models_listed = [apps.get_model(label) for label in self.listing_models]
        if len(models_listed) == 1:
            queryset = models_listed[0].objects.child_of(self)
        else:
            queryset = Page.objects.child_of(self).type(*models_listed)
        return queryset.live().public().order_by("-first_published_at", "-pk")
