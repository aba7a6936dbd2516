"""Helpers shared by the tests: reading rendered pages as a reader would, translating pages,
and running the project in a subprocess with a controlled environment."""

from __future__ import annotations

import html
import os
import subprocess  # noqa: S404 -- the settings tests start the project in a fresh interpreter
import sys
from html.parser import HTMLParser
from pathlib import Path

from wagtail.models import Locale, Page

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# The variables that choose services; a subprocess on the "embedded defaults" sees none of them.
PROJECT_VARIABLES = (
    "IPSP_PROFILE",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "BASE_URL",
    "DATABASE_URL",
    "ELASTICSEARCH_URL",
    "CELERY_BROKER_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "SECURE_PROXY_SSL_HEADER",
    "DATACITE_API_URL",
    "DATACITE_PREFIX",
    "DATACITE_REPOSITORY_ID",
    "DATACITE_PASSWORD",
    "DATACITE_PUBLISHER",
)

RESTRICTED_MARKERS = (
    "secret-contact@example.org",
    "INTERNAL-NOTE-XYZ",
    "RESTRICTED-PARTNERSHIP-TEXT",
)


# --- Reading pages ------------------------------------------------------------------------


class _DocumentReader(HTMLParser):
    """Collects what the tests look at: the <html> attributes, the headings, the visible text."""

    SKIPPED = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_attrs: dict[str, str | None] = {}
        self.h1: list[str] = []
        self._h1_depth = 0
        self._h1_buffer: list[str] = []
        self._skip_depth = 0
        self.text: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._link_href: str | None = None
        self._link_buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "html" and not self.html_attrs:
            self.html_attrs = dict(attrs)
        elif tag == "h1":
            self._h1_depth += 1
            self._h1_buffer = []
        elif tag in self.SKIPPED:
            self._skip_depth += 1
        elif tag == "a":
            self._link_href = dict(attrs).get("href") or ""
            self._link_buffer = []

    def handle_endtag(self, tag):
        if tag == "h1" and self._h1_depth:
            self._h1_depth -= 1
            self.h1.append(" ".join("".join(self._h1_buffer).split()))
        elif tag in self.SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "a" and self._link_href is not None:
            self.links.append((self._link_href, " ".join("".join(self._link_buffer).split())))
            self._link_href = None

    def handle_data(self, data):
        if self._skip_depth:
            return
        if self._h1_depth:
            self._h1_buffer.append(data)
        if self._link_href is not None:
            self._link_buffer.append(data)
        self.text.append(data)


def read_document(content: bytes | str) -> _DocumentReader:
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    reader = _DocumentReader()
    reader.feed(content)
    reader.close()
    return reader


def visible_text(content: bytes | str) -> str:
    """The page's text as a reader sees it (entities decoded, whitespace collapsed)."""
    return " ".join(" ".join(read_document(content).text).split())


def all_text(content: bytes | str) -> str:
    """Everything in the response, markup and attributes included, with entities decoded."""
    if isinstance(content, bytes):
        content = content.decode("utf-8")
    return html.unescape(content)


def assert_no_restricted_data(content: bytes | str, where: str) -> None:
    text = all_text(content)
    leaked = [marker for marker in RESTRICTED_MARKERS if marker.lower() in text.lower()]
    assert not leaked, f"restricted data {leaked} visible in {where}"


def assert_page_renders(client, page, language: str, *, texts: tuple[str, ...] = ()) -> _DocumentReader:
    """GET the page's public URL: 200, the title as the one <h1>, lang/dir right, texts shown."""
    url = page.get_url()
    assert url, f"{page!r} has no URL"
    assert url.startswith(f"/{language}/"), f"{url} is not under /{language}/"
    response = client.get(url)
    assert response.status_code == 200, f"GET {url} → {response.status_code}"
    document = read_document(response.content)
    expected_dir = "rtl" if language == "ar" else "ltr"
    assert document.html_attrs.get("lang") == language, document.html_attrs
    assert document.html_attrs.get("dir") == expected_dir, document.html_attrs
    assert len(document.h1) == 1, f"{url} has {len(document.h1)} <h1>: {document.h1}"
    assert page.title in document.h1[0], f"{page.title!r} not in <h1> {document.h1[0]!r}"
    shown = visible_text(response.content)
    for text in texts:
        assert text in shown, f"{text!r} not shown on {url}"
    return document


# --- Translations -------------------------------------------------------------------------


def locale(language_code: str) -> Locale:
    return Locale.objects.get(language_code=language_code)


def translate(page: Page, language_code: str, *, alias: bool = False, **fields) -> Page:
    """The page's translation into `language_code`, published (parents copied as aliases).

    With `alias=True` the translation is a synchronised alias of the source; otherwise it is
    an independent copy whose `fields` (e.g. an Arabic title) are set before publishing.
    """
    target = locale(language_code)
    translation = page.get_translation_or_none(target)
    if translation is None:
        translation = page.copy_for_translation(target, copy_parents=True, alias=alias)
    translation = translation.specific
    if not alias:
        for name, value in fields.items():
            setattr(translation, name, value)
        if "title" in fields:
            translation.draft_title = fields["title"]
        translation.save_revision().publish()
        translation.refresh_from_db()
    return translation.specific


# --- Subprocesses -------------------------------------------------------------------------


def clean_environment(home: Path, **overrides: str) -> dict[str, str]:
    """A minimal environment: no project variable is inherited, only the given overrides."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.update(overrides)
    return env


def run_python(args: list[str], env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 -- fixed interpreter and arguments
        [sys.executable, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


# --- Page types ---------------------------------------------------------------------------

ARABIC_TITLE = "صفحة باللغة العربية"


def check_page_type(client, factory_class, parent_model, texts, *, language="en", alias=False):
    """Create a page with its factory under its usual parent, publish it and read it.

    In Arabic, the English page is translated (an independent copy with an Arabic title, or
    an alias) and the Arabic version is read at /ar/…: lang="ar" dir="rtl".
    """
    page = factory_class()
    parent = page.get_parent().specific
    assert isinstance(parent, parent_model), f"{page!r} created under {parent!r}"
    assert page.live
    assert page.locale.language_code == "en"
    assert page.get_latest_revision() is not None
    if language == "en":
        return page, assert_page_renders(client, page, "en", texts=texts)
    if alias:
        translation = translate(page, language, alias=True)
        assert translation.alias_of_id == page.pk
    else:
        translation = translate(page, language, title=f"{ARABIC_TITLE} {page.pk}")
        assert translation.title != page.title
    assert translation.live
    assert translation.locale.language_code == language
    translated_parent = translation.get_parent().specific
    assert isinstance(translated_parent, parent_model)
    assert translated_parent.locale.language_code == language
    return translation, assert_page_renders(client, translation, language, texts=texts)


def publish_through_workflow(page, user) -> None:
    """Take a page through every step of its workflow, each approved as the step's role would
    (the expert review closed directly), so that the last approval publishes it."""
    from wagtail.models import Page

    for _step in range(10):
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is None or state.status != "in_progress":
            return
        task_state = state.current_task_state.specific
        task = task_state.task.specific
        if type(task).__name__ == "ExpertReviewTask":
            task_state.approve(user=user)
        else:
            task.on_action(task_state, user, "approve", relevant=True, tagged=True, charter=True)
    raise AssertionError("the workflow did not finish")
