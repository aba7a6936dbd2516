"""New groups of similar entries become draft encyclopedia pages for the editors to write.

`propose()` (run weekly by the `encyclopedia.propose_pages` task) finds the groups
(`encyclopedia.clustering`), leaves out those proposed before, drafts a page for each new one
under the default locale's encyclopedia (members, common features, specificities, the shared
themes, domains and countries; not live, saved as a revision), records the proposal, and
e-mails the Editors, each in their language, once per run. Editors write the page and submit
it to the "Encyclopedia publication" workflow (`encyclopedia.workflow`); deleting the draft
dismisses the group for good.
"""

from __future__ import annotations

import itertools
import logging
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.text import Truncator, capfirst, get_text_list, slugify
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale, Page

from cms import mail
from cms.models.pages import TAXONOMY_FIELDS
from cms.models.taxonomy import localized_terms
from encyclopedia.clustering import COUNTED_KINDS, Entry, Group, find_groups, load_entries
from encyclopedia.models import (
    EncyclopediaIndexPage,
    EncyclopediaPage,
    EncyclopediaProposal,
    LinkedEntry,
)
from workflows.models.roles import EDITORS, SECRETARIAT

logger = logging.getLogger(__name__)

# New drafts per run: a notice for the editors, not a flood; the rest come next run.
PROPOSALS_PER_RUN = 10
NOTE_LENGTH = LinkedEntry._meta.get_field("note").max_length


# --- Term names ------------------------------------------------------------------------------


class TermNames:
    """The rows behind "kind:slug" tokens (a query per kind), named in any language."""

    def __init__(self, tokens):
        wanted: dict[str, set[str]] = defaultdict(set)
        for token in tokens:
            kind, _sep, slug = token.partition(":")
            wanted[kind].add(slug)
        self.rows: dict[str, object] = {}
        self.locales: dict[str, Locale | None] = {}
        for kind, slugs in wanted.items():
            model = apps.get_model(TAXONOMY_FIELDS[kind][1])
            if kind == "country":
                found = model.objects.filter(code__in=[s.upper() for s in slugs]).select_related("region")
                self.rows.update({f"country:{row.code.lower()}": row for row in found})
            else:
                found = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug__in=slugs)
                self.rows.update({f"{kind}:{row.slug}": row for row in found})

    def objects(self, tokens, kind: str) -> list:
        rows = [self.rows[t] for t in tokens if t.startswith(f"{kind}:") and t in self.rows]
        return sorted(rows, key=lambda row: (getattr(row, "sort_order", 0), str(row)))

    def names(self, tokens, language: str | None = None) -> list[str]:
        """Names in display order (kind, then the taxonomy's order), in `language`."""
        language = language or settings.LANGUAGE_CODE
        if language not in self.locales:
            self.locales[language] = Locale.objects.filter(language_code=language).first()
        locale = self.locales[language]
        names = []
        for kind in COUNTED_KINDS:
            rows = self.objects(tokens, kind)
            if kind == "country":
                names += sorted(row.name_in(language) for row in rows)
            else:
                names += [row.name for row in localized_terms(rows, locale)]
        return names


def _and(items: list[str]) -> str:
    return str(get_text_list(items, gettext("and")))


def _listed(names: list[str]) -> str:
    # Semicolons: some names hold commas ("Inspirations, social progress and behavioural change").
    return "; ".join(names)


def _tokens(terms) -> list[str]:
    return sorted(term.token for term in terms)


# --- Drafting --------------------------------------------------------------------------------


def entry_value(entry: Entry) -> str:
    """An initiative's status or an actor's kind, in the active language: "active"."""
    model = apps.get_model("directory", entry.model)
    choices = model.Status if entry.model == "initiativepage" else model.Kind
    try:
        value = str(choices(entry.label).label)
    except ValueError:
        value = entry.label
    return value[:1].lower() + value[1:]


def entry_label(entry: Entry) -> str:
    """"Initiative, active" or "Actor, network or coalition"."""
    model = apps.get_model("directory", entry.model)
    return f"{capfirst(model._meta.verbose_name)}, {entry_value(entry)}"


def _members_phrase(members: list[Entry]) -> str:
    initiatives = sum(1 for entry in members if entry.model == "initiativepage")
    actors = len(members) - initiatives
    parts = []
    if initiatives:
        parts.append(ngettext("%(count)d initiative", "%(count)d initiatives", initiatives) % {"count": initiatives})
    if actors:
        parts.append(ngettext("%(count)d actor", "%(count)d actors", actors) % {"count": actors})
    return _and(parts)


