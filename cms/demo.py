"""Demonstration content: what `manage.py load_demo` puts into an empty platform.

The orchestrator knows no feature app (the core imports none): it seeds the taxonomy, then
imports `<app>.demo` for every installed app that has one, in INSTALLED_APPS order, and calls
its `load(context)`. Apps create their pages through the helpers of `DemoContext`, register the
pages to translate and the translations of their texts; the orchestrator then synchronises every
locale's tree with the English one (alias pages, through wagtail-localize) and translates each
registered page, through wagtail-localize's translation memory, into every language its texts
are given in (all nine for the home page, the index pages and the featured directory entries;
French, Arabic and Chinese for the synthesis report).

Everything is idempotent: pages are looked up by slug under their parent, images by title,
translations by source and locale, and nothing that already exists is changed. A second run
creates nothing and prints "0 created".
"""

from __future__ import annotations

import html
import importlib
import importlib.util
import io
import random
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.env import BASE_DIR
from cms.models import Country
from cms.taxonomy_seed import seed_taxonomy

DEMO_SEED = 2024
# Every demonstration entry's summary ends with this sentence, in the page's language.
DEMO_MARKS = {
    "en": "(Fictional demonstration entry.)",
    "fr": "(Entrée de démonstration fictive.)",
    "ar": "(مُدخَل توضيحي خيالي.)",
    "zh-hans": "（虚构的演示条目。）",
    "bn": "(কাল্পনিক নমুনা ভুক্তি।)",
    "hi": "(काल्पनिक प्रदर्शन प्रविष्टि।)",
    "ja": "（架空のデモ用項目です。）",
    "pt": "(Item de demonstração fictício.)",
    "ru": "(Вымышленная демонстрационная запись.)",
    "sw": "(Ingizo la kubuni la maonyesho.)",
}
DEMO_MARK = DEMO_MARKS["en"]
# The languages the demo translates pages into. A registered page is translated into those of
# them its title is given in (`DemoContext.text`); in the others it stays an alias of the
# English page, so a language with a few translated texts never gets half-English pages.
TRANSLATED_LANGUAGES = ("fr", "ar", "zh-hans", "bn", "hi", "ja", "pt", "ru", "sw")


class DemoError(Exception):
    """The demonstration content cannot be loaded (e.g. no site or home page)."""


def paragraphs(*texts: str) -> str:
    """Rich text made of plain paragraphs (the form wagtail-localize splits into segments)."""
    return "".join(f"<p>{_escape(text)}</p>" for text in texts if text)


