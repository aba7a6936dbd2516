"""A contributor's data: where their entries stand, the export they can download, and erasure."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from directory.digest import clear_digest_profile, digest_profile
from directory.models import ActorPage, Contributor, InitiativePage, Submission
from directory.submissions import rich_text_to_text
from workflows.verification import STATUS_LABELS, workflow_status

PERSONAL_PAGE_FIELDS = ("contact_name", "contact_email", "contact_phone")


def entry_status(submission: Submission) -> tuple[str, str]:
    """(code, label in the active language) of where an entry stands."""
    if submission.outcome:
        code = submission.outcome
    elif submission.page is None:
        code = "withdrawn"
    else:
        code = workflow_status(submission.page)
    return code, STATUS_LABELS[code]


def initial_from(page, contributor: Contributor) -> dict:
    """The edit form pre-filled from the entry's latest revision (what the contributor sent last)."""
    draft = page.get_latest_revision_as_object()
    model = type(draft)
    data = {
        "title": draft.title,
        "summary": draft.summary,
        "video_url": draft.video_url,
        "contact_name": contributor.name,
        "contact_email": contributor.email,
        "resources": [
            {"url": block.value["url"], "title": block.value["title"]}
            for block in draft.resources
            if block.block_type == "link"
        ],
    }
    for name in model.description_fields:
        data[name] = rich_text_to_text(getattr(draft, name))
    for name in model.taxonomy_fields:
        values = getattr(draft, name).all()
        data[name] = [term.code if name == "countries" else term.slug for term in values]
    if model is InitiativePage:
        data["status"] = draft.status
        data["holders"] = [{"name": h.name, "role": h.role} for h in draft.project_holders.all()]
        data["organisations"] = [
            {"name": actor.title, "country": next((c.code for c in actor.countries.all()[:1]), "")}
            for actor in draft.organisations.all()
        ]
    else:
        data.update(
            kind_of_actor=draft.kind,
            website=draft.website,
            restricted_parts=list(draft.restricted_parts or []),
            contact_phone=draft.contact_phone,
            introductions_opt_in=draft.introductions_opt_in,
        )
    return data


def export_data(contributor: Contributor) -> dict:
    """Everything the platform holds about a contributor and their entries (GDPR art. 15 and 20)."""
    entries = []
    for submission in contributor.submissions.select_related("page"):
        code, label = entry_status(submission)
        entry = {
            "public_id": submission.public_id,
            "kind": submission.kind,
            "status": code,
            "status_label": str(label),
            "language": submission.language,
            "submitted_at": submission.created_at.isoformat(),
            "last_changed_at": submission.updated_at.isoformat(),
            "consent_at": submission.consent_at.isoformat() if submission.consent_at else None,
            "privacy_notice": submission.privacy_notice,
            "created_from_an_initiative": submission.created_automatically,
            "messages": [
                {"sent_at": message.created_at.isoformat(), "text": message.body}
                for message in submission.messages.all()
            ],
        }
        if submission.page is not None:
            page = submission.page.specific
            content = initial_from(page, contributor)
            content.pop("contact_name", None)
            content.pop("contact_email", None)
            entry["content"] = content
            entry["published_url"] = page.full_url if page.live else None
            entry["doi"] = getattr(page, "doi", "") or None
        entries.append(entry)
    return {
        "exported_at": timezone.now().isoformat(),
        "platform": "International Platform for Social Progress",
        "contributor": {
            "name": contributor.name,
            "email": contributor.email,
            "language": contributor.language,
            "created_at": contributor.created_at.isoformat(),
            "digest": digest_profile(contributor),
            "access_links": [
                {
                    "created_at": token.created_at.isoformat(),
                    "last_used_at": token.last_used_at.isoformat() if token.last_used_at else None,
                    "revoked_at": token.revoked_at.isoformat() if token.revoked_at else None,
                }
                for token in contributor.tokens.all()
            ],
        },
        "entries": entries,
    }


def _scrub_revisions(page) -> None:
    """Remove personal fields from every stored revision of an actor page, not just the live row."""
    for revision in page.revisions.all():
        content = dict(revision.content)
        if any(content.get(name) for name in PERSONAL_PAGE_FIELDS):
            for name in PERSONAL_PAGE_FIELDS:
                content[name] = ""
            revision.content = content
            revision.save(update_fields=["content"])


@transaction.atomic
def erase_personal_data(contributor: Contributor, *, withdraw: bool) -> None:
    """GDPR erasure: contact data goes; entries stay anonymised, or are withdrawn and deleted."""
    now = timezone.now()
    for submission in contributor.submissions.select_related("page"):
        page = submission.page.specific if submission.page else None
        if page is not None and isinstance(page, ActorPage):
            ActorPage.objects.filter(translation_key=page.translation_key).update(
                **dict.fromkeys(PERSONAL_PAGE_FIELDS, ""), introductions_opt_in=False
            )
            for translation in ActorPage.objects.filter(translation_key=page.translation_key):
                _scrub_revisions(translation)
        if withdraw and page is not None:
            for translation in type(page).objects.filter(translation_key=page.translation_key).order_by("-depth"):
                if translation.current_workflow_state:
                    translation.current_workflow_state.cancel()
                translation.delete()
            submission.page = None
            submission.outcome = Submission.Outcome.WITHDRAWN
            submission.outcome_at = now
        submission.save()
    contributor.tokens.all().delete()
    clear_digest_profile(contributor)
    contributor.name = ""
    contributor.email = ""
    contributor.erased_at = now
    contributor.language = settings.LANGUAGE_CODE
    contributor.save()