def draft_title(group: Group, names: TermNames) -> str:
    tokens = group.tokens
    themes = names.names([t for t in tokens if t.startswith("theme:")])
    topics = names.names([t for t in tokens if t.split(":")[0] in ("domain", "project_type", "discipline")])
    places = names.names([t for t in tokens if t.startswith("country:")])
    values = {"themes": _and(themes), "topics": _and(topics), "places": _and(places)}
    if themes and topics and places:
        title = gettext("%(themes)s: %(topics)s in %(places)s") % values
    elif themes and topics:
        title = gettext("%(themes)s: %(topics)s") % values
    elif themes and places:
        title = gettext("%(themes)s in %(places)s") % values
    elif topics and places:
        title = gettext("%(topics)s in %(places)s") % values
    else:
        title = _and(themes + topics + places)
    return Truncator(title).chars(255)


def specificity(entry: Entry, group: Group) -> tuple[list[str], list[str]]:
    """(tokens only this member has in the group, tokens some but not all others share)."""
    others = [other for other in group.members if other.pk != entry.pk]
    held_by_others = {term for other in others for term in other.terms}
    own = entry.terms - group.terms
    return _tokens(own - held_by_others), _tokens(own & held_by_others)


def specificity_sentence(entry: Entry, group: Group, names: TermNames) -> str:
    unique, partial = specificity(entry, group)
    sentences = [f"{entry_label(entry)}."]
    if unique:
        sentences.append(gettext("Only one in the group with: %(terms)s.") % {"terms": _listed(names.names(unique))})
    if partial:
        sentences.append(
            gettext("Shared with some of the others: %(terms)s.") % {"terms": _listed(names.names(partial))}
        )
    if not unique and not partial:
        sentences.append(gettext("Nothing in the taxonomy sets it apart from the others."))
    return " ".join(sentences)


def common_features_html(group: Group, names: TermNames) -> str:
    members, tokens = group.members, group.tokens
    lines = []
    for kind in COUNTED_KINDS:
        kind_tokens = [t for t in tokens if t.startswith(f"{kind}:")]
        if kind_tokens:
            heading = capfirst(apps.get_model(TAXONOMY_FIELDS[kind][1])._meta.verbose_name_plural)
            lines.append(f"<li><b>{escape(heading)}:</b> {escape(_listed(names.names(kind_tokens)))}</li>")
    intro = gettext("These %(members)s share:") % {"members": _members_phrase(members)}
    parts = [f"<p>{escape(intro)}</p>", f"<ul>{''.join(lines)}</ul>"]

    sentences = []
    if not any(t.startswith("country:") for t in tokens):
        regions = [
            {names.rows[t].region for t in _tokens(entry.terms) if t.startswith("country:") and t in names.rows}
            for entry in members
        ]
        common = set.intersection(*regions) - {None} if all(regions) else set()
        if common:
            region_names = sorted(str(region) for region in localized_terms(list(common)))
            sentences.append(gettext("All of them work in %(regions)s.") % {"regions": _and(region_names)})
    for model_name, sentence in (
        ("initiativepage", gettext("Every initiative in the group has the same status: %(value)s.")),
        ("actorpage", gettext("Every actor in the group is of the same kind: %(value)s.")),
    ):
        of_model = [entry for entry in members if entry.model == model_name]
        if len(of_model) >= 2 and len({entry.label for entry in of_model}) == 1:
            sentences.append(sentence % {"value": entry_value(of_model[0])})
    counts: dict[str, int] = defaultdict(int)
    for entry in members:
        for token in _tokens(entry.terms - group.terms):
            counts[token] += 1
    most = [t for t in sorted(counts) if counts[t] * 2 > len(members)]
    if most:
        described = [
            gettext("%(term)s (%(count)d of %(total)d)")
            % {"term": name, "count": counts[token], "total": len(members)}
            for token in most
            for name in names.names([token])
        ]
        sentences.append(gettext("Most of them also share %(terms)s.") % {"terms": _and(described)})
    parts += [f"<p>{escape(sentence)}</p>" for sentence in sentences]
    return "".join(parts)


def specificities_html(group: Group, names: TermNames) -> str:
    items = [
        f'<li><a linktype="page" id="{entry.pk}">{escape(entry.title)}</a>: '
        f"{escape(specificity_sentence(entry, group, names))}</li>"
        for entry in group.members
    ]
    intro = gettext("What sets each of them apart in the taxonomy:")
    return f"<p>{escape(intro)}</p><ul>{''.join(items)}</ul>"


