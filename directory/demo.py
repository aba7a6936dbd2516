"""Demonstration content of the directories: the two index pages, actors and initiatives.

Called by `cms.demo` (see `manage.py load_demo`). Entries come from the cards in `demo_data`;
the parts of their descriptions that cards do not write are composed from `demo_data.phrases`
with a generator seeded by the entry's slug, so every run produces the same text.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from cms.demo import DemoContext, paragraphs
from cms.models import Theme
from directory.demo_data import featured, phrases, registration
from directory.demo_data.actors import ACTORS
from directory.demo_data.initiatives import INITIATIVES
from directory.models import (
    ActorIndexPage,
    ActorPage,
    ActorSubmissionPage,
    InitiativeIndexPage,
    InitiativePage,
    InitiativeSubmissionPage,
    ProjectHolder,
)


def load(context: DemoContext) -> None:
    initiatives_index = context.index_page(InitiativeIndexPage, "initiatives", featured.INDEX_PAGES["initiatives"])
    actors_index = context.index_page(ActorIndexPage, "actors", featured.INDEX_PAGES["actors"])

    # The featured entries (translated into every language) come last, so that the listings,
    # newest first, show them at the top in each language.
    actors = {}
    for number, card in enumerate(ACTORS, start=2):
        actors[card["key"]] = actor(context, actors_index, card, number)
    actors[featured.ACTOR["key"]] = featured_actor(context, actors_index, featured.ACTOR)

    cards = with_full_coverage(context, INITIATIVES)
    for card in cards:
        initiative(context, initiatives_index, card, actors)
    for card in featured.INITIATIVES:
        page = featured_initiative(context, initiatives_index, card, actors)
        context.translate(page)

    registration_form(
        context, initiatives_index, InitiativeSubmissionPage, registration.INITIATIVE_FORM
    )
    registration_form(context, actors_index, ActorSubmissionPage, registration.ACTOR_FORM)

    context.add_translations(featured.RESOURCE_TRANSLATIONS)
    context.add_summary(summary)


# --- Index pages -----------------------------------------------------------------------------


# --- Registration forms ----------------------------------------------------------------------


def registration_form(context: DemoContext, parent, model, data: dict):
    """The public registration form of a directory (slug `register`), translated.

    Its texts are remembered for translation even when the page already exists.
    """
    title = context.text(data["title"])
    summary_text = context.text(data["summary"])
    rich = {
        key: paragraphs(*(context.text(paragraph) for paragraph in data[key]))
        for key in ("intro", "guidance", "thank_you")
    }
    parts = {f"guidance_{part}": context.text(text) for part, text in data["parts"].items()}
    unknown = set(data["parts"]) - set(model.guided_parts)
    if unknown:
        raise ValueError(f"No guidance field for {sorted(unknown)} on {model.__name__}")

    def build():
        return model(title=title, summary=summary_text, show_in_menus=False, **rich, **parts)

    page, _created = context.page(parent, "register", build, kind="registration forms")
    context.translate(page)
    return page


# --- Shared helpers ------------------------------------------------------------------------


def submitted_at(rng: random.Random) -> datetime.datetime:
    """A plausible registration date in 2025-2026."""
    start = datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.UTC)
    moment = start + datetime.timedelta(days=rng.randint(0, 640), minutes=rng.randint(0, 600))
    return min(moment, timezone.now())


def names(rng: random.Random, countries: list[str], count: int) -> list[str]:
    """Fictional names from the naming traditions of the entry's countries."""
    pool = []
    for code in countries:
        pool.extend(phrases.NAMES_BY_GROUP[phrases.GROUP_OF_COUNTRY[code]])
    pool = list(dict.fromkeys(pool))
    return rng.sample(pool, min(count, len(pool)))


def resources(slug: str, rng: random.Random, count: int, year: int) -> list[dict]:
    links = []
    for key, title, description in rng.sample(phrases.RESOURCE_KINDS, count):
        links.append(
            {
                "type": "link",
                "value": {
                    "title": title.format(year=year),
                    "url": f"https://example.org/demo/{slug}/{key}",
                    "description": description,
                },
            }
        )
    return links


