"""`manage.py benchmark_directory`: a small run prints its table (the full run is a benchmark).

The command's own throwaway database (a freshly migrated schema) takes most of a minute to
create; here the command runs on the test database instead, which is itself a throwaway one,
inside the test's transaction.
"""

from __future__ import annotations

import io
import re
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db import connection

from search.management.commands.benchmark_directory import Command, percentile


@contextmanager
def on_the_test_database(self, *, keep):
    yield "the test database"


def test_percentiles_are_nearest_rank():
    times = [float(n) for n in range(30, 0, -1)]
    assert (percentile(times, 0.5), percentile(times, 0.95)) == (15.0, 29.0)
    assert percentile([7.0], 0.95) == 7.0


@pytest.mark.django_db
def test_small_run_prints_the_table(monkeypatch, taxonomy):
    monkeypatch.setattr(Command, "throwaway_database", on_the_test_database)
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("benchmark_directory", entries=30, requests=2, stdout=stdout, stderr=stderr)
    output = stdout.getvalue()

    assert f"Directory benchmark — {connection.display_name}" in output  # SQLite by default
    assert "Python 3." in output and "Django 5." in output
    assert "Entries: 30 initiatives" in output
    header = re.search(
        r"^case\s+results\s+n\s+p50 ms\s+p95 ms\s+max ms\s+queries\s+SQL ms$", output, re.M
    )
    assert header
    rows = output[header.end() :].strip().splitlines()[1:]
    labels = [row[:40].strip() for row in rows]
    assert labels[:5] == [
        "listing, first page",
        "listing, page 50",
        "one facet (theme)",
        "three facets (theme+region+domain)",
        "sort: reviewers' choice first",
    ]
    assert any(label.startswith("search page q=") for label in labels)
    assert any(label.startswith("suggest q=") for label in labels)
    assert len(rows) == 11
    for row in rows:
        *_, n, p50, p95, slowest, queries, sql = row.split()
        assert n == "2"
        assert 0 < float(p50) <= float(p95) <= float(slowest)
        assert int(queries) > 0 and float(sql) >= 0
    assert rows[0].split()[-7] == "30"  # the English listing lists every entry
    # The entries were indexed: searching within the listing finds the common and the rare word.
    searches = [row for row in rows if row.startswith("listing q=")]
    assert len(searches) == 2
    assert all(int(row.split()[-7]) >= 1 for row in searches)
