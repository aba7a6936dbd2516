"""Factories of the Panel's publications."""

from __future__ import annotations

import datetime

import factory

from cms.models import Audience, Country
from publications.models import (
    ArticlePage,
    BriefAuthor,
    BriefPage,
    DataStoryAuthor,
    DataStoryPage,
    EventPage,
    MediaPage,
    PublicationIndexPage,
    ReportAuthor,
    ReportPage,
)
from tests.factories import base
from tests.factories.base import IPSPPageFactory, body, rich, taxonomy_hook

AUTHORS = [
    ("Marc Fleurbaey", "cla", "Princeton University"),
    ("Olivier Bouin", "la", "RFIEA"),
    ("Ravi Kanbur", "ca", "Cornell University"),
]


def _audiences():
    return list(Audience.objects.filter(locale__language_code="en").order_by("sort_order")[:1])


def _authors(author_model):
    def hook(page, create, extracted, **kwargs):
        rows = AUTHORS if extracted is None else extracted
        page.authors = [author_model(name=name, role=role, affiliation=aff) for name, role, aff in rows]

    return factory.PostGeneration(hook)


class PublicationIndexPageFactory(IPSPPageFactory):
    class Meta:
        model = PublicationIndexPage
        django_get_or_create = ("parent", "slug")

    title = "Publications"
    slug = "publications"
    intro = "Reports, briefs, data stories, media, articles and events of the Panel."


class PublicationFactory(IPSPPageFactory):
    class Meta:
        abstract = True

    parent = factory.SubFactory(PublicationIndexPageFactory)
    publication_date = datetime.date(2025, 3, 20)

    themes = taxonomy_hook("themes", lambda: base.themes("ecological-rule-of-law"))
    countries = taxonomy_hook("countries", lambda: base.countries("IN"))
    audiences = taxonomy_hook("audiences", _audiences)


class ReportPageFactory(PublicationFactory):
    class Meta:
        model = ReportPage

    title = factory.Sequence(lambda n: f"Rethinking Society for the 21st Century, volume {n}")
    takeaways = rich("Inequality is a political choice, and it can be reversed.")
    what_is_known = rich("Income shares of the top decile have risen in most countries since 1980.")
    what_is_desirable = rich("Principles of justice call for a fairer distribution of power.")
    obstacles_and_opportunities = rich("Vested interests resist; new coalitions form in cities.")
    what_can_be_done = rich("Governments, firms and citizens each hold levers of change.")
    recommendations = factory.LazyFunction(
        lambda: [
            {
                "type": "recommendation",
                "value": {
                    "title": "Index minimum wages to living costs",
                    "text": rich("Review them every year with workers' representatives."),
                    "addressed_to": "Governments",
                },
            }
        ]
    )
    authors = _authors(ReportAuthor)


class BriefPageFactory(PublicationFactory):
    class Meta:
        model = BriefPage

    title = factory.Sequence(lambda n: f"Policy brief: living wages in global supply chains {n}")
    key_messages = rich("Buyers' purchasing practices set the ceiling of suppliers' wages.")
    body = factory.LazyFunction(lambda: body("Brands can adopt ring-fenced labour costs."))
    authors = _authors(BriefAuthor)


class DataStoryPageFactory(PublicationFactory):
    class Meta:
        model = DataStoryPage

    title = factory.Sequence(lambda n: f"Where the commons thrive {n}")
    body = factory.LazyFunction(lambda: body("Community forests store more carbon per hectare."))
    data_sources = rich("Rights and Resources Initiative, 2023 tenure tracking.")
    authors = _authors(DataStoryAuthor)


class MediaPageFactory(PublicationFactory):
    class Meta:
        model = MediaPage

    title = factory.Sequence(lambda n: f"Webinar: cities and social progress {n}")
    kind = MediaPage.Kind.WEBINAR
    media_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    duration_minutes = 75
    speakers = "Saskia Sassen, Edgar Pieterse"
    description = rich("Two urbanists on what cities can do that states cannot.")
    transcript = "Welcome everyone to this webinar."


class ArticlePageFactory(PublicationFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Why social progress needs a panel {n}")
    kind = ArticlePage.Kind.BLOG
    author_name = "Helga Nowotny"
    body = factory.LazyFunction(lambda: body("Climate science has the IPCC; social science needed one too."))


class EventPageFactory(PublicationFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"World Social Progress Forum {2026 + n}")
    kind = EventPage.Kind.FORUM
    start = factory.LazyFunction(lambda: datetime.datetime(2026, 6, 15, 9, 0, tzinfo=datetime.UTC))
    end = factory.LazyFunction(lambda: datetime.datetime(2026, 6, 17, 17, 0, tzinfo=datetime.UTC))
    event_format = EventPage.Format.HYBRID
    venue = "United Nations Office at Nairobi"
    city = "Nairobi"
    country = factory.LazyFunction(lambda: Country.objects.filter(code="KE").first())
    registration_url = "https://forum.example.org/register"
    body = factory.LazyFunction(lambda: body("Three days of debates with initiatives from every region."))