# --- Actors --------------------------------------------------------------------------------


def private_fields(rng: random.Random, countries: list[str], number: int, restricted: bool) -> dict:
    """Material restricted to IPSP use: good test data for what the site must never show."""
    contact = names(rng, countries, 1)[0]
    return {
        "restricted_parts": ["partnerships"] if restricted else [],
        "contact_name": contact,
        "contact_email": f"contact+{number}@example.org",
        "contact_phone": f"+1 555 01{number:02d}",
        "internal_notes": rng.choice(phrases.INTERNAL_NOTES)
        if restricted or number % 3 == 0
        else "",
    }


def featured_actor(context: DemoContext, parent, card: dict):
    slug = slugify(card["name"]["en"])
    rng = context.rng_for(slug)

    def build():
        return ActorPage(
            title=context.text(card["name"]),
            summary=context.marked(card["summary"]),
            kind=card["kind"],
            website=f"https://example.org/demo/{slug}",
            problems=paragraphs(context.text(card["problems"])),
            activities_description=paragraphs(context.text(card["activities_description"])),
            partnerships=paragraphs(context.text(card["partnerships"])),
            collaboration_interest=paragraphs(context.text(card["collaboration_interest"])),
            flagged_by_reviewers=card.get("flagged", False),
            resources=resources(slug, rng, 2, 2025),
            themes=context.terms("cms.Theme", card["themes"]),
            domains=context.terms("cms.Domain", card["domains"]),
            activities=context.terms("cms.Activity", card["activities"]),
            countries=context.countries(card["countries"]),
            first_submitted_at=submitted_at(rng),
            **private_fields(rng, card["countries"], 1, False),
        )

    # Register the translations even when the page exists already (it is translated later).
    for key in (
        "name",
        "problems",
        "activities_description",
        "partnerships",
        "collaboration_interest",
    ):
        context.text(card[key])
    context.marked(card["summary"])
    page, _created = context.page(parent, slug, build, kind="actors")
    context.translate(page)
    return page


def actor(context: DemoContext, parent, card: dict, number: int):
    slug = slugify(card["name"])

    def build():
        rng = context.rng_for(slug)
        partnership_sentences = [
            rng.choice(phrases.ACTOR_PARTNERSHIPS).format(place=card["place"]),
            *partners_sentence(context, rng, card),
        ]
        activity_sentences = list(phrases.ACTOR_ACTIVITIES_EXTRA)
        if card["kind"] in phrases.VOLUNTEER_KINDS:
            activity_sentences.append(phrases.ACTOR_ACTIVITIES_VOLUNTEERS)
        extra_activity = rng.choice(activity_sentences).format(
            staff=rng.randint(3, 25), volunteers=rng.choice([20, 40, 60, 120, 300])
        )
        return ActorPage(
            title=card["name"],
            summary=context.marked(card["summary"]),
            kind=card["kind"],
            website=f"https://example.org/demo/{slug}",
            problems=paragraphs(f"{card['problems']} {rng.choice(phrases.ACTOR_PROBLEMS_EXTRA)}"),
            activities_description=paragraphs(f"{card['activities_text']} {extra_activity}"),
            partnerships=paragraphs(" ".join(partnership_sentences)),
            collaboration_interest=paragraphs(
                rng.choice(phrases.ACTOR_COLLABORATION).format(seeking=card["seeking"])
                + " "
                + rng.choice(phrases.ACTOR_COLLABORATION_EXTRA)
            ),
            flagged_by_reviewers=card.get("flagged", False),
            resources=resources(slug, rng, rng.randint(1, 2), rng.choice([2024, 2025])),
            themes=context.terms("cms.Theme", card["themes"]),
            domains=context.terms("cms.Domain", card["domains"]),
            activities=context.terms("cms.Activity", card["activities"]),
            countries=context.countries(card["countries"]),
            first_submitted_at=submitted_at(rng),
            **private_fields(rng, card["countries"], number, card.get("restricted", False)),
        )

    page, _created = context.page(parent, slug, build, kind="actors")
    return page


