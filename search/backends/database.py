"""Wagtail's database search, taught the ten languages: per-language stemming and CJK words.

`WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}` picks, like
Wagtail's own `database` backend, PostgreSQL full text or SQLite FTS5 from the connection.

- PostgreSQL: a page's text is indexed with its language's text search configuration *and*
  with `simple`; a query is stemmed in the reader's language *or* matched as typed. A French
  reader's "coopérative" finds "coopératives", and a proper name typed in any language still
  matches pages written in another.
- Both: Chinese and Japanese text and queries are cut into words first (`search.languages`),
  since neither tokeniser finds word boundaries in scripts written without spaces.
- SQLite FTS5 has no per-language stemmer; English-like matching and word cutting is what it
  can do.
"""

from __future__ import annotations

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

from search.languages import search_language, segment_query


class SegmentedQueryMixin:
    """Cuts a Chinese or Japanese query into words, in the reader's language, before compiling
    (strings and query objects alike, as the Elasticsearch backend does)."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = segment_query(query, search_language())
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


def SearchBackend(params):  # noqa: N802 - Wagtail loads a backend module's `SearchBackend`
    """The language-aware backend for the default connection's database.

    Each vendor's module is imported only on that vendor, as modelsearch does: the SQLite
    module's models do not exist on PostgreSQL.
    """
    if connection.vendor == "postgresql":
        from search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import LanguageSQLiteSearchBackend

        return LanguageSQLiteSearchBackend(params)
    return backend
