"""PostgreSQL full text per language: each page in its configuration and unstemmed (see database.py)."""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres import postgres
from modelsearch.utils import ADD, get_content_type_pk

from search.backends.database import SegmentedQueryMixin
from search.languages import UNSTEMMED_CONFIG, language_of, search_language, segment


class LanguageObjectIndexer(postgres.ObjectIndexer):
    """Indexes an object's text in its own language's configuration and unstemmed."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = language_of(obj)
        self.config = self.language.postgres_config

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(segment(text, self.language).strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return postgres.EMPTY_VECTOR
        if for_autocomplete:
            configs = [self.autocomplete_config]
        else:
            configs = list(dict.fromkeys([self.config, UNSTEMMED_CONFIG]))
        return ADD(
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for config in configs
                for text, weight in texts
            ]
        )


class LanguagePostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        # The same statement as modelsearch's `PostgresIndex.add_items`, which builds its
        # indexers from a module-level class and offers no hook to swap it.
        if not model.get_search_fields():
            return
        indexers = [LanguageObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(postgres.IndexEntry).get_compiler(connection=self.write_connection)
        rows_sql = []
        params = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors_sql = []
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    postgres.IndexEntry._meta.get_field(field_name), getattr(indexer, field_name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors_sql.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows_sql.append(f"(%s, %s, {', '.join(vectors_sql)}, 1.0, %s, %s)")

        table = postgres.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,
                                     title_norm, title_text, body_text)
                (VALUES {", ".join(rows_sql)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 - the table name is the model's, values are parameters
                params,
            )
        self._refresh_title_norms()


class LanguagePostgresQueryMixin:
    def get_config(self, backend):
        return search_language().postgres_config

    def build_tsquery(self, query, config=None):
        tsquery = super().build_tsquery(query, config=config)
        if tsquery is None or config in (None, UNSTEMMED_CONFIG):
            return tsquery
        return tsquery | super().build_tsquery(query, config=UNSTEMMED_CONFIG)


class LanguagePostgresSearchQueryCompiler(
    LanguagePostgresQueryMixin, postgres.PostgresSearchQueryCompiler
):
    pass


class LanguagePostgresAutocompleteQueryCompiler(postgres.PostgresAutocompleteQueryCompiler):
    pass


class LanguagePostgresSearchBackend(SegmentedQueryMixin, postgres.PostgresSearchBackend):
    query_compiler_class = LanguagePostgresSearchQueryCompiler
    autocomplete_query_compiler_class = LanguagePostgresAutocompleteQueryCompiler
    index_class = LanguagePostgresIndex