def bullet_list(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{_escape(item)}</li>" for item in items) + "</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class DemoContext:
    """What every app's `load(context)` receives: output, randomness, the site and the tallies."""

    stdout: Any
    style: Any
    home: Page
    locale: Locale
    seed: int = DEMO_SEED
    verbosity: int = 1
    # The shared generator (apps prefer `rng_for(key)`, which does not depend on their order).
    rng: random.Random = field(init=False)
    created: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    # Pages to translate (see `translate`), in the order they were registered.
    to_translate: list[Page] = field(default_factory=list)
    # English source text → {language code: translation}, filled by the apps.
    catalogue: dict[str, dict[str, str]] = field(default_factory=dict)
    # Work to do once every app has loaded (e.g. pages that link to other apps' pages).
    deferred: list[Callable[[DemoContext], None]] = field(default_factory=list)
    # Lines for the final summary, computed at the end by the apps that know their content.
    summaries: list[Callable[[DemoContext], list[str]]] = field(default_factory=list)
    _term_cache: dict = field(default_factory=dict)

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    # --- Output and tallies ---------------------------------------------------------------

    def log(self, message: str, level: int = 1) -> None:
        if self.verbosity >= level:
            self.stdout.write(message)

    def warn(self, message: str) -> None:
        self.stdout.write(self.style.WARNING(message))

    def record(self, kind: str, created: bool) -> None:
        (self.created if created else self.unchanged)[kind] += 1

    def defer(self, callback: Callable[[DemoContext], None]) -> None:
        """Run `callback(context)` after every app's `load` (before locales are synchronised)."""
        self.deferred.append(callback)

    def add_summary(self, callback: Callable[[DemoContext], list[str]]) -> None:
        self.summaries.append(callback)

    def rng_for(self, key: str) -> random.Random:
        """A generator of its own for one entry, so its content never depends on the others."""
        return random.Random(f"{self.seed}:{key}")

    # --- Taxonomy -------------------------------------------------------------------------

    def terms(self, model_label: str, slugs: Iterable[str]) -> list:
        """Terms of the default locale by slug; an unknown slug is a bug in the demo data."""
        model = apps.get_model(model_label)
        if model not in self._term_cache:
            self._term_cache[model] = {
                term.slug: term for term in model.objects.filter(locale=self.locale)
            }
        known = self._term_cache[model]
        missing = [slug for slug in slugs if slug not in known]
        if missing:
            raise DemoError(f"Unknown {model._meta.verbose_name} slugs in demo data: {missing}")
        return [known[slug] for slug in dict.fromkeys(slugs)]

    def countries(self, codes: Iterable[str]) -> list[Country]:
        if Country not in self._term_cache:
            self._term_cache[Country] = {country.code: country for country in Country.objects.all()}
        known = self._term_cache[Country]
        missing = [code for code in codes if code not in known]
        if missing:
            raise DemoError(f"Unknown country codes in demo data: {missing}")
        return [known[code] for code in dict.fromkeys(codes)]

    # --- Pages ----------------------------------------------------------------------------

    @staticmethod
    def child(parent: Page, slug: str) -> Page | None:
        page = Page.objects.child_of(parent).filter(slug=slug).first()
        return page.specific if page else None

    def page(
        self, parent: Page, slug: str, build: Callable[[], Page], kind: str | None = None
    ) -> tuple[Page, bool]:
        """The child of `parent` with this slug, or a new one from `build()`, published.

        An existing page is returned as it is (never updated), so editors' changes survive.
        """
        existing = self.child(parent, slug)
        if existing is not None:
            self.record(kind or existing._meta.verbose_name_plural, False)
            return existing, False
        page = build()
        page.slug = slug
        with transaction.atomic():
            parent.add_child(instance=page)
            page.save_revision().publish()
        self.record(kind or page._meta.verbose_name_plural, True)
        self.log(f"  + {page._meta.verbose_name}: {page.title}", level=2)
        return page, True

    def index_page(self, model: type[Page], slug: str, data: dict) -> Page:
        """A directory or index page under the home page, in the menu, translated where the data is.

        Its texts are remembered for translation even when the page already exists.
        """
        for key in ("title", "summary", "intro"):
            self.text(data[key])

        def build():
            return model(
                title=self.text(data["title"]),
                summary=self.text(data["summary"]),
                intro=self.text(data["intro"]),
                show_in_menus=True,
            )

        page, _created = self.page(self.home, slug, build, kind="index pages")
        self.translate(page)
        return page

    # --- Images ---------------------------------------------------------------------------

    def image(self, title: str, key: str | None = None):
        """An abstract cover image drawn with Pillow (coloured shapes), created once by title."""
        from wagtail.images import get_image_model

        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing is not None:
            self.record("images", False)
            return existing
        content = draw_cover(self.rng_for(key or title))
        image = image_model(title=title)
        image.file = ImageFile(io.BytesIO(content), name=f"demo-{(key or title)[:40]}.png")
        image.save()
        self.record("images", True)
        return image

    # --- Translations ---------------------------------------------------------------------

    def text(self, value: str | dict[str, str]) -> str:
        """The English text of a multilingual value, remembering its translations."""
        if isinstance(value, str):
            return value
        english = value["en"]
        translations = {code: text for code, text in value.items() if code != "en" and text}
        if translations:
            self.catalogue.setdefault(_normalise(english), {}).update(translations)
        return english

    def marked(self, summary: str | dict[str, str]) -> str:
        """A summary followed by the demonstration mark (in each language given)."""
        if isinstance(summary, str):
            return f"{summary} {DEMO_MARK}"
        return self.text({code: _with_mark(text, code) for code, text in summary.items()})

    def add_translations(self, entries: dict[str, dict[str, str]]) -> None:
        """Translations of English strings (e.g. texts the apps did not write themselves)."""
        for english, translations in entries.items():
            self.catalogue.setdefault(_normalise(english), {}).update(translations)

    def translate(self, page: Page) -> None:
        """Ask for this page to be translated into those TRANSLATED_LANGUAGES its title is given in
        (parents first)."""
        if all(existing.pk != page.pk for existing in self.to_translate):
            self.to_translate.append(page)


def _with_mark(text: str, code: str) -> str:
    mark = DEMO_MARKS[code]
    # Chinese and Japanese put no space before a full-width parenthesis.
    return f"{text}{mark}" if mark.startswith("（") else f"{text} {mark}"


def _normalise(text: str) -> str:
    return " ".join(html.unescape(text).split())


# --- Cover images -------------------------------------------------------------------------

PALETTES = [
    ["#1f6f78", "#81b29a", "#f2cc8f", "#e07a5f"],
    ["#3d405b", "#e07a5f", "#f4f1de", "#81b29a"],
    ["#264653", "#2a9d8f", "#e9c46a", "#f4a261"],
    ["#6d597a", "#b56576", "#eaac8b", "#355070"],
    ["#005f73", "#0a9396", "#94d2bd", "#ee9b00"],
]


def draw_cover(rng: random.Random, size: tuple[int, int] = (1200, 630)) -> bytes:
    """An abstract composition of circles and bands: light, deterministic and licence-free."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    palette = rng.choice(PALETTES)
    width, height = size
    canvas = PILImage.new("RGB", size, palette[0])
    draw = ImageDraw.Draw(canvas, "RGBA")
    for _ in range(3):
        y = rng.randint(0, height)
        colour = rng.choice(palette[1:])
        draw.rectangle([0, y, width, y + rng.randint(40, 160)], fill=colour + "66")
    for _ in range(7):
        radius = rng.randint(60, 260)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice(palette[1:])
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour + "aa")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# --- The administrator --------------------------------------------------------------------


def ensure_administrator(context: DemoContext) -> str:
    """Creates the `admin` superuser if there is no superuser; returns the line to print."""
    user_model = get_user_model()
    existing = user_model.objects.filter(is_superuser=True).order_by("pk").first()
    if existing is not None:
        context.record("administrator", False)
        return (
            f"Administrator: the account “{existing.get_username()}” already exists "
            "(its password is not shown again)."
        )
    username = "admin"
    if user_model.objects.filter(username=username).exists():
        username = "demo-admin"
    password = secrets.token_urlsafe(12)
    user_model.objects.create_superuser(
        username=username,
        email="admin@example.org",
        password=password,
        display_name="Platform administrator",
        preferred_language=settings.LANGUAGE_CODE,
    )
    context.record("administrator", True)
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://localhost:8000"
    return f"Administrator login: {username} / {password} at {base_url.rstrip('/')}/admin/"


# --- Locales and translations -------------------------------------------------------------


def synchronise_locales(context: DemoContext) -> None:
    """Every other locale mirrors the English tree (alias pages) until pages are translated.

    A `LocaleSynchronization` per locale also makes wagtail-localize alias the pages editors
    create later in the admin. Syncing creates only the aliases that are missing.
    """
    from wagtail_localize.models import LocaleSynchronization
    from wagtail_localize.synctree import PageIndex, synchronize_tree

    aliases = Page.objects.exclude(locale=context.locale).filter(alias_of__isnull=False)
    before = aliases.count()
    page_index = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=context.locale.pk).order_by("language_code"):
        with transaction.atomic():
            sync = LocaleSynchronization.objects.filter(locale=locale).first()
            created = sync is None
            if created:
                # bulk_create sends no post_save: we synchronise ourselves, with one page index
                # for all locales and whatever wagtail-localize's job backend is.
                LocaleSynchronization.objects.bulk_create(
                    [LocaleSynchronization(locale=locale, sync_from=context.locale)]
                )
                sync = LocaleSynchronization.objects.get(locale=locale)
            context.record("locale synchronisations", created)
            synchronize_tree(sync.sync_from, locale, page_index=page_index)
    context.created["alias pages"] += aliases.count() - before
    context.unchanged["alias pages"] += before


def translate_pages(context: DemoContext) -> None:
    """Translates the registered pages through wagtail-localize's translation memory."""
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )
    from wagtail_localize.strings import StringValue

    targets = [Locale.objects.get(language_code=code) for code in TRANSLATED_LANGUAGES]
    missing: Counter = Counter()
    # Parents before children, so every translation finds its translated parent.
    for registered in sorted(context.to_translate, key=lambda p: p.path):
        page = Page.objects.get(pk=registered.pk).specific  # as saved, not as held in memory
        languages = context.catalogue.get(_normalise(page.title), {})
        todo = []
        for locale in targets:
            if not languages.get(locale.language_code):
                continue  # not given in this language: the page stays an alias there
            existing = page.get_translation_or_none(locale)
            if existing is not None and existing.alias_of_id is None:
                context.record("translations", False)
            else:
                todo.append((locale, existing))
        if not todo:
            continue
        with transaction.atomic():
            source, _created = TranslationSource.get_or_create_from_instance(page)
            segments = list(
                StringSegment.objects.filter(source=source).select_related("string", "context")
            )
        for locale, existing in todo:
            # wagtail-localize publishes in transaction.on_commit: when this block commits.
            with transaction.atomic():
                for segment in segments:
                    data = _segment_translation(context, page, existing, segment, locale)
                    if data is None:
                        missing[locale.language_code] += 1
                        context.warn(
                            f"  No {locale.language_code} translation for “{segment.string.data[:70]}” "
                            f"({page.title}); the English text is kept."
                        )
                        continue
                    if segment.context.path != "slug":
                        data = StringValue.from_plaintext(data).data
                    StringTranslation.objects.get_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={
                            "data": data,
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        },
                    )
                translation, _created = Translation.objects.get_or_create(
                    source=source, target_locale=locale
                )
                translation.save_target(publish=True)
            context.record("translations", True)
            context.log(f"  + {locale.language_code}: {page.title}", level=2)
    if missing:
        context.warn(f"Untranslated segments kept in English: {dict(missing)}")


