"""Factories of the two directories: initiatives and actors (actors carry restricted data)."""

from __future__ import annotations

import factory

from cms.models import Activity, Domain
from directory.models import (
    ActorIndexPage,
    ActorPage,
    ActorSubmissionPage,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeSubmissionPage,
    ProjectHolder,
)
from tests.factories import base
from tests.factories.base import IPSPPageFactory, rich, taxonomy_hook

INITIATIVES = [
    "Community land trust of Kibera",
    "Living wage coalition of Recife",
    "Solar cooperatives of Rajasthan",
    "Participatory budgeting in Porto Alegre",
    "Fair data commons for farmers",
]
ACTORS = [
    "Alliance for Decent Work",
    "Mama Mboga Traders Network",
    "Cooperativa Verde",
    "Observatoire des inégalités urbaines",
    "Digital Rights Collective",
]

# The restricted data every actor built by ActorPageFactory carries; none of it may ever
# reach a page, a listing, an API response or the search index.
SECRET_CONTACT_EMAIL = "secret-contact@example.org"
INTERNAL_NOTE = "INTERNAL-NOTE-XYZ"
RESTRICTED_PARTNERSHIP = "RESTRICTED-PARTNERSHIP-TEXT"


def _first_terms(model, count: int):
    return lambda: list(model.objects.filter(locale__language_code="en").order_by("sort_order")[:count])


class InitiativeIndexPageFactory(IPSPPageFactory):
    class Meta:
        model = InitiativeIndexPage
        django_get_or_create = ("parent", "slug")

    title = "Social initiatives"
    slug = "initiatives"
    intro = "Initiatives registered by the people who carry them, reviewed by the Panel."


class InitiativePageFactory(IPSPPageFactory):
    class Meta:
        model = InitiativePage

    parent = factory.SubFactory(InitiativeIndexPageFactory)
    title = factory.Sequence(lambda n: f"{INITIATIVES[n % len(INITIATIVES)]} {n}")
    summary = "Residents own the land collectively and keep housing affordable for good."
    status = InitiativePage.Status.ACTIVE
    problem = rich("Speculation pushes low-income families out of the neighbourhoods they built.")
    approach = rich("A trust holds the land; residents own their homes and elect the board.")
    success = rich("No eviction in ten years; resale prices stay within reach of local wages.")
    replicability = rich("Any city with a public land bank could start one.")
    externalities = rich("Commercial plots fund the maintenance of shared spaces.")
    video_url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    video_transcript = "A resident explains how the trust began."

    themes = taxonomy_hook("themes", lambda: base.themes("living-wages", "cities-social-progress"))
    countries = taxonomy_hook("countries", lambda: base.countries("KE", "BR"))
    domains = taxonomy_hook("domains", _first_terms(Domain, 1))
    activities = taxonomy_hook("activities", _first_terms(Activity, 1))

    @factory.post_generation
    def project_holders(page, create, extracted, **kwargs):
        names = [("Wanjiru Kamau", "Coordinator"), ("João Silva", "Treasurer")] if extracted is None else extracted
        page.project_holders = [ProjectHolder(name=name, role=role) for name, role in names]

    @factory.post_generation
    def organisations(page, create, extracted, **kwargs):
        if extracted:
            page.organisations = list(extracted)


class ActorIndexPageFactory(IPSPPageFactory):
    class Meta:
        model = ActorIndexPage
        django_get_or_create = ("parent", "slug")

    title = "Actors"
    slug = "actors"
    intro = "Organisations, networks and communities working for social progress."


class ActorPageFactory(IPSPPageFactory):
    """An actor with public parts and restricted ones (contact, notes, partnerships)."""

    class Meta:
        model = ActorPage

    parent = factory.SubFactory(ActorIndexPageFactory)
    title = factory.Sequence(lambda n: f"{ACTORS[n % len(ACTORS)]} {n}")
    summary = "A network of street vendors negotiating fair market fees with the city."
    kind = ActorPage.Kind.NETWORK
    website = "https://vendors.example.net"
    problems = rich("Street vendors lose their pitches without notice or compensation.")
    activities_description = rich("Weekly assemblies, a savings circle and legal clinics.")
    partnerships = rich(f"{RESTRICTED_PARTNERSHIP}: a confidential agreement with a funder.")
    collaboration_interest = rich("We would like to work with urban planners.")
    restricted_parts = factory.LazyFunction(lambda: ["partnerships"])
    contact_name = "Amina Odhiambo"
    contact_email = SECRET_CONTACT_EMAIL
    contact_phone = "+254 700 000 000"
    internal_notes = f"{INTERNAL_NOTE}: funding application under review."

    themes = taxonomy_hook("themes", lambda: base.themes("living-wages"))
    countries = taxonomy_hook("countries", lambda: base.countries("KE"))
    domains = taxonomy_hook("domains", _first_terms(Domain, 1))
    activities = taxonomy_hook("activities", _first_terms(Activity, 1))


class InitiativeSubmissionPageFactory(IPSPPageFactory):
    class Meta:
        model = InitiativeSubmissionPage
        django_get_or_create = ("parent", "slug")

    parent = factory.SubFactory(InitiativeIndexPageFactory)
    title = "Register an initiative"
    slug = "register"
    intro = rich("One form per initiative. It takes about twenty minutes.")
    guidance_problem = "Who is affected, where, and how badly?"
    thank_you = rich("The secretariat reads every entry within two weeks.")


class ActorSubmissionPageFactory(IPSPPageFactory):
    class Meta:
        model = ActorSubmissionPage
        django_get_or_create = ("parent", "slug")

    parent = factory.SubFactory(ActorIndexPageFactory)
    title = "Register an organisation"
    slug = "register"
    intro = rich("Organisations, networks and communities: tell us what you do.")
