"""Rebuild the search index of the configured backends, model by model, with a progress bar.

`python manage.py rebuild_search_index [--backend default] [--chunk-size 500] [--schema-only]`

Works with any backend (database or Elasticsearch) through modelsearch's rebuilder API, as its
own `rebuild_modelsearch_index` does: the rebuilder starts (an Elasticsearch rebuild fills a new
index and moves the alias to it only at the end, so readers keep the old index meanwhile),
each model's objects are added in chunks, the rebuilder finishes. Progress goes to stderr — a
bar redrawn in place on a terminal, one line per model otherwise (logs, CI) — and the summary
to stdout. An unreachable or refusing cluster ends the command with a message and exit code 1.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager

from django.core.management.base import CommandError
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as ModelsearchRebuildCommand,
)
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index

try:
    from elasticsearch import ApiError, TransportError
    from elasticsearch.helpers import BulkIndexError
except ImportError:  # the database backends need no client
    ApiError = TransportError = BulkIndexError = ()

DEFAULT_CHUNK_SIZE = 500
BAR_WIDTH = 24
REDRAW_SECONDS = 0.1


class ProgressBar:
    """`  directory.InitiativePage   [######..................]     120/480  25%       84/s`"""

    def __init__(self, stream, label: str, total: int, *, live: bool):
        self.stream = stream
        self.label = label
        self.total = total
        self.live = live
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0
        if live:
            self._draw()

    def advance(self, count: int) -> None:
        self.done += count
        if self.live and time.monotonic() - self.drawn >= REDRAW_SECONDS:
            self._draw()

    def finish(self) -> None:
        self._write(("\r" if self.live else "") + self._line() + f"  {self.elapsed:.1f} s\n")

    def interrupt(self) -> None:
        """Ends the line in progress, so that an error message starts on its own line."""
        if self.live:
            self._write("\n")

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def _draw(self) -> None:
        self.drawn = time.monotonic()
        self._write("\r" + self._line())

    def _write(self, text: str) -> None:
        # Django's stderr wrapper would end each write with a newline and colour it as an error.
        self.stream.write(text, style_func=_plain, ending="")
        self.stream.flush()

    def _line(self) -> str:
        share = self.done / self.total if self.total else 1.0
        filled = round(BAR_WIDTH * min(share, 1.0))
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        counts = f"{self.done:,}/{self.total:,}"
        return (
            f"  {self.label:<34} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
            f"{counts:>15} {share:4.0%} {rate:>8,.0f}/s"
        )


def _plain(text: str) -> str:
    return text


def _index_name(index) -> str:
    return getattr(index, "name", None) or index.get_key()


def _describe_hosts(backend) -> str:
    """Where the cluster was looked for, without credentials (they are not in `hosts`)."""
    hosts = getattr(backend, "hosts", None) or []
    described = [
        f"{host.get('scheme', 'http')}://{host.get('host')}:{host.get('port')}"
        if isinstance(host, dict)
        else str(host)
        for host in hosts
    ]
    return ", ".join(described) or "the configured URL"


class Command(ModelsearchRebuildCommand):
    help = "Rebuild the search index of the configured backends, with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument(
            "--backend",
            dest="backend_name",
            default=None,
            help="Rebuild this backend of WAGTAILSEARCH_BACKENDS only (default: all of them).",
        )
        parser.add_argument(
            "--chunk-size",
            "--chunk_size",
            dest="chunk_size",
            type=int,
            default=DEFAULT_CHUNK_SIZE,
            help=f"Objects read and sent to the index at once (default {DEFAULT_CHUNK_SIZE}).",
        )
        parser.add_argument(
            "--schema-only",
            action="store_true",
            help="Create the indexes and their mappings without adding any object.",
        )

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        with self.quiet_client_retries():
            self.rebuild(options)

    def rebuild(self, options):
        if options["chunk_size"] < 1:
            raise CommandError("--chunk-size must be at least 1.")
        configured = list(get_app_config().get_search_backend_config())
        names = [options["backend_name"]] if options["backend_name"] else configured
        unknown = [name for name in names if name not in configured]
        if unknown:
            raise CommandError(
                f"No search backend named {unknown[0]!r}; configured: {', '.join(configured)}."
            )
        for name in names:
            self.rebuild_backend(name, options["chunk_size"], options["schema_only"])

    def rebuild_backend(self, name: str, chunk_size: int, schema_only: bool) -> None:
        backend = get_search_backend(name)
        if not backend.rebuilder_class:
            self.write(f"{name}: this backend keeps no index; nothing to rebuild.")
            return
        started = time.monotonic()
        objects = models_count = 0
        grouped = group_models_by_index(backend, get_indexed_models())
        for index, models in grouped.items():
            self.progress(f"{name}: rebuilding index {_index_name(index)} ({len(models)} models)\n")
            rebuilder = backend.rebuilder_class(index)
            bar = None
            started_index = False
            try:
                index = rebuilder.start()
                started_index = True
                for model in models:
                    index.add_model(model)
                for model in [] if schema_only else models:
                    queryset = model.get_indexed_objects().order_by("pk")
                    bar = ProgressBar(
                        self.stderr,
                        f"{model._meta.app_label}.{model.__name__}",
                        queryset.count(),
                        live=self.verbosity > 0 and self.stderr.isatty(),
                    )
                    for chunk in self.queryset_chunks(queryset, chunk_size):
                        index.add_items(model, chunk)
                        bar.advance(len(chunk))
                    if self.verbosity > 0:
                        bar.finish()
                    objects += bar.done
                    bar = None
                rebuilder.finish()
            except (TransportError, ApiError, BulkIndexError) as error:
                if bar is not None and self.verbosity > 0:
                    bar.interrupt()
                if started_index:
                    self._discard_unfinished(rebuilder)
                raise CommandError(self._explain(error, backend, index)) from error
            models_count += len(models)
        elapsed = time.monotonic() - started
        self.write(
            f"{name}: {objects:,} objects of {models_count} models indexed in "
            f"{len(grouped)} {'index' if len(grouped) == 1 else 'indexes'} ({elapsed:.1f} s)."
        )

    @contextmanager
    def quiet_client_retries(self):
        """The Elasticsearch client logs each failed attempt with a traceback; the command
        reports the failure itself, once (`-v 2` shows them again)."""
        client_logger = logging.getLogger("elastic_transport")
        previous = client_logger.level
        if self.verbosity < 2:
            client_logger.setLevel(logging.CRITICAL)
        try:
            yield
        finally:
            client_logger.setLevel(previous)

    def progress(self, text: str) -> None:
        if self.verbosity > 0:
            self.stderr.write(text, style_func=_plain, ending="")

    @staticmethod
    def _discard_unfinished(rebuilder) -> None:
        """An atomic Elasticsearch rebuild leaves its new index behind; the alias never moved."""
        if isinstance(rebuilder, ElasticsearchAtomicIndexRebuilder):
            try:
                rebuilder.index.delete()
            except (TransportError, ApiError):
                pass

    @staticmethod
    def _explain(error, backend, index) -> str:
        name = _index_name(index)
        if isinstance(error, TransportError):
            return (
                f"Elasticsearch is unreachable at {_describe_hosts(backend)} "
                f"({_root_cause(error)}). Check ELASTICSEARCH_URL and that the cluster is "
                f"running. The rebuild stopped at index {name}."
            )
        if isinstance(error, BulkIndexError):
            first = (error.errors or [{}])[0]
            return f"Elasticsearch refused {len(error.errors)} documents of index {name}; the first: {first}"
        return f"Elasticsearch refused the rebuild of index {name}: {error}"


def _root_cause(error: BaseException) -> str:
    """ "[Errno 111] Connection refused" rather than four nested wrappers around it."""
    for _depth in range(10):
        wrapped = error.__cause__ or next(iter(getattr(error, "errors", ()) or ()), None)
        if not isinstance(wrapped, BaseException) or wrapped is error:
            break
        error = wrapped
    return str(error) or type(error).__name__
