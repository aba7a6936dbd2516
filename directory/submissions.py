"""What a registration creates: draft entries under the right directory, in the verification
workflow, linked to a contributor who holds an access link.

Used by the public form, by the spam log's release action and by the contributor's edit page,
so the three paths create exactly the same things.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Locale, Page

from cms import mail
from cms.models.taxonomy import Activity, Country, Discipline, Domain, ProjectType, Theme
from directory.models import (
    ActorIndexPage,
    ActorPage,
    Contributor,
    InitiativeIndexPage,
    InitiativePage,
    ProjectHolder,
    Submission,
    name_key,
)
from directory.screening import organisation_keys
from workflows.verification import submit_for_verification

logger = logging.getLogger(__name__)

TERM_MODELS = {
    "themes": Theme,
    "domains": Domain,
    "disciplines": Discipline,
    "project_types": ProjectType,
    "activities": Activity,
}


@dataclass
class Receipt:
    """What one registration produced; `token` is the raw access token, shown once."""

    contributor: Contributor
    token: str | None
    submissions: list[Submission] = field(default_factory=list)


def text_to_rich_text(text: str) -> str:
    """Plain text as Wagtail rich text: paragraphs on blank lines, everything escaped."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs)


def rich_text_to_text(html: str) -> str:
    """The reverse, for pre-filling the contributor's edit form."""
    from html import unescape

    from django.utils.html import strip_tags

    text = html.replace("<br/>", "\n").replace("<br>", "\n").replace("</p>", "\n\n")
    return unescape(strip_tags(text)).strip() if text else ""


def _terms(name: str, values: list[str]):
    if name == "countries":
        return list(Country.objects.filter(code__in=values))
    return list(
        TERM_MODELS[name].objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug__in=values)
    )


def _resources(rows: list[dict]) -> list[tuple[str, dict]]:
    from urllib.parse import urlsplit

    return [
        ("link", {"title": row.get("title") or urlsplit(row["url"]).netloc or row["url"], "url": row["url"], "description": ""})
        for row in rows
        if row.get("url")
    ]


def _index_in(model, locale: Locale) -> Page:
    """The directory index of `locale` (an alias or a translation), else the default one."""
    index = model.objects.filter(locale=locale).first()
    return index or model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def _fill(page, payload: dict, model) -> None:
    """Copy the submitted values onto a page object (new, or the latest revision's)."""
    page.title = payload["title"]
    page.summary = payload.get("summary", "")
    page.video_url = payload.get("video_url", "")
    for name in model.description_fields:
        setattr(page, name, text_to_rich_text(payload.get(name, "")))
    for name in model.taxonomy_fields:
        if name in payload:
            setattr(page, name, _terms(name, payload[name]))
    page.resources = _resources(payload.get("resources", []))
    if model is InitiativePage:
        page.status = payload.get("status") or InitiativePage.Status.ACTIVE
        page.project_holders = [
            ProjectHolder(name=row["name"], role=row.get("role", ""), sort_order=position)
            for position, row in enumerate(payload.get("holders", []))
        ]
    else:
        page.kind = payload.get("kind_of_actor") or ActorPage.Kind.OTHER
        page.website = payload.get("website", "")
        page.restricted_parts = [
            name for name in payload.get("restricted_parts", []) if name in model.description_fields
        ]
        page.contact_name = payload.get("contact_name", "")
        page.contact_email = payload.get("contact_email", "")
        page.contact_phone = payload.get("contact_phone", "")
        page.introductions_opt_in = bool(payload.get("introductions_opt_in"))


def _slug_for(parent: Page, title: str) -> str:
    from django.utils.text import slugify

    base = slugify(title, allow_unicode=True)[:70] or "entry"
    slug, number = base, 1
    while Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _create(model, index_model, payload: dict, locale: Locale, prepare=None):
    index = _index_in(index_model, locale)
    page = model(locale=index.locale, live=False)
    _fill(page, payload, model)
    if prepare is not None:
        prepare(page)
    page.slug = _slug_for(index, page.title)
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    submit_for_verification(page)
    return page


def match_or_create_actor(name: str, country: str, locale: Locale, contributor, consent_at):
    """The actor of that name (no case, accents or punctuation) and country, or a new draft."""
    key = name_key(name)
    candidates = ActorPage.objects.filter(name_key=key)
    if country:
        candidates = candidates.filter(countries__code=country)
    else:
        candidates = candidates.filter(countries__isnull=True)
    # Prefer the default-locale actor, which its translations share links with.
    existing = min(
        candidates.select_related("locale")[:20],
        key=lambda actor: (actor.locale.language_code != settings.LANGUAGE_CODE, actor.pk),
        default=None,
    )
    if existing is not None:
        return existing, None
    payload = {"title": name, "countries": [country] if country else [], "kind_of_actor": "other"}
    if _index_in(ActorIndexPage, locale) is None:
        logger.warning("No actors directory: an organisation named in an initiative was not created.")
        return None, None
    actor = _create(ActorPage, ActorIndexPage, payload, locale)
    submission = _record(
        contributor, actor, "actor", locale, consent_at, payload, created_automatically=True
    )
    return actor, submission


