"""The home page in a real browser (Debian's Chromium driven by Playwright): English reads
left to right, Arabic right to left, and the layout really mirrors.

Skipped without Chromium or Playwright, except in CI where that is a failure (tests/conftest.py).
"""

from __future__ import annotations

import pytest
from django.conf import settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORT = {"width": 1280, "height": 800}
ARABIC_TITLE = "المنصة الدولية للتقدم الاجتماعي"


def english_home_page():
    """The migrated site; a transactional test may start from a flushed, empty database."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=english, depth=2).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=english))
        home = root.add_child(
            instance=HomePage(title="International Platform for Social Progress", slug="home", locale=english)
        )
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
        )
    return home


@pytest.fixture
def site_in_two_languages():
    from tests.utils import translate

    home = english_home_page()
    home.hero_text = "Ideas and initiatives for a better society."
    home.save_revision().publish()
    arabic = translate(home, "ar", title=ARABIC_TITLE, hero_text="أفكار ومبادرات من أجل مجتمع أفضل.")
    return home, arabic




def read_layout(tab, url: str, language: str) -> dict:
    response = tab.goto(url)
    assert response is not None and response.status == 200, f"GET {url}"
    # The site logo: the image of the header's first link to the home page.
    logo = tab.locator(f'header a[href="/{language}/"]').first.locator("svg").first
    box = logo.bounding_box()
    assert box is not None, "the logo of the header is not displayed"
    return {
        "lang": tab.evaluate("document.documentElement.lang"),
        "dir": tab.evaluate("document.documentElement.dir"),
        "direction": tab.evaluate("getComputedStyle(document.body).direction"),
        "h1": tab.locator("h1").inner_text(),
        "logo_left": box["x"],
        "logo_right": box["x"] + box["width"],
        "width": tab.evaluate("document.documentElement.clientWidth"),
    }


def test_home_page_mirrors_in_arabic(live_server, browser, site_in_two_languages, tmp_path):
    home, arabic = site_in_two_languages
    tab = browser.new_page(viewport=VIEWPORT, locale="en-GB")

    english = read_layout(tab, f"{live_server.url}/en/", "en")
    tab.screenshot(path=str(tmp_path / "home-en.png"), full_page=True)
    rtl = read_layout(tab, f"{live_server.url}/ar/", "ar")
    tab.screenshot(path=str(tmp_path / "home-ar.png"), full_page=True)
    print(f"Screenshots: {tmp_path}")

    assert (english["lang"], english["dir"], english["direction"]) == ("en", "ltr", "ltr")
    assert (rtl["lang"], rtl["dir"], rtl["direction"]) == ("ar", "rtl", "rtl")
    assert home.title in english["h1"]
    assert ARABIC_TITLE in rtl["h1"]

    # The logo sits near the left edge in English and near the right edge in Arabic.
    width = english["width"]
    assert rtl["width"] == width
    assert english["logo_right"] < width / 4, english
    assert rtl["logo_left"] > width * 3 / 4, rtl
    # Mirrored: the Arabic logo is as far from the right edge as the English one from the left.
    assert abs((width - rtl["logo_right"]) - english["logo_left"]) <= 2, (english, rtl)
