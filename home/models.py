"""The home page, the audience landing pages, standard pages and site-wide settings."""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from cms import seo
from cms.blocks import RICH_TEXT_FEATURES, BodyBlock
from cms.models import BasePage
from cms.models.pages import DEFAULT_LOCALE_ONLY


class AccessModeBlock(blocks.StructBlock):
    """One way into the platform for an audience: a heading, a sentence and a link."""

    title = blocks.CharBlock(label=_("title"), max_length=150)
    text = blocks.TextBlock(label=_("text"), required=False)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or address"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Access mode")
        template = "home/blocks/access_mode.html"

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        return {
            "title": value.get("title"),
            "text": value.get("text"),
            "url": (page.url if page else None) or value.get("url") or None,
        }


class HomePage(BasePage):
    """The portal's front door: the two directories, the Panel's publications, its audiences."""

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, use_json_field=True)

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]
    api_fields = [*BasePage.api_fields, APIField("hero_title"), APIField("hero_text"), APIField("body")]

    class Meta:
        verbose_name = _("home page")

    def section(self, model_label: str):
        """The first live child page of a given type (a directory or index)."""
        model = apps.get_model(model_label)
        return model.objects.child_of(self).live().first()

    schema_type = "WebSite"

    def get_structured_data(self, request=None) -> dict:
        """schema.org WebSite of this language, with the search engines' search box."""
        data = seo.web_page(self, request, self.schema_type)
        search = seo.search_url(self.locale.language_code, request)
        data["publisher"] = seo.publisher(request)
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        }
        return data


class AudiencePage(BasePage):
    """A landing page for one audience: scholars, civil society, business, policymakers…"""

    audience = models.ForeignKey(
        "cms.Audience",
        verbose_name=_("audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=DEFAULT_LOCALE_ONLY,
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    access_modes = StreamField(
        [("access_mode", AccessModeBlock())],
        verbose_name=_("access modes"),
        blank=True,
        use_json_field=True,
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, use_json_field=True)

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("audience"),
        FieldPanel("intro"),
        FieldPanel("access_modes"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [
        *BasePage.api_fields,
        APIField("audience_slug"),
        APIField("intro"),
        APIField("access_modes"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("audience page")
        verbose_name_plural = _("audience pages")

    @property
    def audience_slug(self) -> str:
        return self.audience.slug if self.audience_id else ""


class StandardPage(BasePage):
    """A plain page: about the Panel, the charter, the privacy notice…"""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True, use_json_field=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer and contact details shown on every page."""

    footer_text = models.TextField(_("footer text"), blank=True)
    contact_email = models.EmailField(
        _("public contact e-mail"), blank=True, help_text=_("The secretariat's public address.")
    )

    demo_notice = models.BooleanField(
        _("show the demonstration notice"),
        default=False,
        help_text=_("A banner on every page saying that the content is fictional demonstration data."),
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how personal data is handled; forms link to it."),
    )

    panels = [
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("privacy_page"),
        FieldPanel("demo_notice"),
    ]

    class Meta:
        verbose_name = _("site settings")
