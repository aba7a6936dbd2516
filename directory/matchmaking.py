"""Matchmaking: which opted-in actors IPSP introduces to each other, and the double opt-in.

- Similar agendas: at least two themes in common. Complementary agendas: a theme and a country
  in common, and different kinds of organisation.
- The daily `directory.suggest_introductions` task records new pairs (one per pair, ever; a few
  per actor and run) and asks the first side. The second side hears of it only when the first
  accepts; each gets the other's contact only when both have accepted. A decline ends it
  without telling the other side. Notices name the other actor and link its public page, nothing
  more; contact details go out by e-mail, never on a page.
- Raw answer tokens exist only in the e-mail that carries them: the first side's is made in the
  task that sends it, the second side's in the request of the first side's acceptance.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from cms import mail
from directory.digest import absolute_url, localized_entry
from directory.models import ActorPage, Introduction

logger = logging.getLogger(__name__)

SIMILAR_MIN_THEMES = 2
SUGGESTIONS_PER_ACTOR = 3  # new introductions per actor and run: a notice, not a flood


@dataclass
class Profile:
    """What matching reads of an actor."""

    page: ActorPage
    themes: set[int] = field(default_factory=set)
    countries: set[int] = field(default_factory=set)

    @property
    def pk(self) -> int:
        return self.page.pk


def eligible_actors():
    """Live, public, opted-in actors with a contact e-mail (restricted fields, synchronised
    across translations), as their original-language page."""
    return (
        ActorPage.objects.live()
        .public()
        .filter(alias_of__isnull=True, introductions_opt_in=True)
        .exclude(contact_email="")
        .select_related("locale")
    )


def is_eligible(page: ActorPage) -> bool:
    """Whether an actor can still take part (it may have opted out or left since)."""
    return eligible_actors().filter(pk=page.pk).exists()


def profiles() -> list[Profile]:
    """One profile per actor (the first-created page of its translations), by primary key."""
    chosen: dict = {}
    for page in eligible_actors().order_by("pk"):
        chosen.setdefault(page.translation_key, Profile(page))
    by_pk = {profile.pk: profile for profile in chosen.values()}
    for name in ("themes", "countries"):
        # Straight from the link table: one query per field for all actors.
        m2m = ActorPage._meta.get_field(name)
        source, target = m2m.m2m_column_name(), m2m.m2m_reverse_name()
        links = m2m.remote_field.through.objects.filter(**{f"{source}__in": list(by_pk)})
        for page_pk, term_pk in links.values_list(source, target):
            getattr(by_pk[page_pk], name).add(term_pk)
    return list(by_pk.values())


def reason_for(a: Profile, b: Profile) -> str | None:
    """Why two actors should meet, or None."""
    shared_themes = a.themes & b.themes
    if len(shared_themes) >= SIMILAR_MIN_THEMES:
        return Introduction.Reason.SIMILAR
    if shared_themes and a.countries & b.countries and a.page.kind != b.page.kind:
        return Introduction.Reason.COMPLEMENTARY
    return None


def candidate_pairs(actors: list[Profile], known: set[frozenset]) -> list[tuple[Profile, Profile, str]]:
    """New pairs, best first: similar before complementary, then by themes in common.

    Both rules need a shared theme, so only actors that share one are compared.
    """
    by_theme: dict[int, list[Profile]] = {}
    for actor in actors:
        for theme in actor.themes:
            by_theme.setdefault(theme, []).append(actor)
    scored = []
    for a in actors:
        neighbours = {b.pk: b for theme in a.themes for b in by_theme[theme] if b.pk > a.pk}
        for b in neighbours.values():
            if frozenset((a.page.translation_key, b.page.translation_key)) in known:
                continue
            reason = reason_for(a, b)
            if reason:
                rank = 0 if reason == Introduction.Reason.SIMILAR else 1
                scored.append(((rank, -len(a.themes & b.themes), a.pk, b.pk), a, b, reason))
    scored.sort(key=lambda item: item[0])
    return [(a, b, reason) for _key, a, b, reason in scored]


def suggest(limit: int = SUGGESTIONS_PER_ACTOR) -> list[Introduction]:
    """Record new introductions and ask their first side; returns those whose notice went out."""
    actors = profiles()
    # Pairs are known by translation key: the same two actors, whichever of their pages.
    known = {
        frozenset(pair)
        for pair in Introduction.objects.values_list("first__translation_key", "second__translation_key")
    }
    counts: dict[int, int] = {}
    created = []
    for a, b, reason in candidate_pairs(actors, known):
        if counts.get(a.pk, 0) >= limit or counts.get(b.pk, 0) >= limit:
            continue
        # The newer entry is asked first: it is the one that opted in most recently.
        first, second = (b.page, a.page) if b.pk > a.pk else (a.page, b.page)
        raw, digest = Introduction.new_token()
        try:
            with transaction.atomic():
                introduction = Introduction.objects.create(
                    first=first, second=second, reason=reason, first_token_hash=digest
                )
        except IntegrityError:  # recorded meanwhile by a concurrent run
            continue
        try:
            send_notice(introduction, "first", raw)
        except Exception:
            # Forget it, so the next run suggests it again; the log holds no token or address.
            introduction.delete()
            logger.exception("The notice of a new introduction could not be sent.")
            continue
        counts[a.pk] = counts.get(a.pk, 0) + 1
        counts[b.pk] = counts.get(b.pk, 0) + 1
        created.append(introduction)
    if created:
        logger.info("Matchmaking: %d introductions suggested.", len(created))
    return created


# --- E-mails ---------------------------------------------------------------------------------


def language_of(actor: ActorPage) -> str:
    return actor.locale.language_code or settings.LANGUAGE_CODE


def response_url(raw: str, language: str, base_url: str | None = None) -> str:
    with translation.override(language):
        path = reverse("directory:introduction", kwargs={"token": raw})
    return f"{(base_url or settings.WAGTAILADMIN_BASE_URL).rstrip('/')}{path}"


def _public(actor: ActorPage, language: str) -> dict:
    """What one side may learn about the other before both accept: its public name and page."""
    page = localized_entry(actor, language)
    return {"title": page.title, "url": absolute_url(page)}


def send_notice(introduction: Introduction, side: str, raw: str, base_url: str | None = None) -> None:
    """Ask one side: the other actor's public name and page, and the link to answer."""
    actor, other = introduction.actor(side), introduction.other(side)
    language = language_of(actor)
    context = {
        "actor": _public(actor, language),
        "other": _public(other, language),
        "reason": introduction.reason,
        "side": side,
        "url": response_url(raw, language, base_url),
    }
    mail.send_message("directory/emails/introduction_proposed", language, context, [actor.contact_email])


