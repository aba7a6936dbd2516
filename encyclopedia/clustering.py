"""Groups of similar directory entries: the families an encyclopedia page could introduce.

The rule:
- An entry is a live, public initiative or actor, counted once whatever its translations
  (taxonomy links are shared by all of them); its terms are its themes, domains, disciplines,
  project types and countries. Activities and audiences describe how an entry works and for
  whom, not what it is about, and regions are implied by countries (counting them would let two
  entries in Kenya share two terms for one fact): none of them counts.
- A group is a set of at least `ENCYCLOPEDIA_CLUSTER_MIN_SIZE` entries (settings, default 3)
  together with all the terms they share, at least `ENCYCLOPEDIA_CLUSTER_MIN_SHARED_TERMS`
  (default 3), and exactly the entries that carry all of them: a "closed" term set, so a group
  is never proposed again under fewer terms with the same members.
- Of nested groups, the broadest family is kept: a group whose terms include all the terms of
  another group (so whose members are some of that group's members) is left out; what its
  members share beyond the family's terms shows in the family's page.
- A group is identified by its shared terms ("kind:slug", sorted), the same in every run.

The mining is LCM (Uno et al., "linear time closed itemset miner"): a depth-first walk over
closed term sets where each set is reached once, by a prefix-preserving closure extension; work
is linear in the size of the entries' term lists per group found. A set that reaches the size
threshold is not extended (its supersets are never the broadest family). Loading reads the
link tables directly: a fixed number of queries whatever the number of entries.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings

from cms.models.pages import TAXONOMY_FIELDS

# The kinds of term that count, in the order pages and e-mails list them.
COUNTED_KINDS = ("theme", "domain", "discipline", "project_type", "country")
ENTRY_MODELS = ("directory.InitiativePage", "directory.ActorPage")


def min_shared_terms() -> int:
    return max(1, int(getattr(settings, "ENCYCLOPEDIA_CLUSTER_MIN_SHARED_TERMS", 3)))


def min_size() -> int:
    return max(2, int(getattr(settings, "ENCYCLOPEDIA_CLUSTER_MIN_SIZE", 3)))


@dataclass(frozen=True)
class Term:
    """A taxonomy term as the clustering sees it: "kind:slug", and the row it came from."""

    kind: str
    slug: str
    pk: int

    @property
    def token(self) -> str:
        return f"{self.kind}:{self.slug}"


@dataclass
class Entry:
    """One initiative or actor: the page that stands for it and its counted terms."""

    pk: int
    translation_key: str
    model: str  # "initiativepage" or "actorpage"
    title: str
    label: str  # an initiative's status, an actor's kind
    terms: set[Term] = field(default_factory=set)


@dataclass
class Group:
    terms: frozenset[Term]
    members: list[Entry]

    @property
    def tokens(self) -> list[str]:
        return sorted(term.token for term in self.terms)

    @property
    def key(self) -> str:
        """Stable: a digest of the sorted shared terms (stored with them in the proposal)."""
        return hashlib.sha256("\n".join(self.tokens).encode()).hexdigest()

    @property
    def member_keys(self) -> list[str]:
        return sorted(entry.translation_key for entry in self.members)


# --- Loading ---------------------------------------------------------------------------------


def _terms_by_pk(kind: str) -> dict[int, Term]:
    _field, label, _lookup = TAXONOMY_FIELDS[kind]
    model = apps.get_model(label)
    if kind == "country":
        return {pk: Term(kind, code.lower(), pk) for pk, code in model.objects.values_list("pk", "code")}
    return {pk: Term(kind, slug, pk) for pk, slug in model.objects.values_list("pk", "slug")}


def load_entries() -> list[Entry]:
    """Every live, public initiative and actor once (the default-locale page where there is
    one, else its first page), with its counted terms, in order of primary key."""
    terms = {kind: _terms_by_pk(kind) for kind in COUNTED_KINDS}
    entries: list[Entry] = []
    for label in ENTRY_MODELS:
        model = apps.get_model(label)
        label_field = "status" if model._meta.model_name == "initiativepage" else "kind"
        pages = model.objects.live().public().filter(alias_of__isnull=True)
        chosen: dict[str, Entry] = {}
        in_default_locale: set[str] = set()
        rows = pages.order_by("pk").values_list(
            "pk", "translation_key", "locale__language_code", "title", label_field
        )
        for pk, key, language, title, value in rows:
            key = str(key)
            if key in in_default_locale or (key in chosen and language != settings.LANGUAGE_CODE):
                continue
            chosen[key] = Entry(pk, key, model._meta.model_name, title, value)
            if language == settings.LANGUAGE_CODE:
                in_default_locale.add(key)
        by_pk = {entry.pk: entry for entry in chosen.values()}
        for kind in COUNTED_KINDS:
            field_name = TAXONOMY_FIELDS[kind][0]
            if field_name not in model.taxonomy_fields:
                continue
            m2m = model._meta.get_field(field_name)
            source, target = m2m.m2m_column_name(), m2m.m2m_reverse_name()
            links = m2m.remote_field.through.objects.filter(**{f"{source}__in": pages.values("pk")})
            for page_pk, term_pk in links.values_list(source, target):
                entry, term = by_pk.get(page_pk), terms[kind].get(term_pk)
                if entry is not None and term is not None:
                    entry.terms.add(term)
        entries.extend(by_pk.values())
    return entries


# --- Mining ----------------------------------------------------------------------------------


def find_groups(
    entries: list[Entry], min_terms: int | None = None, size: int | None = None
) -> list[Group]:
    """The broadest groups of entries sharing enough terms (the rule in this module's
    docstring), largest first, then by key."""
    min_terms = min_shared_terms() if min_terms is None else min_terms
    size = min_size() if size is None else size

    support: dict[Term, int] = defaultdict(int)
    for entry in entries:
        for term in entry.terms:
            support[term] += 1
    # Items are the terms held by enough entries, numbered in a fixed order.
    items = sorted((term for term, count in support.items() if count >= size), key=lambda t: t.token)
    number = {term: index for index, term in enumerate(items)}
    transactions = [frozenset(number[t] for t in entry.terms if t in number) for entry in entries]
    everyone = [index for index, terms in enumerate(transactions) if terms]
    if len(everyone) < size:
        return []

    def closure(tids: list[int]) -> frozenset[int]:
        return frozenset.intersection(*(transactions[t] for t in tids))

    found: list[tuple[frozenset[int], list[int]]] = []
    root = closure(everyone)
    if len(root) >= min_terms:
        found.append((root, everyone))
    else:
        stack = [(root, everyone, -1)]
        while stack:
            closed, tids, core = stack.pop()
            # Occurrence deliver: the entries of each extension, in one pass over these entries.
            buckets: dict[int, list[int]] = defaultdict(list)
            for t in tids:
                for item in transactions[t]:
                    if item > core and item not in closed:
                        buckets[item].append(t)
            for item in sorted(buckets, reverse=True):
                extension = buckets[item]
                if len(extension) < size:
                    continue
                extended = closure(extension)
                # Prefix-preserving: no new item before `item`, or this set has another parent.
                if any(other < item and other not in closed for other in extended):
                    continue
                if len(extended) >= min_terms:
                    found.append((extended, extension))
                else:
                    stack.append((extended, extension, item))

    broadest = _broadest(found)
    groups = [
        Group(frozenset(items[i] for i in closed), [entries[t] for t in tids]) for closed, tids in broadest
    ]
    groups.sort(key=lambda group: (-len(group.members), -len(group.terms), group.tokens))
    return groups


def _broadest(found: list[tuple[frozenset[int], list[int]]]) -> list[tuple[frozenset[int], list[int]]]:
    """Leave out each term set that strictly includes another one found."""
    by_first: dict[int, list[frozenset[int]]] = defaultdict(list)
    for closed, _tids in found:
        by_first[min(closed)].append(closed)
    kept = []
    for closed, tids in found:
        nested = any(
            other < closed for item in closed for other in by_first.get(item, ()) if len(other) < len(closed)
        )
        if not nested:
            kept.append((closed, tids))
    return kept
