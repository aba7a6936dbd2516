"""Related entries (search/related.py) and the section that shows them on detail pages."""

from __future__ import annotations

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from search.related import encyclopedia_backlinks, forget_related, related_pages
from tests.factories import (
    ActorPageFactory,
    EncyclopediaPageFactory,
    InitiativePageFactory,
    ReportPageFactory,
)
from tests.utils import assert_no_restricted_data, assert_page_renders, read_document, visible_text

pytestmark = pytest.mark.django_db


def initiative(taxonomy, title, summary, *, themes=(), domains=(), countries=(), **kwargs):
    return InitiativePageFactory(
        title=title,
        summary=summary,
        themes=[taxonomy.themes[slug] for slug in themes],
        domains=[taxonomy.domains[slug] for slug in domains],
        countries=[taxonomy.countries[code] for code in countries],
        activities=[],
        **kwargs,
    )


def actor(taxonomy, title, summary, *, themes=(), domains=(), countries=(), **kwargs):
    return ActorPageFactory(
        title=title,
        summary=summary,
        themes=[taxonomy.themes[slug] for slug in themes],
        domains=[taxonomy.domains[slug] for slug in domains],
        countries=[taxonomy.countries[code] for code in countries],
        activities=[],
        **kwargs,
    )


def report(taxonomy, title, summary, *, themes=(), domains=(), countries=(), **kwargs):
    return ReportPageFactory(
        title=title,
        summary=summary,
        themes=[taxonomy.themes[slug] for slug in themes],
        domains=[taxonomy.domains[slug] for slug in domains],
        countries=[taxonomy.countries[code] for code in countries],
        audiences=[],
        **kwargs,
    )


def titles(items) -> list[str]:
    return [item.page.title for item in items]


def related_section(content) -> str:
    """The visible text of the "Related" section of a rendered page."""
    html = content.decode()
    start = html.index('aria-labelledby="related-title"')
    return visible_text(html[start : html.index("</section>", start)])


@pytest.fixture
def source(taxonomy):
    return initiative(
        taxonomy,
        "Garment town wage benchmarks",
        "Workers and buyers agree on the cost of a decent life in each town.",
        themes=("living-wages", "cities-social-progress"),
        domains=("work-employment",),
        countries=("BD",),
    )


# --- Ranking ---------------------------------------------------------------------------------


def test_more_shared_terms_rank_first_and_unrelated_pages_stay_out(source, taxonomy):
    one = initiative(
        taxonomy, "Tea estate pay talks", "Estates publish pay scales.", themes=("living-wages",)
    )
    three = initiative(
        taxonomy,
        "Dhaka wage commons",
        "A ledger of pay across factories.",
        themes=("living-wages", "cities-social-progress"),
        domains=("work-employment",),
    )
    unrelated = initiative(
        taxonomy,
        "Peace circles",
        "Mediators in villages.",
        themes=("peace-human-security",),
        domains=("peace-security",),
    )
    items = related_pages(source)
    assert titles(items)[:2] == [three.title, one.title]
    assert unrelated.title not in titles(items)
    assert items[0].score > items[1].score


def test_explicit_links_rank_first_with_their_reason(source, taxonomy):
    initiative(
        taxonomy,
        "Dhaka wage commons",
        "A ledger of pay across factories.",
        themes=("living-wages", "cities-social-progress"),
        domains=("work-employment",),
    )
    carrier = actor(
        taxonomy, "Northern Weavers' Union", "A union of handloom weavers.", countries=("IN",)
    )
    source.organisations = [carrier]
    source.save_revision().publish()
    items = related_pages(source)
    assert items[0].page.title == carrier.title
    assert items[0].link_reason == "Carries this initiative"
    assert items[0].explicit
    assert "Carries this initiative" in items[0].reasons


def test_an_initiative_shows_its_actor_and_a_report_in_its_domain(source, taxonomy):
    carrier = actor(
        taxonomy,
        "Garment Workers' Alliance",
        "Unions of garment workers.",
        themes=("living-wages",),
    )
    source.organisations = [carrier]
    source.save_revision().publish()
    for number in range(6):
        initiative(
            taxonomy,
            f"Wage initiative {number}",
            "Another initiative on pay.",
            themes=("living-wages", "cities-social-progress"),
            domains=("work-employment",),
        )
    study = report(
        taxonomy,
        "Living wages: sharing the responsibility",
        "What buyers owe.",
        domains=("work-employment",),
    )
    items = related_pages(source)
    assert carrier.title in titles(items)
    assert study.title in titles(items), "a report in the same domain is crowded out by initiatives"
    # Initiatives fill the places no other type can.
    assert [item.group for item in items].count("initiative") == 4


def test_an_actor_shows_the_initiatives_it_carries(taxonomy):
    carrier = actor(
        taxonomy,
        "Garment Workers' Alliance",
        "Unions of garment workers.",
        themes=("living-wages",),
    )
    carried = initiative(
        taxonomy,
        "Factory floor councils",
        "Workers elect councils.",
        themes=("peace-human-security",),
        organisations=[carrier],
    )
    items = related_pages(carrier)
    assert items[0].page.title == carried.title
    assert items[0].link_reason == "An initiative it carries"


