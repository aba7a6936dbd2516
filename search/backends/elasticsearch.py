"""Wagtail's Elasticsearch 8/9 backend, taught the ten languages: one analyser per language.

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.elasticsearch", "URLS": […]}}`
(cms/settings.py does this when `ELASTICSEARCH_URL` is set).

Design — a neutral copy for everyone, a language copy for each document's own language:

- Every text column of modelsearch's mapping (each `SearchField`, the `_all_text` and
  `_all_text_boost_*` catch-alls it fills by `copy_to`, each `AutocompleteField` column and
  `_edgengrams`) keeps its name and is analysed language-neutrally (`ipsp_neutral`: standard
  words, case and accent folded, CJK runs as bigrams; ICU's analyser when the cluster has it).
  Beside it, one sibling per language, `<column>__<lang>` (`title__fr`, `_all_text__fr`,
  `project_holders.name__ja`, `_edgengrams__zh_hans`), is analysed by that language's analyser
  (`ipsp_<lang>`: stemming, stop words, script normalisation) and mirrors the base `copy_to`, so
  `title__fr` feeds `_all_text__fr` and `_all_text_boost_2_0__fr`.
- A document fills the siblings of its own language only (`language_of(obj)`, the page's
  locale), plus a `_language` keyword. A French page is stemmed as French and never as
  Russian; the other nine siblings stay empty and cost nothing per document.
- A query in the reader's language L (`search_language()`) is a `dis_max` of the same query
  on L's siblings and on the neutral columns boosted by `FALLBACK_BOOST`: a French reader's
  "coopérative" finds "coopératives" through French stemming, and a proper name or an English
  word typed by that reader still finds pages written in any language, ranked lower.
  Autocomplete works the same way over the `_edgengrams` columns.

Chinese and Japanese (no spaces between words): text and queries for the zh-hans and ja
siblings are always cut into words by `segment()` (jieba, Sudachi — the cutting the database
backends use), whatever the cluster has. Without a plugin, the built-in `cjk` analyser then
makes bigrams, which Lucene never forms across the inserted spaces: bigrams inside words keep
matching when a query is cut differently from the text it looks for, and no bigram straddles
two words. With `analysis-smartcn` / `analysis-kuromoji` those analysers run on the cut text
instead (kuromoji adds base forms and part-of-speech stop words). Because documents and
queries never depend on which plugins the cluster has, a web process never needs to ask;
only the index settings do. The neutral columns keep the raw text, analysed as CJK bigrams
(or by ICU's dictionary), as the tolerant fallback.

Plugins: `PLUGINS` in the backend's parameters (`ELASTICSEARCH_PLUGINS`, e.g.
"analysis-icu,analysis-smartcn", or "none") forces the list; left unset, the plugins that
every node has are read from `nodes.info` when an index is created. The analysers' names never
change, only what is behind them, so the mapping is the same with or without plugins; adding
a plugin takes a `rebuild_search_index`.

The classes subclass modelsearch's Elasticsearch 9 ones, which are its Elasticsearch 8 ones
renamed: with the 8.x `elasticsearch` client installed the same backend serves an 8.x cluster.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from copy import deepcopy
from functools import cached_property

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.query import Fuzzy, MatchAll, Not, Phrase, PlainText
from modelsearch.utils import deep_update

from search.languages import (
    SEARCH_LANGUAGES,
    SearchLanguage,
    language_of,
    search_language,
    segment,
    segment_query,
)

logger = logging.getLogger(__name__)

LANGUAGE_FIELD = "_language"
NEUTRAL_ANALYZER = "ipsp_neutral"
EDGENGRAM_ANALYZER = Elasticsearch9Mapping.edgengram_analyzer_config["analyzer"]
# A match in the reader's language outranks the same match made only on the neutral text.
FALLBACK_BOOST = 0.5
ICU_PLUGIN = "analysis-icu"
# Our mapping is fixed (no dynamic fields): ten language siblings per text column would pass
# Elasticsearch's default guard of 1,000 fields as page types grow.
TOTAL_FIELDS_LIMIT = 5000

# Normalisation without stemming for autocomplete: prefixes of stems surprise readers.
AUTOCOMPLETE_FILTERS: dict[str, list[str]] = {
    "en": ["lowercase", "asciifolding"],
    "ar": ["lowercase", "decimal_digit", "arabic_normalization"],
    "bn": ["lowercase", "decimal_digit", "indic_normalization", "bengali_normalization"],
    "zh-hans": ["cjk_width", "lowercase"],
    "fr": ["elision", "lowercase", "asciifolding"],
    "hi": ["lowercase", "decimal_digit", "indic_normalization", "hindi_normalization"],
    "ja": ["cjk_width", "lowercase"],
    "pt": ["lowercase", "asciifolding"],
    "ru": ["lowercase"],
    "sw": ["lowercase", "asciifolding"],
}
# Splits the words `segment()` cut (and anything else) at spaces, punctuation and symbols.
WORDS_TOKENIZER = "ipsp_words"


# --- Names --------------------------------------------------------------------------------


def language_suffix(language: SearchLanguage) -> str:
    return language.code.replace("-", "_")


def language_column(column: str, language: SearchLanguage) -> str:
    """The sibling of a text column for one language (Django field names never hold `__`)."""
    return f"{column}__{language_suffix(language)}"


def language_analyzer(language: SearchLanguage) -> str:
    return f"ipsp_{language_suffix(language)}"


def autocomplete_analyzer(language: SearchLanguage) -> str:
    return f"ipsp_{language_suffix(language)}_autocomplete"


def autocomplete_query_analyzer(language: SearchLanguage) -> str:
    return f"ipsp_{language_suffix(language)}_autocomplete_query"


# --- Index settings -----------------------------------------------------------------------


def parse_plugins(value) -> frozenset[str] | None:
    """`PLUGINS` as given: None (detect), "none", or names as a list or a comma-separated string."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [] if value.strip().lower() == "none" else value.split(",")
    return frozenset(name.strip() for name in value if name.strip())


