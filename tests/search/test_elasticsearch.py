"""The Elasticsearch backend (search/backends/elasticsearch.py), without a server.

What is sent to the cluster is asserted instead: the index settings (analysers, with and
without plugins), the mappings, the documents built from pages in several languages, and the
queries compiled in the reader's language. The client is a mock where a call would be made.
"""

from __future__ import annotations

import json
from unittest import mock

import pytest
from django.utils import translation
from wagtail.models import Locale, Page

from directory.models import ActorPage, InitiativePage
from publications.models import ReportPage
from search.backends.elasticsearch import (
    FALLBACK_BOOST,
    LanguageElasticsearchBackend,
    LanguageMapping,
)
from search.languages import SEARCH_LANGUAGES, search_language, segment
from tests.factories import ActorPageFactory, InitiativePageFactory, ReportPageFactory
from tests.factories.base import rich
from tests.utils import RESTRICTED_MARKERS

SUFFIXES = {
    "en": "en",
    "ar": "ar",
    "bn": "bn",
    "zh-hans": "zh_hans",
    "fr": "fr",
    "hi": "hi",
    "ja": "ja",
    "pt": "pt",
    "ru": "ru",
    "sw": "sw",
}
BUILT_IN = {
    "en": "english",
    "ar": "arabic",
    "bn": "bengali",
    "zh-hans": "cjk",
    "fr": "french",
    "hi": "hindi",
    "ja": "cjk",
    "pt": "portuguese",
    "ru": "russian",
    "sw": "standard",
}
ALL_PLUGINS = ["analysis-icu", "analysis-smartcn", "analysis-kuromoji"]


def make_backend(**params) -> LanguageElasticsearchBackend:
    """The backend as cms/settings.py configures it, on a host that is never contacted."""
    backend = LanguageElasticsearchBackend(
        {"URLS": ["http://search.invalid:9200"], "INDEX_PREFIX": "ipsp_", **params}
    )
    backend.es = mock.Mock(name="elasticsearch-client")
    return backend


def nodes_with(*plugin_lists):
    return {
        "nodes": {
            f"node-{number}": {"plugins": [{"name": name} for name in plugins]}
            for number, plugins in enumerate(plugin_lists)
        }
    }


def created_settings(backend) -> dict:
    """The body of `indices.create` when the backend creates the page index."""
    backend.get_index_for_model(Page).put()
    return backend.es.indices.create.call_args.kwargs["settings"]


def analysers_used(properties: dict) -> set[str]:
    names = set()
    for spec in properties.values():
        names.update(spec[key] for key in ("analyzer", "search_analyzer") if key in spec)
        if spec.get("type") == "nested":
            names |= analysers_used(spec["properties"])
    return names


# --- Mapping ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "own_text_column", "nested"),
    [
        (
            InitiativePage,
            "directory_initiativepage__problem",
            "directory_initiativepage__project_holders",
        ),
        (ActorPage, "directory_actorpage__public_problems", None),
        (ReportPage, "publications_reportpage__takeaways", "publications_reportpage__authors"),
    ],
)
def test_mapping_gives_every_text_an_analyser_per_language(model, own_text_column, nested):
    properties = LanguageMapping(model).get_mapping()["properties"]

    # The text as typed stays searchable in any language (the fallback).
    for column in ("title", own_text_column, "_all_text", "_all_text_boost_2_0"):
        assert properties[column]["analyzer"] == "ipsp_neutral"
    for code, suffix in SUFFIXES.items():
        assert properties[f"title__{suffix}"] == {
            "type": "text",
            "analyzer": f"ipsp_{suffix}",
            "copy_to": [f"_all_text__{suffix}", f"_all_text_boost_2_0__{suffix}"],
        }, code
        assert properties[f"{own_text_column}__{suffix}"]["analyzer"] == f"ipsp_{suffix}"
        assert properties[f"{own_text_column}__{suffix}"]["copy_to"] == [f"_all_text__{suffix}"]
        assert properties[f"_all_text__{suffix}"]["analyzer"] == f"ipsp_{suffix}"
        assert properties[f"_all_text_boost_2_0__{suffix}"]["analyzer"] == f"ipsp_{suffix}"
        for autocomplete in ("_edgengrams", "title_edgengrams"):
            assert properties[f"{autocomplete}__{suffix}"] == {
                "type": "text",
                "analyzer": f"ipsp_{suffix}_autocomplete",
                "search_analyzer": f"ipsp_{suffix}_autocomplete_query",
            }
        if nested:
            name = properties[nested]["properties"][f"name__{suffix}"]
            assert name["analyzer"] == f"ipsp_{suffix}"
            assert name["copy_to"] == [f"_all_text__{suffix}"]
    assert properties["_language"] == {"type": "keyword"}
    # Filters keep their keyword columns, untouched by languages.
    assert properties["locale_id_filter"]["type"] == "integer"
    assert not any(name.startswith("locale_id_filter__") for name in properties)