def partners_sentence(context: DemoContext, rng: random.Random, card: dict) -> list[str]:
    """Other demo actors sharing a theme with this one (its first theme when possible)."""
    for theme in card["themes"]:
        partners = [
            other["name"]
            for other in ACTORS
            if other["key"] != card["key"] and theme in other["themes"]
        ]
        if partners:
            partners = rng.sample(partners, min(2, len(partners)))
            name = context.terms("cms.Theme", [theme])[0].name
            theme_name = name[0].lower() + name[1:]
            if len(partners) == 1:
                return [
                    phrases.ACTOR_PARTNER_SENTENCE.format(partner=partners[0], theme=theme_name)
                ]
            return [
                phrases.ACTOR_PARTNERS_SENTENCE.format(
                    partners=" and ".join(partners), theme=theme_name
                )
            ]
    return []


# --- Initiatives ---------------------------------------------------------------------------


def with_full_coverage(context: DemoContext, cards: list[dict]) -> list[dict]:
    """Cards with disciplines and activities chosen so that every term is used somewhere."""
    completed = []
    for card in cards:
        rng = context.rng_for(slugify(card["title"]) + ":taxonomy")
        disciplines = [phrases.DISCIPLINES_BY_DOMAIN[card["domains"][0]][0]]
        second = rng.choice(
            [d for domain in card["domains"] for d in phrases.DISCIPLINES_BY_DOMAIN[domain]]
        )
        if rng.random() < 0.6 and second not in disciplines:
            disciplines.append(second)
        activities = list(card.get("activities") or phrases.ACTIVITIES_BY_TYPE[card["type"]])
        completed.append({**card, "disciplines": disciplines, "activities": activities})
    # Any discipline or activity still unused goes to the first card whose domains call for it.
    used = {d for card in completed for d in card["disciplines"]}
    for discipline in sorted(
        {d for values in phrases.DISCIPLINES_BY_DOMAIN.values() for d in values} - used
    ):
        for card in completed:
            if any(
                discipline in phrases.DISCIPLINES_BY_DOMAIN[domain] for domain in card["domains"]
            ):
                card["disciplines"].append(discipline)
                break
    used = {a for card in completed for a in card["activities"]}
    all_activities = {a for values in phrases.ACTIVITIES_BY_TYPE.values() for a in values}
    for index, activity in enumerate(sorted(all_activities - used)):
        completed[index * 7 % len(completed)]["activities"].append(activity)
    return completed


def featured_initiative(context: DemoContext, parent, card: dict, actors: dict):
    title = context.text(card["title"])
    slug = slugify(title)
    texts = {
        key: context.text(card[key])
        for key in ("problem", "approach", "success", "replicability", "externalities")
    }
    summary = context.marked(card["summary"])

    def build():
        rng = context.rng_for(slug)
        page = InitiativePage(
            title=title,
            summary=summary,
            status=card["status"],
            flagged_by_reviewers=card["flagged"],
            resources=resources(slug, rng, 2, 2025),
            first_submitted_at=submitted_at(rng),
            **{key: paragraphs(text) for key, text in texts.items()},
        )
        fill_initiative(context, page, card, actors)
        return page

    page, _created = context.page(parent, slug, build, kind="initiatives")
    return page


