"""Filtering the initiative directory through its map and its facets, in a real browser
(Debian's Chromium driven by Playwright), in English, Arabic (right to left) and Chinese.

1. English: the facets show their counts; a country clicked on the map, then a theme, narrow
   the listing and show as "Filtered by" chips; removing the country chip widens it again;
   words searched within the listing keep the facets; sorting puts the reviewers' choice
   first; the browser's back button walks back through every state (each state is a URL);
   the header's search box offers titles as suggestions.
2. Arabic: the page reads right to left, the map stays a left-to-right picture, the facets
   and the country list under the map are in Arabic, and a country of that list filters.
3. Chinese: words found by segmentation within the listing, then a facet that keeps them.

Screenshots go to $IPSP_BROWSER_SHOTS when it is set (none are taken otherwise).
Skipped without Chromium or Playwright, except in CI where that is a failure (tests/conftest.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation

from tests.test_browser import english_home_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORT = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 15_000

# title → (country, themes, flagged by reviewers, summary); created in this order, so the
# last one is the newest.
ENTRIES = {
    "Living wage coalition of Recife": (
        "BR",
        ("living-wages",),
        False,
        "Employers and unions agree on a wage that covers rent, food and school.",
    ),
    "Participatory budgeting in Porto Alegre": (
        "BR",
        ("cities-social-progress",),
        False,
        "Residents decide how a share of the city budget is spent.",
    ),
    "Waste pickers' cooperative of São Paulo": (
        "BR",
        ("living-wages", "cities-social-progress"),
        True,
        "The cooperative pays its members a fair price for what they collect.",
    ),
    "Community land trust of Kibera": (
        "KE",
        ("cities-social-progress",),
        False,
        "Residents own the land together and keep housing affordable.",
    ),
    "Solar cooperatives of Rajasthan": (
        "IN",
        ("beyond-extractive-paradigm",),
        False,
        "Villages run their own solar plants and share the income.",
    ),
    "Repair cafés of Lyon": (
        "FR",
        ("beyond-extractive-paradigm",),
        True,
        "Volunteers repair everyday objects with their owners.",
    ),
    "Tea pickers' wage board of Assam": (
        "IN",
        ("living-wages",),
        False,
        "Pickers and estates set the daily wage together every year.",
    ),
    "Dairy farmers' cooperative of Nyeri": (
        "KE",
        ("living-wages",),
        False,
        "The cooperative buys milk at a price that pays the farmers' work.",
    ),
}
BRAZIL = {title for title, (country, *_rest) in ENTRIES.items() if country == "BR"}
LIVING_WAGES = {
    title for title, (_c, themes, *_rest) in ENTRIES.items() if "living-wages" in themes
}

ARABIC = {
    "index": "المبادرات",
    "Living wage coalition of Recife": "تحالف الأجر المعيشي في ريسيفي",
    "Waste pickers' cooperative of São Paulo": "تعاونية جامعي النفايات في ساو باولو",
    "Dairy farmers' cooperative of Nyeri": "تعاونية مربي الأبقار في نييري",
}
CHINESE_WORD = "农村"
CHINESE = {
    "index": "社会倡议",
    "Dairy farmers' cooperative of Nyeri": (
        "涅里奶农合作社",
        "合作社以公平的价格收购牛奶，惠及农村家庭。",
    ),
    "Solar cooperatives of Rajasthan": (
        "拉贾斯坦邦太阳能合作社",
        "村民共同经营太阳能电站并分享收入。",
    ),
    "Living wage coalition of Recife": (
        "累西腓生活工资联盟",
        "雇主和工会商定一份足以支付房租和食物的工资。",
    ),
}


def in_language(language: str, text: str, plural: str | None = None, number: int = 1) -> str:
    """An interface string as the catalogue of `language` has it right now."""
    with translation.override(language):
        if plural is None:
            return str(translation.gettext(text))
        return str(translation.ngettext(text, plural, number)) % {"counter": number}


def count_text(language: str, number: int) -> str:
    return in_language(language, "%(counter)s initiative", "%(counter)s initiatives", number)


@pytest.fixture
def shots() -> Path | None:
    folder = os.environ.get("IPSP_BROWSER_SHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def screenshot(tab, shots: Path | None, name: str) -> None:
    if shots is not None:
        tab.screenshot(path=str(shots / name), full_page=True)


@pytest.fixture
def directory(request, search_backend):
    """The English directory of ENTRIES (indexed for full text), by title; "index": the index."""
    from tests.factories.base import countries, themes
    from tests.factories.directory import InitiativeIndexPageFactory, InitiativePageFactory

    # A transactional test may start from a flushed database: locales and home first, then
    # the taxonomy (its translations need the locales).
    home = english_home_page()
    request.getfixturevalue("taxonomy")
    index = InitiativeIndexPageFactory(parent=home, title="Initiatives")
    pages = {"index": index}
    for title, (country, theme_slugs, flagged, summary) in ENTRIES.items():
        pages[title] = InitiativePageFactory(
            parent=index,
            title=title,
            summary=summary,
            countries=countries(country),
            themes=themes(*theme_slugs),
            flagged_by_reviewers=flagged,
        )
    return pages


def open_tab(browser, language: str):
    context = browser.new_context(viewport=VIEWPORT, locale=language)
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


def query(tab) -> dict[str, list[str]]:
    return parse_qs(urlsplit(tab.url).query)


def card_titles(tab) -> list[str]:
    return [
        title.strip() for title in tab.locator(".listing__results .card__title").all_inner_texts()
    ]


def listing_count(tab) -> str:
    return " ".join(tab.locator(".listing__count").inner_text().split())


# The text a sighted reader sees in an element (the screen readers' "Remove filter:" left out).
SEEN_TEXT = """element => [...element.childNodes]
    .filter(node => !(node.classList && node.classList.contains("visually-hidden")))
    .map(node => node.textContent).join(" ").split(/\\s+/).filter(Boolean).join(" ")"""


def chips(tab) -> list[str]:
    """The "Filtered by" chips as seen: "Facet: value"."""
    return [chip.evaluate(SEEN_TEXT) for chip in tab.locator(".active-filters .chip").all()]


def facet_counts(tab, facet: str) -> dict[str, int]:
    """label → count of one facet group of the sidebar, values behind "more" included."""
    counts = {}
    for link in tab.locator(f'section[aria-labelledby="facet-{facet}"] a.facet__value').all():
        label = link.locator(".facet__label").evaluate(SEEN_TEXT)
        counts[label] = int(link.locator(".facet__count").text_content())
    return counts


def facet_link(tab, facet: str, label: str):
    """The link of one facet value (a selected value's label starts with "Remove filter:")."""
    return tab.locator(f'section[aria-labelledby="facet-{facet}"] a.facet__value').filter(
        has=tab.locator(".facet__label", has_text=re.compile(rf"(^|\s){re.escape(label)}\s*$"))
    )


def follow(tab, locator) -> None:
    """Click a link and wait for the page it opens."""
    with tab.expect_navigation():
        locator.click()


# --- English --------------------------------------------------------------------------------


def test_filter_the_directory_by_map_facets_words_and_sort(live_server, browser, directory, shots):
    base = live_server.url
    context, tab = open_tab(browser, "en-GB")
    visited = []

    # Everything, with the counts of each facet value.
    response = tab.goto(f"{base}/en/initiatives/")
    assert response is not None and response.status == 200
    visited.append(tab.url)
    assert sorted(card_titles(tab)) == sorted(ENTRIES)
    assert listing_count(tab) == count_text("en", 8)
    assert facet_counts(tab, "country") == {"Brazil": 3, "India": 2, "Kenya": 2, "France": 1}
    theme_counts = facet_counts(tab, "theme")
    assert theme_counts["Living wages"] == len(LIVING_WAGES) == 4
    assert theme_counts["Cities and social progress"] == 3
    assert facet_counts(tab, "flagged") == {"Flagged by IPSP reviewers": 2}
    assert tab.locator(".active-filters").count() == 0

    # Brazil, clicked on the map: its <a> is named by its title, with the count.
    brazil = tab.locator('svg.country-map__svg a[href*="country=BR"]')
    assert brazil.locator("title").text_content() == "Brazil: 3 entries"
    assert (
        tab.locator('svg.country-map__svg a[href*="country=FR"] title').text_content()
        == "France: 1 entry"
    )
    follow(tab, brazil)
    visited.append(tab.url)
    assert query(tab) == {"country": ["BR"]}
    assert sorted(card_titles(tab)) == sorted(BRAZIL)
    assert listing_count(tab) == count_text("en", 3)
    assert chips(tab) == ["Country: Brazil"]
    assert (
        tab.locator('svg.country-map__svg a[href*="country=BR"]').get_attribute("aria-current")
        == "true"
    )
    # Within Brazil, the themes count Brazil's entries; the other countries keep theirs.
    assert facet_counts(tab, "theme")["Living wages"] == 2
    assert facet_counts(tab, "country")["Kenya"] == 2
    screenshot(tab, shots, "en-country-brazil.png")
    # The sort options stand side by side on one line, the current one among them.
    tops = {
        round(box["y"]) for box in (item.bounding_box() for item in tab.locator(".sort li").all())
    }
    assert len(tops) == 1, tops

    # And a theme: both filters hold.
    follow(tab, facet_link(tab, "theme", "Living wages"))
    visited.append(tab.url)
    assert query(tab) == {"country": ["BR"], "theme": ["living-wages"]}
    assert sorted(card_titles(tab)) == sorted(BRAZIL & LIVING_WAGES)
    assert listing_count(tab) == count_text("en", 2)
    assert sorted(chips(tab)) == ["Country: Brazil", "Theme: Living wages"]
    assert facet_link(tab, "theme", "Living wages").get_attribute("aria-current") == "true"
    screenshot(tab, shots, "en-country-theme.png")

    # The country chip removed: every entry on living wages again.
    follow(tab, tab.locator(".active-filters .chip").filter(has_text="Country: Brazil"))
    visited.append(tab.url)
    assert query(tab) == {"theme": ["living-wages"]}
    assert sorted(card_titles(tab)) == sorted(LIVING_WAGES)
    assert listing_count(tab) == count_text("en", 4)
    assert chips(tab) == ["Theme: Living wages"]

    # Words within the listing: the theme is kept, the counts are the words' results.
    search_box = tab.get_by_label("Search in Initiatives", exact=True)
    assert search_box.get_attribute("placeholder") == "Search in Initiatives"
    search_box.fill("cooperative")
    with tab.expect_navigation():
        search_box.press("Enter")
    visited.append(tab.url)
    assert query(tab) == {"q": ["cooperative"], "theme": ["living-wages"]}
    found = {"Waste pickers' cooperative of São Paulo", "Dairy farmers' cooperative of Nyeri"}
    assert sorted(card_titles(tab)) == sorted(found)
    assert sorted(chips(tab)) == ["Theme: Living wages", "Words: “cooperative”"]
    assert facet_counts(tab, "country") == {"Brazil": 1, "Kenya": 1}
    assert tab.locator(".sort .sort__current").inner_text() == "Relevance"
    assert tab.get_by_label("Search in Initiatives", exact=True).input_value() == "cooperative"

    # The reviewers' choice first: the flagged cooperative of São Paulo leads.
    follow(tab, tab.locator(".sort a", has_text="Reviewers' choice first"))
    assert query(tab) == {"q": ["cooperative"], "theme": ["living-wages"], "sort": ["flagged"]}
    assert card_titles(tab) == [
        "Waste pickers' cooperative of São Paulo",
        "Dairy farmers' cooperative of Nyeri",
    ]
    assert tab.locator(".sort .sort__current").inner_text() == "Reviewers' choice first"
    first_card = tab.locator(".listing__results .grid > li").first
    assert first_card.locator(".badge--flag").inner_text().strip() == "Flagged by reviewers"
    assert sorted(chips(tab)) == ["Theme: Living wages", "Words: “cooperative”"]

    # Back through every state, each restored from its URL.
    expected_back = [
        (sorted(found), ["Theme: Living wages", "Words: “cooperative”"]),
        (sorted(LIVING_WAGES), ["Theme: Living wages"]),
        (sorted(BRAZIL & LIVING_WAGES), ["Country: Brazil", "Theme: Living wages"]),
        (sorted(BRAZIL), ["Country: Brazil"]),
        (sorted(ENTRIES), []),
    ]
    for url, (titles, filters) in zip(reversed(visited), expected_back, strict=True):
        tab.go_back()
        assert tab.url == url
        assert sorted(card_titles(tab)) == titles, url
        assert sorted(chips(tab)) == filters, url
    assert tab.get_by_label("Search in Initiatives", exact=True).input_value() == ""

    # The header's search box suggests titles after two letters.
    header_search = tab.locator("#header-search")
    assert header_search.get_attribute("list"), (
        "suggest.js gave the header's search box no <datalist>"
    )
    with tab.expect_response(
        lambda r: "/search/suggest/" in r.url and "q=Re" in r.url
    ) as suggested:
        header_search.press_sequentially("Re")
    assert suggested.value.ok
    tab.wait_for_function(
        "document.querySelector('#header-search').list.options.length > 0", timeout=TIMEOUT_MS
    )
    options = header_search.evaluate("input => [...input.list.options].map(option => option.value)")
    assert "Repair cafés of Lyon" in options, options
    assert all(re.search(r"\bre", option, re.I) for option in options), options
    context.close()


# --- Arabic ---------------------------------------------------------------------------------


def test_the_directory_in_arabic_reads_right_to_left(
    live_server, browser, directory, translate, shots
):
    translate(directory["index"], "ar", title=ARABIC["index"])
    for title, arabic_title in ARABIC.items():
        if title != "index":
            translate(directory[title], "ar", title=arabic_title)
    context, tab = open_tab(browser, "ar")

    response = tab.goto(f"{live_server.url}/ar/initiatives/")
    assert response is not None and response.status == 200
    assert tab.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]
    assert (
        tab.evaluate("getComputedStyle(document.querySelector('.listing__results')).direction")
        == "rtl"
    )
    # The map is a picture of the world: it never mirrors.
    svg = tab.locator("svg.country-map__svg")
    assert svg.get_attribute("dir") == "ltr"
    brazil = tab.locator('svg.country-map__svg a[href*="country=BR"]').bounding_box()
    kenya = tab.locator('svg.country-map__svg a[href*="country=KE"]').bounding_box()
    assert brazil["x"] + brazil["width"] < kenya["x"], (brazil, kenya)  # west stays on the left
    assert sorted(card_titles(tab)) == sorted(v for k, v in ARABIC.items() if k != "index")
    assert listing_count(tab) == count_text("ar", 3)

    # The facets in Arabic: their titles from the catalogue, countries from CLDR, themes
    # from the taxonomy's translations.
    assert tab.locator("#facet-country").inner_text().strip() == in_language("ar", "Country")
    assert facet_counts(tab, "country") == {"البرازيل": 2, "كينيا": 1}
    assert facet_counts(tab, "theme")["أجور المعيشة"] == 3
    screenshot(tab, shots, "ar-listing.png")

    # Brazil from the list under the map.
    country_list = tab.locator(".country-map__list")
    assert country_list.evaluate("element => getComputedStyle(element).direction") == "rtl"
    follow(tab, country_list.locator('a[href*="country=BR"]'))
    assert query(tab) == {"country": ["BR"]}
    assert sorted(card_titles(tab)) == sorted(
        [
            ARABIC["Living wage coalition of Recife"],
            ARABIC["Waste pickers' cooperative of São Paulo"],
        ]
    )
    assert listing_count(tab) == count_text("ar", 2)
    [chip] = chips(tab)
    assert "البرازيل" in chip and in_language("ar", "Country") in chip
    screenshot(tab, shots, "ar-country-brazil.png")

    # On a phone the listing fits the screen's width: nothing scrolls sideways.
    tab.set_viewport_size(PHONE)
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(tab, shots, "ar-country-brazil-phone.png")
    context.close()


