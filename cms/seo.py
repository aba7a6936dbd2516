"""What search engines and harvesters read about a page: schema.org JSON-LD, language versions.

Page types describe themselves with `get_structured_data(request)` (a dict); the helpers here
build the parts they share. Only public fields go in: the same ones a page shows, never an
actor's restricted parts or anything about a contributor.
"""

from __future__ import annotations

import datetime
import html
import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import override
from wagtail.models import Page, Site

from cms.models.taxonomy import localized_terms

SCHEMA_CONTEXT = "https://schema.org"
SOCIAL_IMAGE_SPEC = "fill-1200x630"

# OpenGraph wants language_TERRITORY; these are the usual territories for each language.
OG_LOCALES = {
    "en": "en_US",
    "ar": "ar_AR",
    "bn": "bn_IN",
    "zh-hans": "zh_CN",
    "fr": "fr_FR",
    "hi": "hi_IN",
    "ja": "ja_JP",
    "pt": "pt_BR",
    "ru": "ru_RU",
    "sw": "sw_KE",
}

# The characters that could end a <script> block or start markup, as JSON escapes.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


# --- Small conversions ----------------------------------------------------------------------


def compact(value):
    """The value without empty members (None, "", [], {}), at every depth."""
    if isinstance(value, dict):
        cleaned = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if item not in (None, "", [], {})}
    if isinstance(value, list | tuple):
        cleaned = [compact(item) for item in value]
        return [item for item in cleaned if item not in (None, "", [], {})]
    return value


def iso(value) -> str | None:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return None


def plain_text(value, limit: int | None = None) -> str:
    """Rich text or HTML as one line of plain text (entities decoded), cut at `limit`."""
    if not value:
        return ""
    text = " ".join(html.unescape(strip_tags(str(value))).split())
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def json_ld(data: dict) -> SafeString:
    """A `<script type="application/ld+json">` block that no value can break out of."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    payload = payload.translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 -- escaped above


def og_locale(language_code: str) -> str:
    if language_code in OG_LOCALES:
        return OG_LOCALES[language_code]
    language, _sep, territory = language_code.partition("-")
    return f"{language}_{territory.upper()}" if territory else language


# --- Addresses ------------------------------------------------------------------------------


def site_for(request=None) -> Site | None:
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def root_url(request=None) -> str:
    """The public address of the site, without a trailing slash (from the Wagtail site)."""
    site = site_for(request)
    if site is not None:
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(url: str | None, request=None) -> str | None:
    if not url:
        return None
    if re.match(r"^https?://", url):
        return url
    return f"{root_url(request)}{url if url.startswith('/') else '/' + url}"


def page_url(page, request=None) -> str | None:
    return page.get_full_url(request) if getattr(page, "pk", None) else None


def search_url(language_code: str, request=None) -> str:
    with override(language_code):
        return absolute(reverse("search"), request)


def image_url(image, request=None, spec: str = SOCIAL_IMAGE_SPEC) -> str | None:
    if image is None:
        return None
    return absolute(image.get_rendition(spec).url, request)


def social_image(page):
    """The image that stands for a page in previews (publications have a cover image)."""
    return getattr(page, "cover_image", None)


# --- Language versions ----------------------------------------------------------------------


def canonical_page(page):
    """The page whose address is canonical: an alias repeats its original's content."""
    if getattr(page, "alias_of_id", None):
        original = Page.objects.live().public().filter(pk=page.alias_of_id).first()
        if original is not None:
            return original.specific
    return page


def language_versions(page, request=None) -> list[tuple[str, str]]:
    """(language code, full URL) of the live, public, real translations of a page (no alias)."""
    if not getattr(page, "pk", None):
        return []
    translations = (
        Page.objects.live()
        .public()
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
    )
    return ordered_versions(
        (t.locale.language_code, t.get_full_url(request)) for t in translations
    )


def ordered_versions(versions) -> list[tuple[str, str]]:
    """Versions in the order of settings.LANGUAGES, without pages that have no address."""
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    found = [(code, url) for code, url in versions if url]
    return sorted(found, key=lambda version: order.get(version[0], len(order)))