def analysis_settings(plugins: Iterable[str]) -> dict:
    """The analysers of the ten languages, using the plugins given where they help."""
    plugins = frozenset(plugins)
    icu = ICU_PLUGIN in plugins
    analyzers: dict[str, dict] = {
        NEUTRAL_ANALYZER: (
            {"type": "icu_analyzer"}
            if icu
            else {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["cjk_width", "lowercase", "asciifolding", "cjk_bigram"],
            }
        )
    }
    for language in SEARCH_LANGUAGES.values():
        plugin = language.elasticsearch_plugin
        if plugin and plugin[0] in plugins:
            analyzer = {"type": plugin[1]}
        elif icu and language.elasticsearch_analyzer == "standard":
            analyzer = {"type": "icu_analyzer"}  # no stemmer exists; ICU still folds better
        else:
            analyzer = {"type": language.elasticsearch_analyzer}
        analyzers[language_analyzer(language)] = analyzer
        tokenizer = WORDS_TOKENIZER if language.segmenter else "standard"
        filters = AUTOCOMPLETE_FILTERS[language.code]
        analyzers[autocomplete_analyzer(language)] = {
            "type": "custom",
            "tokenizer": tokenizer,
            "filter": [*filters, "edgengram"],  # modelsearch's edge n-gram filter
        }
        analyzers[autocomplete_query_analyzer(language)] = {
            "type": "custom",
            "tokenizer": tokenizer,
            "filter": filters,
        }
    return {
        "settings": {
            "analysis": {
                "analyzer": analyzers,
                "tokenizer": {WORDS_TOKENIZER: {"type": "pattern", "pattern": r"[\s\p{P}\p{S}]+"}},
            },
            "index": {"mapping": {"total_fields": {"limit": TOTAL_FIELDS_LIMIT}}},
        }
    }


# --- Mapping and documents ----------------------------------------------------------------


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _text_columns(properties: dict) -> dict:
    """The text columns of a mapping: name -> "text", "autocomplete" or (nested) a dict."""
    columns: dict = {}
    for name, spec in properties.items():
        if spec.get("type") == "nested":
            columns[name] = _text_columns(spec["properties"])
        elif spec.get("type") == "text":
            columns[name] = "autocomplete" if spec.get("analyzer") == EDGENGRAM_ANALYZER else "text"
    return columns


def _add_language_fields(properties: dict) -> None:
    for name, spec in list(properties.items()):
        if spec.get("type") == "nested":
            _add_language_fields(spec["properties"])
            continue
        if spec.get("type") != "text":
            continue
        autocomplete = spec.get("analyzer") == EDGENGRAM_ANALYZER
        if not autocomplete:
            spec.setdefault("analyzer", NEUTRAL_ANALYZER)
        for language in SEARCH_LANGUAGES.values():
            if autocomplete:
                sibling = {
                    "type": "text",
                    "analyzer": autocomplete_analyzer(language),
                    "search_analyzer": autocomplete_query_analyzer(language),
                }
            else:
                sibling = {"type": "text", "analyzer": language_analyzer(language)}
                targets = _as_list(spec.get("copy_to"))
                if targets:
                    sibling["copy_to"] = [language_column(target, language) for target in targets]
            properties[language_column(name, language)] = sibling


def _localise(value, language: SearchLanguage):
    """A value as its language's sibling receives it: Chinese and Japanese cut into words."""
    if isinstance(value, str):
        return segment(value, language)
    if isinstance(value, (list, tuple)):
        return [_localise(item, language) for item in value]
    return value


def _add_language_values(document: dict, columns: dict, language: SearchLanguage) -> None:
    for name, kind in columns.items():
        if name not in document:  # the catch-alls are filled by copy_to, not by us
            continue
        value = document[name]
        if isinstance(kind, dict):
            for nested in _as_list(value):
                if isinstance(nested, dict):
                    _add_language_values(nested, kind, language)
        else:
            document[language_column(name, language)] = _localise(value, language)


