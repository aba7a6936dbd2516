"""The faceted directory listings (search/facets.py, search/models.py, search/templates).

What a reader sees: facets with counts, links that add and remove filters, combined filters,
sorting, pagination, search within the listing, all in the query string; in English, Arabic
and Chinese; and a bounded number of queries whatever the page size.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import ActorPage
from tests.factories import ActorPageFactory, InitiativePageFactory
from tests.factories.base import countries, themes
from tests.utils import read_document, visible_text

pytestmark = pytest.mark.django_db


def facet_values(content: bytes, facet: str) -> dict[str, tuple[int, str, bool]]:
    """label → (count, link, selected) of one facet group, as rendered in the sidebar."""
    html = content.decode()
    section = re.search(
        rf'<section class="facet" aria-labelledby="facet-{facet}">(.*?)</section>', html, re.S
    )
    if not section:
        return {}
    values = {}
    for css, link, body in re.findall(r'<a class="(facet__value[^"]*)" href="([^"]+)"[^>]*>(.*?)</a>', section.group(1), re.S):
        label = visible_text(re.search(r'<span class="facet__label">(.*?)</span>\s*<span class="facet__count">', body, re.S).group(1))
        label = label.replace("Remove filter:", "").strip()
        count = int(re.search(r'<span class="facet__count">(\d+)</span>', body).group(1))
        values[label] = (count, link.replace("&amp;", "&"), "is-selected" in css)
    return values


def titles(content: bytes) -> list[str]:
    return [visible_text(t) for t in re.findall(r'<h2 class="card__title">(.*?)</h2>', content.decode(), re.S)]


@pytest.fixture
def directory(taxonomy):
    """Four initiatives with known themes, countries and flags; and two actors."""
    kenya_wages = InitiativePageFactory(
        title="Kenya wages", themes=themes("living-wages"), countries=countries("KE"),
        flagged_by_reviewers=True,
    )
    brazil_wages = InitiativePageFactory(
        title="Brazil wages", themes=themes("living-wages", "cities-social-progress"), countries=countries("BR"),
    )
    brazil_city = InitiativePageFactory(
        title="Brazil city", themes=themes("cities-social-progress"), countries=countries("BR"),
    )
    france_peace = InitiativePageFactory(
        title="France peace", themes=themes("peace-human-security"), countries=countries("FR"),
    )
    network = ActorPageFactory(title="Wage network", kind=ActorPage.Kind.NETWORK, countries=countries("KE"))
    enterprise = ActorPageFactory(title="Solar enterprise", kind=ActorPage.Kind.SOCIAL_ENTERPRISE, countries=countries("IN"))
    return {
        'kenya_wages': kenya_wages, 'brazil_wages': brazil_wages, 'brazil_city': brazil_city,
        'france_peace': france_peace, 'network': network, 'enterprise': enterprise,
    }


def test_each_facet_value_shows_its_count(client, directory):
    index = directory["kenya_wages"].get_parent()
    response = client.get(index.url)
    assert response.status_code == 200
    shown_themes = facet_values(response.content, "theme")
    assert shown_themes["Living wages"][0] == 2
    assert shown_themes["Cities and social progress"][0] == 2 or any(
        count == 2 and "ities" in label for label, (count, _l, _s) in shown_themes.items()
    )
    shown_countries = facet_values(response.content, "country")
    assert shown_countries["Brazil"][0] == 2
    assert shown_countries["Kenya"][0] == 1
    assert facet_values(response.content, "region")["Americas"][0] == 2
    assert facet_values(response.content, "flagged")["Flagged by IPSP reviewers"][0] == 1
    assert "4 initiatives" in visible_text(response.content)


def test_facets_combine_and_the_state_is_in_the_url(client, directory):
    index = directory["kenya_wages"].get_parent()
    first = client.get(index.url)
    brazil_link = facet_values(first.content, "country")["Brazil"][1]
    assert parse_qs(urlsplit(brazil_link).query) == {"country": ["BR"]}

    by_country = client.get(brazil_link)
    assert sorted(titles(by_country.content)) == ["Brazil city", "Brazil wages"]
    # Within Brazil, the theme counts are those of Brazil's entries.
    assert facet_values(by_country.content, "theme")["Living wages"][0] == 1
    # The country facet keeps the other countries' counts (values of one facet are alternatives).
    assert facet_values(by_country.content, "country")["Kenya"][0] == 1

    wages_link = facet_values(by_country.content, "theme")["Living wages"][1]
    both = client.get(wages_link)
    assert titles(both.content) == ["Brazil wages"]
    assert parse_qs(urlsplit(wages_link).query) == {"country": ["BR"], "theme": ["living-wages"]}
    text = visible_text(both.content)
    assert "Filtered by" in text and "Country: Brazil" in text and "Theme: Living wages" in text

    # Adding Kenya to the country filter gives Brazil or Kenya, still with living wages.
    kenya_link = facet_values(both.content, "country")["Kenya"][1]
    either = client.get(kenya_link)
    assert sorted(titles(either.content)) == ["Brazil wages", "Kenya wages"]

    # A selected value's link removes it.
    selected_brazil = facet_values(either.content, "country")["Brazil"]
    assert selected_brazil[2]
    assert titles(client.get(selected_brazil[1]).content) == ["Kenya wages"]


def test_reviewer_flag_filter_and_sort(client, directory):
    index = directory["kenya_wages"].get_parent()
    flagged = client.get(index.url, {"flagged": "1"})
    assert titles(flagged.content) == ["Kenya wages"]
    ordered = titles(client.get(index.url, {"sort": "flagged"}).content)
    assert ordered[0] == "Kenya wages" and len(ordered) == 4
    newest = titles(client.get(index.url).content)
    assert newest[0] == "France peace"  # the last published first
    assert titles(client.get(index.url, {"sort": "title"}).content) == sorted(newest)


def test_actor_kind_facet(client, directory):
    index = directory["network"].get_parent()
    response = client.get(index.url)
    kinds = facet_values(response.content, "kind")
    assert kinds["Network or coalition"][0] == 1 or any(count == 1 for count, _l, _s in kinds.values())
    link = next(link for label, (count, link, _s) in kinds.items() if "etwork" in label)
    assert titles(client.get(link).content) == ["Wage network"]


def test_search_within_the_listing_keeps_the_facets(client, directory, search_backend):
    for page in directory.values():
        page.save_revision().publish()  # index them with the search backend on
    index = directory["kenya_wages"].get_parent()
    response = client.get(index.url, {"q": "Brazil", "theme": "living-wages"})
    assert titles(response.content) == ["Brazil wages"]
    html = response.content.decode()
    assert '<input type="hidden" name="theme" value="living-wages">' in html
    assert "Words: “Brazil”" in visible_text(response.content)
    # The counts are those of the words' results.
    assert facet_values(response.content, "country")["Brazil"][0] == 1
    assert "Relevance" in visible_text(response.content)


def test_unknown_values_and_pages_are_harmless(client, directory):
    index = directory["kenya_wages"].get_parent()
    response = client.get(index.url, {"theme": "no-such-theme", "country": "zz", "page": "999", "sort": "drop table"})
    assert response.status_code == 200
    assert "No entries match these filters." in visible_text(response.content)
    response = client.get(index.url, {"page": "abc", "bogus": "1"})
    assert response.status_code == 200
    assert len(titles(response.content)) == 4


def test_facets_in_arabic_and_chinese(client, directory, translate):
    arabic = translate(directory["kenya_wages"], "ar", title="أجور كينيا")
    response = client.get(arabic.get_parent().url)
    assert read_document(response.content).html_attrs.get("dir") == "rtl"
    assert titles(response.content) == ["أجور كينيا"]
    countries_ar = facet_values(response.content, "country")
    assert countries_ar["كينيا"][0] == 1
    chinese = translate(directory["brazil_city"], "zh-hans", title="巴西城市")
    response = client.get(chinese.get_parent().url)
    assert facet_values(response.content, "country")["巴西"][0] == 1
    assert titles(response.content) == ["巴西城市"]


def test_the_listing_works_without_javascript(client, directory):
    """Every control is a link or a GET form: no button needs a script."""
    index = directory["kenya_wages"].get_parent()
    html = client.get(index.url).content.decode()
    assert 'method="get"' in html
    assert "onclick" not in html
    assert 'href="/en/' in html and "?country=KE" in html  # map and facet links


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_page_size(client, taxonomy, django_assert_max_num_queries):
    few = [InitiativePageFactory(countries=countries("KE", "BR")) for _ in range(3)]
    index = few[0].get_parent()
    url = f"{index.url}?theme=living-wages&country=KE"
    small = _queries(client, url)
    for _ in range(27):
        InitiativePageFactory(countries=countries("KE", "FR"))
    with django_assert_max_num_queries(small):
        client.get(url)
    with django_assert_max_num_queries(small):
        client.get(index.url)


def test_an_entry_with_a_theme_outside_every_component_still_counts(client, taxonomy):
    """"Mapping the systemic conditions" belongs to no agenda component; an entry that also
    has "Living wages" counts under the economic system component, as selecting it shows."""
    entry = InitiativePageFactory(
        title="Wage mapping", themes=themes("systemic-conditions", "living-wages"), countries=countries("KE")
    )
    response = client.get(entry.get_parent().url)
    components = facet_values(response.content, "component")
    economic = [(count, link) for count, link, _s in components.values() if "component=economic-system" in link]
    assert economic and economic[0][0] == 1
    assert titles(client.get(economic[0][1]).content) == ["Wage mapping"]