def _segment_translation(context, page, existing, segment, locale) -> str | None:
    if segment.context.path == "slug":
        # Slugs stay in Latin letters and match the aliases' ones: /ar/initiatives/ and so on.
        if existing is not None:
            return existing.slug
        if page.depth == 2:
            return f"{page.slug}-{locale.language_code}"
        return page.slug
    entry = context.catalogue.get(_normalise(segment.string.data))
    if entry is None:
        return None
    return entry.get(locale.language_code)


# --- The orchestrator ---------------------------------------------------------------------


def demo_modules() -> list[tuple[str, Any]]:
    """The `demo` modules of the project's installed apps, in INSTALLED_APPS order."""
    modules = []
    for app_config in apps.get_app_configs():
        path = Path(app_config.path)
        if app_config.name == "cms" or not _is_project_path(path):
            continue  # the core is loaded first; installed packages have no demo content
        name = f"{app_config.name}.demo"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "load", None)):
            modules.append((app_config.label, module))
    return modules


def _is_project_path(path: Path) -> bool:
    return path.is_relative_to(BASE_DIR) and not {"site-packages", "dist-packages"} & set(
        path.parts
    )


def default_home() -> tuple[Site, Page]:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise DemoError("There is no default site: run `manage.py migrate` first.")
    return site, site.root_page.specific


