"""`manage.py rebuild_search_index`: the database backend rebuilt for real, Elasticsearch failing."""

from __future__ import annotations

import io
import socket
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from elasticsearch import ConnectionError as ElasticsearchConnectionError

from search.backends.elasticsearch import LanguageElasticsearchBackend
from search.management.commands import rebuild_search_index
from tests.factories import InitiativePageFactory
from tests.factories.base import rich
from tests.utils import clean_environment, read_document, run_python

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self):
        return True


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rebuild(**options) -> tuple[str, str]:
    stdout, stderr = options.pop("stdout", io.StringIO()), options.pop("stderr", io.StringIO())
    call_command("rebuild_search_index", stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue(), stderr.getvalue()


def found_links(client, language: str, query: str) -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [href for href, _label in read_document(response.content).links]


def elasticsearch_settings(settings, url: str) -> None:
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [url],
            "INDEX_PREFIX": "ipsp_",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        }
    }


def test_rebuild_makes_unindexed_pages_findable_in_their_languages(
    client, settings, taxonomy, translate
):
    # Created while indexing is off (the suite's default): nothing is in the index yet.
    page = InitiativePageFactory(
        title="Solar cooperatives of Rajasthan",
        problem=rich("Villages without electricity grids."),
    )
    chinese = translate(
        page, "zh-hans", title="拉贾斯坦邦的太阳能合作社", problem=rich("没有电网的村庄。")
    )
    arabic = translate(page, "ar", title="تعاونيات الطاقة الشمسية في راجستان")
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    assert page.url not in found_links(client, "en", "electricity")

    stdout, stderr = rebuild(chunk_size=2)

    assert page.url in found_links(client, "en", "electricity")
    assert chinese.url in found_links(client, "zh-hans", "太阳能")
    assert arabic.url in found_links(client, "ar", "تعاونيات")
    # Progress on stderr, one line per model (not a terminal), with counts and rate.
    initiative_line = next(
        line for line in stderr.splitlines() if "directory.InitiativePage" in line
    )
    assert "3/3" in initiative_line
    assert "100%" in initiative_line
    assert "/s" in initiative_line
    assert "\r" not in stderr
    assert "default: rebuilding index" in stderr
    # The summary on stdout.
    assert stdout.startswith("default: ")
    assert "objects of" in stdout
    assert "indexed in 1 index (" in stdout


def test_the_progress_bar_redraws_in_place_on_a_terminal(settings, taxonomy, monkeypatch):
    InitiativePageFactory.create_batch(3)
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    monkeypatch.setattr(rebuild_search_index, "REDRAW_SECONDS", 0)
    terminal = Terminal()

    rebuild(chunk_size=1, stderr=terminal)

    shown = terminal.getvalue()
    drawn = [line for line in shown.split("\r") if "directory.InitiativePage" in line]
    assert [line.split("]")[1].split()[0] for line in drawn[:4]] == ["0/3", "1/3", "2/3", "3/3"]
    assert "[########################]" in drawn[-1]
    assert "\x1b[" not in shown  # not coloured as an error


def test_quiet_rebuild_prints_nothing(settings, taxonomy):
    InitiativePageFactory()
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

    assert rebuild(verbosity=0) == ("", "")


def test_an_unknown_backend_is_refused(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}

    with pytest.raises(
        CommandError, match="No search backend named 'elastic'; configured: default"
    ):
        rebuild(backend="elastic")


def test_an_unreachable_cluster_stops_the_rebuild_with_a_clear_message(settings):
    port = closed_port()
    elasticsearch_settings(settings, f"http://elastic:s3cret@127.0.0.1:{port}")

    with pytest.raises(CommandError) as raised:
        rebuild()

    message = str(raised.value)
    assert message.startswith(
        f"Elasticsearch is unreachable at http://127.0.0.1:{port} ([Errno 111] Connection refused)."
    )
    assert "Check ELASTICSEARCH_URL" in message
    assert "s3cret" not in message
    assert raised.value.returncode == 1


def test_a_connection_lost_mid_rebuild_discards_the_new_index(settings, taxonomy):
    InitiativePageFactory.create_batch(2)
    elasticsearch_settings(settings, "http://search.invalid:9200")
    client = mock.Mock(name="elasticsearch-client")
    client.nodes.info.return_value = {"nodes": {"node-1": {"plugins": []}}}
    lost = ElasticsearchConnectionError("Connection reset by peer")
    stderr = Terminal()

    with (
        mock.patch.object(LanguageElasticsearchBackend, "client_class", return_value=client),
        mock.patch.object(LanguageElasticsearchBackend, "bulk", side_effect=lost),
        pytest.raises(
            CommandError, match="Elasticsearch is unreachable at http://search.invalid:9200"
        ),
    ):
        rebuild(stderr=stderr)

    # The first index (of a taxonomy model) is created, then its documents fail to arrive.
    created = client.indices.create.call_args.kwargs["index"]
    assert created.startswith("ipsp_cms_")
    assert created != "ipsp_cms_agendacomponent"  # the atomic rebuild's new index…
    client.indices.delete.assert_called_once_with(index=created)  # …is discarded
    client.indices.put_alias.assert_not_called()  # readers keep the old index
    assert stderr.getvalue().endswith("\n")  # the bar's line is ended before the error


def test_the_command_exits_non_zero_when_the_configured_cluster_is_down(tmp_path):
    port = closed_port()
    env = clean_environment(
        tmp_path,
        DJANGO_SETTINGS_MODULE="cms.settings",
        ELASTICSEARCH_URL=f"http://elastic:s3cret@127.0.0.1:{port}",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    result = run_python(["manage.py", "rebuild_search_index"], env)

    assert result.returncode == 1
    assert f"CommandError: Elasticsearch is unreachable at http://127.0.0.1:{port}" in result.stderr
    assert "s3cret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