def _unique_slug(index: Page, title: str) -> str:
    base = slugify(title)[:70].strip("-") or "encyclopedia-page"
    slug, number = base, 1
    while Page.objects.child_of(index).filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def draft_page(index: EncyclopediaIndexPage, group: Group, names: TermNames) -> EncyclopediaPage:
    """A draft (never live) under `index`, saved as a revision for the editors to write."""
    with translation.override(settings.LANGUAGE_CODE):
        title = draft_title(group, names)
        summary = gettext("%(members)s that share %(terms)s.") % {
            "members": capfirst(_members_phrase(group.members)),
            "terms": _and(names.names(group.tokens)),
        }
        page = EncyclopediaPage(
            title=title,
            slug=_unique_slug(index, title),
            locale=index.locale,
            live=False,
            summary=Truncator(summary).chars(600),
            common_features=common_features_html(group, names),
            specificities=specificities_html(group, names),
        )
        page.linked_entries = [
            LinkedEntry(
                entry_id=entry.pk,
                note=Truncator(specificity_sentence(entry, group, names)).chars(NOTE_LENGTH),
                sort_order=order,
            )
            for order, entry in enumerate(group.members)
        ]
    page.themes = names.objects(group.tokens, "theme")
    page.domains = names.objects(group.tokens, "domain")
    page.countries = names.objects(group.tokens, "country")
    index.add_child(instance=page)
    page.save_revision()
    return page


# --- Proposing -------------------------------------------------------------------------------


def new_groups(groups: list[Group], limit: int | None = None) -> list[Group]:
    """The groups worth a new page, in the order given (largest first), at most `limit`.

    Left out: a group proposed before (its key), and a group of which more than half the
    members already belong to one family proposed before or earlier in this run (the same
    family under other terms, e.g. after an entry was re-tagged, or a near-copy of it):
    overlapping drafts would have editors write the same page twice.
    """
    known = list(EncyclopediaProposal.objects.values_list("key", "members"))
    known_keys = {key for key, _members in known}
    # Member → the families it belongs to: overlaps are counted without comparing every pair.
    families_of: dict[str, list[int]] = defaultdict(list)
    numbers = itertools.count()

    def add_family(members) -> None:
        family = next(numbers)
        for member in members:
            families_of[member].append(family)

    for _key, members in known:
        add_family(members)
    chosen = []
    for group in groups:
        if limit is not None and len(chosen) >= limit:
            break
        if group.key in known_keys:
            continue
        shared: dict[int, int] = defaultdict(int)
        for member in group.member_keys:
            for family in families_of.get(member, ()):
                shared[family] += 1
        if any(2 * count > len(group.members) for count in shared.values()):
            continue
        chosen.append(group)
        add_family(group.member_keys)
    return chosen


def propose(limit: int = PROPOSALS_PER_RUN) -> list[EncyclopediaProposal]:
    """Draft a page for each new group (at most `limit`, largest first); returns the proposals."""
    index = EncyclopediaIndexPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    ).first()
    if index is None:
        logger.warning("Encyclopedia proposals: no encyclopedia index in the default locale.")
        return []
    groups = new_groups(find_groups(load_entries()), limit)
    if not groups:
        return []
    names = TermNames({token for group in groups for entry in group.members for token in _tokens(entry.terms)})
    created = []
    for group in groups:
        try:
            with transaction.atomic():
                page = draft_page(index, group, names)
                proposal = EncyclopediaProposal.objects.create(
                    key=group.key, terms=group.tokens, members=group.member_keys, page=page
                )
        except IntegrityError:  # proposed meanwhile by a concurrent run
            continue
        created.append(proposal)
    if created:
        logger.info("Encyclopedia: %d pages proposed.", len(created))
        ids = [proposal.pk for proposal in created]
        # `robust`: a mail server that is down never undoes the drafts (editors find them).
        transaction.on_commit(lambda: notify_editors(ids), robust=True)
    return created


# --- E-mail ----------------------------------------------------------------------------------


def recipients() -> list:
    """The Editors; the secretariat if no editor can be reached, so a proposal is never lost."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    for group in (EDITORS, SECRETARIAT):
        found = list(users.filter(groups__name=group).distinct().order_by("pk"))
        if found:
            return found
    return []


def notify_editors(proposal_ids: list[int]) -> int:
    """One e-mail per editor listing this run's drafts, in the editor's language. Returns how
    many were sent."""
    proposals = list(
        EncyclopediaProposal.objects.filter(pk__in=proposal_ids, page__isnull=False)
        .select_related("page")
        .order_by("pk")
    )
    if not proposals:
        return 0
    names = TermNames({token for proposal in proposals for token in proposal.terms})
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    by_language: dict[str, list] = defaultdict(list)
    for user in recipients():
        by_language[user.preferred_language or settings.LANGUAGE_CODE].append(user)
    sent = 0
    for language, users in sorted(by_language.items()):
        items = [
            {
                "title": proposal.page.title,
                "terms": names.names(proposal.terms, language),
                "size": len(proposal.members),
                "edit_url": base + reverse("wagtailadmin_pages:edit", args=[proposal.page_id]),
            }
            for proposal in proposals
        ]
        for user in users:
            sent += mail.send_message(
                "encyclopedia/emails/pages_proposed",
                language,
                {"proposals": items, "recipient": user},
                [user.email],
            )
    return sent