def load_demo(stdout, style, *, seed: int = DEMO_SEED, verbosity: int = 1) -> DemoContext:
    started = time.monotonic()
    _site, home = default_home()
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    context = DemoContext(
        stdout=stdout, style=style, home=home, locale=default_locale, seed=seed, verbosity=verbosity
    )

    step = time.monotonic()
    report = seed_taxonomy()
    context.created["taxonomy terms and countries"] += report.created
    if not report.created:
        context.unchanged["taxonomy"] += 1
    context.log(
        f"Taxonomy: {report.created} created, {report.updated} updated ({time.monotonic() - step:.1f}s)."
    )

    admin_line = ensure_administrator(context)

    # One transaction per app: much faster on SQLite, and a failing app leaves no half-loaded
    # content behind (the apps before it keep theirs; a new run completes the rest).
    for label, module in demo_modules():
        step = time.monotonic()
        with transaction.atomic():
            module.load(context)
        context.log(f"{label}: done ({time.monotonic() - step:.1f}s).")
    for callback in context.deferred:
        with transaction.atomic():
            callback(context)

    step = time.monotonic()
    synchronise_locales(context)
    context.log(f"Locales synchronised ({time.monotonic() - step:.1f}s).")

    step = time.monotonic()
    translate_pages(context)
    context.log(
        f"Translations into {', '.join(TRANSLATED_LANGUAGES)} ({time.monotonic() - step:.1f}s)."
    )

    print_summary(context, admin_line, time.monotonic() - started)
    return context


def print_summary(context: DemoContext, admin_line: str, elapsed: float) -> None:
    from django.contrib.contenttypes.models import ContentType

    write = context.stdout.write
    write("")
    write(context.style.MIGRATE_HEADING("Demonstration content"))
    live = Page.objects.live().filter(locale=context.locale, depth__gt=1)
    counts = Counter(
        str(ContentType.objects.get_for_id(ct).model_class()._meta.verbose_name)
        for ct in live.values_list("content_type", flat=True)
    )
    write(
        "  Live English pages: "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
    )
    for callback in context.summaries:
        for line in callback(context):
            write(f"  {line}")
    per_locale = Counter(
        Page.objects.live().exclude(depth=1).values_list("locale__language_code", flat=True)
    )
    translated = Counter(
        Page.objects.live()
        .exclude(locale=context.locale)
        .filter(alias_of__isnull=True)
        .values_list("locale__language_code", flat=True)
    )
    write(
        "  Live pages per locale (of which translated): "
        + ", ".join(
            f"{code} {per_locale[code]} ({translated[code]})" for code, _name in settings.LANGUAGES
        )
    )
    created, unchanged = sum(context.created.values()), sum(context.unchanged.values())
    if created:
        write("  Created: " + ", ".join(f"{n} {kind}" for kind, n in context.created.items() if n))
    write(context.style.SUCCESS(f"{created} created / {unchanged} unchanged in {elapsed:.1f}s."))
    write(admin_line)