def initiative(context: DemoContext, parent, card: dict, actors: dict):
    slug = slugify(card["title"])

    def build():
        rng = context.rng_for(slug)
        values = {
            "place": card["place"],
            "group": card["group"],
            "measure": card["measure"],
            "n": rng.randint(3, 14),
            "cost": rng.choice([40, 60, 85, 120, 150, 240]),
            "other_country": rng.choice(
                [
                    "Peru",
                    "Nepal",
                    "Senegal",
                    "Portugal",
                    "Indonesia",
                    "Kenya",
                    "Colombia",
                    "Tunisia",
                ]
            ),
        }
        problem = [card["problem"], rng.choice(phrases.PROBLEM_CONTEXT)]
        approach = [card["approach"], rng.choice(phrases.APPROACH_BY_TYPE[card["type"]])]
        if card["status"] == "evolving":
            approach.append(rng.choice(phrases.APPROACH_EVOLVING))
        success = [card["result"]]
        if card["status"] == "terminated":
            end = max(card["start"] + rng.randint(3, 7), 2021)
            success.append(rng.choice(phrases.SUCCESS_MEASURE["terminated"]))
            success.append(phrases.SUCCESS_TERMINATED.format(year=min(end, 2025)))
        else:
            success.append(rng.choice(phrases.SUCCESS_MEASURE["running"]))
        replicability = rng.sample(phrases.REPLICABILITY, 2)
        if card["status"] == "terminated":
            replicability.append(phrases.REPLICABILITY_TERMINATED)
        externalities = [
            rng.choice(phrases.EXTERNALITIES_BY_DOMAIN[card["domains"][0]]),
            rng.choice(phrases.EXTERNALITIES_GENERAL),
        ]
        if len(card["domains"]) > 1 and rng.random() < 0.5:
            externalities.insert(1, rng.choice(phrases.EXTERNALITIES_BY_DOMAIN[card["domains"][1]]))

        def compose(sentences):
            return paragraphs(" ".join(sentence.format(**values) for sentence in sentences))

        page = InitiativePage(
            title=card["title"],
            summary=context.marked(card["summary"]),
            status=card["status"],
            flagged_by_reviewers=card.get("flagged", False),
            problem=compose(problem),
            approach=compose(approach),
            success=compose(success),
            replicability=compose(replicability),
            externalities=compose(externalities),
            resources=resources(slug, rng, rng.randint(1, 2), rng.choice([2024, 2025])),
            first_submitted_at=submitted_at(rng),
        )
        holders = [
            (name, rng.choice(phrases.HOLDER_ROLES))
            for name in names(rng, card["countries"], rng.randint(1, 3))
        ]
        fill_initiative(context, page, {**card, "holders": holders}, actors)
        return page

    page, _created = context.page(parent, slug, build, kind="initiatives")
    return page


def fill_initiative(context: DemoContext, page: InitiativePage, card: dict, actors: dict) -> None:
    page.project_holders = [
        ProjectHolder(name=name, role=role, sort_order=index)
        for index, (name, role) in enumerate(card["holders"])
    ]
    page.organisations = [actors[key] for key in card["orgs"]]
    page.themes = context.terms("cms.Theme", card["themes"])
    page.domains = context.terms("cms.Domain", card["domains"])
    page.disciplines = context.terms("cms.Discipline", card["disciplines"])
    page.project_types = context.terms("cms.ProjectType", [card["type"]])
    page.activities = context.terms("cms.Activity", card["activities"])
    page.countries = context.countries(card["countries"])


# --- Summary -------------------------------------------------------------------------------


def summary(context: DemoContext) -> list[str]:
    initiatives = InitiativePage.objects.live().filter(locale=context.locale)
    actors = ActorPage.objects.live().filter(locale=context.locale)
    countries = set(initiatives.values_list("countries__code", flat=True))
    countries |= set(actors.values_list("countries__code", flat=True))
    countries.discard(None)
    themes = set(initiatives.values_list("themes__slug", flat=True)) - {None}
    total_themes = Theme.objects.filter(locale=context.locale).count()
    return [
        f"Directory: {initiatives.count()} initiatives "
        f"({initiatives.filter(flagged_by_reviewers=True).count()} flagged), {actors.count()} actors",
        f"Countries covered by initiatives and actors: {len(countries)}",
        f"Themes covered by initiatives: {len(themes)} of {total_themes}",
    ]
