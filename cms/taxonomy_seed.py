"""Loads the platform's taxonomy (cms/data/taxonomy.json, CLDR, ISO 3166-1) into the database.

Idempotent: terms are matched by slug in the default locale and their translations by
translation key, so a second run changes nothing; an edited name in the data file is updated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pycountry
from babel import Locale as BabelLocale
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from cms.env import BASE_DIR
from cms.models import (
    Activity,
    AgendaComponent,
    Audience,
    Country,
    Discipline,
    Domain,
    ProjectType,
    Region,
    TaxonomyTerm,
    Theme,
)
from cms.models.taxonomy import country_region_codes

DATA_FILE = BASE_DIR / "cms" / "data" / "taxonomy.json"
TERM_MODELS: dict[str, type[TaxonomyTerm]] = {
    "components": AgendaComponent,
    "themes": Theme,
    "domains": Domain,
    "disciplines": Discipline,
    "project_types": ProjectType,
    "activities": Activity,
    "audiences": Audience,
}
# UN M49 macro-regions, named from CLDR in every language.
REGION_CODES = [("002", "africa"), ("019", "americas"), ("142", "asia"), ("150", "europe"), ("009", "oceania")]


@dataclass
class SeedReport:
    created: int = 0
    updated: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


def _babel(code: str) -> BabelLocale:
    return BabelLocale.parse(code.replace("-", "_"))


class TaxonomySeeder:
    def __init__(self):
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.default_locale = self.locales[settings.LANGUAGE_CODE]
        self.report = SeedReport()

    def upsert(self, model, slug: str, names: dict[str, str], descriptions: dict[str, str] | None = None, **extra):
        """The term in the default locale, plus a translation row for every name given."""
        descriptions = descriptions or {}
        source = model.objects.filter(slug=slug, locale=self.default_locale).first()
        values = {"name": names[settings.LANGUAGE_CODE], "description": descriptions.get(settings.LANGUAGE_CODE, ""), **extra}
        source = self._save(model, source, slug=slug, locale=self.default_locale, values=values)
        for code, name in names.items():
            if code == settings.LANGUAGE_CODE or code not in self.locales:
                continue
            locale = self.locales[code]
            translation = model.objects.filter(translation_key=source.translation_key, locale=locale).first()
            translated_extra = {key: self._translated_value(value, locale) for key, value in extra.items()}
            self._save(
                model,
                translation,
                slug=slug,
                locale=locale,
                values={"name": name, "description": descriptions.get(code, values["description"]), **translated_extra},
                translation_key=source.translation_key,
            )
        return source

    @staticmethod
    def _translated_value(value, locale):
        """Foreign keys to other terms point at the term's translation in the same locale."""
        if isinstance(value, TaxonomyTerm):
            return type(value).objects.filter(translation_key=value.translation_key, locale=locale).first() or value
        return value

    def _save(self, model, instance, *, slug, locale, values, translation_key=None):
        if instance is None:
            kwargs = {"slug": slug, "locale": locale, **values}
            if translation_key:
                kwargs["translation_key"] = translation_key
            instance = model.objects.create(**kwargs)
            self.report.created += 1
            self.report.by_kind[model._meta.verbose_name_plural] = self.report.by_kind.get(model._meta.verbose_name_plural, 0) + 1
            return instance
        changed = [name for name, value in values.items() if getattr(instance, name) != value]
        if changed:
            for name in changed:
                setattr(instance, name, values[name])
            instance.save(update_fields=changed)
            self.report.updated += 1
        return instance

    def seed_terms(self, data: dict) -> None:
        components = {}
        for order, item in enumerate(data["components"]):
            components[item["slug"]] = self.upsert(
                AgendaComponent, item["slug"], item["name"], item.get("description"), icon=item.get("icon", "tag"), sort_order=order
            )
        for order, item in enumerate(data["themes"]):
            self.upsert(
                Theme,
                item["slug"],
                item["name"],
                item.get("description"),
                icon=item.get("icon", "tag"),
                sort_order=order,
                component=components.get(item.get("component")),
            )
        for key in ("domains", "disciplines", "project_types", "activities", "audiences"):
            for order, item in enumerate(data[key]):
                self.upsert(TERM_MODELS[key], item["slug"], item["name"], item.get("description"), sort_order=order)

    def seed_regions_and_countries(self) -> None:
        languages = [code for code, _name in settings.LANGUAGES]
        regions = {}
        for order, (code, slug) in enumerate(REGION_CODES):
            names = {language: _babel(language).territories[code] for language in languages}
            regions[code] = self.upsert(Region, slug, names, code=code, sort_order=order)
        mapping = country_region_codes()
        existing = {country.code: country for country in Country.objects.all()}
        for entry in pycountry.countries:
            region = regions.get(mapping.get(entry.alpha_2, ""))
            values = {
                "alpha3": entry.alpha_3,
                "numeric": entry.numeric,
                "english_name": getattr(entry, "common_name", None) or entry.name,
                "region": region,
            }
            country = existing.get(entry.alpha_2)
            if country is None:
                Country.objects.create(code=entry.alpha_2, **values)
                self.report.created += 1
                self.report.by_kind["countries"] = self.report.by_kind.get("countries", 0) + 1
                continue
            changed = [name for name, value in values.items() if getattr(country, name) != value]
            if changed:
                for name in changed:
                    setattr(country, name, values[name])
                country.save(update_fields=changed)
                self.report.updated += 1

    @transaction.atomic
    def run(self) -> SeedReport:
        with open(DATA_FILE, encoding="utf-8") as handle:
            data = json.load(handle)
        self.seed_regions_and_countries()
        self.seed_terms(data)
        return self.report


def seed_taxonomy() -> SeedReport:
    return TaxonomySeeder().run()
