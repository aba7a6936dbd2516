"""What search engines and harvesters find: the sitemap of every language with its hreflang
alternates, robots.txt, schema.org JSON-LD per page type, OpenGraph and Twitter cards, and the
RSS/Atom feeds of each language (the podcast feed with Apple's iTunes elements)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from directory.models import InitiativePage
from publications.models import MediaPage
from tests.directory import conftest as directory_fixtures
from tests.directory.conftest import CONTRIBUTOR_EMAIL, access_link
from tests.factories import (
    INTERNAL_NOTE,
    RESTRICTED_PARTNERSHIP,
    SECRET_CONTACT_EMAIL,
    ActorPageFactory,
    ArticlePageFactory,
    BriefPageFactory,
    DataStoryPageFactory,
    EncyclopediaPageFactory,
    EventPageFactory,
    InitiativePageFactory,
    MediaPageFactory,
    ReportPageFactory,
    StandardPageFactory,
)
from tests.utils import assert_no_restricted_data, publish_through_workflow

pytestmark = pytest.mark.django_db

# The submission fixtures of tests/directory: a reader who registers an initiative.
form_pages = directory_fixtures.form_pages
reader = directory_fixtures.reader
screening_rules = directory_fixtures.screening_rules

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
ARABIC_TITLE = "صناديق الأراضي المجتمعية في كيبيرا"
CHINESE_TITLE = "基贝拉社区土地信托"


# --- Reading <head> -----------------------------------------------------------------------


class _HeadReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict[str, str]] = []
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content", ""))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def read_head(response) -> _HeadReader:
    assert response.status_code == 200
    head = _HeadReader()
    head.feed(response.content.decode())
    return head


def parse_xml(content: bytes) -> ET.Element:
    """The platform's own sitemap or feed (well-formedness is what is tested)."""
    return ET.fromstring(content)  # noqa: S314 -- our own response, not untrusted input


def structured_data(client, page) -> dict:
    head = read_head(client.get(page.url))
    assert len(head.json_ld) == 1, head.json_ld
    return json.loads(head.json_ld[0])


def full_url(page) -> str:
    return Page.objects.get(pk=page.pk).get_full_url()


def site_root() -> str:
    return Site.objects.get(is_default_site=True).root_url


# --- Sitemap and robots.txt ---------------------------------------------------------------


def sitemap_entries(client) -> dict[str, dict]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = parse_xml(response.content)
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        lastmod = url.find(f"{SITEMAP}lastmod")
        entries[url.find(f"{SITEMAP}loc").text] = {
            "alternates": alternates,
            "lastmod": lastmod.text if lastmod is not None else None,
        }
    return entries