def send_contacts(introduction: Introduction) -> None:
    """Both accepted: each side gets the other's contact person and e-mail address."""
    for side in ("first", "second"):
        actor, other = introduction.actor(side), introduction.other(side)
        language = language_of(actor)
        context = {
            "actor": _public(actor, language),
            "other": _public(other, language),
            "contact_name": other.contact_name,
            "contact_email": other.contact_email,
        }
        mail.send_message(
            "directory/emails/introduction_connected", language, context, [actor.contact_email]
        )


# --- Answers ---------------------------------------------------------------------------------


def can_answer(introduction: Introduction, side: str) -> bool:
    waiting = Introduction.Status.PROPOSED if side == "first" else Introduction.Status.ACCEPTED_BY_FIRST
    return introduction.status == waiting and not introduction.answer_of(side)


@transaction.atomic
def accept(introduction: Introduction, side: str, base_url: str | None = None) -> Introduction:
    """One side accepts: the second side is asked next, or both get the other's contact."""
    introduction = (
        Introduction.objects.select_for_update(of=("self",))
        .select_related("first", "second")
        .get(pk=introduction.pk)
    )
    if not can_answer(introduction, side):
        return introduction
    now = timezone.now()
    setattr(introduction, f"{side}_accepted_at", now)
    # Either actor may have opted out, lost its contact or been unpublished since.
    if not (is_eligible(introduction.first) and is_eligible(introduction.second)):
        introduction.status = Introduction.Status.CLOSED
    elif side == "first":
        raw, digest = Introduction.new_token()
        introduction.second_token_hash = digest
        introduction.status = Introduction.Status.ACCEPTED_BY_FIRST
        transaction.on_commit(lambda: send_notice(introduction, "second", raw, base_url))
    else:
        introduction.status = Introduction.Status.CONNECTED
        transaction.on_commit(lambda: send_contacts(introduction))
    introduction.save()
    return introduction


@transaction.atomic
def decline(introduction: Introduction, side: str) -> Introduction:
    """One side declines: it ends there, and the other side is not told."""
    introduction = Introduction.objects.select_for_update(of=("self",)).get(pk=introduction.pk)
    if can_answer(introduction, side):
        setattr(introduction, f"{side}_declined_at", timezone.now())
        introduction.status = Introduction.Status.DECLINED
        introduction.save()
    return introduction
