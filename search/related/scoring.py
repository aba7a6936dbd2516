"""How related pages are scored and chosen: term weights, text similarity, a mix of types."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from django.utils.translation import gettext

from search.languages import language_of, segment

from . import candidates

# The weight of one shared term, by field ("region": a UN region reached through countries,
# counted once per region and only where no country of it is shared).
TERM_WEIGHTS: dict[str, float] = {
    "themes": 3,
    "domains": 3,
    "disciplines": 2,
    "project_types": 2,
    "activities": 1,
    "countries": 1,
    "audiences": 0.5,
    "region": 0.5,
}
TEXT_WEIGHT = 4.0  # times the cosine similarity of title + summary (0…1)
# Explicit links outrank any shared vocabulary (the most a page can share is about 30).
LINK_BONUS = {"carries": 20.0, "carried_by": 20.0, "same_organisation": 6.0}
MIN_SCORE = 1.0
SHOWN_TERMS = 2  # shared terms named in a reason, the weightiest first

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def link_reason(kind: str) -> str:
    return {
        "carries": gettext("Carries this initiative"),
        "carried_by": gettext("An initiative it carries"),
        "same_organisation": gettext("Carried by the same organisation"),
    }[kind]


def group_of(label: str) -> str:
    """The group a page type belongs to for the mix of types (every publication is one)."""
    return {
        "directory.InitiativePage": "initiative",
        "directory.ActorPage": "actor",
        "encyclopedia.EncyclopediaPage": "encyclopedia",
    }.get(label, "publication")


def rank(page, limit: int) -> list[tuple[int, float, str, list[str], bool]]:
    """(page id, score, link reason, shared term names, similar text) of the chosen pages."""
    terms, regions = candidates.source_terms(page)
    links, excluded = candidates.explicit_links(page)
    rows = candidates.pool(page, terms, links, excluded)
    if not rows:
        return []
    shared = candidates.shared_terms(rows, terms, regions)
    texts = candidates.texts(rows)
    similarity = text_similarity(
        f"{page.title} {getattr(page, 'summary', '')}",
        [texts[row["pk"]] for row in rows],
        language_of(page),
    )
    scored = []
    for row, text_score in zip(rows, similarity, strict=True):
        link = links.get(row["translation_key"])
        common = shared.get(row["pk"], {})
        score = sum(TERM_WEIGHTS[name] * len(ids) for name, ids in common.items())
        score += TEXT_WEIGHT * text_score + (LINK_BONUS[link] if link else 0)
        if score >= MIN_SCORE:
            scored.append((score, row["pk"], row["label"], link, common, text_score))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen = diverse(scored, limit)
    shown = {item[1]: ordered_terms(item[4])[:SHOWN_TERMS] for item in chosen}
    names = candidates.term_names([term for pairs in shown.values() for term in pairs])
    return [
        (
            pk,
            round(score, 3),
            link_reason(link) if link else "",
            [names[term] for term in shown[pk]],
            not link and not shown[pk] and text_score > 0,
        )
        for score, pk, _label, link, _common, text_score in chosen
    ]


def diverse(scored: list, limit: int) -> list:
    """The best `limit` of (score, pk, label, link, …) with a mix of types, best first.

    The pages an initiative or an actor is explicitly tied to come first (up to half of the
    places); then the types take turns, the type with the best remaining candidate first, none
    taking more than half of the places while another type has candidates left.
    """
    cap = max(1, math.ceil(limit / 2))
    chosen = [item for item in scored if item[3] in ("carries", "carried_by")][:cap]
    taken = {item[1] for item in chosen}
    per_group = Counter(group_of(item[2]) for item in chosen)
    queues: dict[str, list] = defaultdict(list)
    for item in scored:
        if item[1] not in taken:
            queues[group_of(item[2])].append(item)
    while len(chosen) < limit and any(queues.values()):
        turn = [group for group, queue in queues.items() if queue and per_group[group] < cap]
        turn = turn or [group for group, queue in queues.items() if queue]
        turn.sort(key=lambda group: (-queues[group][0][0], queues[group][0][1]))
        for group in turn[: limit - len(chosen)]:
            chosen.append(queues[group].pop(0))
            per_group[group] += 1
    return sorted(chosen, key=lambda item: (-item[0], item[1]))


def ordered_terms(common: dict[str, set]) -> list[tuple[str, int]]:
    """Shared (field, term id), the weightiest fields first (themes, domains… regions)."""
    order = sorted(common, key=lambda name: -TERM_WEIGHTS[name])
    return [(name, term_id) for name in order for term_id in sorted(common[name])]


def words(text: str, language) -> Counter:
    """Word counts of a text, Chinese and Japanese runs cut into words first."""
    found = _WORD.findall(segment(text, language).casefold())
    return Counter(w for w in found if not w.isdigit() and (len(w) > 1 or _CJK.match(w)))


def text_similarity(source: str, texts: list[str], language) -> list[float]:
    """Cosine similarity of the TF-IDF vectors of `source` and each text, IDF over them all
    (a word found in every text weighs nothing)."""
    documents = [words(source, language), *(words(text, language) for text in texts)]
    frequency = Counter(word for document in documents for word in document)
    count = len(documents)
    idf = {word: math.log((count + 1) / (df + 1)) for word, df in frequency.items()}

    def vector(document: Counter) -> dict[str, float]:
        return {word: tf * idf[word] for word, tf in document.items() if idf[word] > 0}

    def norm(weights: dict[str, float]) -> float:
        return math.sqrt(sum(value * value for value in weights.values()))

    source_vector = vector(documents[0])
    source_norm = norm(source_vector)
    scores = []
    for document in documents[1:]:
        other = vector(document)
        other_norm = norm(other)
        if not source_norm or not other_norm:
            scores.append(0.0)
            continue
        dot = sum(value * other.get(word, 0.0) for word, value in source_vector.items())
        scores.append(dot / (source_norm * other_norm))
    return scores
