"""Words of the featured demonstration entries that a search in each language must find.

For every language, a query (a word or short phrase of that language's text) and the entry it
finds, named by slug (the same in every locale). An `inflected` query is a form that does not
occur in the language's demo text at all (e.g. the text says "passport", the query "passports"):
only a search that stems the language finds it. Chinese, Japanese, Bengali and Swahili are
searched without stemming, so their queries are all exact forms.
"""

from __future__ import annotations

from dataclasses import dataclass

LAND_TRUST = "mtaa-community-land-trust"
SEED_CIRCLES = "diaspora-seed-capital-circles"
SKILLS_PASSPORT = "refugee-skills-passport"
HOUSING_COLLECTIVE = "mtaa-commons-housing-collective"


@dataclass(frozen=True)
class SearchWord:
    query: str
    finds: str  # slug of the featured initiative or actor
    inflected: bool = False  # absent from the text as written: needs the language's stemmer


SEARCH_WORDS: dict[str, tuple[SearchWord, ...]] = {
    "en": (
        SearchWord("land trust", LAND_TRUST),
        SearchWord("passports", SKILLS_PASSPORT, inflected=True),  # text: "passport"
    ),
    "fr": (
        SearchWord("réfugiés", SKILLS_PASSPORT),
        SearchWord("expulsions", LAND_TRUST, inflected=True),  # text: "expulsées", "expulsée"
    ),
    "ar": (
        SearchWord("اللاجئين", SKILLS_PASSPORT),
        SearchWord("المهارة", SKILLS_PASSPORT, inflected=True),  # text: "المهارات", "مهاراتهم"
    ),
    "zh-hans": (
        SearchWord("难民", SKILLS_PASSPORT),
        SearchWord("土地信托", LAND_TRUST),
    ),
    "bn": (
        SearchWord("শরণার্থী", SKILLS_PASSPORT),
        SearchWord("পাসপোর্ট", SKILLS_PASSPORT),
    ),
    "hi": (
        SearchWord("शरणार्थियों", SKILLS_PASSPORT),
        SearchWord("बस्तियाँ", LAND_TRUST, inflected=True),  # text: "बस्तियों", "बस्ती"
    ),
    "ja": (
        SearchWord("難民", SKILLS_PASSPORT),
        SearchWord("貯蓄サークル", SEED_CIRCLES),
    ),
    "pt": (
        SearchWord("refugiados", SKILLS_PASSPORT),
        SearchWord("remessa", SEED_CIRCLES, inflected=True),  # text: "remessas"
    ),
    "ru": (
        SearchWord("беженцев", SKILLS_PASSPORT),
        SearchWord("трастом", LAND_TRUST, inflected=True),  # text: "траст", "траста"
    ),
    "sw": (
        SearchWord("wakimbizi", SKILLS_PASSPORT),
        SearchWord("ardhi", LAND_TRUST),
    ),
}
