"""Full text in the ten languages (search/languages.py, search/backends/database.py).

A page is indexed in its own language and found by a query in that language: stemmed where
the database has a stemmer for it (PostgreSQL), word by word in Chinese and Japanese.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from directory.models import InitiativePage
from search.languages import SEARCH_LANGUAGES, search_language, segment
from tests.factories import InitiativePageFactory

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"

# language → (title, description, query that must find it, query that must not)
TEXTS = {
    "en": ("Community kitchens", "Neighbours cook together for the elderly.", "neighbours", "bicycle"),
    "ar": ("مطابخ الحي", "يطبخ الجيران معا لكبار السن في المدينة.", "مطابخ", "دراجة"),
    "bn": ("সমবায় রান্নাঘর", "প্রতিবেশীরা একসাথে বয়স্কদের জন্য রান্না করেন।", "রান্নাঘর", "সাইকেল"),
    "zh-hans": ("社区互助厨房", "邻居们一起为老年人做饭，覆盖农村地区。", "农村", "自行车"),
    "fr": ("Cuisines solidaires", "Les voisins cuisinent ensemble pour les personnes âgées.", "voisins", "vélo"),
    "hi": ("सामुदायिक रसोई", "पड़ोसी मिलकर बुजुर्गों के लिए खाना बनाते हैं।", "रसोई", "साइकिल"),
    "ja": ("地域の子ども食堂", "近所の人たちが高齢者のために一緒に料理をします。", "高齢者", "自転車"),
    "pt": ("Cozinhas comunitárias", "Os vizinhos cozinham juntos para os idosos.", "vizinhos", "bicicleta"),
    "ru": ("Общественные кухни", "Соседи вместе готовят еду для пожилых людей.", "соседи", "велосипед"),
    "sw": ("Jiko la jamii", "Majirani hupika pamoja kwa ajili ya wazee.", "majirani", "baiskeli"),
}
# Inflected forms the text does not contain, found by stemming (PostgreSQL's configurations).
STEMMED = {
    "en": "kitchen",  # "kitchens"
    "fr": "voisin",  # "voisins"
    "pt": "comunitária",  # "comunitárias"
    "ru": "соседей",  # "Соседи"
}


@pytest.fixture
def pages(search_backend, translate, taxonomy):
    english = InitiativePageFactory(title=TEXTS["en"][0], problem=f"<p>{TEXTS['en'][1]}</p>")
    pages = {"en": english}
    for code, (title, text, _found, _missing) in TEXTS.items():
        if code != "en":
            pages[code] = translate(english, code, title=title, problem=f"<p>{text}</p>")
    return pages


def search(query: str, language: str) -> list[str]:
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        queryset = InitiativePage.objects.live().filter(locale=locale)
        return [page.title for page in queryset.search(query)]


def test_a_query_in_each_language_finds_the_page_written_in_it(pages):
    wrong = {}
    for language, (title, _text, found, missing) in TEXTS.items():
        results = (search(found, language), search(missing, language))
        if results != ([title], []):
            wrong[language] = results
    assert wrong == {}


def test_a_query_in_another_language_finds_nothing_in_this_one(pages):
    assert search(TEXTS["fr"][2], "en") == []
    assert search(TEXTS["zh-hans"][2], "ja") == []


@pytest.mark.skipif(not POSTGRES, reason="stemming per language needs PostgreSQL's configurations")
def test_postgres_stems_in_the_readers_language(pages):
    wrong = {
        language: search(query, language)
        for language, query in STEMMED.items()
        if search(query, language) != [TEXTS[language][0]]
    }
    assert wrong == {}


def test_chinese_and_japanese_are_cut_into_words():
    chinese = segment("社区互助养老服务网络覆盖农村地区", SEARCH_LANGUAGES["zh-hans"])
    assert {"社区", "互助", "养老", "农村", "地区"} <= set(chinese.split())
    japanese = segment("地域の子どもたちに食事を提供する", SEARCH_LANGUAGES["ja"], for_query=True)
    assert {"地域", "食事", "提供"} <= set(japanese.split())
    # Latin text inside is left as it is.
    assert "IPSP" in segment("IPSP的社区厨房", SEARCH_LANGUAGES["zh-hans"]).split()


def test_search_language_of_the_request_language():
    assert search_language("zh-hans").postgres_config == "simple"
    assert search_language("fr").postgres_config == "french"
    assert search_language("pt-br").code == "pt"
    with translation.override("ar"):
        assert search_language().postgres_config == "arabic"
