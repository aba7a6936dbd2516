"""Template tags of the public site: language switcher, localized terms, term links, icons."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.apps import apps
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi, get_language_info
from wagtail.models import Locale, Page

from cms.models import Theme
from cms.models.taxonomy import localized_terms

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page: Page | None = None) -> list[dict]:
    """One link per language: to this page's translation, or to that language's home page."""
    request = context.get("request")
    current = get_language()
    translations: dict[str, Page] = {}
    if page is not None and getattr(page, "pk", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    homes: dict[str, Page] = {}
    home = context.get("localized_home")
    if home is not None:
        for translation in home.get_translations(inclusive=True).live().select_related("locale"):
            homes[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if page is None and request is not None and current:
            # Views outside Wagtail's tree (search): the same view under the other prefix.
            url = "/" + code + request.path[len(current) + 1 :]
            if request.GET:
                url += "?" + request.GET.urlencode()
        if not url and code in homes:
            url = homes[code].get_url(request)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "translated": target is not None or page is None,
                "bidi": get_language_info(code)["bidi"],
            }
        )
    return links


@register.filter
def localized(terms):
    """Taxonomy terms (a related manager or a list) in the reader's language."""
    if hasattr(terms, "all"):
        terms = terms.all()
    return localized_terms(terms)


@register.simple_tag
def term_url(term, listing_page=None) -> str:
    """The listing filtered by this term: where a click on a taxonomy tag leads."""
    if listing_page is None:
        return ""
    return f"{listing_page.url}?{urlencode({term.facet: term.slug})}"


@register.simple_tag
def icon(name: str, label: str = "", css_class: str = "icon") -> str:
    """An SVG icon from the sprite; decorative unless a label is given."""
    href = f"{static('cms/icons.svg')}#{name}"
    if label:
        return format_html(
            '<svg class="{}" role="img" aria-label="{}"><use href="{}"></use></svg>',
            css_class,
            label,
            href,
        )
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false"><use href="{}"></use></svg>',
        css_class,
        href,
    )


@register.simple_tag
def text_direction() -> str:
    return "rtl" if get_language_bidi() else "ltr"


@register.simple_tag
def active_locale() -> Locale | None:
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


# --- Helpers of the public templates (home page sections, listings) -------------------------


@register.simple_tag
def themes_for_home() -> list:
    """The fourteen themes, in the reader's language, for the home page's themes grid."""
    return localized_terms(Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE))


@register.simple_tag
def page_section(page, model_label: str):
    """`page.section(model_label)` for templates: the home page's live index of that type."""
    section = getattr(page, "section", None)
    return section(model_label) if callable(section) else None


@register.simple_tag
def child_pages(page, model_label: str, limit: int | None = None) -> list:
    """The live, public children of `page` of one page type, in the editors' order."""
    if page is None or not getattr(page, "pk", None):
        return []
    queryset = apps.get_model(model_label).objects.child_of(page).live().public()
    return list(queryset[:limit] if limit else queryset)
