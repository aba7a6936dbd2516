"""Suggest expert reviewers for an entry: competence areas, languages and regions matched
against the entry, declared conflicts of interest left out, workload balanced."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from workflows.models import ReviewAssignment, ReviewerProfile

# How much each kind of overlap weighs in a reviewer's score.
WEIGHTS = {"themes": 3, "domains": 2, "disciplines": 2, "countries": 1, "regions": 1}

# Why a reviewer matches, for the secretariat: "2 shared themes".
SHARED = {
    "themes": lambda n: ngettext("%(count)d shared theme", "%(count)d shared themes", n),
    "domains": lambda n: ngettext("%(count)d shared domain", "%(count)d shared domains", n),
    "disciplines": lambda n: ngettext("%(count)d shared discipline", "%(count)d shared disciplines", n),
    "countries": lambda n: ngettext("%(count)d shared country", "%(count)d shared countries", n),
    "regions": lambda n: ngettext("%(count)d shared region", "%(count)d shared regions", n),
}


@dataclass
class EntryProfile:
    """The taxonomy terms, language and parties of the entry under review (its latest draft)."""

    terms: dict[str, set[int]]
    language: str
    parties: set[str]

    @classmethod
    def of(cls, page) -> EntryProfile:
        draft = page.get_latest_revision_as_object()
        terms = {}
        for name in ("themes", "domains", "disciplines", "countries"):
            related = getattr(draft, name, None)
            terms[name] = {term.pk for term in related.all()} if related is not None else set()
        countries = getattr(draft, "countries", None)
        terms["regions"] = (
            {country.region_id for country in countries.all() if country.region_id}
            if countries is not None
            else set()
        )
        parties = {str(key) for key in getattr(draft, "review_parties", lambda: [draft.translation_key])()}
        return cls(terms=terms, language=page.locale.language_code, parties=parties)


@dataclass
class Suggestion:
    profile: ReviewerProfile
    score: int = 0
    open_reviews: int = 0
    reasons: list[str] = field(default_factory=list)
    excluded: str = ""

    @property
    def user(self):
        return self.profile.user

    @property
    def reasons_text(self) -> str:
        return "; ".join(self.reasons)


def _region_ids(profile: ReviewerProfile) -> set[int]:
    # Regions are taxonomy terms of the default locale; countries point at them.
    return {region.pk for region in profile.regions.all()}


def suggest(page, task_state=None) -> tuple[list[Suggestion], list[Suggestion]]:
    """(eligible reviewers best first, reviewers left out with the reason).

    Best first: the highest score, then the fewest open reviews (workload balance).
    """
    entry = EntryProfile.of(page)
    already = set()
    if task_state is not None:
        already = set(
            ReviewAssignment.objects.filter(task_state=task_state, declined_at__isnull=True)
            .values_list("reviewer_id", flat=True)
        )
    open_filter = Q(
        user__review_assignments__declined_at__isnull=True,
        user__review_assignments__assessment__isnull=True,
        user__review_assignments__task_state__status="in_progress",
    )
    profiles = (
        ReviewerProfile.objects.filter(user__is_active=True)
        .select_related("user")
        .prefetch_related(
            "themes", "domains", "disciplines", "languages", "regions", "countries", "conflicts__page"
        )
        .annotate(open_reviews=Count("user__review_assignments", filter=open_filter, distinct=True))
    )
    eligible, excluded = [], []
    for profile in profiles:
        suggestion = Suggestion(profile=profile, open_reviews=profile.open_reviews)
        conflicts = [c for c in profile.conflicts.all() if str(c.page.translation_key) in entry.parties]
        if profile.user_id in already:
            suggestion.excluded = _("already assigned")
        elif conflicts:
            suggestion.excluded = _("declared conflict of interest: %(page)s") % {
                "page": conflicts[0].page.title
            }
        elif not profile.available:
            suggestion.excluded = _("not available")
        elif profile.open_reviews >= profile.capacity:
            suggestion.excluded = _("at capacity (%(count)d open reviews)") % {"count": profile.open_reviews}
        languages = {locale.language_code for locale in profile.languages.all()}
        if not suggestion.excluded and languages and entry.language not in languages:
            suggestion.excluded = _("does not read the entry's language")
        if suggestion.excluded:
            excluded.append(suggestion)
            continue
        own = {
            "themes": {t.pk for t in profile.themes.all()},
            "domains": {t.pk for t in profile.domains.all()},
            "disciplines": {t.pk for t in profile.disciplines.all()},
            "countries": {c.pk for c in profile.countries.all()},
            "regions": _region_ids(profile),
        }
        for name, weight in WEIGHTS.items():
            shared = len(own[name] & entry.terms[name])
            if shared:
                suggestion.score += weight * shared
                suggestion.reasons.append(SHARED[name](shared) % {"count": shared})
        if entry.language in languages:
            suggestion.reasons.append(_("reads the entry's language"))
        eligible.append(suggestion)
    eligible.sort(key=lambda s: (-s.score, s.open_reviews, str(s.profile)))
    return eligible, excluded