@pytest.mark.parametrize("plugins", [[], ALL_PLUGINS])
def test_every_analyser_of_the_mapping_is_defined_with_or_without_plugins(plugins):
    defined = make_backend(PLUGINS=plugins).settings["settings"]["analysis"]["analyzer"]
    for model in (InitiativePage, ActorPage, ReportPage, Page):
        used = analysers_used(LanguageMapping(model).get_mapping()["properties"])
        assert used - {"standard"} <= set(defined), model


# --- Index settings -----------------------------------------------------------------------


def test_index_settings_define_the_built_in_analysers_when_the_cluster_has_no_plugin():
    backend = make_backend()
    backend.es.nodes.info.return_value = nodes_with([], [])

    settings = created_settings(backend)

    analysers = settings["analysis"]["analyzer"]
    for code, built_in in BUILT_IN.items():
        assert analysers[f"ipsp_{SUFFIXES[code]}"] == {"type": built_in}, code
    assert analysers["ipsp_neutral"]["filter"][-1] == "cjk_bigram"
    # Pre-segmented Chinese and Japanese are completed word by word, not character by character.
    assert analysers["ipsp_zh_hans_autocomplete"]["tokenizer"] == "ipsp_words"
    assert analysers["ipsp_ja_autocomplete_query"] == {
        "type": "custom",
        "tokenizer": "ipsp_words",
        "filter": ["cjk_width", "lowercase"],
    }
    assert analysers["ipsp_ar_autocomplete"]["filter"] == [
        "lowercase",
        "decimal_digit",
        "arabic_normalization",
        "edgengram",
    ]
    # modelsearch's own analysers are still there.
    assert "edgengram_analyzer" in analysers
    assert settings["analysis"]["filter"]["edgengram"]["type"] == "edge_ngram"
    dumped = json.dumps(settings)
    for plugin_analyser in ("smartcn", "kuromoji", "icu_analyzer"):
        assert plugin_analyser not in dumped
    backend.es.indices.create.assert_called_once()
    assert backend.es.indices.create.call_args.kwargs["index"] == "ipsp_wagtailcore_page"


def test_index_settings_use_the_plugins_every_node_reports():
    backend = make_backend()
    backend.es.nodes.info.return_value = nodes_with(ALL_PLUGINS, ALL_PLUGINS)

    analysers = created_settings(backend)["analysis"]["analyzer"]

    assert analysers["ipsp_zh_hans"] == {"type": "smartcn"}
    assert analysers["ipsp_ja"] == {"type": "kuromoji"}
    assert analysers["ipsp_neutral"] == {"type": "icu_analyzer"}
    assert analysers["ipsp_sw"] == {"type": "icu_analyzer"}
    assert analysers["ipsp_fr"] == {"type": "french"}
    backend.es.nodes.info.assert_called_once_with(metric="plugins")


def test_a_plugin_missing_on_one_node_is_not_used():
    backend = make_backend()
    backend.es.nodes.info.return_value = nodes_with(ALL_PLUGINS, ["analysis-icu"])

    analysers = created_settings(backend)["analysis"]["analyzer"]

    assert analysers["ipsp_zh_hans"] == {"type": "cjk"}
    assert analysers["ipsp_ja"] == {"type": "cjk"}
    assert analysers["ipsp_neutral"] == {"type": "icu_analyzer"}


def test_configured_plugins_are_used_without_asking_the_cluster():
    backend = make_backend(PLUGINS="analysis-kuromoji, analysis-smartcn")

    analysers = created_settings(backend)["analysis"]["analyzer"]

    assert analysers["ipsp_ja"] == {"type": "kuromoji"}
    assert analysers["ipsp_zh_hans"] == {"type": "smartcn"}
    assert analysers["ipsp_neutral"]["type"] == "custom"  # no ICU asked for
    backend.es.nodes.info.assert_not_called()

    none = make_backend(PLUGINS="none")
    assert created_settings(none)["analysis"]["analyzer"]["ipsp_ja"] == {"type": "cjk"}
    none.es.nodes.info.assert_not_called()


