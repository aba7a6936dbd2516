"""The ten locales by language code and by id, read once per process (they rarely change).

Listings call `Locale.get_active()` once per card otherwise; a saved or deleted locale empties
the cache (cms/signals.py).
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_IDS_BY_CODE: dict[str, int] = {}
_CODES_BY_ID: dict[int, str] = {}


def locale_ids() -> dict[str, int]:
    """language code → locale id."""
    if not _IDS_BY_CODE:
        _IDS_BY_CODE.update(Locale.objects.values_list("language_code", "pk"))
        _CODES_BY_ID.update((pk, code) for code, pk in _IDS_BY_CODE.items())
    return _IDS_BY_CODE


def language_code_of(locale_id: int) -> str:
    """The language code of a locale id (called for every object indexed)."""
    locale_ids()
    return _CODES_BY_ID.get(locale_id, settings.LANGUAGE_CODE)


def active_locale_id() -> int | None:
    """The id of the reader's locale (Wagtail's `Locale.get_active()`, without a query)."""
    ids = locale_ids()
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        language = settings.LANGUAGE_CODE
    return ids.get(language) or ids.get(settings.LANGUAGE_CODE)


def forget_locales(**kwargs) -> None:
    _IDS_BY_CODE.clear()
    _CODES_BY_ID.clear()
