"""Template tags of what crawlers and link previews read in <head>: canonical address, hreflang
alternates, OpenGraph and Twitter cards, schema.org JSON-LD, feed links."""

from __future__ import annotations

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms import seo

register = template.Library()

OG_TYPES = {
    "Article": "article",
    "BlogPosting": "article",
    "NewsArticle": "article",
    "Report": "article",
    "ScholarlyArticle": "article",
    "VideoObject": "video.other",
}

# (URL name, title, MIME type) of the feeds each language offers.
FEEDS = (
    ("directory:initiatives_rss", _("New social initiatives (RSS)"), "application/rss+xml"),
    ("directory:initiatives_atom", _("New social initiatives (Atom)"), "application/atom+xml"),
    ("publications:publications_rss", _("New publications (RSS)"), "application/rss+xml"),
    ("publications:publications_atom", _("New publications (Atom)"), "application/atom+xml"),
    ("publications:podcasts", _("Podcast"), "application/rss+xml"),
)


def _served_at_own_address(page, request) -> bool:
    """Whether the response is the page at its public address.

    Views that render a page's template elsewhere (a contributor's form behind an access link,
    the admin's preview) describe nothing to crawlers.
    """
    if not isinstance(page, Page) or not page.pk or request is None:
        return False
    if getattr(request, "is_preview", False):
        return False
    return request.path == page.get_url(request)


@register.simple_tag
def feed_links() -> list[dict]:
    """The feeds of the reader's language: title, address and MIME type."""
    links = []
    for name, title, mime_type in FEEDS:
        try:
            links.append({"title": title, "url": reverse(name), "type": mime_type})
        except NoReverseMatch:
            continue
    return links


@register.simple_tag(takes_context=True)
def structured_data(context, page=None):
    """The page's schema.org description as a JSON-LD <script> block (escaped)."""
    request = context.get("request")
    page = page or context.get("page")
    if not isinstance(page, Page) or not hasattr(page, "get_structured_data"):
        return ""
    return seo.json_ld(page.get_structured_data(request))


@register.inclusion_tag("cms/includes/seo_head.html", takes_context=True)
def seo_head(context) -> dict:
    """Canonical address, language versions, social cards and JSON-LD of the page shown."""
    request = context.get("request")
    page = context.get("page")
    result = {"feeds": feed_links(), "language": get_language()}
    if not _served_at_own_address(page, request):
        return result
    source = seo.canonical_page(page)
    canonical = seo.page_url(source, request)
    versions = seo.language_versions(source, request)
    data = source.get_structured_data(request) if hasattr(source, "get_structured_data") else seo.web_page(source, request)
    language = source.locale.language_code
    description = source.get_meta_description() if hasattr(source, "get_meta_description") else ""
    image = seo.social_image(source)
    rendition = image.get_rendition(seo.SOCIAL_IMAGE_SPEC) if image is not None else None
    result.update(
        page=source,
        canonical=canonical,
        alternates=seo.hreflang_alternates(versions),
        json_ld=seo.json_ld(data),
        og={
            "type": OG_TYPES.get(data.get("@type"), "website"),
            "title": source.seo_title or source.title,
            "description": seo.plain_text(description, 300),
            "url": canonical,
            "locale": seo.og_locale(language),
            "locale_alternates": [seo.og_locale(code) for code, _url in versions if code != language],
            "published": data.get("datePublished"),
            "modified": data.get("dateModified"),
        },
        image=(
            {
                "url": seo.absolute(rendition.url, request),
                "width": rendition.width,
                "height": rendition.height,
                "alt": rendition.alt,
            }
            if rendition is not None
            else None
        ),
    )
    return result
