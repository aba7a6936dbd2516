"""The one taxonomy shared by initiatives, actors, publications and the encyclopedia.

Terms are translatable snippets: each locale has its own row, tied by `translation_key`.
Pages always link to the terms of the default locale (wagtail-localize copies many-to-many
values unchanged into translations), and display the term of the reader's locale through
`localized_terms()`. Countries are one row each; their names come from CLDR in every language.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from functools import cache

from babel import Locale as BabelLocale
from django.conf import settings
from django.core.cache import cache as django_cache
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.env import BASE_DIR
from cms.locales import active_locale_id

THEME_ICONS = [
    ("systems", _("Systems map")),
    ("measure", _("Measuring what we value")),
    ("enterprise", _("Enterprise")),
    ("wage", _("Wages")),
    ("technology", _("Technology")),
    ("behaviour", _("Behaviour")),
    ("state", _("State")),
    ("city", _("City")),
    ("democracy", _("Democracy")),
    ("information", _("Information")),
    ("extraction", _("Extraction")),
    ("law", _("Law")),
    ("solidarity", _("Solidarity")),
    ("peace", _("Peace")),
    ("economy", _("Economy")),
    ("social-change", _("Social change")),
    ("participation", _("Participation")),
    ("security", _("Security")),
    ("nature", _("Nature")),
    ("tag", _("Tag")),
]


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term of one of the taxonomy's indexes, with a stable slug shared by its translations."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Stable identifier used in URLs and the API; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    # The slug is an identifier, not text: translations keep the source's one.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)

    # The query parameter that filters listings by this kind of term (a key of TAXONOMY_FIELDS).
    facet: str = ""


class AgendaComponent(TaxonomyTerm):
    """One of the five components of the Social Progress Agenda."""

    facet = "component"
    icon = models.CharField(_("icon"), max_length=40, choices=THEME_ICONS, default="tag")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("agenda component")
        verbose_name_plural = _("agenda components")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(TaxonomyTerm):
    """One of the fourteen transversal themes of the work programme."""

    facet = "theme"

    icon = models.CharField(_("icon"), max_length=40, choices=THEME_ICONS, default="tag")
    component = models.ForeignKey(
        AgendaComponent,
        verbose_name=_("agenda component"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="themes",
        help_text=_("Empty for the two overarching themes."),
    )

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Domain(TaxonomyTerm):
    facet = "domain"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("domain")
        verbose_name_plural = _("domains")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Discipline(TaxonomyTerm):
    facet = "discipline"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("discipline")
        verbose_name_plural = _("disciplines")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class ProjectType(TaxonomyTerm):
    facet = "project_type"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("project type")
        verbose_name_plural = _("project types")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Activity(TaxonomyTerm):
    facet = "activity"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Audience(TaxonomyTerm):
    facet = "audience"

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Region(TaxonomyTerm):
    """A UN M49 region; `code` is its M49 number."""

    facet = "region"
    code = models.CharField(_("UN M49 code"), max_length=3, blank=True)

    override_translatable_fields = [*TaxonomyTerm.override_translatable_fields, SynchronizedField("code")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


@cache
def _babel_locale(language_code: str) -> BabelLocale:
    return BabelLocale.parse(language_code.replace("-", "_"))


@cache
def country_region_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → UN M49 region code, from the data file shipped in cms/data."""
    with open(BASE_DIR / "cms" / "data" / "country_regions.json", encoding="utf-8") as handle:
        return json.load(handle)["regions"]


class Country(index.Indexed, models.Model):
    """A country of ISO 3166-1. Its name is read from CLDR in the reader's language."""

    code = models.CharField(_("ISO 3166-1 alpha-2 code"), max_length=2, unique=True)
    alpha3 = models.CharField(_("ISO 3166-1 alpha-3 code"), max_length=3, unique=True)
    numeric = models.CharField(_("ISO 3166-1 numeric code"), max_length=3)
    english_name = models.CharField(_("name in English"), max_length=120)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="countries",
    )

    search_fields = [
        index.SearchField("english_name"),
        index.AutocompleteField("english_name"),
        index.FilterField("code"),
    ]

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["english_name"]

    def __str__(self) -> str:
        return self.name

    @property
    def slug(self) -> str:
        return self.code.lower()

    facet = "country"

    @property
    def name(self) -> str:
        return self.name_in(get_language() or settings.LANGUAGE_CODE)

    def name_in(self, language_code: str) -> str:
        return _babel_locale(language_code).territories.get(self.code) or self.english_name


def localized_terms(
    terms: Iterable[TaxonomyTerm], locale: Locale | None = None
) -> list[TaxonomyTerm]:
    """The same terms in `locale` (by default the reader's), in one query per kind of term.

    Terms with no translation yet are returned as they are (the source-language name).
    """
    terms = list(terms)
    if not terms or not isinstance(terms[0], TranslatableMixin):
        return terms
    locale_id = locale.pk if locale is not None else active_locale_id()
    if locale_id is None or all(t.locale_id == locale_id for t in terms):
        return terms
    translated = _translations(type(terms[0]), locale_id)
    return [translated.get(t.translation_key, t) for t in terms]


_TERM_VERSION_KEY = "ipsp:taxonomy-version"
_term_cache: dict[tuple[str, int, str], dict] = {}


def clear_term_cache() -> None:
    """Forget cached translations in every process (the version lives in the shared cache)."""
    django_cache.set(_TERM_VERSION_KEY, uuid.uuid4().hex, None)
    _term_cache.clear()


def _translations(model: type[TaxonomyTerm], locale_id: int) -> dict:
    """All terms of `model` in one locale, by translation key: the taxonomy is small."""
    version = django_cache.get(_TERM_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        django_cache.add(_TERM_VERSION_KEY, version, None)
    key = (model._meta.label, locale_id, version)
    if key not in _term_cache:
        if len(_term_cache) > 500:
            _term_cache.clear()
        _term_cache[key] = {
            term.translation_key: term for term in model.objects.filter(locale_id=locale_id)
        }
    return _term_cache[key]