def test_sitemap_lists_every_language_with_its_alternates(client, taxonomy, translate):
    initiative = InitiativePageFactory()
    arabic = translate(initiative, "ar", title=ARABIC_TITLE)
    chinese = translate(initiative, "zh-hans", title=CHINESE_TITLE)
    alias = translate(initiative, "fr", alias=True)
    draft = InitiativePageFactory(publish=False)
    private = InitiativePageFactory()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    single = InitiativePageFactory()

    entries = sitemap_entries(client)

    english_url, arabic_url, chinese_url = full_url(initiative), full_url(arabic), full_url(chinese)
    assert arabic_url.endswith(arabic.url) and "/ar/" in arabic_url
    for url in (english_url, arabic_url, chinese_url):
        assert url in entries
        assert entries[url]["lastmod"]
        # Every language version points at the same set, itself included, plus x-default.
        assert entries[url]["alternates"] == {
            "en": english_url,
            "ar": arabic_url,
            "zh-hans": chinese_url,
            "x-default": english_url,
        }
    # The French alias repeats the English page: its canonical address is the English one.
    assert full_url(alias) not in entries
    assert "fr" not in entries[english_url]["alternates"]
    assert full_url(draft) not in entries
    assert full_url(private) not in entries
    # A page in one language only needs no alternates.
    assert entries[full_url(single)]["alternates"] == {}
    assert full_url(initiative.get_parent()) in entries
    home = Page.objects.get(pk=initiative.get_parent().get_parent().pk)
    assert home.get_full_url() in entries


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, taxonomy, translate):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    translate(InitiativePageFactory(), "ar", title=ARABIC_TITLE)
    few = count_queries()
    for number in range(4):
        translate(InitiativePageFactory(), "zh-hans", title=f"{CHINESE_TITLE} {number}")
        ActorPageFactory()
    assert count_queries() == few


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_private_paths(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /*/contribute/" in lines
    assert f"Sitemap: {site_root()}/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200


# --- JSON-LD ------------------------------------------------------------------------------


PAGE_TYPES = [
    pytest.param(InitiativePageFactory, {}, "Project", id="InitiativePage"),
    pytest.param(ActorPageFactory, {}, "Organization", id="ActorPage"),
    pytest.param(ReportPageFactory, {}, "Report", id="ReportPage"),
    pytest.param(BriefPageFactory, {}, "ScholarlyArticle", id="BriefPage"),
    pytest.param(DataStoryPageFactory, {}, "Dataset", id="DataStoryPage"),
    pytest.param(ArticlePageFactory, {}, "BlogPosting", id="ArticlePage"),
    pytest.param(ArticlePageFactory, {"kind": "news"}, "NewsArticle", id="ArticlePage-news"),
    pytest.param(EventPageFactory, {}, "Event", id="EventPage"),
    pytest.param(MediaPageFactory, {}, "VideoObject", id="MediaPage-webinar"),
    pytest.param(MediaPageFactory, {"kind": "podcast"}, "PodcastEpisode", id="MediaPage-podcast"),
    pytest.param(MediaPageFactory, {"kind": "course"}, "Course", id="MediaPage-course"),
    pytest.param(EncyclopediaPageFactory, {}, "Article", id="EncyclopediaPage"),
    pytest.param(StandardPageFactory, {}, "WebPage", id="StandardPage"),
]


@pytest.mark.parametrize(("factory_class", "options", "schema_type"), PAGE_TYPES)
def test_every_page_type_describes_itself_in_json_ld(client, taxonomy, factory_class, options, schema_type):
    page = factory_class(**options)
    data = structured_data(client, page)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == page.title
    assert data["url"] == full_url(page)
    assert data.get("inLanguage", data.get("mainEntityOfPage", {}).get("inLanguage")) == "en"


def test_initiative_json_ld_carries_its_identifiers_countries_and_holders(client, taxonomy):
    actor = ActorPageFactory(title="Alliance for Decent Work")
    page = InitiativePageFactory(organisations=[actor])
    InitiativePage.objects.filter(pk=page.pk).update(doi="10.5555/ipsp-i-000001")
    data = structured_data(client, page)
    identifiers = {item["propertyID"]: item["value"] for item in data["identifier"]}
    assert identifiers == {"IPSP": page.public_id, "DOI": "10.5555/ipsp-i-000001"}
    assert data["sameAs"] == "https://doi.org/10.5555/ipsp-i-000001"
    assert {country["identifier"] for country in data["areaServed"]} == {"KE", "BR"}
    assert "Kenya" in {country["name"] for country in data["areaServed"]}
    assert len(data["keywords"]) >= 2
    members = data["member"]
    assert {"@type": "OrganizationRole", "roleName": "Coordinator", "member": {"@type": "Person", "name": "Wanjiru Kamau"}} in members
    assert {"@type": "Organization", "name": actor.title, "url": full_url(actor)} in members
    assert data["mainEntityOfPage"]["inLanguage"] == "en"
    assert data["mainEntityOfPage"]["datePublished"]
    # Restricted parts of the organisation it names stay out.
    assert_no_restricted_data(json.dumps(data), "the initiative's JSON-LD")


def test_actor_json_ld_holds_only_public_fields(client, taxonomy):
    actor = ActorPageFactory()
    response = client.get(actor.url)
    head = read_head(response)
    text = head.json_ld[0]
    data = json.loads(text)
    assert data["sameAs"] == "https://vendors.example.net"
    assert data["identifier"]["value"] == actor.public_id
    for secret in (SECRET_CONTACT_EMAIL, INTERNAL_NOTE, RESTRICTED_PARTNERSHIP, "Amina Odhiambo", "+254 700 000 000"):
        assert secret not in text
        assert secret not in json.dumps(data, ensure_ascii=False)
    assert_no_restricted_data(response.content, "the actor page")


def test_publication_json_ld_names_authors_dates_and_places(client, taxonomy):
    report = ReportPageFactory()
    data = structured_data(client, report)
    assert [author["name"] for author in data["author"]][:1] == ["Marc Fleurbaey"]
    assert data["author"][0]["affiliation"]["name"] == "Princeton University"
    assert data["datePublished"] == "2025-03-20"
    assert data["abstract"].startswith("Inequality is a political choice")
    assert data["publisher"]["@type"] == "Organization"

    story = structured_data(client, DataStoryPageFactory())
    assert story["creator"][0]["name"] == "Marc Fleurbaey"
    assert "Rights and Resources Initiative" in story["citation"]

    event = structured_data(client, EventPageFactory())
    assert event["startDate"] == "2026-06-15T09:00:00+00:00"
    assert event["endDate"] == "2026-06-17T17:00:00+00:00"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, online = event["location"]
    assert place["@type"] == "Place"
    assert place["address"] == {"@type": "PostalAddress", "addressLocality": "Nairobi", "addressCountry": "KE"}
    assert online == {"@type": "VirtualLocation", "url": "https://forum.example.org/register"}

    online_only = structured_data(client, EventPageFactory(event_format="online", registration_url=""))
    assert [location["@type"] for location in online_only["location"]] == ["VirtualLocation"]

    webinar = structured_data(client, MediaPageFactory())
    assert webinar["duration"] == "PT1H15M"
    assert webinar["embedUrl"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert webinar["creditText"] == "Saskia Sassen, Edgar Pieterse"


def test_encyclopedia_json_ld_is_about_its_linked_entries(client, taxonomy):
    initiative = InitiativePageFactory()
    actor = ActorPageFactory()
    draft = InitiativePageFactory(publish=False)
    page = EncyclopediaPageFactory(linked_entries=[initiative, actor, draft])
    data = structured_data(client, page)
    assert data["about"] == [
        {"@type": "Project", "name": initiative.title, "url": full_url(initiative)},
        {"@type": "Organization", "name": actor.title, "url": full_url(actor)},
    ]


def test_home_page_json_ld_is_a_website_with_its_search_box(client, home_page, translate):
    data = structured_data(client, home_page)
    assert data["@type"] == "WebSite"
    action = data["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == f"{site_root()}/en/search/?q={{search_term_string}}"
    assert action["query-input"] == "required name=search_term_string"

    arabic_home = translate(home_page, "ar", title="المنصة الدولية للتقدم الاجتماعي")
    data = structured_data(client, arabic_home)
    assert data["inLanguage"] == "ar"
    assert data["name"] == "المنصة الدولية للتقدم الاجتماعي"
    assert data["potentialAction"]["target"]["urlTemplate"].startswith(f"{site_root()}/ar/search/")


def test_json_ld_cannot_break_out_of_its_script_block(client, taxonomy):
    page = InitiativePageFactory(title="Water </script><script>alert(1)</script> & co")
    html = client.get(page.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == page.title


def test_translations_describe_themselves_in_their_language(client, taxonomy, translate):
    report = ReportPageFactory()
    chinese = translate(report, "zh-hans", title="二十一世纪的社会反思")
    data = structured_data(client, chinese)
    assert data["inLanguage"] == "zh-hans"
    assert data["name"] == "二十一世纪的社会反思"
    assert data["url"] == full_url(chinese)


# --- Canonical address, hreflang, OpenGraph and Twitter cards -----------------------------


def _cover_image(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return wagtail_factories.ImageFactory(title="Forum opening session", file__width=1600, file__height=900)


def test_open_graph_and_twitter_cards_of_a_publication_with_a_cover(client, taxonomy, translate, settings, tmp_path):
    report = ReportPageFactory(cover_image=_cover_image(settings, tmp_path))
    arabic = translate(report, "ar", title=ARABIC_TITLE)
    head = read_head(client.get(report.url))
    meta = head.meta
    assert meta["og:title"] == [report.title]
    assert meta["og:description"] == [f"Summary of “{report.title}”."]
    assert meta["og:url"] == [full_url(report)]
    assert meta["og:type"] == ["article"]
    assert meta["og:locale"] == ["en_US"]
    assert meta["og:locale:alternate"] == ["ar_AR"]
    assert meta["og:image"][0].startswith(site_root() + "/")
    assert meta["og:image:width"] == ["1200"] and meta["og:image:height"] == ["630"]
    assert meta["twitter:card"] == ["summary_large_image"]
    assert meta["twitter:image"] == meta["og:image"]
    assert meta["article:published_time"] == ["2025-03-20"]
    links = head.links
    assert {"rel": "canonical", "href": full_url(report)} in links
    hreflangs = {link["hreflang"]: link["href"] for link in links if link.get("hreflang")}
    assert hreflangs == {"en": full_url(report), "ar": full_url(arabic), "x-default": full_url(report)}

    arabic_head = read_head(client.get(arabic.url))
    assert arabic_head.meta["og:locale"] == ["ar_AR"]
    assert arabic_head.meta["og:title"] == [ARABIC_TITLE]
    assert {"rel": "canonical", "href": full_url(arabic)} in arabic_head.links


def test_a_page_without_image_gets_a_summary_card(client, taxonomy):
    initiative = InitiativePageFactory()
    meta = read_head(client.get(initiative.url)).meta
    assert meta["twitter:card"] == ["summary"]
    assert "og:image" not in meta
    assert meta["og:type"] == ["website"]
    assert meta["og:url"] == [full_url(initiative)]


def test_an_alias_names_its_original_as_canonical(client, taxonomy, translate):
    initiative = InitiativePageFactory()
    alias = translate(initiative, "ja", alias=True)
    response = client.get(alias.url)
    head = read_head(response)
    assert {"rel": "canonical", "href": full_url(initiative)} in head.links
    assert head.meta["og:url"] == [full_url(initiative)]
    assert json.loads(head.json_ld[0])["url"] == full_url(initiative)
    assert not [link for link in head.links if link.get("hreflang")]


def test_contributor_pages_describe_nothing_to_crawlers(client, reader, form_pages):
    link = access_link(reader.register(form_pages.initiative))
    response = client.get(link)
    head = read_head(response)
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert not head.json_ld
    assert "og:url" not in head.meta
    assert not [item for item in head.links if item.get("rel") == "canonical" or item.get("hreflang")]
    assert all(token not in (item.get("href") or "") for item in head.links)


# --- Private data in every public output --------------------------------------------------


PRIVATE_NAME = "Zaynab Private-Contact"


def test_contributor_data_never_reaches_json_ld_sitemap_or_feeds(client, reader, form_pages, admin_user):
    response = reader.register(form_pages.initiative, contact_name=PRIVATE_NAME)
    token = access_link(response).rstrip("/").rsplit("/", 1)[1]
    page = InitiativePage.objects.get(title="Clean Water for Kisumu")
    publish_through_workflow(page, admin_user)
    page.refresh_from_db()
    assert page.live
    outputs = {
        "page": client.get(page.url),
        "sitemap": client.get("/sitemap.xml"),
        "rss": client.get("/en/feeds/initiatives/rss/"),
        "atom": client.get("/en/feeds/initiatives/atom/"),
    }
    assert "Clean Water for Kisumu" in json.loads(read_head(outputs["page"]).json_ld[0])["name"]
    assert full_url(page) in outputs["sitemap"].content.decode()
    assert "Clean Water for Kisumu" in outputs["rss"].content.decode()
    for where, output in outputs.items():
        assert output.status_code == 200
        text = output.content.decode()
        for secret in (CONTRIBUTOR_EMAIL, PRIVATE_NAME, token):
            assert secret not in text, f"{secret!r} leaked into the {where}"


# --- Feeds --------------------------------------------------------------------------------


def rss_items(client, url: str) -> tuple[ET.Element, list[ET.Element]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    return channel, channel.findall("item")


@pytest.fixture
def initiatives_in_three_languages(taxonomy, translate):
    translated = InitiativePageFactory()
    arabic = translate(translated, "ar", title=ARABIC_TITLE)
    chinese = translate(translated, "zh-hans", title=CHINESE_TITLE)
    english_only = InitiativePageFactory()
    shown_as_alias = InitiativePageFactory()
    arabic_alias = translate(shown_as_alias, "ar", alias=True)
    draft = InitiativePageFactory(publish=False)
    return translated, arabic, chinese, english_only, arabic_alias, draft


def test_initiative_feeds_list_the_live_pages_of_their_language(client, initiatives_in_three_languages):
    translated, arabic, chinese, english_only, arabic_alias, draft = initiatives_in_three_languages

    channel, items = rss_items(client, "/en/feeds/initiatives/rss/")
    assert channel.findtext("language") == "en"
    titles = [item.findtext("title") for item in items]
    assert set(titles) == {translated.title, english_only.title, arabic_alias.title}
    links = {item.findtext("title"): item.findtext("link") for item in items}
    assert links[translated.title] == full_url(translated)
    assert all(link.startswith(f"{site_root()}/en/") for link in links.values())

    channel, items = rss_items(client, "/ar/feeds/initiatives/rss/")
    assert channel.findtext("language") == "ar"
    links = {item.findtext("title"): item.findtext("link") for item in items}
    # The Arabic translation, and the alias that shows an English entry in the Arabic directory.
    assert links == {ARABIC_TITLE: full_url(arabic), arabic_alias.title: full_url(arabic_alias)}
    assert draft.title not in links and english_only.title not in links

    response = client.get("/zh-hans/feeds/initiatives/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-hans"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [CHINESE_TITLE]
    assert entries[0].find(f"{ATOM}link").get("href") == full_url(chinese)
    assert entries[0].findtext(f"{ATOM}updated")


def test_feed_items_name_holders_and_themes_but_nothing_private(client, taxonomy):
    actor = ActorPageFactory()
    InitiativePageFactory(organisations=[actor])
    response = client.get("/en/feeds/initiatives/rss/")
    channel = parse_xml(response.content).find("channel")
    item = channel.find("item")
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Wanjiru Kamau, João Silva"
    assert len(item.findall("category")) == 2
    assert item.findtext("pubDate")
    assert_no_restricted_data(response.content, "the initiatives feed")


def test_publication_feeds_list_every_kind_but_not_private_pages(client, taxonomy, translate):
    report = ReportPageFactory()
    event = EventPageFactory()
    article = ArticlePageFactory()
    private = BriefPageFactory()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    arabic = translate(report, "ar", title=ARABIC_TITLE)

    _channel, items = rss_items(client, "/en/feeds/publications/rss/")
    titles = {item.findtext("title") for item in items}
    assert {report.title, event.title, article.title} <= titles
    assert private.title not in titles

    _channel, items = rss_items(client, "/ar/feeds/publications/rss/")
    assert [item.findtext("link") for item in items] == [full_url(arabic)]

    feed = parse_xml(client.get("/en/feeds/publications/atom/").content)
    assert report.title in {entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")}


def test_podcast_feed_carries_itunes_elements_and_audio_enclosures(client, taxonomy, settings, tmp_path):
    cover = _cover_image(settings, tmp_path)
    audio = wagtail_factories.DocumentFactory(
        title="Episode 1", file=ContentFile(b"ID3" + b"\0" * 2045, name="episode-1.mp3")
    )
    episode = MediaPageFactory(
        kind=MediaPage.Kind.PODCAST, title="Podcast: cities that care", audio_file=audio, cover_image=cover
    )
    remote = MediaPageFactory(kind=MediaPage.Kind.PODCAST, title="Podcast: remote", media_url="https://cdn.example.org/e2.mp3?x=1")
    video_only = MediaPageFactory(kind=MediaPage.Kind.PODCAST, title="Podcast: filmed")
    webinar = MediaPageFactory()

    response = client.get("/en/feeds/podcasts/")
    assert response.status_code == 200
    assert ITUNES[1:-1] in response.content.decode()  # the itunes namespace is declared
    channel = parse_xml(response.content).find("channel")
    assert channel.findtext(f"{ITUNES}author")
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert channel.find(f"{ITUNES}image").get("href").startswith(site_root() + "/")
    assert channel.find(f"{ITUNES}category").get("text") == "Science"
    items = {item.findtext("title"): item for item in channel.findall("item")}
    assert set(items) == {episode.title, remote.title, video_only.title}
    assert webinar.title not in items

    enclosure = items[episode.title].find("enclosure")
    assert enclosure.get("url") == f"{site_root()}{audio.url}"
    assert enclosure.get("length") == "2048"
    assert enclosure.get("type") == "audio/mpeg"
    assert items[episode.title].findtext(f"{ITUNES}duration") == "4500"
    assert items[episode.title].findtext(f"{ITUNES}explicit") == "false"
    assert items[episode.title].find(f"{ITUNES}image") is not None
    assert items[remote.title].find("enclosure").get("url") == "https://cdn.example.org/e2.mp3?x=1"
    assert items[remote.title].find("enclosure").get("type") == "audio/mpeg"
    # A recording on a video site is no sound file: the episode is listed without enclosure.
    assert items[video_only.title].find("enclosure") is None
    assert structured_data(client, video_only)["associatedMedia"] == {
        "@type": "MediaObject",
        "embedUrl": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }

    episode_data = structured_data(client, episode)
    assert episode_data["associatedMedia"]["contentUrl"] == f"{site_root()}{audio.url}"
    assert episode_data["partOfSeries"]["webFeed"] == f"{site_root()}/en/feeds/podcasts/"


def test_every_page_links_its_language_feeds(client, taxonomy, translate):
    initiative = InitiativePageFactory()
    arabic = translate(initiative, "ar", title=ARABIC_TITLE)
    for page, language in ((initiative, "en"), (arabic, "ar")):
        head = read_head(client.get(page.url))
        feeds = {link["href"] for link in head.links if link.get("type") == "application/rss+xml"}
        assert f"/{language}/feeds/initiatives/rss/" in feeds
        assert f"/{language}/feeds/podcasts/" in feeds
        for url in feeds:
            assert client.get(url).status_code == 200
