"""API serializer fields shared by the page types; API v2 uses them directly and v3 reuses them."""

from __future__ import annotations

from rest_framework import serializers

from cms.models.taxonomy import localized_terms


class TermsField(serializers.Field):
    """A many-to-many to taxonomy terms, named in the page's own language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        terms = getattr(instance, self.source).all()
        return localized_terms(terms, locale=getattr(instance, "locale", None))

    def to_representation(self, value) -> list[dict[str, str]]:
        return [{"slug": term.slug, "name": term.name} for term in value]


class CountriesField(serializers.Field):
    """Countries as ISO codes with their names in the page's language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        language = instance.locale.language_code if hasattr(instance, "locale") else "en"
        return [(country, language) for country in getattr(instance, self.source).all()]

    def to_representation(self, value) -> list[dict[str, str]]:
        return [
            {"code": country.code, "name": country.name_in(language)} for country, language in value
        ]


class PageLinksField(serializers.Field):
    """Related pages as id, title and URL; only live, public pages are listed."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = getattr(instance, self.source)
        if callable(value):
            return value()
        return value.all() if hasattr(value, "all") else value

    def to_representation(self, value) -> list[dict[str, object]]:
        return [
            {"id": page.pk, "title": page.title, "url": page.get_full_url()}
            for page in value
            if page.live and not page.get_view_restrictions().exists()
        ]
