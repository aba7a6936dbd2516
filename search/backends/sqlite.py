"""SQLite FTS5 with Chinese and Japanese text cut into words (see database.py)."""

from __future__ import annotations

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.utils import get_content_type_pk

from search.backends.database import SegmentedQueryMixin
from search.languages import language_of, segment


class LanguageSQLiteIndex(sqlite.SQLiteIndex):
    def add_items(self, model, objs):
        # modelsearch's `SQLiteIndex.add_items`, with each text cut into words in its language.
        if not model.get_search_fields():
            return
        rows = {}
        for obj in objs:
            indexer = sqlite.ObjectIndexer(obj, self.backend)
            language = language_of(obj)
            rows[indexer.id] = tuple(
                segment(text, language)
                for text in (indexer.title, indexer.autocomplete, indexer.body)
            )
        if not rows:
            return

        entries = self.entries.filter(content_type_id=get_content_type_pk(model))
        indexed = set(entries.filter(object_id__in=rows).values_list("object_id", flat=True))
        for object_id in indexed:
            title, autocomplete, body = rows[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            sqlite.IndexEntry(
                content_type_id=get_content_type_pk(model),
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in rows.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


class LanguageSQLiteSearchBackend(SegmentedQueryMixin, sqlite.SQLiteSearchBackend):
    index_class = LanguageSQLiteIndex