def test_a_cluster_that_hides_its_plugins_gets_the_built_in_analysers():
    from elasticsearch import AuthorizationException

    backend = make_backend()
    backend.es.nodes.info.side_effect = AuthorizationException(
        message="action [cluster:monitor/nodes/info] is unauthorized",
        meta=mock.Mock(status=403),
        body={},
    )

    assert created_settings(backend)["analysis"]["analyzer"]["ipsp_zh_hans"] == {"type": "cjk"}


def test_configured_index_settings_override_the_analysers():
    backend = make_backend(
        INDEX_SETTINGS={"settings": {"analysis": {"analyzer": {"ipsp_sw": {"type": "simple"}}}}}
    )
    backend.es.nodes.info.return_value = nodes_with([])

    analysers = created_settings(backend)["analysis"]["analyzer"]

    assert analysers["ipsp_sw"] == {"type": "simple"}
    assert analysers["ipsp_en"] == {"type": "english"}


def test_settings_choose_this_backend_when_elasticsearch_url_is_set(tmp_path):
    from tests.utils import clean_environment, run_python

    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = clean_environment(
        tmp_path,
        DJANGO_SETTINGS_MODULE="cms.settings",
        ELASTICSEARCH_URL="https://search.example.org:9243",
        ELASTICSEARCH_PLUGINS="analysis-icu",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    result = run_python(["-c", script], env)
    assert result.returncode == 0, result.stderr
    configured = json.loads(result.stdout.strip().splitlines()[-1])
    assert configured["BACKEND"] == "search.backends.elasticsearch"
    assert configured["PLUGINS"] == "analysis-icu"
    assert configured["URLS"] == ["https://search.example.org:9243"]


# --- Documents ----------------------------------------------------------------------------


@pytest.fixture
def initiative(taxonomy):
    return InitiativePageFactory(
        title="Community land trust of Nairobi",
        problem=rich("Speculation pushes families out of the neighbourhoods they built."),
    )


def document_of(page) -> dict:
    page = Page.objects.get(pk=page.pk).specific
    return LanguageMapping(type(page)).get_document(page)


@pytest.mark.django_db
def test_an_english_page_fills_the_english_fields_only(initiative):
    document = document_of(initiative)

    assert document["_language"] == "en"
    assert document["title"] == document["title__en"] == "Community land trust of Nairobi"
    assert document["directory_initiativepage__problem__en"] == [
        "Speculation pushes families out of the neighbourhoods they built."
    ]
    assert document["_edgengrams__en"] == document["_edgengrams"]
    for suffix in set(SUFFIXES.values()) - {"en"}:
        assert f"title__{suffix}" not in document


@pytest.mark.django_db
def test_a_french_page_is_indexed_where_the_french_analyser_applies(initiative, translate):
    french = translate(
        initiative,
        "fr",
        title="Fiducie foncière communautaire de Nairobi",
        problem=rich("La spéculation chasse les familles des quartiers qu’elles ont bâtis."),
    )

    document = document_of(french)

    assert document["_language"] == "fr"
    assert document["title__fr"] == "Fiducie foncière communautaire de Nairobi"
    assert document["directory_initiativepage__problem__fr"] == [
        "La spéculation chasse les familles des quartiers qu’elles ont bâtis."
    ]
    assert "title__en" not in document
    assert "directory_initiativepage__problem__en" not in document
    holders = document["directory_initiativepage__project_holders"]
    assert {holder["name__fr"] for holder in holders} == {"Wanjiru Kamau", "João Silva"}
    assert document["_edgengrams__fr"] == ["Fiducie foncière communautaire de Nairobi"]


@pytest.mark.django_db
def test_an_arabic_page_is_indexed_for_the_arabic_analyser(initiative, translate):
    arabic = translate(initiative, "ar", title="صندوق الأراضي المجتمعي في نيروبي")

    document = document_of(arabic)

    assert document["_language"] == "ar"
    assert document["title__ar"] == "صندوق الأراضي المجتمعي في نيروبي"
    assert "title__fr" not in document


@pytest.mark.django_db
def test_a_chinese_page_is_cut_into_words_for_its_language_fields(initiative, translate):
    chinese = translate(
        initiative,
        "zh-hans",
        title="内罗毕社区土地信托",
        problem=rich("投机把低收入家庭赶出了他们建设的社区。"),
    )

    document = document_of(chinese)

    assert document["_language"] == "zh-hans"
    assert document["title"] == "内罗毕社区土地信托"  # the neutral copy keeps the raw text
    words = document["title__zh_hans"].split()
    assert {"内罗毕", "社区", "土地", "信托"} <= set(words)
    assert document["title__zh_hans"] == segment("内罗毕社区土地信托", search_language("zh-hans"))
    assert {"低收入", "家庭"} <= set(document["directory_initiativepage__problem__zh_hans"][0].split())
    assert document["_edgengrams__zh_hans"][0].split() == words


@pytest.mark.django_db
def test_a_japanese_page_is_cut_into_words_for_its_language_fields(initiative, translate):
    japanese = translate(initiative, "ja", title="ナイロビのコミュニティ土地信託")

    document = document_of(japanese)

    assert document["_language"] == "ja"
    assert document["title"] == "ナイロビのコミュニティ土地信託"
    words = document["title__ja"].split()
    assert {"ナイロビ", "土地", "信託"} <= set(words)
    assert words == segment("ナイロビのコミュニティ土地信託", search_language("ja")).split()


@pytest.mark.django_db
def test_an_actor_document_holds_no_restricted_data(taxonomy):
    actor = ActorPageFactory(title="Mama Mboga Traders Network")

    dumped = json.dumps(document_of(actor), ensure_ascii=False, default=str)

    assert "Mama Mboga Traders Network" in dumped
    for marker in RESTRICTED_MARKERS:
        assert marker not in dumped


@pytest.mark.django_db
def test_a_report_indexes_its_authors_in_its_language(taxonomy):
    report = ReportPageFactory()

    document = document_of(report)

    authors = document["publications_reportpage__authors"]
    assert authors
    assert all(author["name__en"] == author["name"] for author in authors)


# --- Queries ------------------------------------------------------------------------------


def compile_search(language: str, query, queryset=None, **kwargs) -> dict:
    backend = make_backend()
    with translation.override(language):
        compiler = backend.query_compiler_class(
            queryset if queryset is not None else Page.objects.all(), query, **kwargs
        )
        return compiler.get_query()


def compile_autocomplete(language: str, query, **kwargs) -> dict:
    backend = make_backend()
    with translation.override(language):
        compiler = backend.autocomplete_query_compiler_class(Page.objects.all(), query, **kwargs)
        return compiler.get_query()


@pytest.mark.parametrize(
    ("language", "query", "language_query"),
    [
        ("en", "housing cooperatives", "housing cooperatives"),
        ("fr", "coopératives d’habitants", "coopératives d’habitants"),
        ("ar", "تعاونيات الإسكان", "تعاونيات الإسكان"),
        ("zh-hans", "住房合作社", "住房 合作社"),
        ("ja", "住宅協同組合", "住宅 協同 組合"),
    ],
)
def test_a_search_targets_the_readers_language_then_the_neutral_text(
    language, query, language_query
):
    suffix = SUFFIXES[language]

    compiled = compile_search(language, query)

    in_language, fallback = compiled["bool"]["must"]["dis_max"]["queries"]
    assert in_language == {
        "multi_match": {
            "query": language_query,
            "fields": [f"_all_text__{suffix}", f"_all_text_boost_2_0__{suffix}^2.0"],
        }
    }
    assert fallback == {
        "multi_match": {
            "query": query,  # as typed: the neutral analyser makes its own bigrams
            "fields": [f"_all_text^{FALLBACK_BOOST}", "_all_text_boost_2_0"],
        }
    }
    assert compiled["bool"]["filter"] == {"match": {"_django_content_type": "wagtailcore.Page"}}


def test_the_chinese_query_is_cut_as_the_database_backends_cut_it():
    compiled = compile_search("zh-hans", "可再生能源合作社")
    in_language = compiled["bool"]["must"]["dis_max"]["queries"][0]["multi_match"]
    expected = segment("可再生能源合作社", SEARCH_LANGUAGES["zh-hans"], for_query=True).split()
    assert in_language["query"].split() == expected
    assert "合作社" in expected


def test_a_search_in_named_fields_uses_their_language_columns():
    compiled = compile_search(
        "fr", "énergie", InitiativePage.objects.all(), fields=["title", "problem"]
    )

    in_language, fallback = compiled["bool"]["must"]["dis_max"]["queries"]
    assert in_language["multi_match"]["fields"] == [
        "title__fr^2",
        "directory_initiativepage__problem__fr",
    ]
    assert fallback["multi_match"]["fields"] == [
        "title",
        f"directory_initiativepage__problem^{FALLBACK_BOOST}",
    ]


def test_phrase_fuzzy_and_negated_queries_compile_in_the_readers_language():
    from modelsearch.query import Fuzzy, Not, Phrase, PlainText

    phrase = compile_search("ja", Phrase("住宅協同組合"))["bool"]["must"]["dis_max"]["queries"]
    assert phrase[0]["multi_match"] == {
        "query": "住宅 協同 組合",
        "fields": ["_all_text__ja", "_all_text_boost_2_0__ja^2.0"],
        "type": "phrase",
    }
    assert phrase[1]["multi_match"]["query"] == "住宅協同組合"

    fuzzy = compile_search("ru", Fuzzy("кооператив"))["bool"]["must"]["dis_max"]["queries"]
    assert fuzzy[0]["multi_match"]["fields"][0] == "_all_text__ru"
    assert fuzzy[0]["multi_match"]["fuzziness"] == "AUTO"

    negated = compile_search("fr", Not(PlainText("logement")))["bool"]["must"]["bool"]["must_not"]
    searched = {name for clause in negated for name in clause["match"]}
    assert searched == {
        "_all_text__fr",
        "_all_text_boost_2_0__fr",
        "_all_text",
        "_all_text_boost_2_0",
    }


def test_combined_queries_compile_per_field():
    from modelsearch.query import And, PlainText

    compiled = compile_search("zh-hans", And([PlainText("住房合作社"), PlainText("内罗毕")]))

    in_language = compiled["bool"]["must"]["dis_max"]["queries"][0]
    field_queries = in_language["dis_max"]["queries"]
    first = field_queries[0]["bool"]["must"]
    assert first[0]["match"]["_all_text__zh_hans"]["query"] == "住房 合作社"
    assert first[1]["match"]["_all_text__zh_hans"]["query"] == "内罗毕"


@pytest.mark.parametrize(
    ("language", "query", "language_query"),
    [
        ("en", "coop", "coop"),
        ("ar", "تعاون", "تعاون"),
        ("zh-hans", "住房合作", "住房 合作"),
        ("ja", "協同組", None),
    ],
)
def test_autocomplete_uses_the_readers_language(language, query, language_query):
    suffix = SUFFIXES[language]

    compiled = compile_autocomplete(language, query)

    in_language, fallback = compiled["bool"]["must"]["dis_max"]["queries"]
    expected = language_query or " ".join(
        segment(query, SEARCH_LANGUAGES[language], for_query=True).split()
    )
    assert in_language == {"match": {f"_edgengrams__{suffix}": {"query": expected}}}
    assert fallback == {"match": {"_edgengrams": {"query": query, "boost": FALLBACK_BOOST}}}


def test_autocomplete_in_named_fields():
    compiled = compile_autocomplete("pt", "coop", fields=["title"])
    in_language, fallback = compiled["bool"]["must"]["dis_max"]["queries"]
    assert in_language == {"match": {"title_edgengrams__pt": {"query": "coop"}}}
    assert fallback == {"match": {"title_edgengrams": {"query": "coop", "boost": FALLBACK_BOOST}}}


@pytest.mark.django_db
def test_locale_and_live_filters_compile():
    french = Locale.objects.get(language_code="fr")
    queryset = Page.objects.live().filter(locale=french)

    compiled = compile_search("fr", "logement", queryset)

    content_type, filters = compiled["bool"]["filter"]
    assert content_type == {"match": {"_django_content_type": "wagtailcore.Page"}}
    assert {"term": {"live_filter": True}} in filters["bool"]["must"]
    assert {"term": {"locale_id_filter": french.pk}} in filters["bool"]["must"]


def test_match_all_stays_a_match_all():
    from modelsearch.query import MATCH_ALL

    assert compile_search("ar", MATCH_ALL)["bool"]["must"] == {"match_all": {}}


@pytest.mark.django_db
def test_a_search_sends_the_compiled_query_and_returns_the_pages(settings, initiative, translate):
    """The whole path a reader's search takes, with the cluster's answer mocked."""
    french = translate(initiative, "fr", title="Fiducie foncière communautaire de Nairobi")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["http://search.invalid:9200"],
            "INDEX_PREFIX": "ipsp_",
            "AUTO_UPDATE": False,
        }
    }
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert isinstance(backend, LanguageElasticsearchBackend)
    backend.es = mock.Mock()
    backend.es.search.return_value = {
        "hits": {"hits": [{"fields": {"pk": [str(french.pk)]}, "_score": 3.2}]}
    }

    with translation.override("fr"):
        results = list(
            backend.search("fiducies", Page.objects.live().filter(locale=french.locale))[:10]
        )

    assert [page.pk for page in results] == [french.pk]
    sent = backend.es.search.call_args.kwargs
    assert sent["index"] == "ipsp_wagtailcore_page"
    assert sent["query"]["bool"]["must"]["dis_max"]["queries"][0]["multi_match"]["fields"][0] == (
        "_all_text__fr"
    )