def test_initiatives_of_the_same_organisation_are_linked(source, taxonomy):
    carrier = actor(taxonomy, "Garment Workers' Alliance", "Unions of garment workers.")
    source.organisations = [carrier]
    source.save_revision().publish()
    sibling = initiative(
        taxonomy, "Night school for machinists", "Evening classes.", organisations=[carrier]
    )
    item = next(item for item in related_pages(source) if item.page.title == sibling.title)
    assert item.link_reason == "Carried by the same organisation"


def test_the_reason_names_the_weightiest_shared_terms(source, taxonomy):
    initiative(
        taxonomy,
        "Dhaka wage commons",
        "A ledger of pay across factories.",
        themes=("living-wages",),
        domains=("work-employment",),
        countries=("BD",),
    )
    initiative(
        taxonomy, "Dhaka pay ledger", "Pay data.", themes=("living-wages",), countries=("BD",)
    )
    with translation.override("en"):
        first, second = related_pages(source)
    assert first.shared_terms == ["Living wages", "Work and employment"]
    assert first.reasons == ["In common: Living wages, Work and employment"]
    assert second.shared_terms == ["Living wages", "Bangladesh"]


def test_a_shared_region_counts_only_without_a_shared_country(source, taxonomy):
    # Bangladesh and India are both in Southern Asia (UN M49).
    same_country = initiative(
        taxonomy, "Pay ledger", "Pay data.", themes=("living-wages",), countries=("BD",)
    )
    same_region = initiative(
        taxonomy, "Pay board", "Pay rules.", themes=("living-wages",), countries=("IN",)
    )
    items = {item.page.title: item for item in related_pages(source)}
    assert items[same_country.title].score > items[same_region.title].score
    region = taxonomy.countries["IN"].region
    assert region is not None
    with translation.override("en"):
        forget_related()
        items = {item.page.title: item for item in related_pages(source)}
    assert items[same_region.title].shared_terms == ["Living wages", region.name]
    assert items[same_country.title].shared_terms == ["Living wages", "Bangladesh"]


# --- What may appear -------------------------------------------------------------------------


def test_only_live_public_pages_of_the_same_locale(source, taxonomy, translate):
    shared = {"themes": ("living-wages",), "domains": ("work-employment",)}
    shown = initiative(taxonomy, "Dhaka wage commons", "A ledger of pay.", **shared)
    draft = initiative(taxonomy, "Draft wage plan", "Not yet published.", publish=False, **shared)
    private = report(taxonomy, "Private wage report", "For the council only.", **shared)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    french = translate(shown, "fr", title="Communs salariaux de Dacca")
    french_source = translate(source, "fr", title="Repères salariaux des villes du textile")

    english = titles(related_pages(source))
    assert english == [shown.title]
    assert (
        draft.title not in english and private.title not in english and french.title not in english
    )

    in_french = titles(related_pages(french_source))
    assert in_french == [french.title], "another locale's pages, or the page itself, are listed"


def test_an_unpublished_page_leaves_the_cached_list_at_once(source, taxonomy):
    shown = initiative(taxonomy, "Dhaka wage commons", "A ledger of pay.", themes=("living-wages",))
    assert titles(related_pages(source)) == [shown.title]
    shown.unpublish()
    assert related_pages(source) == []


# --- The section on the pages ----------------------------------------------------------------


def test_section_on_an_initiative_page_in_english(client, source, taxonomy):
    carrier = actor(
        taxonomy,
        "Garment Workers' Alliance",
        "Unions of garment workers.",
        themes=("living-wages",),
    )
    source.organisations = [carrier]
    source.save_revision().publish()
    study = report(
        taxonomy,
        "Living wages: sharing the responsibility",
        "What buyers owe.",
        domains=("work-employment",),
    )
    response = client.get(source.url)
    assert response.status_code == 200
    section = related_section(response.content)
    assert "Related" in section
    assert carrier.title in section and study.title in section
    assert "Carries this initiative" in section
    assert "In common:" in section and "Work and employment" in section
    assert "Actor" in section and "Synthesis report" in section
    links = [href for href, _label in read_document(response.content).links]
    assert carrier.url in links and study.url in links
    assert_no_restricted_data(response.content, "the related section")


def test_section_on_an_actor_page_and_a_report_page(client, taxonomy):
    carrier = actor(
        taxonomy,
        "Garment Workers' Alliance",
        "Unions of garment workers.",
        themes=("living-wages",),
    )
    carried = initiative(
        taxonomy, "Factory floor councils", "Workers elect councils.", organisations=[carrier]
    )
    study = report(
        taxonomy,
        "Living wages: sharing the responsibility",
        "What buyers owe.",
        themes=("living-wages",),
    )
    section = related_section(client.get(carrier.url).content)
    assert carried.title in section and "An initiative it carries" in section
    assert study.title in section
    section = related_section(client.get(study.url).content)
    assert carrier.title in section and carried.title not in section


