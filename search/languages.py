"""How each of the ten languages is searched: text search configuration, analyser, segmentation.

One table serves every backend. PostgreSQL stems with the language's text search configuration
where it ships one and indexes every text with `simple` too, so an unstemmed word in any
language still matches. Elasticsearch uses the built-in language analysers (plugins where the
cluster has them). Chinese and Japanese are written without spaces: their text is cut into
words (jieba, Sudachi, with the dictionaries inside their wheels) before it is indexed and
before it is queried, so SQLite FTS5 and PostgreSQL see words as they do in other languages.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.utils import translation
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from cms.locales import language_code_of


@dataclass(frozen=True)
class SearchLanguage:
    code: str
    postgres_config: str
    # Built-in Elasticsearch analyser, and the plugin analyser preferred when installed.
    elasticsearch_analyzer: str
    elasticsearch_plugin: tuple[str, str] | None = None  # (plugin name, analyser)
    segmenter: str | None = None


SEARCH_LANGUAGES: dict[str, SearchLanguage] = {
    language.code: language
    for language in (
        SearchLanguage("en", "english", "english"),
        SearchLanguage("ar", "arabic", "arabic"),
        SearchLanguage("bn", "simple", "bengali"),
        SearchLanguage(
            "zh-hans", "simple", "cjk", ("analysis-smartcn", "smartcn"), segmenter="zh"
        ),
        SearchLanguage("fr", "french", "french"),
        SearchLanguage("hi", "hindi", "hindi"),
        SearchLanguage("ja", "simple", "cjk", ("analysis-kuromoji", "kuromoji"), segmenter="ja"),
        SearchLanguage("pt", "portuguese", "portuguese"),
        SearchLanguage("ru", "russian", "russian"),
        SearchLanguage("sw", "simple", "standard"),
    )
}
UNSTEMMED_CONFIG = "simple"


def search_language(code: str | None = None) -> SearchLanguage:
    """The search settings of a language code (the active language when none is given)."""
    code = (code or translation.get_language() or settings.LANGUAGE_CODE).lower()
    if code in SEARCH_LANGUAGES:
        return SEARCH_LANGUAGES[code]
    base = code.split("-")[0]
    if base == "zh":
        return SEARCH_LANGUAGES["zh-hans"]
    return SEARCH_LANGUAGES.get(base, SEARCH_LANGUAGES[settings.LANGUAGE_CODE])


def language_of(obj) -> SearchLanguage:
    """The language an object is written in: its locale's, or the site's default."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return search_language(settings.LANGUAGE_CODE)
    return search_language(language_code_of(locale_id))


# Runs of Han, Hiragana, Katakana (and the prolonged sound mark) that need segmenting.
CJK_RUN = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+")


def segment(text: str, language: SearchLanguage, *, for_query: bool = False) -> str:
    """Text with spaces between the words of its Chinese or Japanese runs; other text as is.

    Indexing cuts finely (jieba's search mode also yields the parts of long words) so that a
    query for a part finds the whole; a query is cut in the ordinary way.
    """
    if not text or not CJK_RUN.search(text):
        return text
    segmenter = language.segmenter or ("ja" if _has_kana(text) else "zh")
    cut = _cut_japanese if segmenter == "ja" else _cut_chinese
    return CJK_RUN.sub(lambda match: f" {' '.join(cut(match.group(0), for_query))} ", text)


def segment_query(query, language: SearchLanguage):
    """A query (a string or modelsearch query objects) with its words cut as in `segment`.

    Every backend cuts queries with this, so a query matches the words its documents were cut
    into; query objects are copied, never changed in place.
    """
    if isinstance(query, str):
        return " ".join(segment(query, language, for_query=True).split())
    if isinstance(query, PlainText | Phrase | Fuzzy):
        segmented = copy.copy(query)
        segmented.query_string = segment_query(query.query_string, language)
        return segmented
    if isinstance(query, And | Or):
        return type(query)([segment_query(subquery, language) for subquery in query.subqueries])
    if isinstance(query, Not):
        return Not(segment_query(query.subquery, language))
    if isinstance(query, Boost):
        return Boost(segment_query(query.subquery, language), query.boost)
    return query


def _has_kana(text: str) -> bool:
    return any("\u3040" <= char <= "\u30ff" for char in text)


def _cut_chinese(run: str, for_query: bool) -> list[str]:
    jieba = _jieba()
    words = jieba.cut(run) if for_query else jieba.cut_for_search(run)
    return [word for word in words if word.strip()]


def _cut_japanese(run: str, for_query: bool) -> list[str]:
    from sudachipy import SplitMode

    return [
        morpheme.normalized_form()
        for morpheme in _sudachi().tokenize(run, SplitMode.A)
        if morpheme.surface().strip()
    ]


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _sudachi():
    from sudachipy import Dictionary

    return Dictionary().tokenizer()