def _record(contributor, page, kind, locale, consent_at, payload, *, created_automatically=False, privacy_notice=""):
    return Submission.objects.create(
        contributor=contributor,
        page=page,
        kind=kind,
        public_id=page.public_id,
        title=page.title[:255],
        language=locale.language_code,
        title_key=name_key(page.title),
        organisation_keys=organisation_keys(payload),
        created_automatically=created_automatically,
        consent_at=consent_at,
        privacy_notice=privacy_notice,
    )


def _link_organisations(initiative, payload, locale, contributor, consent_at) -> list[Submission]:
    created: list[Submission] = []
    actors = []
    seen = set()
    for row in payload.get("organisations", []):
        key = (name_key(row["name"]), row.get("country", ""))
        if key in seen:
            continue
        seen.add(key)
        actor, submission = match_or_create_actor(
            row["name"], row.get("country", ""), locale, contributor, consent_at
        )
        if actor is not None:
            actors.append(actor)
        if submission:
            created.append(submission)
    initiative.organisations = actors
    return created


@transaction.atomic
def register(kind: str, payload: dict, *, contributor: Contributor | None = None,
             interface_language: str | None = None, privacy_notice: str = "",
             base_url: str | None = None) -> Receipt:
    """Create the entry a form sent (and the organisations it names) as drafts in verification.

    A new contributor gets an access token, returned raw once and e-mailed after the commit.
    """
    language = payload.get("language") or settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    consent_at = timezone.now()
    token = None
    if contributor is None:
        contributor = Contributor.objects.create(
            name=payload.get("contact_name", ""),
            email=payload.get("contact_email", ""),
            language=interface_language or language,
        )
        token = contributor.issue_token()
    elif payload.get("contact_email"):
        contributor.email = payload["contact_email"]
        contributor.name = payload.get("contact_name", "") or contributor.name
        contributor.save(update_fields=["email", "name"])

    receipt = Receipt(contributor=contributor, token=token)
    if kind == "initiative":

        def link_organisations(page):
            receipt.submissions.extend(
                _link_organisations(page, payload, locale, contributor, consent_at)
            )

        page = _create(InitiativePage, InitiativeIndexPage, payload, locale, link_organisations)
    else:
        page = _create(ActorPage, ActorIndexPage, payload, locale)
    main = _record(contributor, page, kind, locale, consent_at, payload, privacy_notice=privacy_notice)
    receipt.submissions.insert(0, main)
    if token:
        transaction.on_commit(
            lambda: send_access_link(contributor, token, base_url=base_url, first=True)
        )
    return receipt


@transaction.atomic
def update(submission: Submission, payload: dict) -> Page:
    """A contributor's edit: a new revision of the entry that goes back through verification."""
    page = submission.page.specific
    model = type(page)
    draft = page.get_latest_revision_as_object()
    _fill(draft, {**payload, "title": payload.get("title") or draft.title}, model)
    if model is InitiativePage:
        locale = page.locale
        _link_organisations(draft, payload, locale, submission.contributor, timezone.now())
    draft.save_revision(log_action=True)
    submit_for_verification(page)
    submission.title = draft.title[:255]
    submission.title_key = name_key(draft.title)
    submission.organisation_keys = organisation_keys(payload)
    submission.updated_at = timezone.now()
    submission.save(update_fields=["title", "title_key", "organisation_keys", "updated_at"])
    return page


def access_url(token: str, language: str, base_url: str | None = None) -> str:
    with translation.override(language):
        path = reverse("directory:access", kwargs={"token": token})
    return f"{(base_url or settings.WAGTAILADMIN_BASE_URL).rstrip('/')}{path}"


def send_access_link(contributor: Contributor, token: str, *, base_url: str | None = None,
                     first: bool = False) -> None:
    """E-mail the access link in the contributor's language (the token is never logged)."""
    if not contributor.email:
        return
    language = contributor.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "url": access_url(token, language, base_url),
            "first": first,
            "entries": list(contributor.submissions.filter(created_automatically=False)),
        }
    mail.send_message("directory/emails/access_link", language, context, [contributor.email])