def test_section_in_arabic(client, source, taxonomy, translate):
    other = initiative(
        taxonomy,
        "Dhaka wage commons",
        "A ledger of pay.",
        themes=("living-wages",),
        domains=("work-employment",),
    )
    arabic_source = translate(source, "ar", title="مؤشرات الأجور في مدن النسيج")
    arabic_other = translate(other, "ar", title="مشاعات الأجور في دكا")
    document = assert_page_renders(client, arabic_source, "ar")
    assert document.html_attrs["dir"] == "rtl"
    section = related_section(client.get(arabic_source.url).content)
    assert arabic_other.title in section
    assert other.title not in section
    # Term names in the reader's language.
    assert taxonomy.themes["living-wages"].get_translation(arabic_source.locale).name in section
    assert "Living wages" not in section


def test_text_similarity_with_segmented_chinese(client, source, taxonomy, translate):
    near = initiative(taxonomy, "Near", "Near.", themes=("living-wages",))
    far = initiative(taxonomy, "Far", "Far.", themes=("living-wages",))
    chinese_source = translate(
        source,
        "zh-hans",
        title="纺织城镇生活工资基准",
        summary="工人和买家共同计算每个城镇体面生活的成本。",
    )
    chinese_near = translate(
        near, "zh-hans", title="达卡生活工资账本", summary="记录各工厂的工资与体面生活成本。"
    )
    chinese_far = translate(far, "zh-hans", title="和平调解圈", summary="村庄里的调解员化解冲突。")
    with translation.override("zh-hans"):
        items = related_pages(chinese_source)
    assert titles(items) == [chinese_near.title, chinese_far.title]
    assert items[0].score > items[1].score, (
        "segmented words (生活, 工资, 成本) should bring the near page first"
    )
    response = client.get(chinese_source.url)
    assert read_document(response.content).html_attrs["lang"] == "zh-hans"
    section = related_section(response.content)
    assert chinese_near.title in section
    assert taxonomy.themes["living-wages"].get_translation(chinese_source.locale).name in section


# --- In the encyclopedia ---------------------------------------------------------------------


def test_encyclopedia_back_link_in_english_and_from_a_translation(
    client, source, taxonomy, translate
):
    group = EncyclopediaPageFactory(
        title="Living wage initiatives",
        linked_entries=[(source, "Benchmarks negotiated town by town.")],
    )
    EncyclopediaPageFactory(title="Draft group", linked_entries=[source], publish=False)
    response = client.get(source.url)
    html = response.content.decode()
    assert 'aria-labelledby="related-encyclopedia-title"' in html
    shown = visible_text(response.content)
    assert "In the encyclopedia" in shown
    assert group.title in shown and "Benchmarks negotiated town by town." in shown
    assert "Draft group" not in shown
    assert group.url in [href for href, _label in read_document(response.content).links]
    # Not repeated among the related entries.
    assert group.title not in titles(related_pages(source))

    arabic_source = translate(source, "ar", title="مؤشرات الأجور في مدن النسيج")
    arabic_group = translate(group, "ar", title="مبادرات أجور المعيشة")
    assert [page.title for page, _note in encyclopedia_backlinks(arabic_source)] == [
        arabic_group.title
    ]
    response = client.get(arabic_source.url)
    assert arabic_group.url in [href for href, _label in read_document(response.content).links]
    assert group.url not in [href for href, _label in read_document(response.content).links]


def test_encyclopedia_page_shows_related_publications_not_its_own_entries(client, source, taxonomy):
    study = report(
        taxonomy,
        "Living wages: sharing the responsibility",
        "What buyers owe.",
        themes=("living-wages",),
    )
    group = EncyclopediaPageFactory(
        title="Living wage initiatives",
        linked_entries=[source],
        themes=[taxonomy.themes["living-wages"]],
    )
    assert titles(related_pages(group)) == [study.title]
    section = related_section(client.get(group.url).content)
    assert study.title in section


# --- Cost ------------------------------------------------------------------------------------

QUERY_BOUND = 25


@pytest.mark.parametrize("candidates", [5, 50])
def test_query_count_does_not_grow_with_the_candidates(
    candidates, source, taxonomy, django_assert_max_num_queries
):
    carrier = actor(
        taxonomy,
        "Garment Workers' Alliance",
        "Unions of garment workers.",
        themes=("living-wages",),
    )
    source.organisations = [carrier]
    source.save_revision().publish()
    EncyclopediaPageFactory(title="Living wage initiatives", linked_entries=[source])
    makers = (initiative, actor, report)
    for number in range(candidates):
        makers[number % 3](
            taxonomy,
            f"Candidate {number}",
            f"Summary number {number} about wages.",
            themes=("living-wages",),
            domains=("work-employment",) if number % 2 else (),
            countries=("BD", "IN", "KE")[number % 3 : number % 3 + 1],
        )
    with translation.override("en"), django_assert_max_num_queries(QUERY_BOUND):
        items = related_pages(source)
        backlinks = encyclopedia_backlinks(source)
    assert len(items) == 6 and len(backlinks) == 1
    assert {item.group for item in items} == {"initiative", "actor", "publication"}
    # Cached: the pages are only read again.
    with translation.override("en"), django_assert_max_num_queries(8):
        assert titles(related_pages(source)) == titles(items)
