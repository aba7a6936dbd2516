"""Factories of the home app's pages."""

from __future__ import annotations

import factory
from django.utils.text import slugify
from wagtail.models import Page

from cms.models import Audience
from home.models import AudiencePage, HomePage, StandardPage
from tests.factories.base import IPSPPageFactory, body, rich

AUDIENCES = ["Scholars", "Civil society", "Business", "Policymakers", "Media"]


class HomePageFactory(IPSPPageFactory):
    """The English home page: the root allows one, so this returns the migrated site root
    when it exists (published again), and creates it in an empty tree."""

    class Meta:
        model = HomePage
        django_get_or_create = ("parent", "slug")

    parent = factory.LazyFunction(lambda: Page.get_first_root_node())
    slug = "home"
    title = "International Platform for Social Progress"
    hero_title = "Ideas and initiatives for a better society"
    hero_text = "Explore social initiatives, the actors behind them and the Panel's reports."
    body = factory.LazyFunction(lambda: body("The Panel gathers researchers from every region."))


class AudiencePageFactory(IPSPPageFactory):
    class Meta:
        model = AudiencePage

    title = factory.Sequence(lambda n: f"For {AUDIENCES[n % len(AUDIENCES)].lower()} {n}")
    audience = factory.LazyAttribute(
        lambda page: Audience.objects.filter(locale__language_code="en").order_by("sort_order").first()
    )
    intro = factory.LazyFunction(
        lambda: rich("Find the evidence, the debates and the people working on social progress.")
    )
    access_modes = factory.LazyFunction(
        lambda: [
            {
                "type": "access_mode",
                "value": {
                    "title": "Read the synthesis reports",
                    "text": "Fourteen reports on the themes of the work programme.",
                    "page": None,
                    "url": "https://www.ipsp.org/reports",
                },
            }
        ]
    )
    body = factory.LazyFunction(lambda: body("Each theme has a coordinating lead author."))


class StandardPageFactory(IPSPPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"About the Panel {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    body = factory.LazyFunction(
        lambda: body("The International Panel on Social Progress was founded in 2014.")
    )