def hreflang_alternates(versions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """hreflang links for a set of versions plus x-default; none when there is only one."""
    if len(versions) < 2:
        return []
    default = dict(versions).get(settings.LANGUAGE_CODE, versions[0][1])
    return [*versions, ("x-default", default)]


# --- Building blocks of the structured data -------------------------------------------------


def publisher(request=None) -> dict:
    """The Panel, publisher of the platform's content."""
    return {
        "@type": "Organization",
        "name": getattr(settings, "DATACITE_PUBLISHER", "") or settings.WAGTAIL_SITE_NAME,
        "url": root_url(request) + "/",
    }


def web_page(page, request=None, schema_type: str = "WebPage") -> dict:
    """What every page states: its name, summary, address, language and dates."""
    description = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return compact(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": schema_type,
            "@id": page_url(page, request),
            "url": page_url(page, request),
            "name": page.title,
            "description": plain_text(description, 500),
            "inLanguage": page.locale.language_code if page.locale_id else None,
            "datePublished": iso(page.first_published_at),
            "dateModified": iso(page.last_published_at),
        }
    )


def entity(page, request, schema_type: str, **fields) -> dict:
    """A thing that is not a document (organisation, project): the page describes it.

    The page's language and dates belong to the page, so they go in `mainEntityOfPage`.
    """
    about_page = web_page(page, request)
    about_page.pop("@context", None)
    url = about_page.get("url")
    return compact(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": schema_type,
            "@id": f"{url}#entity" if url else None,
            "name": page.title,
            "description": about_page.get("description"),
            "url": url,
            "mainEntityOfPage": about_page,
            **fields,
        }
    )


def creative_work(page, request, schema_type: str, **fields) -> dict:
    """A document (report, article, data set, recording): the page is its landing page."""
    data = web_page(page, request, schema_type)
    data["headline"] = page.title[:110]
    data["publisher"] = publisher(request)
    published = getattr(page, "publication_date", None)
    if published:
        data["datePublished"] = iso(published)
    image = social_image(page)
    if image is not None:
        data["image"] = image_url(image, request)
    data["keywords"] = term_names(page, "themes")
    return compact({**data, **fields})


def term_names(page, field_name: str) -> list[str]:
    """Names of the page's terms of one taxonomy field, in the page's language."""
    if field_name not in getattr(page, "taxonomy_fields", ()) or not getattr(page, "pk", None):
        return []
    terms = getattr(page, field_name).all()
    return [term.name for term in localized_terms(terms, locale=page.locale)]


def countries(page, schema_type: str = "Country") -> list[dict]:
    """The page's countries as schema.org places, named in the page's language."""
    if "countries" not in getattr(page, "taxonomy_fields", ()) or not getattr(page, "pk", None):
        return []
    language = page.locale.language_code
    return [
        {"@type": schema_type, "name": country.name_in(language), "identifier": country.code}
        for country in page.countries.all()
    ]


def person(name: str, affiliation: str = "") -> dict:
    return compact(
        {
            "@type": "Person",
            "name": name,
            "affiliation": {"@type": "Organization", "name": affiliation} if affiliation else None,
        }
    )


def authors(page) -> list[dict]:
    """The authors of a publication that lists them (reports, briefs, data stories)."""
    if not hasattr(page, "authors") or not getattr(page, "pk", None):
        return []
    return [person(author.name, author.affiliation) for author in page.authors.all()]


def page_reference(page, request=None) -> dict:
    """A short mention of another page: its schema.org type, name and address."""
    return compact(
        {
            "@type": getattr(page, "schema_type", "WebPage"),
            "name": page.title,
            "url": page_url(page, request),
        }
    )


def document_downloads(page, request=None, field_name: str = "documents") -> list[dict]:
    """The documents of a StreamField of DocumentBlocks as schema.org DataDownloads."""
    downloads = []
    for block in getattr(page, field_name, None) or []:
        document = block.value.get("document")
        if document is None:
            continue
        downloads.append(
            compact(
                {
                    "@type": "DataDownload",
                    "name": block.value.get("title") or document.title,
                    "contentUrl": absolute(document.url, request),
                    "encodingFormat": document.content_type,
                    "inLanguage": block.value.get("language"),
                }
            )
        )
    return downloads


def duration(minutes: int | None) -> str | None:
    """An ISO 8601 duration: 75 → "PT1H15M"."""
    if not minutes:
        return None
    hours, rest = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
