"""What every page factory shares: English by default, published with a revision, taxonomy
terms taken from the seeded taxonomy (the test database is seeded once per session)."""

from __future__ import annotations

import factory
import wagtail_factories

from cms.models import Country, Theme


def english_home():
    """The English home page created by home/migrations/0002_create_homepage.py."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en", depth=2)


def themes(*slugs: str) -> list[Theme]:
    found = {theme.slug: theme for theme in Theme.objects.filter(locale__language_code="en", slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def countries(*codes: str) -> list[Country]:
    found = {country.code: country for country in Country.objects.filter(code__in=codes)}
    return [found[code] for code in codes if code in found]


def rich(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def body(*paragraphs: str) -> list[dict]:
    """A raw StreamField value made of paragraphs."""
    return [{"type": "paragraph", "value": rich(text)} for text in paragraphs]


class IPSPPageFactory(wagtail_factories.PageFactory):
    """Pages are created under their usual parent, then published through a revision.

    Pass `publish=False` for a draft. Many-to-many and child rows set by `post_generation`
    hooks are saved by that revision, as they are when an editor publishes.
    """

    class Meta:
        abstract = True

    parent = factory.LazyFunction(english_home)
    summary = factory.LazyAttribute(lambda page: f"Summary of “{page.title}”.")

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        return True if extracted is None else bool(extracted)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if not create:
            return
        if (results or {}).get("publish", True):
            instance.save_revision().publish()
        else:
            instance.live = False
            instance.save()
            instance.save_revision()
        instance.refresh_from_db()


def taxonomy_hook(field_name: str, default):
    """A post-generation hook setting a many-to-many to taxonomy terms (default: `default()`)."""

    def hook(page, create, extracted, **kwargs):
        terms = default() if extracted is None else list(extracted)
        setattr(page, field_name, terms)

    hook.__name__ = field_name
    return factory.PostGeneration(hook)