class LanguageMapping(Elasticsearch9Mapping):
    """modelsearch's mapping plus a sibling per language of every text column."""

    @cached_property
    def text_columns(self) -> dict:
        return _text_columns(super().get_mapping()["properties"])

    def get_mapping(self):
        mapping = super().get_mapping()
        _add_language_fields(mapping["properties"])
        mapping["properties"][LANGUAGE_FIELD] = {"type": "keyword"}
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        language = language_of(obj)
        document[LANGUAGE_FIELD] = language.code
        _add_language_values(document, self.text_columns, language)
        return document


# --- Queries ------------------------------------------------------------------------------


class LanguageQueryMixin:
    """Compiles the query on the reader's language siblings, with the neutral text as fallback."""

    mapping_class = LanguageMapping

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = search_language()

    def _has_language_sibling(self, column: str) -> bool:
        # The catch-alls exist in every mapping, whichever subclass declared the boost.
        return (
            column.startswith(("_all_text", "_edgengrams")) or column in self.mapping.text_columns
        )

    def _compile_on(self, query, fields):
        if isinstance(query, PlainText):
            return self._compile_plaintext_query(query, fields)
        if isinstance(query, Phrase):
            return self._compile_phrase_query(query, fields)
        if isinstance(query, Fuzzy):
            return self._compile_fuzzy_query(query, fields)
        return self._join_and_compile_queries(query, fields)

    def _compile_in_language(self, fields: list[Field]):
        language_fields = [
            Field(language_column(field.field_name, self.language), field.boost)
            for field in fields
            if self._has_language_sibling(field.field_name)
        ]
        fallback_fields = [
            Field(field.field_name, field.boost * FALLBACK_BOOST) for field in fields
        ]
        localised = segment_query(self.query, self.language)
        if isinstance(self.query, Not):
            # Excluded wherever the words appear, in the language's text or the neutral one.
            return {
                "bool": {
                    "must_not": [
                        *(
                            self._compile_query(localised.subquery, field)
                            for field in language_fields
                        ),
                        *(
                            self._compile_query(self.query.subquery, field)
                            for field in fallback_fields
                        ),
                    ]
                }
            }
        queries = [self._compile_on(self.query, fallback_fields)]
        if language_fields:
            queries.insert(0, self._compile_on(localised, language_fields))
        return queries[0] if len(queries) == 1 else {"dis_max": {"queries": queries}}


class LanguageSearchQueryCompiler(LanguageQueryMixin, Elasticsearch9SearchQueryCompiler):
    def get_inner_query(self):
        if isinstance(self.query, MatchAll):
            return {"match_all": {}}
        return self._compile_in_language(self.remapped_fields)


class LanguageAutocompleteQueryCompiler(
    LanguageQueryMixin, Elasticsearch9AutocompleteQueryCompiler
):
    def get_inner_query(self):
        if isinstance(self.query, MatchAll):
            return {"match_all": {}}
        if not isinstance(self.query, PlainText):
            raise NotImplementedError(
                f"`{self.query.__class__.__name__}` is not supported for autocomplete queries."
            )
        return self._compile_in_language(
            [Field(name) for name in self.remapped_fields or ["_edgengrams"]]
        )


# --- Backend ------------------------------------------------------------------------------


class LanguageIndex(Elasticsearch9Index):
    def put(self):
        plugins = self.backend.cluster_plugins()
        logger.info(
            "Creating search index %s with plugins: %s",
            self.name,
            ", ".join(sorted(plugins)) or "none",
        )
        self.es.indices.create(index=self.name, **self.backend.index_settings(plugins))


class LanguageElasticsearchBackend(Elasticsearch9SearchBackend):
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler

    def __init__(self, params):
        params = dict(params)
        self.configured_plugins = parse_plugins(params.pop("PLUGINS", None))
        # INDEX_SETTINGS from the configuration win over the analysers defined here.
        self.index_settings_overrides = deepcopy(params.get("INDEX_SETTINGS", {}))
        super().__init__(params)
        self.settings = self.index_settings(self.configured_plugins or ())

    def index_settings(self, plugins: Iterable[str]) -> dict:
        """The body that creates an index: modelsearch's analysers, ours, then the overrides."""
        settings = deepcopy(Elasticsearch9SearchBackend.settings)
        deep_update(settings, analysis_settings(plugins))
        return deep_update(settings, deepcopy(self.index_settings_overrides))

    def cluster_plugins(self) -> frozenset[str]:
        """The configured plugins, or those installed on every node of the cluster."""
        if self.configured_plugins is not None:
            return self.configured_plugins
        from elasticsearch import ApiError

        try:
            info = self.es.nodes.info(metric="plugins")
        except ApiError as error:  # e.g. a user without the cluster "monitor" privilege
            logger.warning(
                "Cannot list the cluster's plugins (%s); using built-in analysers.", error
            )
            return frozenset()
        nodes = [
            frozenset(plugin["name"] for plugin in node.get("plugins", []))
            for node in info["nodes"].values()
        ]
        return frozenset.intersection(*nodes) if nodes else frozenset()


SearchBackend = LanguageElasticsearchBackend