# --- Chinese --------------------------------------------------------------------------------


def test_the_directory_in_chinese_finds_words_by_segmentation(
    live_server, browser, directory, translate, shots
):
    translate(directory["index"], "zh-hans", title=CHINESE["index"])
    for title, value in CHINESE.items():
        if title != "index":
            translate(directory[title], "zh-hans", title=value[0], summary=value[1])
    nyeri, rajasthan, recife = (CHINESE[t][0] for t in list(CHINESE)[1:])
    context, tab = open_tab(browser, "zh-CN")

    response = tab.goto(f"{live_server.url}/zh-hans/initiatives/")
    assert response is not None and response.status == 200
    assert tab.evaluate("document.documentElement.lang") == "zh-hans"
    assert sorted(card_titles(tab)) == sorted([nyeri, rajasthan, recife])
    assert facet_counts(tab, "country") == {"巴西": 1, "印度": 1, "肯尼亚": 1}

    # A word of a sentence written without spaces.
    search_box = tab.locator("#listing-q")
    assert search_box.get_attribute("placeholder") == in_language(
        "zh-hans", "Search in %(title)s"
    ) % {"title": CHINESE["index"]}
    search_box.fill(CHINESE_WORD)
    with tab.expect_navigation():
        search_box.press("Enter")
    assert query(tab) == {"q": [CHINESE_WORD]}
    assert card_titles(tab) == [nyeri]
    assert facet_counts(tab, "country") == {"肯尼亚": 1}
    screenshot(tab, shots, "zh-search.png")

    # A facet keeps the words; then the words removed keep the facet.
    follow(tab, facet_link(tab, "theme", "生活工资"))
    assert query(tab) == {"q": [CHINESE_WORD], "theme": ["living-wages"]}
    assert card_titles(tab) == [nyeri]
    assert len(chips(tab)) == 2 and any("生活工资" in chip for chip in chips(tab))
    follow(tab, tab.locator(".active-filters .chip").filter(has_text=CHINESE_WORD))
    assert query(tab) == {"theme": ["living-wages"]}
    assert sorted(card_titles(tab)) == sorted([nyeri, recife])
    assert listing_count(tab) == count_text("zh-hans", 2)
    screenshot(tab, shots, "zh-theme.png")
    context.close()
