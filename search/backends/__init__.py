"""Search backends that know the ten languages: database (SQLite FTS5, PostgreSQL) and Elasticsearch."""
